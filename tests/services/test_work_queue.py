"""Referrals, the inbox and the daily reminder job (issue 7), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import Complaint, Customer, Holding, IdDocument, Product, RiskAssessment, Task
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.profile import editable_values
from domain.staff import StaffUser
from services import customer_edit, inbox, referrals, reminders
from services.profile import load_profile
from tests.factories import LOGINS, small_branch

NOW = datetime(2026, 11, 23, 10, 30)  # a Monday
TODAY = NOW.date()


def as_user(ids, role: Role) -> StaffUser:
    return StaffUser(
        ids[role], LOGINS[role], f"{role.value}-{LOGINS[role]}", role, "0001", "示范银行测试支行"
    )


@pytest.fixture
def branch(db):
    return small_branch(db, TODAY)


def test_referral_goes_to_the_customers_manager_due_in_five_working_days(db, branch):
    teller = as_user(branch, Role.TELLER)
    made = referrals.create(
        db, teller, "C0000000001", reason="stated_need", products=["td1y", "FUND1"], note="问理财", now=NOW
    )
    assert made.manager_login == "manager1"
    assert made.due_on == date(2026, 11, 30)  # Mon + 5 WD
    assert made.products == ("TD1Y", "FUND1")
    with db.read() as uow:
        task = uow.session.get(Task, made.id)
        assert (task.kind, task.assignee_id, task.created_by_id) == (
            "referral",
            branch[Role.MANAGER],
            branch[Role.TELLER],
        )
    mine = inbox.list_tasks(db, as_user(branch, Role.MANAGER), today=TODAY)
    assert [(t.kind, t.customer_no) for t in mine] == [("referral", "C0000000001")]
    # The teller follows the referral (not theirs to act on) until 30 days after it closes.
    [sent] = inbox.list_tasks(db, teller, today=TODAY)
    assert (sent.id, sent.assignee_login) == (made.id, "manager1")
    referrals.record_outcome(db, as_user(branch, Role.MANAGER), made.id, "converted", now=NOW)
    assert [t.outcome for t in inbox.list_tasks(db, teller, today=TODAY + timedelta(days=29))] == [
        "converted"
    ]
    assert inbox.list_tasks(db, teller, today=TODAY + timedelta(days=31)) == []
    assert inbox.list_tasks(db, as_user(branch, Role.MANAGER), today=TODAY) == []


def test_a_customer_without_manager_needs_a_chosen_one(db, branch):
    teller = as_user(branch, Role.TELLER)
    with pytest.raises(DomainError) as refused:
        referrals.create(db, teller, "C0000000002", reason="large_balance", now=NOW)
    assert refused.value.code == "referral_manager_required"
    made = referrals.create(db, teller, "C0000000002", reason="large_balance", to_login="manager1", now=NOW)
    assert made.manager_login == "manager1"
    with pytest.raises(DomainError) as refused:
        referrals.create(db, teller, "C0000000002", reason="large_balance", to_login="teller1", now=NOW)
    assert refused.value.code in ("referral_not_a_manager", "referral_to_self")
    with pytest.raises(InvalidValue):
        referrals.create(db, teller, "C0000000002", reason="whim", to_login="manager1", now=NOW)


def test_no_second_open_referral_for_the_same_customer_and_manager(db, branch):
    teller = as_user(branch, Role.TELLER)
    first = referrals.create(db, teller, "C0000000001", reason="stated_need", now=NOW)
    with pytest.raises(DomainError) as refused:
        referrals.create(db, teller, "C0000000001", reason="rising_star", now=NOW)
    assert refused.value.code == "referral_already_open"
    manager = as_user(branch, Role.MANAGER)
    referrals.record_outcome(db, manager, first.id, "converted", now=NOW)
    again = referrals.create(db, teller, "C0000000001", reason="rising_star", now=NOW)  # the first is closed
    assert again.id != first.id


def test_outcomes_and_credit_to_the_referrer(db, branch):
    teller, manager = as_user(branch, Role.TELLER), as_user(branch, Role.MANAGER)
    one = referrals.create(db, teller, "C0000000001", reason="stated_need", now=NOW)
    two = referrals.create(db, teller, "C0000000002", reason="premium", to_login="manager1", now=NOW)
    with pytest.raises(DomainError) as refused:
        referrals.record_outcome(db, teller, one.id, "converted", now=NOW)
    assert refused.value.code == "referral_not_yours"
    contacted = referrals.record_outcome(db, manager, one.id, "contacted", now=NOW)
    assert (contacted.status, contacted.outcome) == ("open", "contacted")
    done = referrals.record_outcome(db, manager, one.id, "converted", now=NOW)
    assert (done.status, done.outcome) == ("done", "converted")
    later = referrals.record_outcome(db, manager, two.id, "later", now=NOW)
    assert later.status == "open" and later.due_on > two.due_on
    with pytest.raises(DomainError):
        referrals.record_outcome(db, manager, one.id, "later", now=NOW)  # closed already
    [credit] = referrals.credits(db)
    assert (credit.login, credit.referred, credit.contacted, credit.converted) == ("teller1", 2, 2, 1)


def test_plain_tasks_are_marked_done_referrals_need_an_outcome(db, branch):
    teller, manager = as_user(branch, Role.TELLER), as_user(branch, Role.MANAGER)
    made = referrals.create(db, teller, "C0000000001", reason="stated_need", now=NOW)
    with pytest.raises(DomainError) as refused:
        inbox.complete(db, manager, made.id)
    assert refused.value.code == "referral_needs_outcome"
    reminders.generate_reminders(db, TODAY, now=NOW)
    maturity = next(t for t in inbox.list_tasks(db, manager, today=TODAY) if t.kind == "maturity")
    with pytest.raises(DomainError):
        inbox.complete(db, teller, maturity.id)
    inbox.complete(db, manager, maturity.id, version=maturity.version)
    assert maturity.id not in {t.id for t in inbox.list_tasks(db, manager, today=TODAY)}


def test_supervisors_see_everyones_tasks_and_overdue_ones_stand_out(db, branch):
    teller = as_user(branch, Role.TELLER)
    supervisor = as_user(branch, Role.SUPERVISOR)
    referrals.create(db, teller, "C0000000001", reason="stated_need", now=NOW)
    later = TODAY + timedelta(days=30)
    all_tasks = inbox.list_tasks(db, supervisor, everyone=True, today=later)
    assert [t.overdue for t in all_tasks] == [True]
    assert inbox.list_tasks(db, supervisor, everyone=True, assignee_login="teller1", today=later) == []
    assert inbox.list_tasks(db, supervisor, today=later) == []  # own + the queue only


def _add_reminder_facts(db, branch) -> None:
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        li = s.scalars(select(Customer).where(Customer.customer_no == "C0000000002")).one()
        zhang.tier = "T3"
        zhang.birth_date = date(1980, 11, 27)  # in 4 days
        li.tier = "T1"
        li.birth_date = date(1949, 11, 25)  # not high-tier: no birthday task
        product = s.scalars(select(Product)).first()
        for n, days in enumerate((1, 7, 20, 45)):
            s.add(
                Holding(
                    customer_id=li.id,
                    product_id=product.id,
                    account_no=f"62220200000001{n:02d}",
                    balance=Decimal("1000.00"),
                    opened_on=TODAY - timedelta(days=300),
                    maturity_on=TODAY + timedelta(days=days),
                )
            )
        s.add(
            RiskAssessment(
                customer_id=zhang.id,
                grade="C3",
                score=50,
                questionnaire_version="test",
                assessed_on=TODAY - timedelta(days=350),
                valid_until=TODAY + timedelta(days=10),
                channel="branch",
                answers={},
                created_at=NOW,
            )
        )
        uow.commit()


def test_daily_job_creates_each_reminder_once(db, branch):
    _add_reminder_facts(db, branch)
    created = reminders.generate_reminders(db, TODAY, now=NOW).created
    # zhang's deposit (15 days: T-30), li's at 1, 7 and 20 days; 45 days is too far.
    assert created["maturity"] == 4
    assert created["assessment_expiry"] == 1
    assert created["birthday"] == 1
    again = reminders.generate_reminders(db, TODAY, now=NOW)
    assert again.created == dict.fromkeys(reminders.GENERATED_KINDS, 0) and not again.changed
    with db.read() as uow:
        rows = uow.session.execute(
            # The branch's unrecorded daily complaint checks are tasks too (tests/services/test_complaint_duties.py).
            select(Task.kind, Task.source_key, Task.assignee_id).where(Task.kind != "complaint_check_missing")
        ).all()
    keys = [r.source_key for r in rows]
    assert len(keys) == len(set(keys)) == 6
    manager_id = branch[Role.MANAGER]
    assert {r.assignee_id for r in rows if r.kind == "birthday"} == {manager_id}
    assert {r.assignee_id for r in rows if r.kind == "maturity" and "T-1" in r.source_key} == {None}  # li
    # A week later the 7-day deposit reaches T-1: one new stage, nothing repeated.
    week = reminders.generate_reminders(db, TODAY + timedelta(days=6), now=NOW).created
    assert week["maturity"] == 1  # T-1 of the 7-day one; zhang's (9 days left) stays in its T-30 stage


# -- escalation of overdue referrals (DOMAIN §7.1 "overdue escalates") ----------------------------------------


def _task(db, task_id: int) -> Task:
    with db.read() as uow:
        task = uow.session.get(Task, task_id)
        uow.session.expunge(task)
        return task


def _escalations(db, supervisor) -> list:
    return [t for t in inbox.list_tasks(db, supervisor, today=TODAY) if t.kind == "referral_escalation"]


def test_an_overdue_referral_is_escalated_once_to_the_supervisors_and_closes_with_the_outcome(db, branch):
    teller, manager = as_user(branch, Role.TELLER), as_user(branch, Role.MANAGER)
    supervisor = as_user(branch, Role.SUPERVISOR)
    made = referrals.create(db, teller, "C0000000001", reason="stated_need", now=NOW, workdays=4)
    assert made.due_on == date(2026, 11, 27)  # a Friday
    saturday, monday = date(2026, 11, 28), date(2026, 11, 30)
    # Past the due date on Saturday, but no working day is lost yet.
    assert reminders.generate_reminders(db, saturday, now=NOW).created["referral_escalation"] == 0
    first = reminders.generate_reminders(db, monday, now=NOW)
    assert first.created["referral_escalation"] == 1
    assert (
        reminders.generate_reminders(db, monday, now=NOW).created["referral_escalation"] == 0
    )  # never twice
    [escalation] = _escalations(db, supervisor)
    assert (
        escalation.assignee_login == "" and escalation.customer_no == "C0000000001"
    )  # the supervisors' queue
    assert escalation.details["manager"] == "manager-manager1" and escalation.details["workdays_overdue"] == 1
    assert escalation.due_on == monday
    assert _escalations(db, manager) == []  # not the manager's own queue
    referral = _task(db, made.id)
    assert referral.details["escalated"] == {
        "on": "2026-11-30",
        "due_on": "2026-11-27",
        "workdays_overdue": 1,
    }
    # The manager calls the customer: the escalation closes itself, and the next runs do not raise it again.
    referrals.record_outcome(db, manager, made.id, "contacted", now=datetime(2026, 11, 30, 15))
    closed = _task(db, escalation.id)
    assert (closed.status, closed.outcome, closed.done_at) == ("done", "resolved", datetime(2026, 11, 30, 15))
    assert _escalations(db, supervisor) == []
    later = reminders.generate_reminders(db, date(2026, 12, 2), now=NOW)
    assert later.created["referral_escalation"] == 0 and later.closed["referral_escalation"] == 0
    assert _task(db, made.id).details["contacted_in_time"] is False  # reached on Monday, due on Friday


def test_a_later_outcome_sets_a_new_deadline_that_is_escalated_again(db, branch):
    teller, manager = as_user(branch, Role.TELLER), as_user(branch, Role.MANAGER)
    made = referrals.create(db, teller, "C0000000001", reason="stated_need", now=NOW)  # due Mon 11-30
    reminders.generate_reminders(db, date(2026, 12, 1), now=NOW)
    again = referrals.record_outcome(
        db, manager, made.id, "later", later_on=date(2026, 12, 4), now=datetime(2026, 12, 1, 9)
    )
    assert again.due_on == date(2026, 12, 4)
    escalations = reminders.generate_reminders(db, date(2026, 12, 8), now=NOW)
    assert escalations.created["referral_escalation"] == 1
    with db.read() as uow:
        keys = uow.session.execute(
            select(Task.source_key, Task.status).where(Task.kind == "referral_escalation").order_by(Task.id)
        ).all()
    assert [tuple(k) for k in keys] == [
        (f"referral_escalation:{made.id}:2026-11-30", "done"),
        (f"referral_escalation:{made.id}:2026-12-04", "open"),
    ]
    assert _task(db, made.id).details["escalated"]["workdays_overdue"] == 2  # Fri 12-04 -> Tue 12-08
    # Closed by the manager: the daily job would close a leftover escalation too.
    referrals.record_outcome(db, manager, made.id, "converted", now=datetime(2026, 12, 8, 11))
    with db.read() as uow:
        assert (
            uow.session.scalar(
                select(Task.status).where(Task.source_key == f"referral_escalation:{made.id}:2026-12-04")
            )
            == "done"
        )


# -- generated tasks close themselves when their cause goes away ---------------------------------------------


@pytest.mark.owner  # the setup closes a holding, which only the core system's feed does, not a station
def test_the_daily_job_closes_reminders_whose_cause_went_away(db, branch):
    _add_reminder_facts(db, branch)
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        s.scalars(select(IdDocument).where(IdDocument.customer_id == zhang.id)).one().expiry = (
            TODAY + timedelta(days=20)
        )
        s.add(
            Complaint(
                number="TS-2026-0001",
                customer_id=zhang.id,
                channel="walk_in",
                category="service_attitude",
                received_at=NOW - timedelta(days=2),
                content="排队时间长",
                status="handling",
                deadline=TODAY + timedelta(days=1),
                version=1,
            )
        )
        s.add(
            Task(
                kind="complaint_instruction",
                source_key="complaint_instruction:TS-2026-0001",
                customer_id=zhang.id,
                title="TS-2026-0001",
                details={"complaint": "TS-2026-0001"},
                due_on=TODAY,
                status="open",
                created_at=NOW,
            )
        )
        uow.commit()
    created = reminders.generate_reminders(db, TODAY, now=NOW).created
    assert (created["maturity"], created["assessment_expiry"], created["id_expiry"]) == (4, 1, 1)
    assert created["complaint_deadline"] == 1
    # The causes go away: one deposit closed, one rolled over to next year, a new assessment, the ID renewed,
    # the complaint closed.
    with db.write() as uow:
        s = uow.session
        holdings = s.scalars(
            select(Holding).where(Holding.maturity_on.is_not(None)).order_by(Holding.maturity_on)
        )
        one_day, seven_days, *_ = holdings
        one_day.status = "closed"
        seven_days.maturity_on = seven_days.maturity_on + timedelta(days=365)
        zhang = s.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        s.add(
            RiskAssessment(
                customer_id=zhang.id,
                grade="C3",
                score=50,
                questionnaire_version="test",
                assessed_on=TODAY,
                valid_until=TODAY + timedelta(days=365),
                channel="branch",
                answers={},
                created_at=NOW,
            )
        )
        s.scalars(select(IdDocument).where(IdDocument.customer_id == zhang.id)).one().expiry = date(
            2046, 11, 23
        )
        s.scalars(select(Complaint)).one().status = "closed"
        uow.commit()
    later = NOW + timedelta(hours=1)
    result = reminders.generate_reminders(db, TODAY, now=later)
    assert result.closed == {
        "maturity": 2,
        "assessment_expiry": 1,
        "id_expiry": 1,
        "complaint_deadline": 1,
        "complaint_instruction": 1,
        "referral_escalation": 0,
        "complaint_major_report": 0,
        "complaint_major_report_late": 0,
        "complaint_check_missing": 0,
    }
    assert result.created == dict.fromkeys(reminders.GENERATED_KINDS, 0)  # the closed ones are not made again
    manager = as_user(branch, Role.MANAGER)
    left = {t.kind for t in inbox.list_tasks(db, manager, today=TODAY)}
    assert left == {"maturity", "birthday"}  # zhang's own deposit (T-30) and birthday
    with db.read() as uow:
        resolved = uow.session.execute(
            select(Task.kind, Task.done_at, Task.version).where(Task.outcome == "resolved")
        ).all()
    assert len(resolved) == 6 and {r.done_at for r in resolved} == {later}
    assert {r.version for r in resolved} == {2}  # a station holding the old version sees the change
    assert not reminders.generate_reminders(db, TODAY, now=later).changed


def test_renewing_the_id_document_closes_its_reminder_at_once(db, branch):
    with db.write() as uow:
        doc = uow.session.scalars(
            select(IdDocument).join(Customer).where(Customer.customer_no == "C0000000001")
        )
        doc.one().expiry = TODAY + timedelta(days=20)
        uow.commit()
    reminders.generate_reminders(db, TODAY, now=NOW)
    manager = as_user(branch, Role.MANAGER)
    assert "id_expiry" in {t.kind for t in inbox.list_tasks(db, manager, today=TODAY)}
    profile = load_profile(db, manager, "C0000000001", TODAY)
    customer_edit.update_customer(
        db,
        manager,
        "C0000000001",
        profile.version,
        {"id_expiry": date(2046, 11, 20)},
        editable_values(profile),
        now=NOW,
    )
    assert "id_expiry" not in {t.kind for t in inbox.list_tasks(db, manager, today=TODAY)}


# -- the referrals report ---------------------------------------------------------------------------------------


def _referral_history(db, branch) -> None:
    """November: teller1 refers two customers to manager1 (one converted in time, one not interested late);
    manager1 refers one to supervisor1, left open and overdue. October: one more by teller1, out of the period."""
    teller, manager = as_user(branch, Role.TELLER), as_user(branch, Role.MANAGER)
    supervisor = as_user(branch, Role.SUPERVISOR)
    old = referrals.create(db, teller, "C0000000001", reason="stated_need", now=datetime(2026, 10, 12, 9))
    referrals.record_outcome(db, manager, old.id, "converted", now=datetime(2026, 10, 13, 9))
    one = referrals.create(db, teller, "C0000000001", reason="stated_need", now=datetime(2026, 11, 2, 9))
    referrals.record_outcome(db, manager, one.id, "contacted", now=datetime(2026, 11, 3, 9))
    referrals.record_outcome(db, manager, one.id, "converted", now=datetime(2026, 11, 20, 9))
    two = referrals.create(
        db, teller, "C0000000002", reason="premium", to_login="manager1", now=datetime(2026, 11, 2, 10)
    )
    referrals.record_outcome(
        db, manager, two.id, "not_interested", now=datetime(2026, 11, 16, 9)
    )  # due 11-09
    referrals.create(
        db,
        manager,
        "C0000000002",
        reason="large_balance",
        to_login="supervisor1",
        now=datetime(2026, 11, 30, 16),
    )
    assert supervisor.login == "supervisor1"


def test_the_referrals_report_counts_per_referrer_and_per_manager(db, branch):
    _referral_history(db, branch)
    supervisor = as_user(branch, Role.SUPERVISOR)
    report = referrals.report(db, supervisor, date(2026, 11, 1), date(2026, 11, 30), today=date(2026, 12, 10))
    assert report.everyone
    rows = {
        r.login: (
            r.referred,
            r.contacted,
            r.converted,
            r.not_interested,
            r.open,
            r.overdue,
            r.conversion_rate,
        )
        for r in report.referrers
    }
    assert rows == {"teller1": (2, 2, 1, 1, 0, 0, 0.5), "manager1": (1, 0, 0, 0, 1, 1, 0.0)}
    total = report.referrer_total
    assert (total.referred, total.converted, total.open, total.overdue) == (3, 1, 1, 1)
    assert total.conversion_rate == pytest.approx(1 / 3)
    for name in referrals.REFERRER_COUNTS:  # the totals line adds up
        assert getattr(total, name) == sum(getattr(r, name) for r in report.referrers)
    received = {
        m.login: (m.received, m.contacted, m.contacted_in_time, m.converted, m.open, m.overdue)
        for m in report.managers
    }
    assert received == {"manager1": (2, 2, 1, 1, 0, 0), "supervisor1": (1, 0, 0, 0, 1, 1)}
    for name in referrals.MANAGER_COUNTS:
        assert getattr(report.manager_total, name) == sum(getattr(m, name) for m in report.managers)
    # October alone: the older referral only.
    october = referrals.report(
        db, supervisor, date(2026, 10, 1), date(2026, 10, 31), today=date(2026, 12, 10)
    )
    assert [(r.login, r.referred, r.converted) for r in october.referrers] == [("teller1", 1, 1)]
    # The last day of the period counts to its end (16:00 on 11-30).
    assert (
        referrals.report(db, supervisor, date(2026, 11, 30), date(2026, 11, 30)).referrer_total.referred == 1
    )


def test_staff_see_only_their_own_lines_of_the_referrals_report(db, branch):
    _referral_history(db, branch)
    first, last, today = date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 10)
    mine = referrals.report(db, as_user(branch, Role.TELLER), first, last, today=today)
    assert not mine.everyone
    assert [r.login for r in mine.referrers] == ["teller1"] and mine.managers == ()
    assert mine.referrer_total.referred == 2
    managers = referrals.report(db, as_user(branch, Role.MANAGER), first, last, today=today)
    assert [r.login for r in managers.referrers] == ["manager1"]
    assert [(m.login, m.received) for m in managers.managers] == [("manager1", 2)]
    with pytest.raises(InvalidValue) as refused:
        referrals.report(db, as_user(branch, Role.TELLER), last, first)
    assert refused.value.code == "report_period_reversed"
    empty = referrals.report(db, as_user(branch, Role.TELLER), date(2025, 1, 1), date(2025, 1, 31))
    assert empty.referrers == () and empty.referrer_total.referred == 0
    assert empty.referrer_total.conversion_rate is None
