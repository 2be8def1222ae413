"""Issuing service agreements (DOMAIN §7.4, §8; issue 6); the archive of issued ones is services/agreement_archive.py.

`issue` checks suitability again (a block refuses with the reason codes and writes nothing), requires an explicit
acknowledgement of every warning the sale carries (`senior_special_care`, `cooling_off`,
`dual_recording_required`), numbers the agreement `branch-year-sequence` from the branch's counter row for the year,
renders the PDF once and stores its bytes with the product version, the template version and text, the document
data, the SHA-256 of that data (the hash the QR code carries, see domain/agreements.py) and the SHA-256 of the bytes.

How an issue runs (services/numbering.py): the checks, the loads and the composition of the document
(`domain.agreements.compose`, pure) run first in a reading transaction, for the number the counter will probably
give; the PDF is rendered with no transaction open; then one short writing transaction takes the number, runs the
checks and the composition again and — when they give the same document, which is the rule unless another station
took that number meanwhile — stores the rendered bytes, the archive row and the audit entry in the same commit as
the number. Otherwise it rolls back (the number returns: still gap-free) and renders again. Stations therefore
queue on the counter row only for the checks and the insert, never for a PDF.

The full ID number is printed on the agreement (the customer's own contract, signed by them) and kept in the
archived document data; it never goes into the audit trail, a log line or an error's parameters.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Agreement, Branch, Customer, Holding, IdDocument, Product
from db.session import Database
from domain import agreements as rules
from domain.agreements import IssuedAgreement, Status
from domain.catalog import AGREEMENT_FAMILIES, CatalogInvalid, ProductSpec, ProductView, spec_from_dict
from domain.consents import THIRD_PARTY, consent_findings
from domain.deposit_rules import opening_findings
from domain.documents import AgreementDocument, DocumentTemplate, Institution, parse_template, template_path
from domain.errors import InvalidValue, Misconfigured, Refused
from domain.identity import mask_account
from domain.permissions import Action, require
from domain.sales import held_qualifications, seller_findings
from domain.staff import StaffUser
from domain.suitability import Finding, SaleChannel
from reports.agreement import build_agreement
from services import catalog, consents, numbering, referrals
from services.duties import refuse_own_record
from services.staff import active_staff_row
from services.suitability import check_rows

DEFAULT_BANK_NAME = "中国示范银行股份有限公司"
_ACCOUNT = re.compile(r"^[0-9A-Za-z]{4,32}$")


def bank_name() -> str:
    """The bank as a party on every document: `BRANCHDESK_BANK_NAME`, else the demo bank."""
    return os.environ.get("BRANCHDESK_BANK_NAME", "").strip() or DEFAULT_BANK_NAME


# ---------------------------------------------------------------------------------------------------------
# Issue


def _fitting_template(product: Product, spec: ProductSpec) -> tuple[str, DocumentTemplate]:
    """The product's own agreement template and its text. A product of a family that signs agreements but with no
    template, or one written for another family, is refused naming it: it never borrows another kind's document."""
    template_id = spec.template
    if template_id is None:
        if product.family in AGREEMENT_FAMILIES:
            raise Misconfigured("agreement_template_missing", product=product.code, family=product.family,
                              template="—")  # fmt: skip
        raise InvalidValue("agreement_not_for_product", product=product.code, family=product.family)
    try:
        source = template_path(template_id).read_text(encoding="utf-8")
    except FileNotFoundError:
        source = ""
    template = parse_template(source, source=f"{template_id}.yaml") if source else None
    if template is None or product.family not in template.families:
        raise Misconfigured(
            "agreement_template_missing", product=product.code, family=product.family, template=template_id
        )
    return source, template


def _pick_term(term: str | None, offered: tuple[str, ...]) -> str | None:
    if term is not None:
        term = term.strip().upper()
        rules.term_words(term)  # malformed -> InvalidValue
        if offered and term not in offered:
            raise InvalidValue("agreement_term_not_offered", term=term, offered=", ".join(offered))
        return term
    if len(offered) == 1:
        return offered[0]
    if offered:
        raise InvalidValue("agreement_term_required", offered=", ".join(offered))
    return None


