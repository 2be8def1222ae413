"""The customer 360 read: every section, privacy by role, reveal audited (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db import audit, errors
from db.models import AuditEntry, Complaint, Customer, Household, Interaction, Task
from domain.codes import Role
from domain.errors import DomainError
from domain.staff import StaffUser
from services.profile import load_profile, reveal_identifiers
from tests.factories import LI_ID, LOGINS, small_branch

TODAY = date.today()


def user(ids, role: Role) -> StaffUser:
    return StaffUser(ids[role], LOGINS[role], role.value, role, "0001", "示范银行测试支行")


@pytest.fixture
def ids(db):
    ids = small_branch(db, TODAY)
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        li = s.scalars(select(Customer).where(Customer.customer_no == "C0000000002")).one()
        household = Household(code="H000000001")
        s.add(household)
        s.flush()
        zhang.household_id, zhang.household_relation = household.id, "head"
        li.household_id, li.household_relation = household.id, "parent"
        s.add(
            Interaction(
                customer_id=zhang.id,
                staff_id=ids[Role.MANAGER],
                channel="phone",
                purpose="maturity_reminder",
                summary="提醒定期存款到期",
                next_step="到期前再联系",
                occurred_at=datetime(2026, 3, 1, 10),
            )
        )
        s.add(
            Task(
                kind="maturity",
                customer_id=zhang.id,
                assignee_id=ids[Role.MANAGER],
                title="定期存款到期提醒",
                due_on=TODAY + timedelta(days=10),
                created_at=datetime(2026, 3, 1),
                version=1,
            )
        )
        s.add(
            Complaint(
                number="TS-2026-0001",
                customer_id=zhang.id,
                channel="walk_in",
                category="service_attitude",
                received_at=datetime(2026, 3, 2, 9),
                content="排队时间长",
                deadline=TODAY,
                version=1,
            )
        )
        uow.commit()
    return ids


def test_every_section_is_filled_for_the_own_manager(db, ids):
    profile = load_profile(db, user(ids, Role.MANAGER), "c0000000001", TODAY)
    assert profile.name == "张三" and profile.masked  # even one's own customer: full values are a reveal
    assert profile.documents[0].id_number == "1101**********0019" and profile.phone == "138****5678"
    assert [m.name for m in profile.household] == ["李四"] and profile.household[0].relation == "parent"
    assert profile.holdings[0].balance == Decimal("120000.00") and profile.aum == Decimal("120000.00")
    assert profile.interactions[0].staff_name == "manager-manager1"
    assert profile.tasks[0].title == "定期存款到期提醒" and profile.complaints[0].number == "TS-2026-0001"
    assert profile.aml_risk == "low" and profile.may_edit and not profile.may_reassign
    assert profile.changes == () and not profile.may_see_history


def test_a_manager_sees_another_managers_customer_masked_and_read_only(db, ids):
    profile = load_profile(db, user(ids, Role.MANAGER), "C0000000002", TODAY)
    assert profile.masked and not profile.may_edit
    assert profile.documents[0].id_number == "1101**********002X" and profile.phone == "139****5432"
    assert profile.holdings[0].account_no.endswith("0002") and profile.holdings[0].account_no.startswith("*")
    assert profile.assessments[0].grade == "C2"  # the history is there, expired


def test_a_teller_sees_masked_identifiers_and_only_what_the_counter_needs(db, ids):
    profile = load_profile(db, user(ids, Role.TELLER), "C0000000001", TODAY)
    assert profile.masked and profile.documents[0].id_number == "1101**********0019"
    assert profile.phone == "138****5678" and profile.annual_income is None and profile.aml_risk is None
    assert profile.counter_view and profile.household == ()
    assert not profile.may_edit and profile.changes == ()


def test_a_supervisor_sees_everything_including_the_change_history(db, ids):
    with db.write() as uow:
        audit.record(
            uow.session,
            at=datetime(2026, 4, 1, 9),
            actor="manager1",
            action="customer_updated",
            entity="customer",
            entity_id="1",
            details={"changes": [{"field": "address", "old": "", "new": "上海"}]},
        )
        uow.commit()
    profile = load_profile(db, user(ids, Role.SUPERVISOR), "C0000000001", TODAY)
    assert profile.masked and profile.may_edit and profile.may_reassign and profile.may_see_history
    assert profile.changes[0].changes[0].field == "address" and profile.changes[0].actor == "manager1"


def test_the_administrator_and_an_unknown_customer_are_refused(db, ids):
    with pytest.raises(DomainError):
        load_profile(db, user(ids, Role.ADMIN), "C0000000001", TODAY)
    with pytest.raises(errors.NotFound):
        load_profile(db, user(ids, Role.SUPERVISOR), "C0000000404", TODAY)


def test_reveal_is_audited_before_the_full_values_are_returned(db, ids):
    teller = user(ids, Role.TELLER)
    revealed = reveal_identifiers(db, teller, "C0000000002", "verify_customer_present")
    assert revealed.documents[0].id_number == LI_ID and revealed.phone == "13998765432"
    assert revealed.annual_income is None  # only the identifiers are lifted
    assert revealed.holdings[0].account_no.startswith("*")
    with db.read() as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "identifiers_revealed")
        ).one()
        assert entry.actor == "teller1" and entry.details["reason"] == "verify_customer_present"
        assert LI_ID not in str(entry.details)
