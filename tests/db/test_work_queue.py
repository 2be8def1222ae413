"""Referrals, the inbox and the daily reminder job (issue 7), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import Customer, Holding, Product, RiskAssessment, Task
from db.services import inbox, referrals, reminders
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.staff import StaffUser
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
    created = reminders.generate_reminders(db, TODAY, now=NOW)
    # zhang's deposit (15 days: T-30), li's at 1, 7 and 20 days; 45 days is too far.
    assert created["maturity"] == 4
    assert created["assessment_expiry"] == 1
    assert created["birthday"] == 1
    assert reminders.generate_reminders(db, TODAY, now=NOW) == dict.fromkeys(reminders.GENERATED_KINDS, 0)
    with db.read() as uow:
        rows = uow.session.execute(select(Task.kind, Task.source_key, Task.assignee_id)).all()
    keys = [r.source_key for r in rows]
    assert len(keys) == len(set(keys)) == 6
    manager_id = branch[Role.MANAGER]
    assert {r.assignee_id for r in rows if r.kind == "birthday"} == {manager_id}
    assert {r.assignee_id for r in rows if r.kind == "maturity" and "T-1" in r.source_key} == {None}  # li
    # A week later the 7-day deposit reaches T-1: one new stage, nothing repeated.
    week = reminders.generate_reminders(db, TODAY + timedelta(days=6), now=NOW)
    assert week["maturity"] == 1  # T-1 of the 7-day one; zhang's (9 days left) stays in its T-30 stage
