"""Suitability from the database: the facts a check needs, and the check of one proposed sale (DOMAIN §5).

`suitability_facts` reads one customer into a `SuitabilityCustomer`; `check_sale` adds the product's catalogue
entry and runs the pure engine (`domain.suitability.check`). Where the schema has no column yet the facts come
from the customer's tags (codes, never free text):
- `no_decision_authority`: the customer cannot decide (stop pitching, follow up);
- `guardian_consent`: a guardian's consent is on file (limited civil capacity);
- `aml_edd_pending`: enhanced due diligence is outstanding;
- `circumstances_changed`: the customer reported a change since the last assessment (expires it).
Declared financial assets are not stored, so the financial-capacity rule is not applied (None: not checked).
A product switched off in the catalogue (`active` false) is not on sale (`not_on_sale`, reason `inactive`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import errors
from db.lookups import customer_by_number
from db.models import Customer, Holding, IdDocument, Product, RiskAssessment
from db.session import Database
from domain.catalog import CatalogInvalid, ProductSpec, spec_from_dict
from domain.codes import AssessmentChannel, HoldingStatus, ProductFamily
from domain.errors import Misconfigured
from domain.suitability import Finding, Reason, SuitabilityCustomer, SuitabilityResult, check

TAG_NO_DECISION_AUTHORITY = "no_decision_authority"
TAG_GUARDIAN_CONSENT = "guardian_consent"
TAG_AML_EDD_PENDING = "aml_edd_pending"
TAG_CIRCUMSTANCES_CHANGED = "circumstances_changed"


def _facts(session: Session, customer: Customer, as_of: date) -> SuitabilityCustomer:
    assessments = list(
        session.scalars(
            select(RiskAssessment)
            .where(RiskAssessment.customer_id == customer.id, RiskAssessment.assessed_on <= as_of)
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        )
    )
    latest = assessments[0] if assessments else None
    document = session.scalars(
        select(IdDocument).where(IdDocument.customer_id == customer.id).order_by(IdDocument.id.desc())
    ).first()
    holdings = session.execute(
        select(Product.code, Product.family, Product.spec, Holding.status, Holding.opened_on)
        .join(Product, Product.id == Holding.product_id)
        .where(Holding.customer_id == customer.id)
    ).all()
    held = frozenset(code for code, _f, _s, status, _o in holdings if status == HoldingStatus.ACTIVE)
    # Any holding (open or closed) of the bank's own wealth product opened by then is a past purchase.
    bought_wmp = any(
        family == ProductFamily.WEALTH and (spec or {}).get("sale_mode") == "own" and opened <= as_of
        for _c, family, spec, _s, opened in holdings
    )
    tags = set(customer.tags or [])
    return SuitabilityCustomer(
        birth_date=customer.birth_date,
        civil_capacity=customer.civil_capacity,
        tier=customer.tier,
        kyc_status=customer.kyc_status,
        id_expiry=document.expiry if document else None,
        aml_edd_pending=TAG_AML_EDD_PENDING in tags,
        guardian_consent=TAG_GUARDIAN_CONSENT in tags,
        qualified_investor=customer.qualified_investor,
        qualified_until=customer.qualified_until,
        risk_grade=latest.grade if latest else None,
        assessed_on=latest.assessed_on if latest else None,
        risk_valid_until=latest.valid_until if latest else None,
        assessment_channel=latest.channel if latest else None,
        assessment_confirmed=latest.confirmed if latest else True,
        change_reported=TAG_CIRCUMSTANCES_CHANGED in tags,
        has_branch_assessment=any(a.channel == AssessmentChannel.BRANCH for a in assessments),
        held_products=held,
        has_bought_bank_wmp=bought_wmp,
        lacks_decision_authority=TAG_NO_DECISION_AUTHORITY in tags,
        financial_assets=None,
    )


def suitability_facts(db: Database, customer_no: str, as_of: date) -> SuitabilityCustomer:
    """The customer as the suitability rules see them on `as_of` (assessments made later are not on file)."""
    with db.read() as uow:
        return _facts(uow.session, customer_by_number(uow.session, customer_no), as_of)


def check_sale(
    db: Database,
    customer_no: str,
    product_code: str,
    amount: Decimal | None,
    channel: str,
    as_of: date,
) -> SuitabilityResult:
    """May this customer buy this product through `channel` on `as_of` (for `amount`, when given)?

    NotFound for an unknown customer or product code; InvalidValue for a bad channel or amount.
    """
    with db.read() as uow:
        session = uow.session
        customer = customer_by_number(session, customer_no)
        product = session.scalars(select(Product).where(Product.code == product_code.strip())).one_or_none()
        if product is None:
            raise errors.unknown_product(product_code)
        return check_rows(session, customer, product, amount, channel, as_of)[0]


def check_rows(
    session: Session, customer: Customer, product: Product, amount: Decimal | None, channel: str, as_of: date
) -> tuple[SuitabilityResult, SuitabilityCustomer, ProductSpec]:
    """The check of rows already read in the caller's unit of work (the agreement issue checks again inside
    its own writing transaction), with the facts and the catalogue entry it judged."""
    try:
        spec = spec_from_dict(product.spec)
    except CatalogInvalid:
        raise Misconfigured("product_spec_unreadable", product=product.code) from None
    facts = _facts(session, customer, as_of)
    result = check(facts, spec, amount, channel, as_of)
    if product.active:
        return result, facts, spec
    inactive = Finding(Reason.NOT_ON_SALE.value, {"reason": "inactive"})
    blocked = SuitabilityResult(False, (inactive, *result.blocks), result.warnings, result.rule_version)
    return blocked, facts, spec
