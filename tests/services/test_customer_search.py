from __future__ import annotations

from datetime import date

import pytest

from domain.codes import Role
from services import customer_search, staff
from tests.factories import LI_ID, LOGINS, PASSWORD, ZHANG_ID, small_branch

TODAY = date(2026, 11, 23)


@pytest.fixture
def branch(db):
    small_branch(db, TODAY)
    return {role: staff.login(db, login, PASSWORD) for role, login in LOGINS.items()}


@pytest.mark.parametrize("text", ["C0000000001", "张三", "0019", ZHANG_ID, "13812345678", "6222020000000001"])
def test_finds_a_customer_by_every_kind_of_identifier(db, branch, text):
    rows = customer_search.search_customers(db, branch[Role.SUPERVISOR], text)
    assert [r.customer_no for r in rows] == ["C0000000001"]


def test_a_teller_sees_identifiers_masked(db, branch):
    (row,) = customer_search.search_customers(db, branch[Role.TELLER], "李四")
    assert row.id_number == "1101**********002X"
    assert row.phone == "139****5432"


def test_a_manager_sees_their_own_customers_masked_too(db, branch):
    (own,) = customer_search.search_customers(db, branch[Role.MANAGER], "张三")
    (other,) = customer_search.search_customers(db, branch[Role.MANAGER], "李四")
    assert own.id_number == "1101**********0019" and own.phone == "138****5678"
    assert other.id_number != LI_ID and "*" in other.id_number


def test_an_empty_search_shows_a_manager_their_book(db, branch):
    rows = customer_search.search_customers(db, branch[Role.MANAGER], "")
    assert [r.customer_no for r in rows] == ["C0000000001"]
    assert customer_search.search_customers(db, branch[Role.TELLER], "") == []
