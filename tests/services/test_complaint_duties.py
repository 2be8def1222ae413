"""The complaint duties beside the case (DOMAIN.md §7.7): major complaints reported upward within the limit, repeat
complaints linked and escalated, the daily opinion-book and online checks. Boundaries: the day before / of / after."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Task
from domain.codes import Role
from domain.complaint_duties import REPEAT_WINDOW_DAYS, MajorReportFacts, within_repeat_window
from domain.errors import Conflict, InvalidValue, NotPermitted
from services import complaint_duties, complaint_views, complaints, reminders
from tests.factories import small_branch
from tests.services.test_complaints import as_user

NOW = datetime(2026, 11, 23, 10, 30)  # a Monday
FACTS = MajorReportFacts("省联社办事处；银保监分局", "客户称理财亏损8万元，已安排专人核实。")


@pytest.fixture
def branch(db):
    return small_branch(db, NOW.date())


def register(db, ids, *, received_at=NOW, now=None, **overrides):
    values = dict(
        channel="walk_in",
        category="attitude",
        content="柜员态度冷淡",
        complainant_name="王小明",
        complainant_phone="13812345678",
        customer_no="C0000000001",
        subject_login="teller1",
        received_at=received_at,
        now=now or max(received_at, NOW),
    )
    values.update(overrides)
    return complaints.register(db, as_user(ids, Role.TELLER), **values)


def _tasks(db, kind):
    with db.read() as uow:
        rows = uow.session.scalars(select(Task).where(Task.kind == kind).order_by(Task.id)).all()
        uow.session.expunge_all()
        return rows


# -- major complaints reported upward ----------------------------------------------------------------------------


def test_a_major_complaint_gets_its_report_due_by_the_next_working_day(db, branch):
    plain = register(db, branch, amount=Decimal("50000.00"))
    major = register(db, branch, amount=Decimal("50000.01"), category="product")
    assert plain.major_report_due is None
    assert major.major_report_due == date(2026, 11, 24) and major.major_reported_at is None
    tasks = _tasks(db, complaint_duties.MAJOR_REPORT_KIND)
    assert [(t.title, t.due_on, t.assignee_id) for t in tasks] == [(major.number, date(2026, 11, 24), None)]


def test_a_friday_evening_major_complaint_is_due_tuesday(db, branch):
    case = register(db, branch, received_at=datetime(2026, 11, 20, 17, 30), sensitive=True)
    assert case.major_report_due == date(2026, 11, 24)  # day 0 Monday, one working day: Tuesday


def test_the_report_records_who_when_to_whom_and_closes_the_task(db, branch):
    case = register(db, branch, public_figure=True)
    supervisor = as_user(branch, Role.SUPERVISOR)
    report = complaint_duties.report_major(db, supervisor, case.number, FACTS, now=NOW + timedelta(hours=2))
    assert (report.reported_to, report.late, report.due_on) == (FACTS.reported_to, False, date(2026, 11, 24))
    assert report.reported_by.startswith("supervisor-supervisor1")
    assert [t.status for t in _tasks(db, complaint_duties.MAJOR_REPORT_KIND)] == ["done"]
    shown = complaint_views.show(db, supervisor, case.number, today=NOW.date())
    assert shown.major_reported_at == NOW + timedelta(hours=2)
    with db.read() as uow:
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == case.number)
        ).all()
    assert "complaint_major_reported" in actions
    pdf = complaint_duties.major_report_pdf(db, supervisor, case.number, now=NOW)
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("reported_on", "late"),
    [(date(2026, 11, 23), False), (date(2026, 11, 24), False), (date(2026, 11, 25), True)],
)
def test_a_report_after_the_limit_is_kept_and_marked_late(db, branch, reported_on, late):
    case = register(db, branch, reputational=True)
    at = datetime.combine(reported_on, datetime.min.time()).replace(hour=23, minute=59)
    report = complaint_duties.report_major(db, as_user(branch, Role.SUPERVISOR), case.number, FACTS, now=at)
    assert report.late is late


def test_an_unreported_major_complaint_escalates_the_day_after_its_limit(db, branch):
    case = register(db, branch, sensitive=True)
    for day, expected in ((date(2026, 11, 24), 0), (date(2026, 11, 25), 1), (date(2026, 11, 26), 0)):
        result = reminders.generate_reminders(db, day, now=datetime.combine(day, datetime.min.time()))
        assert result.created[complaint_duties.MAJOR_LATE_KIND] == expected, day
    (late,) = _tasks(db, complaint_duties.MAJOR_LATE_KIND)
    assert (late.title, late.assignee_id, late.details["escalated_to"]) == (case.number, None, "branch_head")
    complaint_duties.report_major(
        db, as_user(branch, Role.SUPERVISOR), case.number, FACTS, now=datetime(2026, 11, 26, 9)
    )
    assert [t.status for t in _tasks(db, complaint_duties.MAJOR_LATE_KIND)] == ["done"]


def test_only_a_major_complaint_is_reported_and_only_by_its_officer(db, branch):
    case = register(db, branch)
    supervisor = as_user(branch, Role.SUPERVISOR)
    with pytest.raises(Conflict, match="complaint_not_major"):
        complaint_duties.report_major(db, supervisor, case.number, FACTS, now=NOW)
    major = register(db, branch, sensitive=True, category="product")
    with pytest.raises(NotPermitted):
        complaint_duties.report_major(db, as_user(branch, Role.TELLER), major.number, FACTS, now=NOW)
    with pytest.raises(InvalidValue, match="major_report_recipient_required"):
        complaint_duties.report_major(db, supervisor, major.number, MajorReportFacts(" ", "x"), now=NOW)
    with pytest.raises(Conflict, match="complaint_major_not_reported"):
        complaint_duties.major_report_pdf(db, supervisor, major.number)


# -- repeat complaints -------------------------------------------------------------------------------------------


def test_the_repeat_window_boundaries():
    earlier = date(2026, 1, 1)
    assert within_repeat_window(earlier, earlier + timedelta(days=REPEAT_WINDOW_DAYS - 1))
    assert within_repeat_window(earlier, earlier + timedelta(days=REPEAT_WINDOW_DAYS))
    assert not within_repeat_window(earlier, earlier + timedelta(days=REPEAT_WINDOW_DAYS + 1))


@pytest.mark.parametrize(("days_later", "repeat"), [(89, True), (90, True), (91, False)])
def test_a_repeat_within_the_window_is_linked_on_both_cases_and_escalated(db, branch, days_later, repeat):
    first = register(db, branch, received_at=datetime(2026, 8, 3, 9, 0))
    later_at = datetime(2026, 8, 3, 16, 0) + timedelta(days=days_later)
    second = register(db, branch, received_at=later_at, now=later_at)
    supervisor = as_user(branch, Role.SUPERVISOR)
    assert second.repeat_of == (first.number if repeat else "")
    earlier = complaint_views.show(db, supervisor, first.number, today=later_at.date())
    assert earlier.repeated_by == ((second.number,) if repeat else ())
    with db.read() as uow:
        task = uow.session.scalars(
            select(Task).where(Task.title == second.number, Task.kind == complaints.TASK_INSTRUCTION)
        ).one()
        facts = (task.details.get("repeat_of"), task.due_on == later_at.date())
    assert facts == ((first.number, True) if repeat else (None, False))


def test_another_matter_or_another_person_is_not_a_repeat(db, branch):
    first = register(db, branch)
    assert register(db, branch, category="error").repeat_of == ""  # another category
    assert register(db, branch, subject_login=None).repeat_of == ""  # nobody named, not teller1
    assert register(db, branch, customer_no="C0000000002").repeat_of == ""  # another customer
    assert register(db, branch).repeat_of == first.number
    walk_in = register(db, branch, customer_no=None, complainant_phone="13900000000")
    assert register(db, branch, customer_no=None, complainant_phone="13900000000").repeat_of == walk_in.number
    assert register(db, branch, customer_no=None, complainant_phone="").repeat_of == ""  # cannot be matched
    stats = complaint_views.statistics(db, as_user(branch, Role.SUPERVISOR), NOW.date(), NOW.date())
    assert (stats.total, stats.repeats) == (8, 2)


# -- the daily checks --------------------------------------------------------------------------------------------


def test_a_daily_check_is_recorded_once_and_an_online_find_is_forwarded_within_two_working_days(db, branch):
    head = as_user(branch, Role.SUPERVISOR)
    book = complaint_duties.record_daily_check(
        db, head, "opinion_book", date(2026, 11, 20), "大堂意见簿", "无新增留言", now=NOW
    )
    assert (book.kind, book.forward_by) == ("opinion_book", None)
    with pytest.raises(Conflict, match="daily_check_already_recorded"):
        complaint_duties.record_daily_check(db, head, "opinion_book", date(2026, 11, 20), "x", "y", now=NOW)
    online = complaint_duties.record_daily_check(
        db,
        head,
        "online",
        date(2026, 11, 20),
        "手机银行留言、政府网站",
        "一条服务态度投诉",
        found_items=True,
        now=NOW,
    )
    assert online.forward_by == date(2026, 11, 24)  # Friday + 2 WD
    (forward,) = _tasks(db, complaint_duties.ONLINE_FORWARD_KIND)
    assert forward.due_on == date(2026, 11, 24)
    with pytest.raises(InvalidValue, match="daily_check_in_future"):
        complaint_duties.record_daily_check(db, head, "online", date(2026, 11, 24), "x", "y", now=NOW)
    with pytest.raises(InvalidValue, match="daily_check_findings_required"):
        complaint_duties.record_daily_check(db, head, "online", date(2026, 11, 23), "x", " ", now=NOW)
    with pytest.raises(NotPermitted):
        complaint_duties.record_daily_check(
            db, as_user(branch, Role.MANAGER), "online", date(2026, 11, 23), "x", "y", now=NOW
        )


def test_a_working_day_without_its_check_shows_in_the_work_queue_until_recorded(db, branch):
    head = as_user(branch, Role.SUPERVISOR)
    for day in (date(2026, 11, 17), date(2026, 11, 18), date(2026, 11, 19)):
        for kind in ("opinion_book", "online"):
            complaint_duties.record_daily_check(db, head, kind, day, "意见簿/网络渠道", "无", now=NOW)
    complaint_duties.record_daily_check(db, head, "online", date(2026, 11, 20), "网络渠道", "无", now=NOW)
    # Monday 11-23: the week back is 16–22 Nov; 16 Nov both missing, 20 Nov the opinion book; today is not over.
    result = reminders.generate_reminders(db, NOW.date(), now=NOW)
    assert result.created[complaint_duties.DAILY_CHECK_MISSING_KIND] == 3
    missing = sorted(t.source_key for t in _tasks(db, complaint_duties.DAILY_CHECK_MISSING_KIND))
    assert missing == [
        "complaint_check_missing:0001.online:2026-11-16",
        "complaint_check_missing:0001.opinion_book:2026-11-16",
        "complaint_check_missing:0001.opinion_book:2026-11-20",
    ]
    period = complaint_duties.daily_checks(db, head, date(2026, 11, 16), date(2026, 11, 23), today=NOW.date())
    assert period.missing == (
        (date(2026, 11, 16), "opinion_book"),
        (date(2026, 11, 16), "online"),
        (date(2026, 11, 20), "opinion_book"),
    )
    assert len(period.checks) == 7
    complaint_duties.record_daily_check(
        db, head, "opinion_book", date(2026, 11, 20), "意见簿", "补记：无", now=NOW
    )
    still = {
        t.source_key for t in _tasks(db, complaint_duties.DAILY_CHECK_MISSING_KIND) if t.status == "open"
    }
    assert "complaint_check_missing:0001.opinion_book:2026-11-20" not in still and len(still) == 2
