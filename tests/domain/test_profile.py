"""Pure profile facts: tier standing and 临界区间, deposit-insurance exposure, document and assessment status,
holdings order, field checks and audit values."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from domain.customer import HoldingView
from domain.errors import InvalidValue
from domain.profile import (
    AssessmentView,
    assessment_status,
    audit_value,
    check_field,
    deposit_insurance_exposure,
    document_status,
    holdings_in_order,
    person_facts,
    tier_standing,
)

TODAY = date(2026, 11, 29)


def holding(family: str, balance: str, maturity: date | None = None, status: str = "active", no: str = "1"):
    return HoldingView(
        no, "P", "产品", family, Decimal(balance), "CNY", None, date(2025, 1, 1), maturity, status
    )


@pytest.mark.parametrize(
    ("tier", "aum", "next_tier", "gap", "near", "watch"),
    [
        ("T0", "10000", "T1", "40000.00", False, False),
        ("T0", "40000", "T1", "10000.00", True, False),  # 80% of 5万: the upgrade list
        ("T0", "120000", "T2", "80000.00", False, False),  # already earned T1: the next one is T2
        ("T3", "520000", "T4", "1480000.00", False, True),  # within 110% of 50万: retention watch
        ("T3", "450000", "T4", "1550000.00", False, True),  # below the floor, downgrade pending
        ("T5", "9000000", None, None, False, False),
    ],
)
def test_tier_standing(tier, aum, next_tier, gap, near, watch):
    standing = tier_standing(tier, Decimal(aum))
    assert standing.next_tier == next_tier
    assert standing.gap == (Decimal(gap) if gap else None)
    assert (standing.near_upgrade, standing.retention_watch) == (near, watch)


def test_deposit_insurance_counts_deposits_only_above_50_wan():
    within = (holding("deposit", "500000.00"), holding("wealth", "900000.00"))
    above = (holding("deposit", "300000.00"), holding("deposit", "250000.50"), holding("loan", "1000000"))
    assert deposit_insurance_exposure(within) == Decimal("0.00")
    assert deposit_insurance_exposure(above) == Decimal("50000.50")


def test_document_and_assessment_status():
    assert document_status(None, TODAY) == "long_term"
    assert document_status(TODAY - timedelta(days=1), TODAY) == "expired"
    assert document_status(TODAY + timedelta(days=30), TODAY) == "expiring"
    assert document_status(TODAY + timedelta(days=31), TODAY) == "valid"
    risk = AssessmentView(
        "C3", 50, TODAY - timedelta(days=350), TODAY + timedelta(days=15), "branch", None, "v"
    )
    assert assessment_status(risk, TODAY) == "expiring" and assessment_status(None, TODAY) == "none"


def test_upcoming_maturities_come_first():
    rows = (
        holding("deposit", "10", None, no="demand"),
        holding("deposit", "10", TODAY + timedelta(days=200), no="later"),
        holding("deposit", "10", TODAY + timedelta(days=5), no="soon"),
        holding("deposit", "10", TODAY + timedelta(days=5), status="closed", no="closed"),
        holding("deposit", "10", TODAY - timedelta(days=5), no="past"),
    )
    assert [h.account_no for h in holdings_in_order(rows, TODAY)] == [
        "soon",
        "later",
        "demand",
        "past",
        "closed",
    ]


def test_person_facts_flag_65_plus():
    facts = person_facts(date(1959, 11, 30), TODAY)
    assert (facts.age, facts.life_stage, facts.senior_care) == (66, "senior", True)


def test_field_checks_and_audit_values():
    assert check_field("phone", "+86 139-0000-1111") == "13900001111"
    assert check_field("annual_income", "300,000.5") == Decimal("300000.50")
    assert check_field("id_expiry", "") is None
    assert check_field("consents", ("sensitive", "marketing")) == ("marketing", "sensitive")
    with pytest.raises(InvalidValue) as caught:
        check_field("aml_risk", "extreme")
    assert caught.value.code == "code_unknown"
    assert audit_value("id_number", "11010519491231002X") == "1101**********002X"
    assert audit_value("phone", "13812345678") == "138****5678"
