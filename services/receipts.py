"""Counter receipts (业务回单, DOMAIN §8): numbered per station per day, customer and bank copies, reprints.

The number is `BRANCH-TERMINAL-YYYYMMDD-NNNNNN` from the counter row of that branch, station and day (gap-free,
inside the transaction that stores the receipt; both copies are rendered before it, outside the counter lock, as
services/numbering.py describes — the same helper numbers agreements). Both copies are rendered once and stored with their SHA-256; a reprint renders
again from the stored data with the reprint count (补打第N次, watermark 副本) and leaves the stored copies as they
are. Account and ID number are printed masked; the full account stays in the record, never in the audit trail.
A screen that shows the customer's accounts masked passes the account as shown (`************0002`): it is the
customer's holding whose number that mask fits, and the receipt is refused when none or several do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Agreement, Branch, Customer, Holding, IdDocument, Product, Receipt
from db.session import Database
from domain.agreements import bytes_hash
from domain.catalog import CatalogInvalid, spec_from_dict
from domain.deposit_rules import NOTICE_TEMPLATE, Withdrawal, is_notice_deposit, withdrawal_refusal
from domain.documents import (
    RECEIPT_TEMPLATE,
    DocumentTemplate,
    Institution,
    ReceiptCopy,
    ReceiptDocument,
    parse_template,
    template_path,
)
from domain.errors import InvalidValue, Misconfigured, RecordAltered, SeparationOfDuties
from domain.identity import mask_account, mask_id_number
from domain.permissions import Action, require
from domain.staff import StaffUser
from domain.text import checked_text
from reports.receipt import PAPERS, build_receipt
from services import numbering
from services.agreements import bank_name
from services.duties import refuse_own_record
from services.staff import active_staff_row

STATION = re.compile(r"^[A-Za-z0-9]{1,12}$")
SERVICE_MAX = 40


@dataclass(frozen=True)
class IssuedReceipt:
    number: str
    sha256: str  # customer copy
    bank_sha256: str
    customer_pdf: bytes
    bank_pdf: bytes
    paper: str


def counter_name(branch_code: str, station: str, day: datetime) -> str:
    return f"receipt:{branch_code}:{station}:{day:%Y%m%d}"


def receipt_number(branch_code: str, station: str, day: datetime, sequence: int) -> str:
    return f"{branch_code}-{station}-{day:%Y%m%d}-{sequence:06d}"


def _data(doc: ReceiptDocument) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(ReceiptDocument):
        value = getattr(doc, f.name)
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, Institution):
            value = {g.name: getattr(value, g.name) for g in fields(Institution)}
        elif isinstance(value, ReceiptCopy):
            value = value.value
        out[f.name] = value
    return out


def _document(data: dict[str, Any], copy: ReceiptCopy, reprint_count: int) -> ReceiptDocument:
    values = dict(data)
    values["institution"] = Institution(**values["institution"])
    for name in ("amount", "fee", "balance"):
        if values.get(name) is not None:
            values[name] = Decimal(values[name])
    values["transacted_at"] = datetime.fromisoformat(values["transacted_at"])
    values["copy"] = copy
    values["reprint_count"] = reprint_count
    return ReceiptDocument(**values)


def _positive(amount: Decimal, name: str, *, zero: bool = False) -> Decimal:
    whole_fen = amount.is_finite() and amount == amount.quantize(Decimal("0.01"))
    if not whole_fen or amount < 0 or (amount == 0 and not zero):
        raise InvalidValue("receipt_amount_invalid", field=name, value=str(amount))
    return amount


@dataclass(frozen=True)
class _Order:
    """The receipt asked for, checked for form (the same in every step of an issue)."""

    user: StaffUser
    station: str
    service: str
    amount: Decimal
    customer_no: str | None
    account: str
    fee: Decimal
    balance: Decimal | None
    memo: str
    agreement_number: str | None
    authoriser: StaffUser | None
    paper: str
    now: datetime
    withdrawal: Withdrawal | None = None  # a withdrawal from the account (notice deposits: DOMAIN §4 rules)


@dataclass(frozen=True)
class _Prepared:
    """One receipt ready to render and store; equal exactly when it renders the same copies and stores the same
    row (the customer copy's data, the template text, the customer and the teller)."""

    doc: ReceiptDocument
    data: dict[str, Any]
    template_source: str
    template: DocumentTemplate = field(compare=False)
    customer_id: int | None
    customer_no: str
    teller_id: int
    account: str  # in full


def issue_receipt(
    db: Database,
    user: StaffUser,
    *,
    station: str,
    service: str,
    amount: Decimal,
    customer_no: str | None = None,
    account: str | None = None,
    fee: Decimal = Decimal("0"),
    balance: Decimal | None = None,
    memo: str = "",
    agreement_number: str | None = None,
    authoriser: StaffUser | None = None,
    paper: str = "A4",
    now: datetime | None = None,
    withdrawal: bool = False,
    notice_given_on: date | None = None,
    demand_rate_accepted: bool = False,
) -> IssuedReceipt:
    """Number, render (both copies) and store one receipt; as agreements, the rendering happens before the short
    transaction that takes the number and stores the bytes (services/numbering.py).

    `withdrawal`: the receipt records money taken out of `account`. From a notice deposit (domain/deposit_rules.py)
    it is refused below the minimum withdrawal, when what remains (`balance`) would fall below the remaining
    minimum without taking everything, or without the notice (`notice_given_on`) unless the customer accepts the
    demand rate (`demand_rate_accepted`)."""
    now = (now or datetime.now()).replace(microsecond=0)
    station = station.strip().upper()
    if not STATION.match(station):
        raise InvalidValue("receipt_station_required")
    service = " ".join(service.split())
    if not service or len(service) > SERVICE_MAX:
        raise InvalidValue("receipt_service_required", maximum=SERVICE_MAX)
    if paper not in PAPERS:
        raise InvalidValue("document_paper_unknown", paper=paper, allowed=", ".join(PAPERS))
    _positive(amount, "amount")
    _positive(fee, "fee", zero=True)
    if authoriser is not None and authoriser.id == user.id:
        raise SeparationOfDuties("receipt_authoriser_same_person", login=user.login)
    account = (account or "").strip()
    masked = customer_no is not None and "*" in account  # as a masked profile shows it
    if account and not re.fullmatch(r"[0-9A-Za-z*]{4,32}" if masked else r"[0-9A-Za-z]{4,32}", account):
        raise InvalidValue("receipt_account_malformed")
    memo = " ".join(checked_text(memo, "memo").split())
    taken = (
        Withdrawal(amount, balance, now.date(), notice_given_on, demand_rate_accepted) if withdrawal else None
    )
    order = _Order(
        user, station, service, amount, customer_no, account, fee, balance, memo,
        agreement_number.strip() if agreement_number else None, authoriser, paper, now, taken,
    )  # fmt: skip
    return numbering.issue_numbered(
        db,
        lambda session, take: _prepare(session, take, order),
        lambda prepared: _render(prepared, order.paper),
        lambda session, prepared, pdfs: _store(session, prepared, pdfs, order),
    )


def _prepare(s: Session, take: numbering.Take, order: _Order) -> _Prepared:
    now = order.now
    teller = active_staff_row(s, order.user)
    branch = s.get_one(Branch, teller.branch_id)
    customer = None
    masked_id = ""
    if order.customer_no:
        customer = s.scalars(
            select(Customer).where(Customer.customer_no == order.customer_no.strip().upper())
        ).one_or_none()
        if customer is None:
            raise errors.unknown_customer(order.customer_no)
        refuse_own_record(s, order.user, customer.id)  # sod_no_self_dealing: never one's own transaction
        document = s.scalars(
            select(IdDocument).where(IdDocument.customer_id == customer.id).order_by(IdDocument.id.desc())
        ).first()
        masked_id = mask_id_number(document.id_number) if document else ""
    account = order.account
    if customer is not None and "*" in account:
        account = _holding_account(s, customer.id, account)
    if order.withdrawal is not None:
        _check_withdrawal(s, customer.id if customer else None, account, order.withdrawal)
    if order.agreement_number:
        found = s.scalar(select(Agreement.id).where(Agreement.number == order.agreement_number))
        if found is None:
            raise errors.NotFound(
                f"agreement {order.agreement_number}", code="unknown_agreement", number=order.agreement_number
            )
    source = template_path(RECEIPT_TEMPLATE).read_text(encoding="utf-8")
    template = parse_template(source, source=f"{RECEIPT_TEMPLATE}.yaml")
    sequence = take(counter_name(branch.code, order.station, now))
    doc = ReceiptDocument(
        number=receipt_number(branch.code, order.station, now, sequence),
        template_version=template.version,
        institution=Institution(
            bank_name(), branch.code, branch.name, branch.address or "", branch.phone or ""
        ),
        station=order.station,
        service=order.service,
        amount=order.amount,
        copy=ReceiptCopy.CUSTOMER,
        transacted_at=now,
        teller_name=teller.name,
        teller_login=teller.login,
        customer_name=customer.name if customer else "",
        masked_account=mask_account(account) if account else "",
        masked_id=masked_id,
        currency="CNY",
        fee=order.fee,
        balance=order.balance,
        authoriser_name=order.authoriser.name if order.authoriser else None,
        memo=order.memo,
        agreement_number=order.agreement_number,
    )
    return _Prepared(
        doc, _data(doc), source, template, customer.id if customer else None,
        customer.customer_no if customer else "", teller.id, account,
    )  # fmt: skip


def _check_withdrawal(s: Session, customer_id: int | None, account: str, taken: Withdrawal) -> None:
    """A withdrawal from a notice deposit follows its rules (DOMAIN §4); other accounts have none here."""
    if customer_id is None or not account:
        return
    product = s.scalar(
        select(Product)
        .join(Holding, Holding.product_id == Product.id)
        .where(Holding.customer_id == customer_id, Holding.account_no == account)
    )
    if product is None or (product.spec or {}).get("agreement_template") != NOTICE_TEMPLATE:
        return  # only a notice deposit has withdrawal rules here
    try:
        spec = spec_from_dict(product.spec)
    except CatalogInvalid:
        raise Misconfigured("product_spec_unreadable", product=product.code) from None
    if not is_notice_deposit(spec):
        return
    refusal = withdrawal_refusal(spec, taken)
    if refusal is not None:
        code, params = refusal
        raise InvalidValue(code, product=product.code, **params)


def _withdrawal_details(taken: Withdrawal | None) -> dict[str, object]:
    """On the record: a withdrawal, the notice it was given on, and the customer taking the demand rate."""
    if taken is None:
        return {}
    return {
        "withdrawal": True,
        "notice_given_on": taken.notice_given_on.isoformat() if taken.notice_given_on else "",
        "demand_rate_accepted": taken.demand_rate_accepted,
    }


def _holding_account(s: Session, customer_id: int, shown: str) -> str:
    """The customer's account that the masked `shown` stands for (same length, same visible characters)."""
    pattern = re.compile("".join("." if ch == "*" else re.escape(ch) for ch in shown))
    found = [
        number
        for number in s.scalars(select(Holding.account_no).where(Holding.customer_id == customer_id))
        if pattern.fullmatch(number)
    ]
    if len(found) != 1:
        raise InvalidValue("receipt_account_not_customers", account=shown)
    return found[0]


def _render(prepared: _Prepared, paper: str) -> tuple[bytes, bytes]:
    """The customer copy and the bank copy."""
    customer_pdf = build_receipt(prepared.doc, prepared.template, paper=paper)
    bank_pdf = build_receipt(_document(prepared.data, ReceiptCopy.BANK, 0), prepared.template, paper=paper)
    return customer_pdf, bank_pdf


def _store(s: Session, prepared: _Prepared, pdfs: tuple[bytes, bytes], order: _Order) -> IssuedReceipt:
    customer_pdf, bank_pdf = pdfs
    number = prepared.doc.number
    sha, bank_sha = bytes_hash(customer_pdf), bytes_hash(bank_pdf)
    s.add(
        Receipt(
            number=number,
            terminal=order.station,
            customer_id=prepared.customer_id,
            service=order.service,
            account_no=prepared.account,
            amount=order.amount,
            fee=order.fee,
            balance_after=order.balance,
            operator_id=prepared.teller_id,
            authoriser_id=order.authoriser.id if order.authoriser else None,
            issued_at=order.now,
            pdf=customer_pdf,
            sha256=sha,
            reprints=0,
            template_version=prepared.doc.template_version,
            paper=order.paper,
            document={"data": prepared.data, "template_source": prepared.template_source},
            bank_pdf=bank_pdf,
            bank_sha256=bank_sha,
        )
    )
    audit.record(
        s,
        actor=order.user.login,
        staff_id=order.user.id,
        action="receipt_issued",
        entity="receipt",
        entity_id=number,
        details={
            "service": order.service,
            "amount": str(order.amount),
            "customer_no": prepared.customer_no,
            "account": mask_account(prepared.account) if prepared.account else "",
            "paper": order.paper,
            "sha256": sha,
            "bank_sha256": bank_sha,
            **_withdrawal_details(order.withdrawal),
        },
        at=order.now,
    )
    return IssuedReceipt(number, sha, bank_sha, customer_pdf, bank_pdf, order.paper)


def reprint_receipt(
    db: Database,
    user: StaffUser,
    number: str,
    copy: str = ReceiptCopy.CUSTOMER.value,
    *,
    paper: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """A reprint (补打第N次, marked 副本) of one copy, rendered from the stored data; counted and audited."""
    require(user, Action.RECEIPT_ISSUE)
    now = now or datetime.now()
    try:
        which = ReceiptCopy(copy)
    except ValueError:
        raise InvalidValue("receipt_copy_unknown", value=copy) from None
    with db.write() as uow:
        s = uow.session
        row = s.scalars(
            select(Receipt).where(Receipt.number == number.strip()).with_for_update()
        ).one_or_none()
        if row is None:
            raise errors.NotFound(f"receipt {number}", code="unknown_receipt", number=number)
        if not row.document:
            raise RecordAltered("receipt_archive_incomplete", number=row.number)
        template = parse_template(row.document["template_source"], source=f"{RECEIPT_TEMPLATE}.yaml")
        row.reprints = row.reprints + 1
        doc = _document(row.document["data"], which, row.reprints)
        pdf = build_receipt(doc, template, paper=paper or row.paper)
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="receipt_reprinted",
            entity="receipt",
            entity_id=row.number,
            details={"copy": which.value, "reprint": row.reprints, "sha256": bytes_hash(pdf)},
            at=now,
        )
        uow.commit()
    return pdf
