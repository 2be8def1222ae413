"""The one-box customer search: every kind of input, ranking, masking per role, odd input (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from db.models import Customer, Holding, Product, Staff
from domain.codes import Role
from domain.names import name_pinyin
from domain.search import Field, Rank
from services import customer_search, staff
from tests.factories import LI_ID, LOGINS, PASSWORD, ZHANG_ID, add_customer, small_branch

TODAY = date(2026, 11, 23)
SHAN_ID = "310104199001011234"
SHAN_FENG_ID = "310104195505050055"
OLD_ID_15 = "110105491231002"  # LI_ID before the 2000s upgrade: 15 digits, no century, no check character


@pytest.fixture
def branch(db):
    """small_branch (张三 of manager1, 李四 unassigned) plus 单田芳, 张三丰 and 张%三 with pinyin filled in."""
    small_branch(db, TODAY)
    users = {role: staff.login(db, login, PASSWORD) for role, login in LOGINS.items()}
    with db.write() as uow:
        s = uow.session
        for customer in s.query(Customer):
            customer.name_pinyin, customer.name_initials = name_pinyin(customer.name)
        branch_id = s.query(Staff).first().branch_id
        manager = users[Role.MANAGER].id
        rows = (
            ("C0000000003", "单田芳", SHAN_ID, date(1990, 1, 1), "M", None, "13700001234"),
            ("C0000000004", "张三丰", SHAN_FENG_ID, date(1955, 5, 5), "M", manager, "13600009999"),
            ("C0000000005", "张%三", "310104200001010011", date(2000, 1, 1), "F", None, "13500005555"),
        )
        for number, name, id_number, born, gender, manager_id, phone in rows:
            customer = add_customer(s, number, name, id_number, born, gender, manager_id, branch_id, phone)
            customer.name_pinyin, customer.name_initials = name_pinyin(name)
        s.flush()
        deposit = s.query(Product).first()
        shan = s.query(Customer).filter_by(customer_no="C0000000003").one()
        # An account whose number starts with 张三's ID number: a prefix match of that ID, ranked after it.
        s.add(
            Holding(
                customer_id=shan.id,
                product_id=deposit.id,
                account_no=ZHANG_ID + "7",
                balance=Decimal("10.00"),
                opened_on=TODAY,
            )
        )
        uow.commit()
    return users


def search(db, users, text, role=Role.SUPERVISOR):
    return customer_search.search_customers(db, users[role], text, today=TODAY)


def numbers(hits):
    return [h.customer_no for h in hits]


@pytest.mark.parametrize(
    ("text", "expected", "match"),
    [
        ("单田芳", ["C0000000003"], Field.NAME),
        ("shantianfang", ["C0000000003"], Field.PINYIN),  # 单 read as a surname: shan, not dan
        ("STF", ["C0000000003"], Field.INITIALS),
        ("shantian", ["C0000000003"], Field.PINYIN),
        (SHAN_ID, ["C0000000003"], Field.ID_NUMBER),
        (SHAN_ID[:10], ["C0000000003"], Field.ID_NUMBER),  # the first digits, while typing
        ("1234", ["C0000000003"], Field.ID_TAIL),  # also the phone's last 4: one row per customer
        ("011234", ["C0000000003"], Field.ID_TAIL),  # SHAN_ID ends in 011234
        ("13700001234", ["C0000000003"], Field.PHONE),
        ("137 0000 1234", ["C0000000003"], Field.PHONE),
        ("1370000", ["C0000000003"], Field.PHONE),
        ("9999", ["C0000000004"], Field.PHONE_TAIL),
        ("C0000000003", ["C0000000003"], Field.CUSTOMER_NO),
        ("c3", ["C0000000003"], Field.CUSTOMER_NO),
        ("0000000003", ["C0000000003"], Field.CUSTOMER_NO),
        ("6222020000000002", ["C0000000002"], Field.ACCOUNT),
        ("62220200", ["C0000000001", "C0000000002"], Field.ACCOUNT),
        ("002x", ["C0000000002"], Field.ID_TAIL),
        (OLD_ID_15, ["C0000000002"], Field.ID_NUMBER),
        ("１３７００００１２３４", ["C0000000003"], Field.PHONE),  # full-width digits from a Chinese IME
    ],
)
def test_finds_customers_by_every_kind_of_input(db, branch, text, expected, match):
    hits = search(db, branch, text)
    assert numbers(hits) == expected
    assert hits[0].match is match


def test_an_exact_name_comes_before_names_that_start_with_it(db, branch):
    hits = search(db, branch, "张三")
    assert numbers(hits) == ["C0000000001", "C0000000004"]
    assert [h.rank for h in hits] == [Rank.EXACT_NAME, Rank.PARTIAL]
    # 张%三 reads zhangsan too (the % has no sound): an exact pinyin match, before the prefix 张三丰
    assert numbers(search(db, branch, "zhangsan")) == ["C0000000001", "C0000000005", "C0000000004"]


def test_an_exact_id_number_comes_before_a_number_that_starts_with_it(db, branch):
    hits = search(db, branch, ZHANG_ID)
    assert numbers(hits) == ["C0000000001", "C0000000003"]
    assert [h.rank for h in hits] == [Rank.EXACT_IDENTIFIER, Rank.PARTIAL]
    assert hits[1].match is Field.ACCOUNT and hits[1].account == "*" * 15 + (ZHANG_ID + "7")[-4:]


def test_exact_initials_come_before_initials_that_start_with_them(db, branch):
    hits = search(db, branch, "zs")
    assert numbers(hits)[:2] == ["C0000000001", "C0000000005"]  # 张三, 张%三 (zs) before 张三丰 (zsf)
    assert numbers(hits)[-1] == "C0000000004"
    assert hits[-1].rank is Rank.PARTIAL


def test_each_row_carries_tier_age_and_manager(db, branch):
    (zhang,) = search(db, branch, "C0000000001")
    assert zhang.name == "张三" and zhang.tier == "T0" and zhang.age == 46
    assert zhang.manager_name and zhang.aum == Decimal("120000.00")


def test_a_teller_sees_every_identifier_masked(db, branch):
    (shan,) = search(db, branch, "6222020000000002", Role.TELLER)
    assert shan.id_number == "1101**********002X" and shan.phone == "139****5432"
    assert shan.account == "************0002"


def test_a_manager_sees_even_their_own_book_masked(db, branch):
    """Issue 12: every view of a full identifier, by any role, is a reveal with a reason on record."""
    own, other = search(db, branch, ZHANG_ID, Role.MANAGER)
    assert own.id_number == "1101**********0019" and own.phone == "138****5678"
    assert other.id_number == "3101**********1234" and other.phone == "137****1234"
    assert other.account == "*" * 15 + "0197"


def test_a_supervisor_sees_identifiers_masked_too(db, branch):
    (li,) = search(db, branch, "李四")
    assert li.id_number == LI_ID[:4] + "*" * 10 + LI_ID[-4:] and li.phone == "139****5432"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "%", "_", "%%", "'; DROP TABLE customers; --", "!!!", "12", "x" * 41, "1" * 33, "ab12"],
)
def test_empty_or_meaningless_input_finds_nothing_quietly(db, branch, text):
    assert search(db, branch, text, Role.TELLER) == []


def test_sql_wildcards_are_plain_characters(db, branch):
    assert numbers(search(db, branch, "张%")) == ["C0000000005"]  # only the name that has a % in it
    assert numbers(search(db, branch, "张%三")) == ["C0000000005"]
    assert search(db, branch, "张_") == []  # '_' would match 张三 as a LIKE pattern
    assert search(db, branch, "%三") == []


def test_the_number_of_results_is_limited(db, branch):
    hits = customer_search.search_customers(db, branch[Role.SUPERVISOR], "13", limit=2, today=TODAY)
    assert hits == []  # two digits are too few to mean anything
    hits = customer_search.search_customers(db, branch[Role.SUPERVISOR], "z", limit=2, today=TODAY)
    assert len(hits) == 2
