"""Scoring the answers to a grade, and the [2025] rules on taking the questionnaire."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from domain.questionnaire.model import AnswersInvalid, Problem, Questionnaire, ScoredAssessment, SeniorRule
from domain.suitability import Reason, assessment_valid_until

DAILY_LIMIT = 2  # [2025] assessments per customer per day
ANNUAL_LIMIT = 8  # [2025] assessments per customer in 12 months


def score(
    questionnaire: Questionnaire, answers: Mapping[str, str], *, age: int | None = None
) -> ScoredAssessment:
    """Total, grade and label for one option per question. `age` is the customer's age on the assessment day
    (from the birth date); the senior rule applies when it or the age answer says the customer is old enough.
    Raises AnswersInvalid listing every missing, unknown or extra answer (staff never fill gaps for the
    customer)."""
    problems = [
        Problem("answer_unknown_question", str(k)) for k in answers if questionnaire.question(k) is None
    ]
    total = 0
    for question in questionnaire.questions:
        chosen = answers.get(question.id)
        option = question.option(chosen) if isinstance(chosen, str) else None
        if chosen is None:
            problems.append(Problem("answer_missing", question.id))
        elif option is None:
            problems.append(Problem("answer_unknown_option", question.id, value=str(chosen)))
        else:
            total += option.score
    if problems:
        raise AnswersInvalid(problems)
    band = next(b for b in questionnaire.grades if b.low <= total <= b.high)
    grade, capped_by = band.grade, []
    for cap in questionnaire.caps:
        if answers[cap.question] in cap.options and cap.max_grade < grade:
            grade = cap.max_grade
            capped_by.append(cap.question)
    senior = questionnaire.senior
    if senior is not None and _senior_cap_applies(senior, answers, age) and senior.max_grade < grade:
        grade = senior.max_grade
        capped_by.append("senior")
    label = questionnaire.band(grade).label
    return ScoredAssessment(
        questionnaire.version, total, grade, band.grade, label, tuple(capped_by), dict(answers)
    )


def _senior_cap_applies(rule: SeniorRule, answers: Mapping[str, str], age: int | None) -> bool:
    """Old enough by birth date or by the age answer, and without the experience that lifts the cap."""
    senior = (age is not None and age >= rule.age) or answers[rule.age_question] in rule.age_options
    return senior and answers[rule.experience_question] not in rule.experience_options


def assessment_limits(
    previous_dates: Iterable[date], today: date, *, daily: int = DAILY_LIMIT, annual: int = ANNUAL_LIMIT
) -> list[str]:
    """Codes that refuse another assessment today, given the customer's earlier assessment dates at this bank.

    At most `daily` a day and `annual` in the 12 months ending today (an assessment made on D counts through
    D + 12 months - 1 day, the same arithmetic as its validity). Dates after today are ignored.
    """
    earlier = [d for d in previous_dates if d <= today]
    codes = []
    if sum(d == today for d in earlier) >= daily:
        codes.append(Reason.ASSESSMENT_DAILY_LIMIT_REACHED.value)
    if sum(today <= assessment_valid_until(d) for d in earlier) >= annual:
        codes.append(Reason.ASSESSMENT_ANNUAL_LIMIT_REACHED.value)
    return codes


def needs_reconfirmation(previous_grade: str | None, new_grade: str) -> bool:
    """A result that differs from the last one must be confirmed again by the customer (none before: no)."""
    return previous_grade is not None and previous_grade != new_grade
