"""The branch calendar as a complaint officer would meet it: a year nobody loaded, then the notice loaded."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, CalendarDay, CalendarYear, Task
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from services import calendar, complaint_views, complaints, reminders
from tests.factories import small_branch
from tests.services.test_complaints import as_user

# A 2027 schedule as a State Council notice would give it (the tests need one, not the real one): New Year's Day
# on Friday 1 January, the Spring Festival 6–12 February with Saturday 13 February worked in lieu.
NOTICE_2027 = """date,kind,name
2027-01-01,holiday,元旦
2027-02-06,holiday,春节
2027-02-07,holiday,春节
2027-02-08,holiday,春节
2027-02-09,holiday,春节
2027-02-10,holiday,春节
2027-02-11,holiday,春节
2027-02-12,holiday,春节
2027-02-13,workday,春节
"""


@pytest.fixture
def branch(db):
    return small_branch(db, date(2026, 12, 1))


def admin(ids):
    return as_user(ids, Role.ADMIN)


def test_a_deadline_reaching_an_unloaded_year_is_provisional_until_the_year_is_loaded(db, branch):
    before = calendar.add_workdays(db, date(2026, 12, 30), 3)
    # Without a 2027 schedule New Year's Day counts as a working day: Thu 31, Fri 1, Mon 4.
    assert (before.due, before.provisional, before.unknown_years) == (date(2027, 1, 4), True, (2027,))

    calendar.import_calendar(db, admin(branch), NOTICE_2027, "notice-2027.csv")

    after = calendar.add_workdays(db, date(2026, 12, 30), 3)
    assert (after.due, after.provisional) == (date(2027, 1, 5), False)
    # The Spring Festival: received Wednesday 3 February, 3 working days are Thu 4, Fri 5, Sat 13 (调休).
    assert calendar.add_workdays(db, date(2027, 2, 3), 3).due == date(2027, 2, 13)
    # A year inside the shipped library stays as it was.
    assert calendar.add_workdays(db, date(2026, 9, 30), 1).due == date(2026, 10, 8)


def test_loading_the_year_moves_open_complaint_deadlines_and_says_so(db, branch):
    case = complaints.register(
        db,
        as_user(branch, Role.TELLER),
        channel="walk_in",
        category="attitude",
        content="柜员态度冷淡",
        complainant_name="王小明",
        complainant_phone="13812345678",
        received_at=datetime(2026, 12, 30, 10, 0),
        now=datetime(2026, 12, 30, 10, 5),
    )
    assert (case.deadline, case.deadline_provisional) == (date(2027, 1, 4), True)

    result = calendar.import_calendar(db, admin(branch), NOTICE_2027, "notice-2027.csv")

    assert result.complaints_moved == (case.number,)
    view = complaint_views.show(db, as_user(branch, Role.SUPERVISOR), case.number, date(2026, 12, 31))
    assert (view.deadline, view.deadline_provisional) == (date(2027, 1, 5), False)
    with db.read() as uow:
        moved = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "complaint_deadline_recomputed")
        ).one()
        assert moved.details == {"from": "2027-01-04", "to": "2027-01-05", "reason": "calendar_import"}
        assert uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "calendar_import")).one()


@pytest.mark.parametrize("role", [Role.TELLER, Role.MANAGER, Role.SUPERVISOR])
def test_only_an_administrator_loads_a_calendar(db, branch, role):
    with pytest.raises(DomainError) as refused:
        calendar.import_calendar(db, as_user(branch, role), NOTICE_2027, "notice-2027.csv")
    assert refused.value.code == "not_permitted"
    assert _count(db, CalendarYear) == 0


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("2027-13-01,holiday,元旦", "calendar_override_date"),
        ("2027-01-01,day_off,元旦", "calendar_file_kind"),
        ("2027-01-04,workday,调休", "calendar_workday_not_weekend"),  # a Monday cannot be a make-up day
        ("2027-01-01,holiday", "calendar_override_columns"),
        ("2027-01-01,holiday,", "calendar_override_missing"),
        ("2027-02-06,holiday,春节", "calendar_override_duplicate"),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_loaded(db, branch, line, code):
    with pytest.raises(InvalidValue) as refused:
        calendar.import_calendar(db, admin(branch), NOTICE_2027 + line + "\n", "notice-2027.csv")
    assert refused.value.code == code
    assert refused.value.params["line"] == len(NOTICE_2027.splitlines()) + 1
    assert (_count(db, CalendarYear), _count(db, CalendarDay)) == (0, 0)


def test_a_file_without_the_header_or_days_is_refused(db, branch):
    with pytest.raises(InvalidValue) as refused:
        calendar.import_calendar(db, admin(branch), "2027-01-01,holiday,元旦\n", "x.csv")
    assert refused.value.code == "calendar_file_header"
    with pytest.raises(InvalidValue) as refused:
        calendar.import_calendar(db, admin(branch), "date,kind,name\n", "x.csv")
    assert refused.value.code == "calendar_file_empty"


def test_loading_a_year_again_replaces_it_whole(db, branch):
    calendar.import_calendar(db, admin(branch), NOTICE_2027, "first.csv")
    corrected = NOTICE_2027.replace("2027-02-12,holiday,春节\n", "").replace("2027-02-13,workday,春节\n", "")
    calendar.import_calendar(db, admin(branch), corrected, "second.csv")
    days = {row.day for row in calendar.year_days(db, 2027)}
    assert date(2027, 2, 12) not in days and date(2027, 2, 13) not in days
    # Friday 12 is a working day again: a receipt on the holiday 11th counts from it, and Monday 15 is day 1.
    assert calendar.add_workdays(db, date(2027, 2, 11), 1).due == date(2027, 2, 15)
    years = {v.year: v for v in calendar.calendar_years(db, around=date(2026, 12, 7))}
    assert (years[2027].origin, years[2027].holidays, years[2027].source) == ("loaded", 7, "second.csv")
    assert years[2026].origin == "shipped"


def test_the_shipped_years_and_the_missing_ones_are_listed(db, branch):
    years = {v.year: v for v in calendar.calendar_years(db, around=date(2026, 12, 7))}
    assert years[2026].origin == "shipped" and years[2026].holidays > 0
    assert years[2027].origin == "missing"
    shipped = calendar.year_days(db, 2026)
    assert any(row.day == date(2026, 10, 1) and row.name for row in shipped)
    assert calendar.year_days(db, 2027) == ()


def test_supervisors_get_one_task_to_load_next_year_in_december_closed_by_the_load(db, branch):
    calendar_task = select(Task).where(Task.kind == calendar.CALENDAR_YEAR_TASK)
    reminders.generate_reminders(db, date(2026, 11, 30), now=datetime(2026, 11, 30, 8, 0))
    with db.read() as uow:
        assert uow.session.scalars(calendar_task).all() == []  # 30 November: not yet

    first = reminders.generate_reminders(db, date(2026, 12, 1), now=datetime(2026, 12, 1, 8, 0))
    again = reminders.generate_reminders(db, date(2026, 12, 2), now=datetime(2026, 12, 2, 8, 0))
    assert (first.created[calendar.CALENDAR_YEAR_TASK], again.created[calendar.CALENDAR_YEAR_TASK]) == (1, 0)
    with db.read() as uow:
        task = uow.session.scalars(calendar_task).one()
        assert (task.assignee_id, task.details, task.status) == (None, {"year": 2027}, "open")

    calendar.import_calendar(db, admin(branch), NOTICE_2027, "notice-2027.csv")
    with db.read() as uow:
        assert uow.session.scalars(calendar_task).one().status == "done"


def _count(db, model) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))