def _acknowledged(warnings: tuple[Finding, ...], given: tuple[str, ...]) -> tuple[str, ...]:
    unknown = sorted(set(given) - set(rules.ACKNOWLEDGEABLE))
    if unknown:
        raise InvalidValue(
            "agreement_unknown_acknowledgement",
            value=", ".join(unknown),
            allowed=", ".join(rules.ACKNOWLEDGEABLE),
        )
    missing = tuple(w for w in warnings if w.code not in given)
    if missing:
        # Each missing warning with its own parameters (the age, the product level, the hours), for its words.
        raise Refused(
            "agreement_warnings_not_acknowledged", missing, warnings=", ".join(w.code for w in missing)
        )
    return tuple(str(w.code) for w in warnings)


@dataclass(frozen=True)
class _Order:
    """What the person at the counter asked for, checked for form (the same in every step of an issue)."""

    user: StaffUser
    customer_no: str
    product_code: str
    amount: Decimal
    term: str | None
    given: tuple[str, ...]
    now: datetime
    station: str
    dual_recording_id: str | None
    account: str
    details: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _Prepared:
    """One agreement ready to render and store. Equal exactly when it renders the same bytes (the document with its
    content hash, from the same template text) and stores the same row."""

    doc: AgreementDocument
    template_source: str
    template: DocumentTemplate = field(compare=False)
    customer_id: int
    customer_no: str
    product_id: int
    staff_id: int
    chosen_term: str | None
    rule_version: str


def issue(
    db: Database,
    user: StaffUser,
    customer_no: str,
    product_code: str,
    amount: Decimal,
    term: str | None = None,
    acknowledged_warnings: tuple[str, ...] | list[str] = (),
    *,
    now: datetime | None = None,
    station: str = "",
    dual_recording_id: str | None = None,
    account: str | None = None,
    details: tuple[tuple[str, str], ...] = (),
) -> IssuedAgreement:
    """Issue one agreement. Refusals (nothing written, no number used):
    `agreement_refused` (suitability blocks; `codes` lists them), `agreement_warnings_not_acknowledged`
    (`warnings` lists the missing ones; `findings` holds them with their parameters, for their words),
    `agreement_not_for_product` (the family prints no agreement), `agreement_template_missing` (the family signs
    one but the product has no template of its own kind: `template` names the one that does not fit, or —),
    `agreement_term_required` / `agreement_term_not_offered`, `not_permitted`,
    NotFound for an unknown customer or product. `account` (the settlement account) is printed masked;
    `details` are the family's own items (label, value) printed as given (standing-instruction accounts and
    control line, certificate purpose ...)."""
    account = (account or "").strip()
    if account and not _ACCOUNT.match(account):
        raise InvalidValue("agreement_account_malformed")
    details = tuple((" ".join(label.split()), " ".join(value.split())) for label, value in details)
    if any(not label or not value or len(label) > 20 or len(value) > 200 for label, value in details):
        raise InvalidValue("agreement_detail_malformed")
    given = tuple(dict.fromkeys(code.strip() for code in acknowledged_warnings if code.strip()))
    require(user, Action.AGREEMENT_ISSUE)
    order = _Order(
        user, customer_no, product_code, amount, term, given, now or datetime.now(), station,
        dual_recording_id, account, details,
    )  # fmt: skip
    return numbering.issue_numbered(
        db,
        lambda session, take: _prepare(session, take, order),
        _render,
        lambda session, prepared, pdf: _store(session, prepared, pdf, order),
    )


