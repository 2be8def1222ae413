"""Issuing, archiving, reprinting, voiding and verifying service agreements (DOMAIN §7.4, §8; issue 6).

`issue` does the whole sale step in ONE writing transaction: it checks suitability again (a block refuses with
the reason codes and writes nothing), requires an explicit acknowledgement of every warning the sale carries
(`senior_special_care`, `cooling_off`, `dual_recording_required`), takes the number `branch-year-sequence` from
the branch's counter row for the year (gap-free: a refused or failed issue rolls the number back, and stations
queue on the row), renders the PDF once and stores its bytes with the product version, the template version and
text, the document data, the SHA-256 of that data (the hash the QR code carries, see domain/agreements.py) and
the SHA-256 of the bytes.

The full ID number is printed on the agreement (the customer's own contract, signed by them) and kept in the
archived document data; it never goes into the audit trail, a log line or an error's parameters.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from db import audit, counters, errors
from db.models import Agreement, AuditEntry, Branch, Customer, IdDocument, Product, Staff
from db.session import Database
from domain import agreements as rules
from domain.agreements import Status, Verdict
from domain.catalog import CatalogInvalid, ProductView, spec_from_dict
from domain.codes import Role
from domain.documents import (
    ID_TYPE_WORDS,
    AgreementDocument,
    DocumentTemplate,
    Institution,
    parse_template,
    template_path,
)
from domain.errors import DomainError, InvalidValue
from domain.identity import mask_account
from domain.staff import StaffUser
from domain.suitability import Finding, SaleChannel
from reports import pdf_info
from reports.agreement import build_agreement
from services import catalog
from services.suitability import check_rows

DEFAULT_BANK_NAME = "中国示范银行股份有限公司"
ISSUING_ROLES = frozenset({Role.TELLER, Role.MANAGER, Role.SUPERVISOR})
_ACCOUNT = re.compile(r"^[0-9A-Za-z]{4,32}$")
# The audit actions whose `sha256` is an original's or a served copy's (agreement verify, print-original).
ORIGINAL_ACTIONS = ("agreement_issued",)
COPY_ACTIONS = ("agreement_reprinted",)


def bank_name() -> str:
    """The bank as a party on every document: `BRANCHDESK_BANK_NAME`, else the demo bank."""
    return os.environ.get("BRANCHDESK_BANK_NAME", "").strip() or DEFAULT_BANK_NAME


@dataclass(frozen=True)
class IssuedAgreement:
    number: str
    sha256: str  # of the PDF bytes
    content_sha256: str  # of the document data: the hash in the QR code
    pdf: bytes
    product_code: str
    product_version: int
    template_id: str
    template_version: str
    acknowledged_warnings: tuple[str, ...]
    rule_version: str
    issued_at: datetime


@dataclass(frozen=True)
class AgreementRecord:
    """An archived agreement as a screen or the command line shows it (no ID number, no bytes)."""

    number: str
    status: str
    customer_no: str
    product_code: str
    product_version: int
    amount: Decimal
    term: str
    template_id: str
    template_version: str
    sha256: str
    content_sha256: str
    issued_at: datetime
    issued_by: str
    station: str
    acknowledged_warnings: tuple[str, ...]
    copies_printed: int
    void_reason: str
    voided_by: str | None
    voided_at: datetime | None
    signed_scan_sha256: str | None


@dataclass(frozen=True)
class Verification:
    """`verdict` valid / tampered / unknown / chain_broken. `kind` says what a valid file is: the original or a copy the bank
    served (副本/作废). `status` is the archived agreement's (issued / voided), None when unknown."""

    verdict: str
    number: str | None
    kind: str | None
    status: str | None
    file_sha256: str
    archive_sha256: str | None  # the original's, as the audit chain records it
    content_sha256: str | None
    chain_seq: int | None = None  # the chained entry that records the file (valid)
    chain_break: int | None = None  # the first entry that does not fit (chain_broken)


# ---------------------------------------------------------------------------------------------------------
# Issue


def _template_source(template_id: str) -> str:
    return template_path(template_id).read_text(encoding="utf-8")


def _staff_row(session, user: StaffUser) -> Staff:
    row = session.get(Staff, user.id)
    if row is None or not row.active:
        raise DomainError("unknown_staff", login=user.login)
    return row


