from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
import yaml

from domain.paths import resource_path
from domain.questionnaire import (
    SHIPPED_FILE,
    TOPICS,
    AnswersInvalid,
    Questionnaire,
    QuestionnaireInvalid,
    assessment_limits,
    needs_reconfirmation,
    parse_questionnaire,
    score,
    validate_questionnaire,
)
from domain.suitability import assessment_valid_until

SHIPPED_TEXT = resource_path(*SHIPPED_FILE).read_text("utf-8")
SHIPPED_RAW = yaml.safe_load(SHIPPED_TEXT)


@pytest.fixture(scope="module")
def shipped() -> Questionnaire:
    return parse_questionnaire(SHIPPED_TEXT)


def answers_totalling(q: Questionnaire, total: int) -> dict[str, str]:
    """Answers that add up to `total` without any cap or the senior rule coming into play."""
    capped = {(c.question, o) for c in q.caps for o in c.options}
    if q.senior is not None:
        capped |= {(q.senior.age_question, o) for o in q.senior.age_options}
    reachable: dict[int, dict[str, str]] = {0: {}}
    for question in q.questions:
        step: dict[int, dict[str, str]] = {}
        for subtotal, chosen in reachable.items():
            for option in question.options:
                if (question.id, option.id) not in capped:
                    step.setdefault(subtotal + option.score, {**chosen, question.id: option.id})
        reachable = step
    return reachable[total]


def top_answers(q: Questionnaire, **changes: str) -> dict[str, str]:
    answers = {question.id: max(question.options, key=lambda o: o.score).id for question in q.questions}
    answers["age"] = "c"  # 31-50, the age answer with the highest score
    answers.update(changes)
    return answers


# -- the shipped file ----------------------------------------------------------------------------------------


def test_the_shipped_questionnaire_validates(shipped):
    assert shipped.version == "risk_v2025_1"
    assert shipped.effective_from == date(2025, 1, 1)
    assert 10 <= len(shipped.questions) <= 12
    assert {q.topic for q in shipped.questions} == set(TOPICS)
    assert [b.grade for b in shipped.grades] == ["C1", "C2", "C3", "C4", "C5"]
    assert [b.label.zh for b in shipped.grades] == ["保守型", "稳健型", "平衡型", "成长型", "进取型"]
    for question in shipped.questions:
        assert question.text.zh and question.text.en
        assert all(o.text.zh and o.text.en for o in question.options)


def test_the_shipped_bands_cover_every_possible_total(shipped):
    lowest = sum(min(o.score for o in q.options) for q in shipped.questions)
    highest = sum(max(o.score for o in q.options) for q in shipped.questions)
    covered = [t for b in shipped.grades for t in range(b.low, b.high + 1)]
    assert covered == list(range(lowest, highest + 1))


# -- scoring -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "grade", "label"),
    [
        (20, "C1", "保守型"),
        (21, "C2", "稳健型"),
        (34, "C2", "稳健型"),
        (35, "C3", "平衡型"),
        (48, "C3", "平衡型"),
        (49, "C4", "成长型"),
        (62, "C4", "成长型"),
        (63, "C5", "进取型"),
        (77, "C5", "进取型"),
    ],
)
def test_grade_bands_at_their_edges(shipped, total, grade, label):
    result = score(shipped, answers_totalling(shipped, total))
    assert (result.score, result.grade, result.band_grade, result.label.zh) == (total, grade, grade, label)
    assert result.capped_by == () and result.version == "risk_v2025_1"


def test_the_lowest_possible_total_is_c1(shipped):
    lowest = {q.id: min(q.options, key=lambda o: o.score).id for q in shipped.questions}
    result = score(shipped, lowest)
    assert (result.score, result.grade) == (8, "C1")


@pytest.mark.parametrize(
    ("question", "option", "grade"),
    [
        ("loss_tolerance", "a", "C1"),  # accepts no loss at all
        ("risk_preference", "a", "C1"),  # takes no risk at all
        ("risk_understanding", "a", "C2"),  # believes the benchmark is a promise
    ],
)
def test_caps_limit_the_grade_whatever_the_total(shipped, question, option, grade):
    result = score(shipped, top_answers(shipped, **{question: option}))
    assert result.band_grade == "C5" and result.grade == grade
    assert result.capped_by == (question,)
    assert result.label == shipped.band(grade).label