def _prepare(s: Session, take: numbering.Take, order: _Order) -> _Prepared:
    """Check the sale again, load what the agreement prints and compose it with the number `take` gives."""
    now = order.now
    staff = active_staff_row(s, order.user)
    customer = s.scalars(
        select(Customer).where(Customer.customer_no == order.customer_no.strip().upper())
    ).one_or_none()
    if customer is None:
        raise errors.unknown_customer(order.customer_no)
    refuse_own_record(s, order.user, customer.id)  # sod_no_self_dealing: never a sale to oneself
    product = s.scalars(select(Product).where(Product.code == order.product_code.strip())).one_or_none()
    if product is None:
        raise errors.unknown_product(order.product_code)
    if order.account and order.account not in _settlement_accounts_of(s, customer.id):
        raise InvalidValue("agreement_account_not_customers")
    result, facts, spec = check_rows(s, customer, product, order.amount, SaleChannel.BRANCH.value, now.date())
    # Who sells it (DOMAIN §1, §5): the seller's role and qualifications, beside the customer's suitability.
    qualified = held_qualifications(staff.qualifications or (), now.date())
    seller = seller_findings(order.user.role, qualified, product.family, spec.needs_assessment)
    # The customer's separate consents (PIPL): a sale that shares their data with the issuer needs one on the day.
    on_file = consents.on_file(s, customer.id, now.date())
    missing = consent_findings(on_file, product.family, spec.sale_mode)
    chosen_term = _pick_term(order.term, spec.terms)
    # Deposit rules of DOMAIN §4 (domain/deposit_rules.py): a notice deposit's remaining minimum, the education
    # savings' principal cap over the term.
    deposit = opening_findings(spec, order.amount, chosen_term)
    if seller or missing or deposit:
        result = replace(result, allowed=False, blocks=(*seller, *missing, *deposit, *result.blocks))
    if not result.allowed:
        raise Refused("agreement_refused", result.blocks, codes=", ".join(result.block_codes))
    acknowledged = _acknowledged(result.warnings, order.given)
    source, template = _fitting_template(product, spec)
    template_id = template.template_id
    branch = s.get_one(Branch, staff.branch_id)
    document = s.scalars(
        select(IdDocument).where(IdDocument.customer_id == customer.id).order_by(IdDocument.id.desc())
    ).first()
    number = rules.agreement_number(branch.code, now.year, take(rules.counter_name(branch.code, now.year)))
    doc = rules.compose(
        rules.SaleFacts(
            number=number,
            template_id=template_id,
            template_version=template.version,
            template_text=source,
            institution=Institution(
                bank_name(), branch.code, branch.name, branch.address or "", branch.phone or ""
            ),
            customer_name=customer.name,
            id_type=document.id_type if document else None,
            id_number=document.id_number if document else None,
            product_code=product.code,
            product_name=product.name,
            product_version=product.version,
            product_currency=product.currency,
            amount=order.amount,
            spec=spec,
            risk_grade=facts.risk_grade,
            risk_valid_until=facts.risk_valid_until,
            warnings=result.warnings,
            acknowledged=acknowledged,
            term=chosen_term,
            account=order.account,
            details=order.details,
            dual_recording_id=order.dual_recording_id,
            staff_name=staff.name,
            staff_login=staff.login,
            staff_phone=staff.phone or "",
            issued_at=now,
            station=order.station,
            third_party_consent=on_file.get(THIRD_PARTY),
        )
    )
    return _Prepared(
        doc, source, template, customer.id, customer.customer_no, product.id, staff.id, chosen_term,
        result.rule_version,
    )  # fmt: skip


def _render(prepared: _Prepared) -> bytes:
    doc = prepared.doc
    return build_agreement(doc, prepared.template, qr_payload=rules.qr_payload(doc.number, doc.content_hash))