def _pick_term(term: str | None, offered: tuple[str, ...]) -> str | None:
    if term is not None:
        term = term.strip().upper()
        rules.term_words(term)  # malformed -> InvalidValue
        if offered and term not in offered:
            raise DomainError("agreement_term_not_offered", term=term, offered=", ".join(offered))
        return term
    if len(offered) == 1:
        return offered[0]
    if offered:
        raise DomainError("agreement_term_required", offered=", ".join(offered))
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
        refused = DomainError(
            "agreement_warnings_not_acknowledged", warnings=", ".join(w.code for w in missing)
        )
        # Each missing warning with its own parameters (the age, the product level, the hours), for its words.
        refused.findings = missing  # type: ignore[attr-defined]
        raise refused
    return tuple(str(w.code) for w in warnings)


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
    `agreement_not_for_product` (the family prints no agreement),
    `agreement_term_required` / `agreement_term_not_offered`, `agreement_not_allowed_for_role`,
    NotFound for an unknown customer or product. `account` (the settlement account) is printed masked;
    `details` are the family's own items (label, value) printed as given (standing-instruction accounts and
    control line, certificate purpose ...)."""
    now = now or datetime.now()
    account = (account or "").strip()
    if account and not _ACCOUNT.match(account):
        raise InvalidValue("agreement_account_malformed")
    details = tuple((" ".join(label.split()), " ".join(value.split())) for label, value in details)
    if any(not label or not value or len(label) > 20 or len(value) > 200 for label, value in details):
        raise InvalidValue("agreement_detail_malformed")
    given = tuple(dict.fromkeys(code.strip() for code in acknowledged_warnings if code.strip()))
    if user.role not in ISSUING_ROLES:
        raise DomainError("agreement_not_allowed_for_role", role=user.role.value)
    with db.write() as uow:
        s = uow.session
        staff = _staff_row(s, user)
        customer = s.scalars(
            select(Customer).where(Customer.customer_no == customer_no.strip().upper())
        ).one_or_none()
        if customer is None:
            raise errors.unknown_customer(customer_no)
        product = s.scalars(select(Product).where(Product.code == product_code.strip())).one_or_none()
        if product is None:
            raise errors.unknown_product(product_code)
        result, facts, spec = check_rows(s, customer, product, amount, SaleChannel.BRANCH.value, now.date())
        if not result.allowed:
            refused = DomainError("agreement_refused", codes=", ".join(result.block_codes))
            refused.findings = result.blocks  # type: ignore[attr-defined] - their words, for the caller
            raise refused
        acknowledged = _acknowledged(result.warnings, given)
        template_id = spec.template
        if template_id is None:
            raise DomainError("agreement_not_for_product", product=product.code, family=product.family)
        chosen_term = _pick_term(term, spec.terms)
        branch = s.get_one(Branch, staff.branch_id)
        document = s.scalars(
            select(IdDocument).where(IdDocument.customer_id == customer.id).order_by(IdDocument.id.desc())
        ).first()
        source = _template_source(template_id)
        template = parse_template(source, source=f"{template_id}.yaml")
        sequence = counters.next_value(s, rules.counter_name(branch.code, now.year))
        number = rules.agreement_number(branch.code, now.year, sequence)
        cooling = next((w for w in result.warnings if w.code == "cooling_off"), None)
        assessed = spec.needs_assessment
        grade_valid = facts.risk_grade is not None and (
            facts.risk_valid_until is None or facts.risk_valid_until >= now.date()
        )
        doc = AgreementDocument(
            number=number,
            template_id=template_id,
            template_version=template.version,
            institution=Institution(
                bank_name=bank_name(),
                branch_code=branch.code,
                branch_name=branch.name,
                address=branch.address or "",
                phone=branch.phone or "",
            ),
            customer_name=customer.name,
            id_type=ID_TYPE_WORDS.get(document.id_type, document.id_type) if document else "—",
            id_number=document.id_number if document else "—",
            product_code=product.code,
            product_name=product.name,
            product_version=str(product.version),
            amount=amount,
            currency=product.currency or spec.currency,
            term=rules.term_words(chosen_term) if chosen_term else None,
            rate=None if spec.rate is None else (spec.rate * 100).normalize(),
            product_risk_level=f"R{spec.risk_level}" if assessed and spec.risk_level else None,
            customer_grade=facts.risk_grade if assessed and grade_valid else None,
            assessment_valid_until=facts.risk_valid_until if assessed and grade_valid else None,
            issuer=spec.issuer if spec.sale_mode == "agency" else None,
            account=mask_account(account) if account else None,
            details=details,
            start_date=now.date(),
            end_date=rules.term_end(now.date(), chosen_term) if chosen_term else None,
            cooling_off_hours=int(cooling.params.get("hours") or 24) if cooling is not None else None,
            dual_recording="dual_recording_required" in acknowledged,
            dual_recording_id=(dual_recording_id or "").strip() or None,
            acknowledged_warnings=acknowledged,
            staff_name=staff.name,
            staff_login=staff.login,
            staff_phone=staff.phone or "",
            issued_at=now.replace(microsecond=0),
            station=station,
        )
        data = rules.document_data(doc)
        content_sha256 = rules.content_hash(data, source)
        doc = replace(doc, content_hash=content_sha256)
        pdf = build_agreement(doc, template, qr_payload=rules.qr_payload(number, content_sha256))
        sha256 = rules.bytes_hash(pdf)
        s.add(
            Agreement(
                number=number,
                customer_id=customer.id,
                product_id=product.id,
                product_version=product.version,
                amount=amount,
                term=chosen_term or "",
                status=Status.ISSUED,
                template_id=template_id,
                template_version=template.version,
                pdf=pdf,
                sha256=sha256,
                issued_by_id=staff.id,
                issued_at=doc.issued_at,
                copies_printed=0,
                acknowledged_warnings=list(acknowledged),
                void_reason="",
                content_sha256=content_sha256,
                document={"data": data, "template_source": source},
                station=station,
                rule_version=result.rule_version,
                copy_hashes=[],
            )
        )
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="agreement_issued",
            entity="agreement",
            entity_id=number,
            details={
                "customer_no": customer.customer_no,
                "product": product.code,
                "product_version": product.version,
                "amount": str(amount),
                "term": chosen_term or "",
                "template": f"{template_id} {template.version}",
                "acknowledged_warnings": list(acknowledged),
                "rule_version": result.rule_version,
                "sha256": sha256,
                "content_sha256": content_sha256,
                "station": station,
            },
            at=now,
        )
        uow.commit()
    return IssuedAgreement(
        number=number,
        sha256=sha256,
        content_sha256=content_sha256,
        pdf=pdf,
        product_code=product.code,
        product_version=product.version,
        template_id=template_id,
        template_version=template.version,
        acknowledged_warnings=acknowledged,
        rule_version=result.rule_version,
        issued_at=doc.issued_at,
    )


def agreement_products(db: Database, today: date | None = None) -> list[ProductView]:
    """The catalogue products an agreement can be issued for today: switched on, in their sale period, and of a
    family (or with an entry) that prints a service agreement. Entries this version cannot read are left out."""
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
        if template is not None:
            chosen.append(view)
    return chosen


# ---------------------------------------------------------------------------------------------------------
# Archive


def _row(session, number: str, *, lock: bool = False) -> Agreement:
    query = select(Agreement).where(Agreement.number == number.strip())
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).one_or_none()
    if row is None:
        raise errors.NotFound(f"agreement {number}", code="unknown_agreement", number=number)
    return row


def _login(session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return session.scalar(select(Staff.login).where(Staff.id == staff_id))


def _record(session, row: Agreement) -> AgreementRecord:
    return AgreementRecord(
        number=row.number,
        status=row.status,
        customer_no=session.scalar(select(Customer.customer_no).where(Customer.id == row.customer_id)) or "",
        product_code=session.scalar(select(Product.code).where(Product.id == row.product_id)) or "",
        product_version=row.product_version,
        amount=row.amount,
        term=row.term,
        template_id=row.template_id,
        template_version=row.template_version,
        sha256=row.sha256,
        content_sha256=row.content_sha256,
        issued_at=row.issued_at,
        issued_by=_login(session, row.issued_by_id) or "",
        station=row.station,
        acknowledged_warnings=tuple(row.acknowledged_warnings or ()),
        copies_printed=row.copies_printed,
        void_reason=row.void_reason,
        voided_by=_login(session, row.voided_by_id),
        voided_at=row.voided_at,
        signed_scan_sha256=row.signed_scan_sha256,
    )


def show(db: Database, number: str) -> AgreementRecord:
    with db.read() as uow:
        return _record(uow.session, _row(uow.session, number))


def original(db: Database, number: str) -> bytes:
    """The stored bytes as issued (for the first print: the original the customer signs)."""
    with db.read() as uow:
        return _row(uow.session, number).pdf


def _rebuild(row: Agreement, watermark: str | None) -> bytes:
    """The agreement rendered again from its archived data and template text, with a watermark: the stored
    original is never touched. Without a watermark this gives the original's bytes again (deterministic
    rendering; the tests check it)."""
    if not row.document:
        raise DomainError("agreement_archive_incomplete", number=row.number)
    source = row.document["template_source"]
    template: DocumentTemplate = parse_template(source, source=f"{row.template_id}.yaml")
    doc = rules.document_from_data(row.document["data"], row.content_sha256)
    payload = rules.qr_payload(row.number, row.content_sha256)
    return build_agreement(doc, template, qr_payload=payload, watermark=watermark)


# An original may be printed again only when authorised: a first delivery that failed (the command line could not
# write the file) records `agreement_original_not_delivered`, which authorises exactly one `print_original`.
NOT_DELIVERED = "agreement_original_not_delivered"
ORIGINAL_PRINTED = "agreement_original_printed"


def original_not_delivered(
    db: Database, user: StaffUser | None, number: str, reason: str, *, now: datetime | None = None
) -> None:
    """Record that the original's bytes did not reach the customer (`reason`: a code such as
    `file_write_failed`); this authorises one `print_original`."""
    with db.write() as uow:
        s = uow.session
        row = _row(s, number)
        audit.record(
            s,
            actor=user.login if user is not None else audit.cli_actor(),
            staff_id=user.id if user is not None else None,
            action=NOT_DELIVERED,
            entity="agreement",
            entity_id=row.number,
            details={"reason": reason},
            at=now,
        )
        uow.commit()


def print_original(db: Database, user: StaffUser, number: str, *, now: datetime | None = None) -> bytes:
    """The stored original's bytes once more, audited; allowed once per authorisation (a recorded failed
    delivery), else `agreement_original_not_authorised`. The bytes must still be the ones the audit chain
    recorded at issue (`agreement_archive_altered` otherwise); a voided agreement is refused."""
    if user.role not in ISSUING_ROLES:
        raise DomainError("agreement_not_allowed_for_role", role=user.role.value)
    with db.write() as uow:
        s = uow.session
        _staff_row(s, user)
        row = _row(s, number, lock=True)  # two stations cannot both use the one authorisation
        if row.status == Status.VOIDED:
            raise DomainError("agreement_is_voided", number=row.number)
        actions = s.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "agreement",
                AuditEntry.entity_id == row.number,
                AuditEntry.action.in_((NOT_DELIVERED, ORIGINAL_PRINTED)),
            )
        ).all()
        if actions.count(NOT_DELIVERED) <= actions.count(ORIGINAL_PRINTED):
            raise DomainError("agreement_original_not_authorised", number=row.number)
        recorded = s.scalar(
            select(AuditEntry.details)
            .where(
                AuditEntry.entity == "agreement",
                AuditEntry.entity_id == row.number,
                AuditEntry.action.in_((*ORIGINAL_ACTIONS, "archive_recorded")),
            )
            .order_by(AuditEntry.seq)
        )
        digest = rules.bytes_hash(row.pdf)
        if not recorded or recorded.get("sha256") != digest:
            raise DomainError("agreement_archive_altered", number=row.number)
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action=ORIGINAL_PRINTED,
            entity="agreement",
            entity_id=row.number,
            details={"sha256": digest},
            at=now,
        )
        uow.commit()
        return row.pdf


COPY_MARK = "副本"
VOID_MARK = "作废"


def reprint(db: Database, user: StaffUser | None, number: str, *, now: datetime | None = None) -> bytes:
    """A copy: the archived agreement marked 副本 (作废 once voided), counted and audited. `user` None: the
    command line without --user (audited as the operating-system user)."""
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        if user is not None:
            _staff_row(s, user)
        row = _row(s, number, lock=True)
        mark = VOID_MARK if row.status == Status.VOIDED else COPY_MARK
        pdf = _rebuild(row, mark)
        digest = rules.bytes_hash(pdf)
        row.copies_printed = row.copies_printed + 1
        if digest not in (row.copy_hashes or []):
            row.copy_hashes = [*(row.copy_hashes or []), digest]
        audit.record(
            s,
            actor=user.login if user is not None else audit.cli_actor(),
            staff_id=user.id if user is not None else None,
            action="agreement_reprinted",
            entity="agreement",
            entity_id=row.number,
            details={"copy": row.copies_printed, "watermark": mark, "sha256": digest},
            at=now,
        )
        uow.commit()
    return pdf


def void(
    db: Database,
    user: StaffUser,
    number: str,
    reason: str,
    approver: StaffUser,
    *,
    now: datetime | None = None,
) -> AgreementRecord:
    """Void (作废) with a reason, approved by a supervisor who is not the requester. Never deleted."""
    now = now or datetime.now()
    text = rules.check_void_reason(reason)
    if approver.id == user.id:
        raise DomainError("agreement_void_same_person", login=user.login)
    if approver.role is not Role.SUPERVISOR:
        raise DomainError("agreement_void_needs_supervisor", login=approver.login)
    with db.write() as uow:
        s = uow.session
        _staff_row(s, user)
        _staff_row(s, approver)
        row = _row(s, number, lock=True)
        if row.status == Status.VOIDED:
            raise DomainError("agreement_already_voided", number=row.number)
        row.status = Status.VOIDED
        row.void_reason = text
        row.voided_by_id = approver.id
        row.void_requested_by_id = user.id
        row.voided_at = now
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="agreement_voided",
            entity="agreement",
            entity_id=row.number,
            details={"approver": approver.login, "reason": text},
            at=now,
        )
        uow.commit()
        return _record(s, row)


SCAN_MAX_BYTES = 20 * 1024 * 1024


def attach_scan(
    db: Database, user: StaffUser, number: str, scan: bytes, *, now: datetime | None = None
) -> AgreementRecord:
    """Keep the signed paper's scan beside the issued bytes. Once attached it is never replaced."""
    now = now or datetime.now()
    if not scan:
        raise InvalidValue("agreement_scan_empty")
    if len(scan) > SCAN_MAX_BYTES:
        raise InvalidValue("agreement_scan_too_large", maximum_mb=SCAN_MAX_BYTES // (1024 * 1024))
    with db.write() as uow:
        s = uow.session
        _staff_row(s, user)
        row = _row(s, number, lock=True)
        if row.status == Status.VOIDED:
            raise DomainError("agreement_is_voided", number=row.number)
        if row.signed_scan is not None:
            raise DomainError("agreement_scan_already_attached", number=row.number)
        digest = rules.bytes_hash(scan)
        row.signed_scan = scan
        row.signed_scan_sha256 = digest
        row.signed_scan_at = now
        row.signed_scan_by_id = user.id
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="agreement_scan_attached",
            entity="agreement",
            entity_id=row.number,
            details={"sha256": digest, "bytes": len(scan)},
            at=now,
        )
        uow.commit()
        return _record(s, row)


