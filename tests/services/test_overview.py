from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.codes import Role
from services import overview, staff
from tests.factories import LOGINS, PASSWORD, small_branch

TODAY = date(2026, 11, 23)


def _user(db, role):
    return staff.login(db, LOGINS[role], PASSWORD)


def test_a_manager_sees_only_their_own_book(db):
    small_branch(db, TODAY)
    summary = overview.home_summary(db, _user(db, Role.MANAGER), TODAY)
    assert summary.scope == "book"
    assert (summary.customers, summary.aum) == (1, Decimal("120000.00"))
    assert (summary.maturing_count, summary.maturing_amount) == (1, Decimal("120000.00"))
    assert summary.upcoming[0].customer_name == "张三"


def test_a_supervisor_sees_the_branch_and_the_unassigned(db):
    small_branch(db, TODAY)
    summary = overview.home_summary(db, _user(db, Role.SUPERVISOR), TODAY)
    assert (summary.customers, summary.aum, summary.unassigned) == (2, Decimal("128000.50"), 1)
    assert summary.assessment_expired == 1


def test_a_teller_sees_maturing_customers_names_masked(db):
    small_branch(db, TODAY)
    summary = overview.home_summary(db, _user(db, Role.TELLER), TODAY)
    assert summary.upcoming[0].customer_name == "张*"
