"""Deposit rules where money moves (DOMAIN.md §4, issue 17): the notice deposit's withdrawal and remaining balance
at the counter receipt, the education savings' age and principal cap at agreement issue. Boundaries: one fen
below / at the limit; the day before / of / after."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Customer, Holding, Product
from domain.agreements import ACKNOWLEDGEABLE
from domain.catalog import validate_catalog
from domain.deposit_rules import Withdrawal, notice_days, opening_findings, term_months, withdrawal_refusal
from domain.errors import InvalidValue, Refused
from domain.paths import resource_path
from domain.strict_yaml import load_strict
from services import agreements, receipts
from services.staff import user_by_login
from tests.factories import add_customer
from tests.services.test_agreement_templates import TODAY, ZHANG, _fill_shop

NOW = datetime.combine(TODAY, time(10, 0))
NOTICE_ACCOUNT = "6222020000000077"
CATALOGUE = {
    s.code: s
    for s in validate_catalog(load_strict(resource_path("catalog", "default.yaml").read_text("utf-8")))
}
NOTICE_7D, NOTICE_1D, EDUCATION = (
    CATALOGUE["DEP-NOTICE-7D"],
    CATALOGUE["DEP-NOTICE-1D"],
    CATALOGUE["DEP-EDUCATION"],
)
FEN = Decimal("0.01")


# -- the rules on their own --------------------------------------------------------------------------------------


def test_notice_days_come_from_the_term():
    assert (notice_days(NOTICE_7D), notice_days(NOTICE_1D), notice_days(EDUCATION)) == (7, 1, None)
    assert (term_months("1Y"), term_months("6M"), term_months("7D"), term_months(None)) == (12, 6, None, None)


def _refusal(amount, after, notice=TODAY - timedelta(days=7), accepted=False, spec=NOTICE_7D):
    result = withdrawal_refusal(spec, Withdrawal(Decimal(amount), after, TODAY, notice, accepted))
    return result[0] if result else None


@pytest.mark.parametrize(
    ("amount", "after", "code"),
    [
        ("49999.99", Decimal("70000.01"), "notice_withdrawal_below_minimum"),  # one fen below the minimum
        ("50000.00", Decimal("70000.00"), None),  # at the minimum
        ("49999.99", Decimal("0"), None),  # takes everything: any amount
        ("50000.00", Decimal("49999.99"), "notice_remaining_below_minimum"),  # one fen below what must remain
        ("50000.00", Decimal("50000.00"), None),  # exactly what must remain
        ("50000.00", None, "notice_balance_required"),
        ("50000.00", Decimal("-0.01"), "notice_balance_negative"),
    ],
)
def test_a_notice_withdrawal_minimum_and_remaining_balance(amount, after, code):
    assert _refusal(amount, after) == code


@pytest.mark.parametrize(
    ("days_before", "accepted", "code"),
    [(6, False, "notice_not_given"), (7, False, None), (8, False, None), (6, True, None)],
)
def test_a_notice_withdrawal_needs_the_notice_or_the_demand_rate_accepted(days_before, accepted, code):
    assert _refusal("60000", Decimal("60000"), TODAY - timedelta(days=days_before), accepted) == code
    assert _refusal("60000", Decimal("60000"), None, accepted) == (None if accepted else "notice_not_given")


def test_a_one_day_notice_deposit_needs_one_day():
    assert _refusal("60000", Decimal("60000"), TODAY - timedelta(days=1), spec=NOTICE_1D) is None
    assert _refusal("60000", Decimal("60000"), TODAY, spec=NOTICE_1D) == "notice_not_given"


def test_opening_below_the_remaining_minimum_and_the_education_cap():
    higher = replace(NOTICE_7D, min_remaining_balance=Decimal("60000"))
    assert [f.code for f in opening_findings(higher, Decimal("59999.99"), "7D")] == [
        "deposit_below_remaining_minimum"
    ]
    assert opening_findings(higher, Decimal("60000.00"), "7D") == ()
    four_months = replace(EDUCATION, terms=("4M",))
    assert opening_findings(four_months, Decimal("5000.00"), "4M") == ()  # 20,000.00: at the cap
    (over,) = opening_findings(four_months, Decimal("5000.01"), "4M")  # 20,000.04
    assert (over.code, over.params["principal"]) == ("education_principal_cap_exceeded", Decimal("20000.04"))


# -- at agreement issue ------------------------------------------------------------------------------------------


@pytest.fixture
def shop(db):
    _fill_shop(db)
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        notice = s.scalars(select(Product).where(Product.code == "DEP-NOTICE-7D")).one()
        s.add(Holding(customer_id=zhang.id, product_id=notice.id, account_no=NOTICE_ACCOUNT,
                      balance=Decimal("120000.00"), opened_on=date(2026, 1, 5)))  # fmt: skip
        for no, id_number, born in (
            ("C0000000011", "110105201711240023", date(2017, 11, 24)),  # nine tomorrow
            ("C0000000012", "110105201711230020", date(2017, 11, 23)),  # nine today
            ("C0000000013", "110105201711220028", date(2017, 11, 22)),  # nine yesterday
        ):
            child = add_customer(s, no, "王小童", id_number, born, "F", zhang.manager_id, zhang.branch_id)
            child.tags = ["guardian_consent"]
        uow.commit()
    return db


def _issue(db, customer, code, amount, term):
    seller = user_by_login(db, "manager1")
    return agreements.issue(db, seller, customer, code, Decimal(amount), term, ACKNOWLEDGEABLE, now=NOW)


def _codes(refused: Refused) -> set[str]:
    return {f.code for f in refused.findings}


@pytest.mark.parametrize(
    ("customer", "eligible"), [("C0000000011", False), ("C0000000012", True), ("C0000000013", True)]
)
def test_education_savings_from_the_ninth_birthday(shop, customer, eligible):
    if eligible:
        assert _issue(shop, customer, "DEP-EDUCATION", "1000", "1Y").number
    else:
        with pytest.raises(Refused) as refused:
            _issue(shop, customer, "DEP-EDUCATION", "1000", "1Y")
        assert "age_out_of_range" in _codes(refused.value)


def test_education_savings_principal_cap_over_the_term(shop):
    assert _issue(shop, "C0000000012", "DEP-EDUCATION", "1666.66", "1Y").number  # 19,999.92
    with pytest.raises(Refused) as refused:
        _issue(shop, "C0000000012", "DEP-EDUCATION", "1666.67", "1Y")  # 20,000.04
    assert _codes(refused.value) == {"education_principal_cap_exceeded"}
    with pytest.raises(Refused) as refused:
        _issue(shop, "C0000000012", "DEP-EDUCATION", "600", "3Y")  # 21,600.00 over 36 months
    assert _codes(refused.value) == {"education_principal_cap_exceeded"}


def test_a_notice_deposit_opens_at_fifty_thousand(shop):
    with pytest.raises(Refused) as refused:
        _issue(shop, ZHANG, "DEP-NOTICE-7D", "49999.99", "7D")
    assert "below_minimum" in _codes(refused.value)
    assert _issue(shop, ZHANG, "DEP-NOTICE-7D", "50000.00", "7D").number


# -- at the counter receipt --------------------------------------------------------------------------------------


def _withdraw(db, amount, after, notice=TODAY - timedelta(days=7), **kw):
    return receipts.issue_receipt(
        db, user_by_login(db, "teller1"), station="T03", service="通知存款支取", amount=Decimal(amount),
        customer_no=ZHANG, account=NOTICE_ACCOUNT, balance=after, now=NOW, withdrawal=True,
        notice_given_on=notice, **kw,
    )  # fmt: skip


def test_a_notice_withdrawal_at_the_counter(shop):
    with pytest.raises(InvalidValue) as refused:
        _withdraw(shop, "70000.01", Decimal("49999.99"))
    assert (
        refused.value.code == "notice_remaining_below_minimum"
        and refused.value.params["product"] == "DEP-NOTICE-7D"
    )
    assert _withdraw(shop, "70000.00", Decimal("50000.00")).number
    with pytest.raises(InvalidValue, match="notice_withdrawal_below_minimum"):
        _withdraw(shop, "49999.99", Decimal("70000.01"))
    with pytest.raises(InvalidValue, match="notice_not_given"):
        _withdraw(shop, "50000.00", Decimal("70000.00"), notice=TODAY - timedelta(days=6))
    accepted = _withdraw(shop, "50000.00", Decimal("70000.00"), notice=None, demand_rate_accepted=True)
    with shop.read() as uow:
        details = uow.session.scalars(
            select(AuditEntry.details).where(AuditEntry.entity_id == accepted.number)
        ).one()
    assert (details["withdrawal"], details["notice_given_on"], details["demand_rate_accepted"]) == (
        True,
        "",
        True,
    )
    assert _withdraw(shop, "120000.00", Decimal("0")).number  # everything


def test_a_receipt_that_is_no_withdrawal_or_not_from_a_notice_deposit_is_not_judged(shop):
    assert receipts.issue_receipt(
        shop, user_by_login(shop, "teller1"), station="T03", service="通知存款存入", amount=Decimal("100"),
        customer_no=ZHANG, account=NOTICE_ACCOUNT, balance=Decimal("120100"), now=NOW,
    ).number  # fmt: skip
    assert receipts.issue_receipt(
        shop, user_by_login(shop, "teller1"), station="T03", service="活期取款", amount=Decimal("100"),
        customer_no=ZHANG, account="6222020000000001", balance=Decimal("100"), now=NOW, withdrawal=True,
    ).number  # fmt: skip
