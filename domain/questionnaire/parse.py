"""Reading one questionnaire version's YAML: every problem found in one pass, each with where it is."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from domain.questionnaire.model import (
    GRADES,
    TOPICS,
    Cap,
    GradeBand,
    Option,
    Problem,
    Question,
    Questionnaire,
    QuestionnaireInvalid,
    SeniorRule,
    Text,
)
from domain.strict_yaml import YamlRefused, load_strict, problem_code

_ID = re.compile(r"^[a-z0-9_]{1,40}$")
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")  # fits risk_assessments.questionnaire_version


def parse_questionnaire(text: str) -> Questionnaire:
    """The questionnaire the text defines, or QuestionnaireInvalid with every problem found."""
    try:
        raw = load_strict(text)
    except YamlRefused as refused:
        if refused.duplicates:
            raise QuestionnaireInvalid(
                Problem("questionnaire_duplicate_key", "", k, str(n)) for k, n in refused.duplicates
            ) from None
        raise QuestionnaireInvalid(
            [Problem(problem_code("questionnaire", refused), value=refused.line)]
        ) from None
    return validate_questionnaire(raw)


class _Reader:
    """Collects problems instead of stopping at the first, so the whole file is fixed in one pass."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, code: str, where: str, name: str = "", value: object = "") -> None:
        text = str(value)
        self.problems.append(Problem(code, where, name, text if len(text) <= 40 else text[:39] + "…"))

    def mapping(
        self, raw: object, where: str, allowed: Sequence[str], required: Sequence[str]
    ) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            self.fail("questionnaire_not_mapping", where)
            return {}
        for key in raw:
            if key not in allowed:
                self.fail("questionnaire_unknown_field", where, str(key))
        for key in required:
            if raw.get(key) is None:
                self.fail("questionnaire_missing_field", where, key)
        return raw

    def text(self, raw: Mapping[str, Any], name: str, where: str) -> str:
        value = raw.get(name)
        if value is None:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail("questionnaire_not_text", where, name, value)
            return ""
        return value.strip()

    def ident(self, raw: Mapping[str, Any], name: str, where: str, pattern: re.Pattern[str] = _ID) -> str:
        value = raw.get(name)
        if value is not None and (not isinstance(value, str) or not pattern.match(value)):
            self.fail("questionnaire_bad_id", where, name, value)
            return ""
        return value or ""

    def whole(self, raw: Mapping[str, Any], name: str, where: str) -> int | None:
        value = raw.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail("questionnaire_not_whole_number", where, name, value)
            return None
        return value

    def grade(self, raw: Mapping[str, Any], name: str, where: str) -> str:
        value = raw.get(name)
        if value is not None and value not in GRADES:
            self.fail("questionnaire_unknown_grade", where, name, value)
            return ""
        return value or ""

    def id_list(self, raw: Mapping[str, Any], name: str, where: str) -> frozenset[str]:
        value = raw.get(name)
        if value is None:
            return frozenset()
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            self.fail("questionnaire_not_list", where, name, value)
            return frozenset()
        return frozenset(value)

    def bilingual(self, raw: Mapping[str, Any], where: str) -> Text:
        return Text(self.text(raw, "zh", where), self.text(raw, "en", where))

    def day(self, raw: Mapping[str, Any], name: str, where: str) -> date | None:
        value = raw.get(name)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        if value is not None:
            self.fail("questionnaire_not_date", where, name, value)
        return None


def validate_questionnaire(raw: object) -> Questionnaire:
    """The parsed file's data checked as a whole; QuestionnaireInvalid lists every problem."""
    r = _Reader()
    top = r.mapping(
        raw,
        "",
        ("version", "effective_from", "title", "questions", "grades", "caps", "senior"),
        ("version", "effective_from", "title", "questions", "grades"),
    )
    version = r.ident(top, "version", "", _VERSION)
    effective = r.day(top, "effective_from", "")
    title = Text("", "")
    if top.get("title") is not None:
        title = r.bilingual(r.mapping(top["title"], "title", ("zh", "en"), ("zh", "en")), "title")
    questions = _questions(r, top.get("questions"))
    grades = _grades(r, top.get("grades"), questions)
    by_id = {q.id: q for q in questions}
    caps = _caps(r, top.get("caps"), by_id)
    senior = _senior(r, top.get("senior"), by_id)
    if r.problems or effective is None:
        raise QuestionnaireInvalid(r.problems)
    return Questionnaire(version, effective, title, questions, grades, caps, senior)


def _items(r: _Reader, raw: object, where: str) -> list[Any]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not raw:
        r.fail("questionnaire_not_list", where)
        return []
    return raw


def _label(item: object, fallback: str) -> str:
    qid = item.get("id") if isinstance(item, Mapping) else None
    return qid if isinstance(qid, str) and _ID.match(qid) else fallback


