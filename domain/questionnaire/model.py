"""The questionnaire as data: questions, options, grade bands, caps, the senior rule; the result; the errors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from domain.codes import RiskGrade
from domain.errors import DomainError

TOPICS = (
    "age",
    "finances",
    "experience",
    "purpose",
    "return_expectation",
    "risk_preference",
    "liquidity",
    "risk_understanding",
    "loss_tolerance",
)
GRADES = tuple(g.value for g in RiskGrade)


@dataclass(frozen=True)
class Text:
    zh: str
    en: str


@dataclass(frozen=True)
class Option:
    id: str
    score: int
    text: Text


@dataclass(frozen=True)
class Question:
    id: str
    topic: str
    text: Text
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class GradeBand:
    grade: str
    low: int
    high: int  # both ends included
    label: Text  # 保守型 / 稳健型 / 平衡型 / 成长型 / 进取型


@dataclass(frozen=True)
class Cap:
    question: str
    options: frozenset[str]
    max_grade: str


@dataclass(frozen=True)
class SeniorRule:
    age: int
    age_question: str
    age_options: frozenset[str]
    max_grade: str
    experience_question: str
    experience_options: frozenset[str]


@dataclass(frozen=True)
class Questionnaire:
    version: str
    effective_from: date
    title: Text
    questions: tuple[Question, ...]
    grades: tuple[GradeBand, ...]
    caps: tuple[Cap, ...] = ()
    senior: SeniorRule | None = None

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def band(self, grade: str) -> GradeBand:
        return next(b for b in self.grades if b.grade == grade)


@dataclass(frozen=True)
class ScoredAssessment:
    """What the customer sees and signs: the total, the grade and its label. `band_grade` is the total's own
    grade; `capped_by` names what lowered it (a cap's question id, or "senior")."""

    version: str
    score: int
    grade: str
    band_grade: str
    label: Text
    capped_by: tuple[str, ...]
    answers: Mapping[str, str] = field(hash=False)


@dataclass(frozen=True)
class Problem:
    """One thing wrong: `where` is a path into the file (`questions[3].options[2]`) or a question id."""

    code: str
    where: str = ""
    field: str = ""
    value: str = ""

    @property
    def params(self) -> dict[str, str]:
        return {"where": self.where, "field": self.field, "value": self.value}


class QuestionnaireInvalid(DomainError):
    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("questionnaire_invalid", count=len(self.problems))


class AnswersInvalid(DomainError):
    """answer_missing (where = question), answer_unknown_question, answer_unknown_option (value = option)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("questionnaire_answers_invalid", count=len(self.problems))