@pytest.mark.parametrize(
    ("age", "age_answer", "experience", "grade"),
    [
        (64, "c", "c", "C5"),  # the day before the 65th birthday: no cap
        (65, "c", "c", "C3"),  # 65 by birth date: capped without 5 years' experience
        (None, "e", "c", "C3"),  # 65+ by the age answer
        (65, "e", "d", "C5"),  # 5-10 years of experience lifts the cap
        (80, "e", "e", "C5"),
        (70, "e", "a", "C3"),
    ],
)
def test_seniors_are_capped_unless_experienced(shipped, age, age_answer, experience, grade):
    result = score(shipped, top_answers(shipped, age=age_answer, experience=experience), age=age)
    assert result.grade == grade
    assert ("senior" in result.capped_by) is (grade == "C3")


def test_the_senior_cap_never_raises_a_grade(shipped):
    result = score(shipped, answers_totalling(shipped, 21), age=70)
    assert result.grade == "C2" and result.capped_by == ()


def test_incomplete_and_unknown_answers_are_refused_with_every_problem(shipped):
    answers = top_answers(shipped)
    del answers["income"]
    del answers["loss_tolerance"]
    answers["horizon"] = "z"
    answers["favourite_colour"] = "a"
    with pytest.raises(AnswersInvalid) as caught:
        score(shipped, answers)
    assert caught.value.code == "questionnaire_answers_invalid"
    assert {(p.code, p.where, p.value) for p in caught.value.problems} == {
        ("answer_missing", "income", ""),
        ("answer_missing", "loss_tolerance", ""),
        ("answer_unknown_option", "horizon", "z"),
        ("answer_unknown_question", "favourite_colour", ""),
    }
    assert caught.value.params == {"count": 4}


def test_no_answers_at_all(shipped):
    with pytest.raises(AnswersInvalid) as caught:
        score(shipped, {})
    assert len(caught.value.problems) == len(shipped.questions)


# -- broken files ----------------------------------------------------------------------------------------------


def _question(raw, qid):
    return next(q for q in raw["questions"] if q["id"] == qid)


def _drop_topic(raw):
    raw["questions"] = [q for q in raw["questions"] if q["topic"] != "purpose"]


def _duplicate_question(raw):
    raw["questions"][1]["id"] = "age"


def _duplicate_option(raw):
    _question(raw, "age")["options"][1]["id"] = "a"


def _negative_score(raw):
    _question(raw, "age")["options"][0]["score"] = -1


def _text_score(raw):
    _question(raw, "age")["options"][0]["score"] = "3"


def _bool_score(raw):
    _question(raw, "age")["options"][0]["score"] = True


def _one_option(raw):
    _question(raw, "purpose")["options"] = _question(raw, "purpose")["options"][:1]


def _no_english(raw):
    del _question(raw, "purpose")["options"][0]["en"]


def _gap(raw):
    raw["grades"][1]["min"] = 22


def _overlap(raw):
    raw["grades"][2]["min"] = 34


def _wrong_end(raw):
    raw["grades"][4]["max"] = 80


def _wrong_start(raw):
    raw["grades"][0]["min"] = 0


def _grades_out_of_order(raw):
    raw["grades"][0]["grade"], raw["grades"][1]["grade"] = "C2", "C1"


def _four_grades(raw):
    raw["grades"] = raw["grades"][:4]


def _unknown_grade(raw):
    raw["grades"][0]["grade"] = "C0"


def _min_above_max(raw):
    raw["grades"][0]["min"] = 30


def _cap_unknown_option(raw):
    raw["caps"][0]["options"] = ["q"]


def _cap_unknown_question(raw):
    raw["caps"][0]["question"] = "nope"


def _senior_unknown_question(raw):
    raw["senior"]["experience_question"] = "years"


def _senior_missing_field(raw):
    del raw["senior"]["max_grade"]


def _unknown_topic(raw):
    raw["questions"].append({**copy.deepcopy(raw["questions"][0]), "id": "star_sign", "topic": "astrology"})


def _unknown_field(raw):
    raw["questions"][0]["weight"] = 2


def _no_version(raw):
    del raw["version"]


def _bad_version(raw):
    raw["version"] = "risk v2025/1"


def _bad_date(raw):
    raw["effective_from"] = "2025-13-01"


def _bad_question_id(raw):
    raw["questions"][0]["id"] = "Age Question"