def _questions(r: _Reader, raw: object) -> tuple[Question, ...]:
    questions: list[Question] = []
    for i, item in enumerate(_items(r, raw, "questions")):
        where = _label(item, f"questions[{i + 1}]")  # a question is named by its id once that is readable
        q = r.mapping(
            item, where, ("id", "topic", "zh", "en", "options"), ("id", "topic", "zh", "en", "options")
        )
        qid = r.ident(q, "id", where)
        topic = q.get("topic")
        if topic is not None and topic not in TOPICS:
            r.fail("questionnaire_unknown_topic", where, "topic", topic)
        options: list[Option] = []
        for j, opt_raw in enumerate(_items(r, q.get("options"), where)):
            at = f"{where}.options[{j + 1}]"
            o = r.mapping(opt_raw, at, ("id", "score", "zh", "en"), ("id", "score", "zh", "en"))
            score = r.whole(o, "score", at)
            option = Option(r.ident(o, "id", at), score if score is not None else 0, r.bilingual(o, at))
            if option.id and any(p.id == option.id for p in options):
                r.fail("questionnaire_duplicate_id", at, "id", option.id)
            options.append(option)
        if len(options) == 1:
            r.fail("questionnaire_too_few_options", where, "options")
        if qid and any(p.id == qid for p in questions):
            r.fail("questionnaire_duplicate_id", where, "id", qid)
        questions.append(Question(qid, str(topic or ""), r.bilingual(q, where), tuple(options)))
    covered = {q.topic for q in questions}
    for topic in TOPICS:
        if questions and topic not in covered:
            r.fail("questionnaire_topic_missing", "questions", "topic", topic)
    return tuple(questions)


def _grades(r: _Reader, raw: object, questions: tuple[Question, ...]) -> tuple[GradeBand, ...]:
    bands: list[GradeBand] = []
    for i, item in enumerate(_items(r, raw, "grades")):
        where = f"grades[{i + 1}]"
        g = r.mapping(item, where, ("grade", "min", "max", "zh", "en"), ("grade", "min", "max", "zh", "en"))
        low, high = r.whole(g, "min", where), r.whole(g, "max", where)
        if low is not None and high is not None and low > high:
            r.fail("questionnaire_band_min_above_max", where, "min", low)
        bands.append(GradeBand(r.grade(g, "grade", where), low or 0, high or 0, r.bilingual(g, where)))
    if r.problems:
        return tuple(bands)  # the totals below would only repeat what is already wrong
    if tuple(b.grade for b in bands) != GRADES:
        r.fail("questionnaire_grades_not_c1_to_c5", "grades", "grade", ",".join(b.grade for b in bands))
        return tuple(bands)
    lowest = sum(min(o.score for o in q.options) for q in questions)
    highest = sum(max(o.score for o in q.options) for q in questions)
    if bands[0].low != lowest:
        r.fail("questionnaire_bands_start_wrong", "grades[1]", "min", lowest)
    if bands[-1].high != highest:
        r.fail("questionnaire_bands_end_wrong", f"grades[{len(bands)}]", "max", highest)
    for i, (before, after) in enumerate(zip(bands, bands[1:], strict=False)):
        if after.low > before.high + 1:
            r.fail("questionnaire_band_gap", f"grades[{i + 2}]", "min", before.high + 1)
        elif after.low <= before.high:
            r.fail("questionnaire_band_overlap", f"grades[{i + 2}]", "min", after.low)
    return tuple(bands)


def _known_options(
    r: _Reader, by_id: Mapping[str, Question], qid: str, options: frozenset[str], where: str
) -> None:
    question = by_id.get(qid)
    if qid and question is None:
        r.fail("questionnaire_unknown_question", where, "question", qid)
        return
    for option in sorted(options):
        if question is not None and question.option(option) is None:
            r.fail("questionnaire_unknown_option", where, qid, option)


def _caps(r: _Reader, raw: object, by_id: Mapping[str, Question]) -> tuple[Cap, ...]:
    caps = []
    for i, item in enumerate(_items(r, raw, "caps")):
        where = f"caps[{i + 1}]"
        c = r.mapping(item, where, ("question", "options", "max_grade"), ("question", "options", "max_grade"))
        cap = Cap(
            r.ident(c, "question", where), r.id_list(c, "options", where), r.grade(c, "max_grade", where)
        )
        _known_options(r, by_id, cap.question, cap.options, where)
        caps.append(cap)
    return tuple(caps)


def _senior(r: _Reader, raw: object, by_id: Mapping[str, Question]) -> SeniorRule | None:
    if raw is None:
        return None
    names = ("age", "age_question", "age_options", "max_grade", "experience_question", "experience_options")
    s = r.mapping(raw, "senior", names, names)
    age = r.whole(s, "age", "senior")
    rule = SeniorRule(
        age or 0,
        r.ident(s, "age_question", "senior"),
        r.id_list(s, "age_options", "senior"),
        r.grade(s, "max_grade", "senior"),
        r.ident(s, "experience_question", "senior"),
        r.id_list(s, "experience_options", "senior"),
    )
    _known_options(r, by_id, rule.age_question, rule.age_options, "senior")
    _known_options(r, by_id, rule.experience_question, rule.experience_options, "senior")
    return rule