def _store(s: Session, prepared: _Prepared, pdf: bytes, order: _Order) -> IssuedAgreement:
    """The archive row (the bytes, their hash, the document data and template text) and the audit entry."""
    doc = prepared.doc
    sha256 = rules.bytes_hash(pdf)
    term = prepared.chosen_term or ""
    product_version = int(doc.product_version)
    s.add(
        Agreement(
            number=doc.number,
            customer_id=prepared.customer_id,
            product_id=prepared.product_id,
            product_version=product_version,
            amount=doc.amount,
            term=term,
            status=Status.ISSUED,
            template_id=doc.template_id,
            template_version=doc.template_version,
            pdf=pdf,
            sha256=sha256,
            issued_by_id=prepared.staff_id,
            issued_at=doc.issued_at,
            copies_printed=0,
            acknowledged_warnings=list(doc.acknowledged_warnings),
            void_reason="",
            content_sha256=doc.content_hash,
            document={"data": rules.document_data(doc), "template_source": prepared.template_source},
            station=order.station,
            rule_version=prepared.rule_version,
            copy_hashes=[],
        )
    )
    referrals.converted_by_sale_in(s, order.user, prepared.customer_id, doc.number, order.now)
    audit.record(
        s,
        actor=order.user.login,
        staff_id=order.user.id,
        action="agreement_issued",
        entity="agreement",
        entity_id=doc.number,
        details={
            "customer_no": prepared.customer_no,
            "product": doc.product_code,
            "product_version": product_version,
            "amount": str(doc.amount),
            "term": term,
            "template": f"{doc.template_id} {doc.template_version}",
            "acknowledged_warnings": list(doc.acknowledged_warnings),
            "rule_version": prepared.rule_version,
            "sha256": sha256,
            "content_sha256": doc.content_hash,
            "station": order.station,
        },
        at=order.now,
    )
    return IssuedAgreement(
        number=doc.number,
        sha256=sha256,
        content_sha256=doc.content_hash,
        pdf=pdf,
        product_code=doc.product_code,
        product_version=product_version,
        template_id=doc.template_id,
        template_version=doc.template_version,
        acknowledged_warnings=doc.acknowledged_warnings,
        rule_version=prepared.rule_version,
        issued_at=doc.issued_at,
    )


def agreement_products(db: Database, today: date | None = None) -> list[ProductView]:
    """The catalogue products an agreement can be issued for today: switched on, in their sale period, and of a
    family (or with an entry) that prints a service agreement. Entries this version cannot read are left out; a
    product of such a family without a template of its own is listed, so issuing it says which template is
    missing."""
    views = catalog.list_products(db, today)
    with db.read() as uow:
        specs = {code: spec for code, spec in uow.session.execute(select(Product.code, Product.spec))}
    chosen = []
    for view in views:
        if not (view.active and view.on_sale):
            continue
        try:
            template = spec_from_dict(specs.get(view.code) or {}).template
        except CatalogInvalid:
            continue
        if template is not None or view.family in AGREEMENT_FAMILIES:
            chosen.append(view)
    return chosen


@dataclass(frozen=True)
class SettlementAccount:
    """One of the customer's accounts an agreement may settle through: an active demand deposit or debit card."""

    account_no: str
    masked: str  # what a screen shows (the agreement prints it masked too)
    product_name: str
    product_name_en: str
    balance: Decimal


def settlement_accounts(db: Database, customer_no: str) -> list[SettlementAccount]:
    """The customer's accounts to settle an agreement through, the largest balance first (the usual choice)."""
    with db.read() as uow:
        customer = uow.session.scalars(
            select(Customer).where(Customer.customer_no == customer_no.strip().upper())
        ).one_or_none()
        if customer is None:
            raise errors.unknown_customer(customer_no)
        return [
            SettlementAccount(
                h.account_no, mask_account(h.account_no), p.name, p.name_en or p.name, h.balance
            )
            for h, p in _settlement_rows(uow.session, customer.id)
        ]


def _settlement_rows(s: Session, customer_id: int) -> list[tuple[Holding, Product]]:
    rows = s.execute(
        select(Holding, Product)
        .join(Product, Product.id == Holding.product_id)
        .where(Holding.customer_id == customer_id, Holding.status == "active")
        .order_by(Holding.balance.desc(), Holding.account_no)
    ).all()
    # Money that moves on demand: a liability product without terms (活期, 借记卡), never a credit card's.
    return [
        (h, p)
        for h, p in rows
        if (p.spec or {}).get("business_type") == "liability" and not (p.spec or {}).get("terms")
    ]


def _settlement_accounts_of(s: Session, customer_id: int) -> set[str]:
    return {h.account_no for h, _p in _settlement_rows(s, customer_id)}