@pytest.mark.parametrize(
    ("breaks", "code"),
    [
        (_drop_topic, "questionnaire_topic_missing"),
        (_duplicate_question, "questionnaire_duplicate_id"),
        (_duplicate_option, "questionnaire_duplicate_id"),
        (_negative_score, "questionnaire_not_whole_number"),
        (_text_score, "questionnaire_not_whole_number"),
        (_bool_score, "questionnaire_not_whole_number"),
        (_one_option, "questionnaire_too_few_options"),
        (_no_english, "questionnaire_missing_field"),
        (_gap, "questionnaire_band_gap"),
        (_overlap, "questionnaire_band_overlap"),
        (_wrong_end, "questionnaire_bands_end_wrong"),
        (_wrong_start, "questionnaire_bands_start_wrong"),
        (_grades_out_of_order, "questionnaire_grades_not_c1_to_c5"),
        (_four_grades, "questionnaire_grades_not_c1_to_c5"),
        (_unknown_grade, "questionnaire_unknown_grade"),
        (_min_above_max, "questionnaire_band_min_above_max"),
        (_cap_unknown_option, "questionnaire_unknown_option"),
        (_cap_unknown_question, "questionnaire_unknown_question"),
        (_senior_unknown_question, "questionnaire_unknown_question"),
        (_senior_missing_field, "questionnaire_missing_field"),
        (_unknown_topic, "questionnaire_unknown_topic"),
        (_unknown_field, "questionnaire_unknown_field"),
        (_no_version, "questionnaire_missing_field"),
        (_bad_version, "questionnaire_bad_id"),
        (_bad_date, "questionnaire_not_date"),
        (_bad_question_id, "questionnaire_bad_id"),
    ],
)
def test_broken_files_are_refused(breaks, code):
    raw = copy.deepcopy(SHIPPED_RAW)
    breaks(raw)
    with pytest.raises(QuestionnaireInvalid) as caught:
        validate_questionnaire(raw)
    assert code in {p.code for p in caught.value.problems}
    assert caught.value.code == "questionnaire_invalid"


def test_every_problem_is_listed_with_where_it_is():
    raw = copy.deepcopy(SHIPPED_RAW)
    _negative_score(raw)
    _unknown_field(raw)
    _bad_date(raw)
    with pytest.raises(QuestionnaireInvalid) as caught:
        validate_questionnaire(raw)
    assert {(p.code, p.where, p.field) for p in caught.value.problems} == {
        ("questionnaire_not_whole_number", "age.options[1]", "score"),
        ("questionnaire_unknown_field", "age", "weight"),
        ("questionnaire_not_date", "", "effective_from"),
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("version: [unclosed", "questionnaire_not_yaml"),
        ("version: a\nversion: b\n", "questionnaire_duplicate_key"),
        ("- just\n- a list\n", "questionnaire_not_mapping"),
        ("", "questionnaire_not_mapping"),
    ],
)
def test_unreadable_text_is_refused(text, code):
    with pytest.raises(QuestionnaireInvalid) as caught:
        parse_questionnaire(text)
    assert code in {p.code for p in caught.value.problems}


def test_a_byte_order_mark_is_accepted():
    assert parse_questionnaire("\ufeff" + SHIPPED_TEXT).version == "risk_v2025_1"


# -- limits on taking it -----------------------------------------------------------------------------------------

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("previous", "codes"),
    [
        ([], []),
        ([TODAY], []),
        ([TODAY, TODAY], ["assessment_daily_limit_reached"]),  # the third today is refused
        ([TODAY - timedelta(days=1)] * 2, []),  # yesterday's two do not count today
        ([TODAY + timedelta(days=1)] * 2, []),  # dates after today are ignored
        ([date(2026, 1, d) for d in range(1, 8)], []),  # seven in 12 months: an eighth is allowed
        ([date(2026, 1, d) for d in range(1, 9)], ["assessment_annual_limit_reached"]),
        ([date(2025, 6, 16)] + [date(2026, 1, d) for d in range(1, 8)], ["assessment_annual_limit_reached"]),
        ([date(2025, 6, 15)] + [date(2026, 1, d) for d in range(1, 8)], []),  # just left the window
        (
            [date(2026, 1, d) for d in range(1, 7)] + [TODAY, TODAY],
            ["assessment_daily_limit_reached", "assessment_annual_limit_reached"],
        ),
    ],
)
def test_assessment_limits(previous, codes):
    assert assessment_limits(previous, TODAY) == codes


def test_the_annual_window_matches_the_validity_arithmetic():
    assert assessment_valid_until(date(2025, 6, 16)) == TODAY  # still inside the window today
    leap = [date(2024, 2, 29)] + [date(2024, 12, d) for d in range(1, 8)]
    assert assessment_limits(leap, date(2025, 2, 27)) == ["assessment_annual_limit_reached"]
    assert assessment_limits(leap, date(2025, 2, 28)) == []


@pytest.mark.parametrize(
    ("previous", "new", "again"),
    [(None, "C3", False), ("C3", "C3", False), ("C3", "C4", True), ("C4", "C2", True)],
)
def test_a_changed_grade_needs_reconfirmation(previous, new, again):
    assert needs_reconfirmation(previous, new) is again
