"""`sod_departed_cm_access` (DOMAIN §1, §7.6): a manager who leaves loses access at once. A station still signed in
as them is refused at its very next call, not at the next sign-in; on SQLite and PostgreSQL."""

from __future__ import annotations

import inspect
from datetime import date, datetime

import pytest

from desktop.backend import _UNGUARDED, Backend
from domain.codes import Role
from domain.errors import Conflict, SignInRefused
from services import approvals, customer_edit, staff
from services.staff import user_by_login
from tests.factories import PASSWORD, add_other_roles, small_branch

NOW = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def branch(db):
    small_branch(db, date.today())
    add_other_roles(db)
    return db


def account(db, login: str):
    return next(a for a in staff.list_accounts(db) if a.login == login)


def test_a_disabled_managers_signed_in_station_is_refused_at_its_next_call(branch):
    station = Backend(branch, staff.login(branch, "manager1", PASSWORD))  # signed in before leaving
    assert [hit.customer_no for hit in station.search_customers("")] == ["C0000000001"]
    supervisor, head = user_by_login(branch, "supervisor1"), user_by_login(branch, "head1")
    pending = customer_edit.reassign_book_by_login(branch, supervisor, "manager1", "wealth1")
    approvals.approve(branch, head, pending.approval_id, now=NOW)  # the book first (DOMAIN §7.6)
    assert station.search_customers("") == []  # still active: the call works, the book is gone
    row = account(branch, "manager1")
    staff.set_active(branch, row.id, row.version, False, user_by_login(branch, "admin1"))

    for call in (lambda: station.search_customers(""), station.home_summary, lambda: station.tasks()):
        with pytest.raises(SignInRefused) as refused:
            call()
        assert refused.value.code == "account_disabled"
    with pytest.raises(SignInRefused, match="account_disabled"):
        staff.login(branch, "manager1", PASSWORD)


def test_a_locked_account_is_refused_at_once_too(branch):
    station = Backend(branch, staff.login(branch, "teller1", PASSWORD))
    station.home_summary()
    for _ in range(5):  # someone tries the password at another station
        with pytest.raises(SignInRefused):
            staff.login(branch, "teller1", "not-the-password")
    with pytest.raises(SignInRefused, match="account_locked"):
        station.home_summary()


def test_every_call_a_station_makes_checks_the_account_first():
    """A method added to Backend later is guarded without anyone remembering to."""
    public = {
        name
        for name, member in inspect.getmembers(Backend, inspect.isfunction)
        if not name.startswith(("_", "may_"))
    }
    unguarded = {name for name in public if not hasattr(getattr(Backend, name), "__wrapped__")}
    assert unguarded == set(_UNGUARDED)
    assert len(public) > 60


def test_the_administrator_may_not_disable_a_wealth_manager_with_a_book(branch):
    """Disabling waits for the book to be handed over, for every role that holds one (staff_book_not_empty)."""
    supervisor, head = user_by_login(branch, "supervisor1"), user_by_login(branch, "head1")
    wealth = user_by_login(branch, "wealth1")
    pending = customer_edit.reassign_customer(branch, supervisor, "C0000000002", 1, wealth.id, now=NOW)
    approvals.approve(branch, head, pending.approval_id, now=NOW)
    row = account(branch, "wealth1")
    with pytest.raises(Conflict, match="staff_book_not_empty"):
        staff.set_active(branch, row.id, row.version, False, user_by_login(branch, "admin1"))
    assert account(branch, "wealth1").active and Role.WEALTH_MANAGER is wealth.role
