"""Complaint handling as a branch would try to break it: handler rules, deadlines, closing, confidentiality."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from db import errors
from db.models import AuditEntry, Complaint, Task
from domain.codes import Role
from domain.complaint_flow import ClosingFacts, ComplaintNotClosable, ComplaintStatus
from domain.errors import DomainError, InvalidValue
from domain.staff import StaffUser
from services import complaint_views, complaints
from tests.factories import LOGINS, add_second_supervisor, small_branch

NOW = datetime(2026, 11, 23, 10, 30)  # a Monday
FULL_REPORT = ClosingFacts(
    leader_instruction="同意处理意见",
    findings="柜员未按规范接待",
    disposition="批评教育",
    corrective_measures="服务规范培训",
    satisfaction="satisfied",
    overdue_reason="",
)


def as_user(ids, role: Role, login: str | None = None) -> StaffUser:
    return StaffUser(
        ids[role], login or LOGINS[role], f"{role.value}-{login or LOGINS[role]}", role, "0001", "支行"
    )


@pytest.fixture
def branch(db):
    ids = small_branch(db, NOW.date())
    return ids


def register(db, ids, **overrides):
    values = dict(
        channel="walk_in",
        category="attitude",
        content="柜员态度冷淡",
        complainant_name="王小明",
        complainant_phone="13812345678",
        customer_no="C0000000001",
        subject_login="teller1",
        received_at=NOW,
        now=NOW,
    )
    values.update(overrides)
    return complaints.register(db, as_user(ids, Role.TELLER), **values)


def test_registration_numbers_the_case_sets_the_deadline_and_tells_the_leaders(db, branch):
    case = register(db, branch)
    second = register(db, branch, category="product")
    assert (case.number, second.number) == ("TS0001-2026-00001", "TS0001-2026-00002")
    assert case.deadline == date(2026, 11, 26)  # general: 3 working days
    assert second.deadline == date(2026, 12, 7) and second.warn_from == date(
        2026, 12, 2
    )  # complex: 10 / 7 WD
    with db.read() as uow:
        tasks = uow.session.scalars(select(Task).where(Task.kind == complaints.TASK_INSTRUCTION)).all()
        queued = sorted((t.title, t.assignee_id) for t in tasks)
    assert queued == [(case.number, None), (second.number, None)]  # None: the supervisors' queue


def test_a_friday_evening_complaint_counts_from_monday(db, branch):
    case = register(db, branch, received_at=datetime(2026, 11, 20, 17, 30), now=NOW)
    assert case.deadline == date(2026, 11, 26)


def test_a_complaint_over_fifty_thousand_is_major_and_urgent(db, branch):
    at_limit = register(db, branch, amount=Decimal("50000.00"))
    over = register(db, branch, amount=Decimal("50000.01"))
    assert at_limit.major_reasons == () and over.major_reasons == ("amount_over_threshold",)
    with db.read() as uow:
        task = uow.session.scalars(
            select(Task).where(Task.title == over.number, Task.kind == complaints.TASK_INSTRUCTION)
        ).one()
        assert task.due_on == NOW.date() and task.details["major"] == ["amount_over_threshold"]


def test_the_person_complained_about_can_never_handle_it(db, branch):
    case = register(db, branch)
    with pytest.raises(DomainError) as refused:
        complaints.assign(db, as_user(branch, Role.SUPERVISOR), case.number, "teller1", now=NOW)
    assert refused.value.code == "complaint_handler_is_subject"
    assert complaint_views.show(db, as_user(branch, Role.SUPERVISOR), case.number).handler == ""


def test_only_a_supervisor_assigns_and_only_the_handler_works_the_case(db, branch):
    case = register(db, branch)
    with pytest.raises(DomainError) as refused:
        complaints.assign(db, as_user(branch, Role.MANAGER), case.number, "manager1", now=NOW)
    assert refused.value.code == "not_permitted"
    complaints.assign(db, as_user(branch, Role.SUPERVISOR), case.number, "manager1", now=NOW)
    with pytest.raises(DomainError) as refused:
        complaints.start_handling(db, as_user(branch, Role.TELLER), case.number, now=NOW)
    assert refused.value.code == "complaint_not_your_case"


def walk_to_replied(db, ids, case, replied_at: datetime):
    complaints.assign(db, as_user(ids, Role.SUPERVISOR), case.number, "manager1", now=NOW)
    complaints.start_handling(db, as_user(ids, Role.MANAGER), case.number, now=NOW)
    return complaints.record_reply(db, as_user(ids, Role.MANAGER), case.number, "已当面致歉", now=replied_at)


def test_closing_needs_the_leaders_instruction_and_the_result_report(db, branch):
    case = register(db, branch)
    walk_to_replied(db, branch, case, NOW)
    supervisor = as_user(branch, Role.SUPERVISOR)
    with pytest.raises(ComplaintNotClosable) as refused:
        complaints.close(db, supervisor, case.number, ClosingFacts("", "", "", "", "", ""), now=NOW)
    assert refused.value.problems == (
        "leader_instruction_required",
        "findings_required",
        "disposition_required",
        "corrective_measures_required",
        "satisfaction_required",
    )
    assert (
        complaint_views.show(db, supervisor, case.number).status is ComplaintStatus.REPLIED
    )  # nothing half-written
    closed = complaints.close(db, supervisor, case.number, FULL_REPORT, now=NOW)
    assert closed.status is ComplaintStatus.CLOSED and closed.state == "done"
    with db.read() as uow:
        assert uow.session.scalars(select(Task.status).where(Task.title == case.number)).one() == "done"


def test_a_late_reply_cannot_be_closed_without_the_reason(db, branch):
    case = register(db, branch)
    walk_to_replied(db, branch, case, datetime(2026, 11, 27, 9, 0))  # due 26 November
    supervisor = as_user(branch, Role.SUPERVISOR)
    with pytest.raises(ComplaintNotClosable) as refused:
        complaints.close(db, supervisor, case.number, FULL_REPORT, now=NOW)
    assert refused.value.problems == ("overdue_reason_required",)
    late = ClosingFacts(**{**FULL_REPORT.__dict__, "overdue_reason": "客户出差，26日未能联系"})
    assert complaints.close(db, supervisor, case.number, late, now=NOW).overdue_reason


def test_steps_out_of_order_and_reopening_are_refused(db, branch):
    case = register(db, branch)
    with pytest.raises(DomainError) as refused:
        complaints.close(db, as_user(branch, Role.SUPERVISOR), case.number, FULL_REPORT, now=NOW)
    assert refused.value.code == "complaint_step_not_allowed"
    walk_to_replied(db, branch, case, NOW)
    complaints.close(db, as_user(branch, Role.SUPERVISOR), case.number, FULL_REPORT, now=NOW)
    with pytest.raises(DomainError):
        complaints.assign(db, as_user(branch, Role.SUPERVISOR), case.number, "manager1", now=NOW)


def test_a_withdrawal_must_be_voluntary_and_give_a_reason(db, branch):
    case = register(db, branch)
    supervisor = as_user(branch, Role.SUPERVISOR)
    with pytest.raises(InvalidValue):
        complaints.withdraw(db, supervisor, case.number, "  ", True, now=NOW)
    with pytest.raises(DomainError) as refused:
        complaints.withdraw(db, supervisor, case.number, "客户表示误会已消除", False, now=NOW)
    assert refused.value.code == "withdrawal_not_voluntary"
    done = complaints.withdraw(db, supervisor, case.number, "客户表示误会已消除", True, now=NOW)
    assert done.status is ComplaintStatus.WITHDRAWN


def test_the_complainant_is_masked_for_staff_not_on_the_case_and_viewing_is_logged(db, branch):
    case = register(db, branch)
    assert case.complainant_name == "王小明"  # the teller registered it
    complaints.assign(db, as_user(branch, Role.SUPERVISOR), case.number, "manager1", now=NOW)
    other_supervisor = add_second_supervisor(db)
    outsider = StaffUser(branch[Role.ADMIN], "admin1", "admin", Role.ADMIN, "0001", "支行")
    seen = complaint_views.show(db, outsider, case.number)
    assert (seen.complainant_name, seen.complainant_phone) == ("王**", "138****5678")
    assert not seen.identity_visible
    handler_view = complaint_views.show(db, as_user(branch, Role.MANAGER), case.number)
    assert handler_view.complainant_phone == "13812345678"
    complaint_views.show(
        db, StaffUser(other_supervisor, "supervisor2", "s2", Role.SUPERVISOR, "0001", "支行"), case.number
    )
    with db.read() as uow:
        viewers = uow.session.scalars(
            select(AuditEntry.actor).where(AuditEntry.action == "complaint_identity_viewed")
        ).all()
        details = [
            e.details for e in uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "complaint"))
        ]
    assert sorted(viewers) == ["manager1", "supervisor2"]
    assert "13812345678" not in repr(details) and "王小明" not in repr(details)


def test_lists_show_each_person_their_cases_overdue_first(db, branch):
    first = register(db, branch)
    later = register(db, branch, category="product", subject_login=None)
    complaints.assign(db, as_user(branch, Role.SUPERVISOR), later.number, "manager1", now=NOW)
    today = date(2026, 11, 27)
    everyone = complaint_views.list_complaints(db, as_user(branch, Role.SUPERVISOR), today=today)
    assert [(v.number, v.state) for v in everyone] == [(first.number, "overdue"), (later.number, "open")]
    mine = complaint_views.list_complaints(db, as_user(branch, Role.MANAGER), today=today)
    assert [v.number for v in mine] == [later.number]


def test_statistics_count_by_channel_category_timeliness_and_satisfaction(db, branch):
    on_time = register(db, branch)
    late = register(db, branch, channel="phone")
    register(db, branch, channel="phone", category="product")
    walk_to_replied(db, branch, on_time, NOW)
    walk_to_replied(db, branch, late, datetime(2026, 11, 30, 9, 0))
    supervisor = as_user(branch, Role.SUPERVISOR)
    complaints.close(db, supervisor, on_time.number, FULL_REPORT, now=NOW)
    stats = complaint_views.statistics(db, supervisor, date(2026, 11, 1), date(2026, 11, 30))
    assert (stats.total, stats.by_channel, stats.by_category) == (
        3,
        {"walk_in": 1, "phone": 2},
        {"attitude": 2, "product": 1},
    )
    assert (stats.answered, stats.on_time, stats.on_time_rate) == (2, 1, Decimal("0.500"))
    assert stats.satisfaction == {"satisfied": 1}
    with pytest.raises(DomainError):
        complaint_views.statistics(db, as_user(branch, Role.MANAGER), date(2026, 11, 1), date(2026, 11, 30))


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"channel": "fax"}, "unknown_complaint_channel"),
        ({"category": "rudeness"}, "unknown_complaint_category"),
        ({"content": "   "}, "complaint_content_required"),
        ({"amount": Decimal("-1")}, "amount_negative"),
        ({"received_at": datetime(2026, 11, 24, 9, 0)}, "received_in_future"),
        ({"subject_login": "nobody"}, "unknown_staff"),
        ({"customer_no": "C9999999999"}, "unknown_customer"),
    ],
)
def test_bad_registrations_are_refused_and_write_nothing(db, branch, overrides, code):
    with pytest.raises((DomainError, errors.NotFound)) as refused:
        register(db, branch, **overrides)
    assert refused.value.code == code
    with db.read() as uow:
        assert uow.session.scalars(select(Complaint)).all() == []
        assert uow.session.scalars(select(Task).where(Task.kind == complaints.TASK_INSTRUCTION)).all() == []