def _kind_in_chain(entry: AuditEntry, digest: str) -> str | None:
    """What the file is according to one audit entry of the agreement: the original, a copy, or neither."""
    details = entry.details or {}
    if details.get("sha256") == digest:
        if entry.action in ORIGINAL_ACTIONS or entry.action == "archive_recorded":
            return "original"
        if entry.action in COPY_ACTIONS:
            return "copy"
    if entry.action == "archive_recorded" and digest in (details.get("copy_sha256") or []):
        return "copy"
    return None


def verify(db: Database, data: bytes) -> Verification:
    """Compare a file with the archive as the audit chain records it: the number from the file's document
    information, then the SHA-256 of its bytes against the hashes in the chained entries of that agreement
    (issued: the original; reprinted: a copy the bank served). The chain is then checked from that entry to its
    end: an entry changed, removed or inserted since gives `chain_broken`, naming the first entry that does not
    fit. The archive's own columns (`sha256`, `copy_hashes`) are not trusted: anyone with an UPDATE could change
    them. Unknown: no number in the file, or no such agreement in the archive."""
    digest = rules.bytes_hash(data)
    number = pdf_info.document_number(data)
    if number is None or not rules.NUMBER.match(number):
        return Verification(Verdict.UNKNOWN, None, None, None, digest, None, None)
    with db.read() as uow:
        s = uow.session
        row = s.scalars(select(Agreement).where(Agreement.number == number)).one_or_none()
        if row is None:
            return Verification(Verdict.UNKNOWN, number, None, None, digest, None, None)
        entries = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "agreement", AuditEntry.entity_id == number)
            .order_by(AuditEntry.seq)
        ).all()
        kind, found = None, None
        for entry in entries:
            kind = _kind_in_chain(entry, digest)
            if kind:
                found = entry
                break
        original = next(
            (
                e.details["sha256"]
                for e in entries
                if e.action in (*ORIGINAL_ACTIONS, "archive_recorded") and e.details.get("sha256")
            ),
            None,
        )
        status = Status.VOIDED if any(e.action == "agreement_voided" for e in entries) else Status.ISSUED
        if found is None:
            return Verification(Verdict.TAMPERED, number, None, status, digest, original, row.content_sha256)
        check = audit.check_chain(s, from_seq=found.seq)
        if not check.intact:
            return Verification(
                Verdict.CHAIN_BROKEN, number, None, status, digest, original, row.content_sha256,
                chain_break=check.first_break.seq,
            )  # fmt: skip
        return Verification(
            Verdict.VALID, number, kind, status, digest, original, row.content_sha256, chain_seq=found.seq
        )
