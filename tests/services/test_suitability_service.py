"""Suitability facts read from a real database, and the codes a check of a proposed sale gives at the edges."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db import errors
from db.models import Customer, Holding, IdDocument, Product, RiskAssessment
from domain.catalog import ProductSpec, spec_to_dict
from domain.errors import InvalidValue
from domain.suitability import assessment_valid_until
from services.suitability import check_sale, suitability_facts
from tests.factories import small_branch

TODAY = date(2026, 11, 23)
ZHANG = "C0000000001"  # 46, full capacity, verified, tier T0
ASSESSED = date(2026, 1, 10)


def product(session, spec: ProductSpec, *, active: bool = True) -> Product:
    row = Product(code=spec.code, name=spec.name, name_en=spec.code, family=spec.family, spec=spec_to_dict(spec),
                  risk_level=spec.risk_level, currency="CNY", min_amount=spec.min_amount, active=active,
                  updated_at=datetime(2026, 1, 1))  # fmt: skip
    session.add(row)
    session.flush()
    return row


WM_R2 = ProductSpec(code="WM-R2", name="稳健理财", family="wealth", risk_level=2, currency="CNY",
                    min_amount=Decimal("10000"), step_amount=Decimal("1000"), sale_mode="own")  # fmt: skip
WM_R3 = ProductSpec(code="WM-R3", name="平衡理财", family="wealth", risk_level=3, currency="CNY", sale_mode="own",
                    dual_recording=True)  # fmt: skip
PRIVATE = ProductSpec(code="WM-PRIV", name="私募理财", family="wealth", risk_level=2, currency="CNY", private=True,
                      sale_mode="own")  # fmt: skip
ONE_CARD = ProductSpec(code="DEP-ONE", name="定活通", family="deposit", risk_level=1, currency="CNY",
                       exclusive=True, sale_mode="own")  # fmt: skip


@pytest.fixture
def branch(db):
    small_branch(db, TODAY)
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        for spec in (WM_R2, WM_R3, PRIVATE, ONE_CARD):
            product(s, spec)
        product(s, ProductSpec(code="WM-OFF", name="停售理财", family="wealth", risk_level=1, currency="CNY",
                               sale_mode="own"), active=False)  # fmt: skip
        one_card = s.scalars(select(Product).where(Product.code == "DEP-ONE")).one()
        s.add(Holding(customer_id=zhang.id, product_id=one_card.id, account_no="6222020000000099",
                      balance=Decimal("100.00"), opened_on=date(2026, 3, 1)))  # fmt: skip
        s.add(RiskAssessment(customer_id=zhang.id, grade="C2", score=30, questionnaire_version="risk_v2025_1",
                             assessed_on=ASSESSED, valid_until=assessment_valid_until(ASSESSED), channel="branch",
                             answers={}, confirmed=True, created_at=datetime(2026, 1, 10)))  # fmt: skip
        uow.commit()
    return db


def update_customer(db, **values) -> None:
    with db.write() as uow:
        row = uow.session.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        for name, value in values.items():
            setattr(row, name, value)
        uow.commit()


def test_facts_come_from_the_database(branch):
    facts = suitability_facts(branch, ZHANG, TODAY)
    assert facts.risk_grade == "C2" and facts.assessed_on == ASSESSED and facts.assessment_channel == "branch"
    assert facts.risk_valid_until == date(2027, 1, 9) and facts.has_branch_assessment
    assert facts.held_products == frozenset({"TD1Y", "DEP-ONE"})
    assert not facts.has_bought_bank_wmp and not facts.qualified_investor and facts.id_expiry is None
    assert facts.civil_capacity == "full" and facts.kyc_status == "verified" and facts.tier == "T0"
    assert (
        suitability_facts(branch, ZHANG, ASSESSED - timedelta(days=1)).risk_grade is None
    )  # not yet on file


def test_a_matching_sale_is_allowed(branch):
    result = check_sale(branch, ZHANG, "WM-R2", Decimal("20000"), "branch", TODAY)
    assert result.allowed and result.codes == ()


def test_the_assessment_expires_the_day_after_its_last_valid_day(branch):
    last_day = assessment_valid_until(ASSESSED)
    assert check_sale(branch, ZHANG, "WM-R2", None, "branch", last_day).allowed
    result = check_sale(branch, ZHANG, "WM-R2", None, "branch", last_day + timedelta(days=1))
    assert result.block_codes == ("risk_assessment_expired",)
    assert result.blocks[0].params["valid_until"] == last_day


def test_a_product_above_the_grade_is_a_risk_mismatch(branch):
    result = check_sale(branch, ZHANG, "WM-R3", None, "branch", TODAY)
    assert result.block_codes == ("risk_mismatch",)
    assert dict(result.blocks[0].params) == {"customer_grade": "C2", "product_level": "R3", "max_level": "R2"}
    assert result.warning_codes == ("dual_recording_required",)


def test_a_private_product_needs_a_qualified_investor(branch):
    assert (
        "qualified_investor_required"
        in check_sale(branch, ZHANG, "WM-PRIV", None, "branch", TODAY).block_codes
    )
    update_customer(branch, qualified_investor=True, qualified_until=TODAY)
    result = check_sale(branch, ZHANG, "WM-PRIV", Decimal("300000"), "branch", TODAY)
    assert result.allowed and result.warning_codes == ("cooling_off",)
    expired = check_sale(branch, ZHANG, "WM-PRIV", Decimal("300000"), "branch", TODAY + timedelta(days=1))
    assert expired.block_codes == ("qualified_investor_required",)


def test_an_exclusive_product_already_held_is_refused(branch):
    result = check_sale(branch, ZHANG, "DEP-ONE", Decimal("100"), "branch", TODAY)
    assert result.block_codes == ("already_holds",) and result.blocks[0].params["product"] == "DEP-ONE"


def test_limited_capacity_blocks_above_r1_and_without_the_guardians_consent(branch):
    update_customer(branch, civil_capacity="limited")
    result = check_sale(branch, ZHANG, "WM-R2", None, "branch", TODAY)
    assert result.block_codes == ("limited_capacity", "limited_capacity_guardian_consent_missing")
    update_customer(branch, tags=["guardian_consent"])
    assert check_sale(branch, ZHANG, "WM-R2", None, "branch", TODAY).block_codes == ("limited_capacity",)


def test_identity_tags_and_documents_feed_the_check(branch):
    with branch.write() as uow:
        zhang_id = uow.session.scalar(select(Customer.id).where(Customer.customer_no == ZHANG))
        document = uow.session.scalars(select(IdDocument).where(IdDocument.customer_id == zhang_id)).one()
        document.expiry = TODAY - timedelta(days=1)
        uow.commit()
    update_customer(branch, tags=["no_decision_authority", "aml_edd_pending"], kyc_status="pending")
    result = check_sale(branch, ZHANG, "WM-R2", None, "branch", TODAY)
    assert result.block_codes == (
        "kyc_not_verified",
        "id_document_expired",
        "aml_edd_pending",
        "customer_lacks_decision_authority",
    )


def test_a_first_own_wmp_purchase_online_needs_a_branch_assessment(branch):
    with branch.write() as uow:
        row = uow.session.scalars(select(RiskAssessment)).all()
        for assessment in row:
            assessment.channel = "online"
        uow.commit()
    assert check_sale(branch, ZHANG, "WM-R2", None, "online", TODAY).block_codes == (
        "first_purchase_requires_branch",
    )
    with branch.write() as uow:
        zhang_id = uow.session.scalar(select(Customer.id).where(Customer.customer_no == ZHANG))
        wm = uow.session.scalars(select(Product).where(Product.code == "WM-R2")).one()
        uow.session.add(Holding(customer_id=zhang_id, product_id=wm.id, account_no="WM0001", balance=Decimal(0),
                                opened_on=date(2025, 6, 1), status="closed"))  # fmt: skip
        uow.commit()
    assert suitability_facts(branch, ZHANG, TODAY).has_bought_bank_wmp
    assert check_sale(branch, ZHANG, "WM-R2", None, "online", TODAY).allowed


def test_a_switched_off_product_is_not_on_sale(branch):
    result = check_sale(branch, ZHANG, "WM-OFF", None, "branch", TODAY)
    assert result.block_codes == ("not_on_sale",) and result.blocks[0].params["reason"] == "inactive"


def test_unknown_customer_product_and_bad_inputs(branch):
    with pytest.raises(errors.NotFound):
        check_sale(branch, "C9999999999", "WM-R2", None, "branch", TODAY)
    with pytest.raises(errors.NotFound):
        check_sale(branch, ZHANG, "NO-SUCH", None, "branch", TODAY)
    with pytest.raises(InvalidValue, match="unknown_sale_channel"):
        check_sale(branch, ZHANG, "WM-R2", None, "phone", TODAY)
    with pytest.raises(InvalidValue, match="amount_not_positive"):
        check_sale(branch, ZHANG, "WM-R2", Decimal("0.00"), "branch", TODAY)
