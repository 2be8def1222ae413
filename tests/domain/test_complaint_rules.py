from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from domain.complaints import (
    DEFAULT_DEADLINE_RULES,
    ComplaintCategory,
    DeadlineRule,
    complaint_deadline,
    is_major_complaint,
    major_complaint_reasons,
)
from domain.errors import InvalidValue
from domain.workdays import calendar_from_chinese_calendar

CAL = calendar_from_chinese_calendar(range(2024, 2027))
MONDAY = datetime(2024, 3, 4, 10, 0)


@pytest.mark.parametrize(
    ("category", "warn_from", "due"),
    [
        ("error", None, date(2024, 3, 7)),
        ("attitude", None, date(2024, 3, 7)),
        ("internal_management", None, date(2024, 3, 7)),
        ("product", date(2024, 3, 13), date(2024, 3, 18)),
        ("channel", date(2024, 3, 13), date(2024, 3, 18)),
        ("violation", date(2024, 3, 13), date(2024, 3, 18)),
    ],
)
def test_deadlines_by_category(category, warn_from, due):
    deadline = complaint_deadline(MONDAY, category, CAL)
    assert deadline is not None
    assert deadline.category == ComplaintCategory(category)
    assert (deadline.day_zero, deadline.warn_from, deadline.due) == (date(2024, 3, 4), warn_from, due)
    assert deadline.unknown_years == ()


@pytest.mark.parametrize("category", ["crime", "anonymous", ComplaintCategory.CRIME])
def test_crime_and_anonymous_complaints_have_manual_deadlines(category):
    assert complaint_deadline(MONDAY, category, CAL) is None


def test_every_category_has_a_default_rule():
    assert set(DEFAULT_DEADLINE_RULES) == set(ComplaintCategory)


def test_the_deadline_runs_over_national_day_and_past_the_cutoff():
    assert complaint_deadline(datetime(2024, 9, 30, 16, 59), "error", CAL).due == date(2024, 10, 10)
    late = complaint_deadline(datetime(2024, 9, 30, 17, 1), "error", CAL)
    assert late.day_zero == date(2024, 10, 8) and late.due == date(2024, 10, 11)
    early = complaint_deadline(datetime(2024, 9, 30, 16, 30), "error", CAL, cutoff=time(16, 0))
    assert early.due == date(2024, 10, 11)


def test_a_deadline_into_an_unannounced_year_carries_a_warning():
    deadline = complaint_deadline(datetime(2026, 12, 28, 9, 0), "product", CAL)
    assert deadline.unknown_years == (2027,)
    assert deadline.due == date(2027, 1, 11)  # Mon–Fri assumed for 2027


def test_rules_are_configurable():
    rules = dict(DEFAULT_DEADLINE_RULES)
    rules[ComplaintCategory.ERROR] = DeadlineRule(due_workdays=5, warn_workdays=4)
    rules[ComplaintCategory.CRIME] = DeadlineRule(due_workdays=15)
    assert complaint_deadline(MONDAY, "error", CAL, rules=rules).due == date(2024, 3, 11)
    assert complaint_deadline(MONDAY, "error", CAL, rules=rules).warn_from == date(2024, 3, 8)
    assert complaint_deadline(MONDAY, "crime", CAL, rules=rules).due == date(2024, 3, 25)


def test_unknown_categories_are_refused():
    with pytest.raises(InvalidValue) as caught:
        complaint_deadline(MONDAY, "rudeness", CAL)
    assert caught.value.code == "unknown_complaint_category"


def test_deadline_state_for_urging_slips():
    deadline = complaint_deadline(MONDAY, "product", CAL)
    assert deadline.state(date(2024, 3, 12)) == "open"
    assert deadline.state(date(2024, 3, 13)) == "warning"
    assert deadline.state(date(2024, 3, 18)) == "warning"  # due by 24:00 that day
    assert deadline.state(date(2024, 3, 19)) == "overdue"
    general = complaint_deadline(MONDAY, "error", CAL)
    assert general.state(date(2024, 3, 7)) == "open" and general.state(date(2024, 3, 8)) == "overdue"


@pytest.mark.parametrize(
    ("amount", "major"),
    [
        (Decimal("50000.00"), False),
        (Decimal("50000"), False),
        (Decimal("50000.01"), True),
        (Decimal("1000000"), True),
        (Decimal("0"), False),
        (None, False),
    ],
)
def test_the_amount_boundary_of_a_major_complaint(amount, major):
    assert is_major_complaint(amount, False, False, False) is major


@pytest.mark.parametrize(
    ("flags", "reasons"),
    [
        ({"public_figure": True}, ("public_figure",)),
        ({"sensitive": True}, ("sensitive_topic",)),
        ({"reputational": True}, ("reputational_risk",)),
        ({}, ()),
    ],
)
def test_other_grounds_for_a_major_complaint(flags, reasons):
    assert major_complaint_reasons(None, **flags) == reasons
    assert is_major_complaint(Decimal("10"), **flags) is bool(reasons)


def test_all_reasons_are_listed_and_the_threshold_is_configurable():
    assert major_complaint_reasons(Decimal("60000"), True, True, True) == (
        "amount_over_threshold",
        "public_figure",
        "sensitive_topic",
        "reputational_risk",
    )
    assert is_major_complaint(Decimal("20000.01"), threshold=Decimal("20000"))


def test_impossible_amounts_are_refused():
    with pytest.raises(InvalidValue) as caught:
        is_major_complaint(Decimal("-1"), False, False, False)
    assert caught.value.code == "amount_negative"
    with pytest.raises(InvalidValue) as caught:
        is_major_complaint(Decimal("50000.001"), False, False, False)
    assert caught.value.code == "amount_too_precise"
    with pytest.raises(TypeError):
        is_major_complaint(50000.01, False, False, False)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "handler", "today", "fitting"),
    [
        ("registered", False, date(2026, 9, 30), ()),  # due 2026-10-09 (after the National Day week)
        ("registered", False, date(2026, 10, 8), ("urging",)),  # one working day left
        ("assigned", True, date(2026, 10, 1), ("transfer",)),  # holiday: still 2 working days left
        ("handling", True, date(2026, 10, 12), ("transfer", "urging")),  # overdue
        ("replied", True, date(2026, 10, 12), ("transfer", "result")),
        ("closed", True, date(2026, 10, 12), ("transfer", "result")),
        ("withdrawn", False, date(2026, 10, 12), ()),
    ],
)
def test_which_complaint_documents_fit_a_case(status, handler, today, fitting):
    from domain.complaint_documents import fitting_documents, workdays_left

    calendar = calendar_from_chinese_calendar(range(2026, 2027))
    deadline = complaint_deadline(datetime(2026, 9, 29, 10, 0), "error", calendar).due
    assert deadline == date(2026, 10, 9) and workdays_left(deadline, date(2026, 10, 8), calendar) == 1
    found = fitting_documents(
        status=status, has_handler=handler, deadline=deadline, warn_from=None, today=today, calendar=calendar
    )
    assert found == fitting
