"""The archive of issued agreements (DOMAIN §7.4): show, the original bytes, reprints marked 副本 / 作废, void,
the signed scan, and verifying a file against the archive. Issuing is services/agreements.py.

The stored original is never touched: a reprint renders the archived document data and template text again with a
watermark (the same code renders the original's bytes again without one, which the tests check) and records the
copy's SHA-256, so a served copy verifies as the bank's. Void needs a reason and a supervisor other than the
requester; nothing is ever deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Agreement, AgreementVersion, Approval, AuditEntry, Customer, Product, Staff
from db.session import Database
from domain import agreements as rules
from domain.agreements import Status, Verdict
from domain.approvals import Kind, Pending
from domain.documents import DocumentTemplate, parse_template
from domain.errors import Conflict, InvalidValue, NotApproved, RecordAltered, SeparationOfDuties
from domain.permissions import Action, require
from domain.staff import StaffUser
from reports import pdf_info
from reports.agreement import build_agreement
from services import approvals
from services.staff import active_staff_row

# The audit actions whose `sha256` is an original's, the reviewed copy's or a served copy's (agreement verify,
# print-original); and the status each action leaves (services/agreement_review.py).
ORIGINAL_ACTIONS = ("agreement_issued",)
REVIEWED_ACTIONS = ("agreement_reviewed",)
COPY_ACTIONS = ("agreement_reprinted",)
STATUS_AFTER = {
    "agreement_reviewed": Status.EFFECTIVE,
    "agreement_returned": Status.RETURNED,
    "agreement_voided": Status.VOIDED,
    "agreement_cancelled": Status.CANCELLED,
}


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
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    review_sha256: str | None = None  # the reviewed copy's bytes (agreement_versions)
    returned_by: str | None = None
    returned_at: datetime | None = None
    return_reason: str = ""
    cooling_off_ends_at: datetime | None = None


@dataclass(frozen=True)
class Verification:
    """`verdict` valid / tampered / unknown / chain_broken. `kind` says what a valid file is: the original, the
    reviewed copy (复核人 printed) or a copy the bank served (副本/作废). `status` is the archived agreement's
    (issued / effective / returned / voided) as the chain records it, None when unknown."""

    verdict: str
    number: str | None
    kind: str | None
    status: str | None
    file_sha256: str
    archive_sha256: str | None  # the original's, as the audit chain records it
    content_sha256: str | None
    chain_seq: int | None = None  # the chained entry that records the file (valid)
    chain_break: int | None = None  # the first entry that does not fit (chain_broken)


def agreement_row(session: Session, number: str, *, lock: bool = False) -> Agreement:
    query = select(Agreement).where(Agreement.number == number.strip())
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).one_or_none()
    if row is None:
        raise errors.NotFound(f"agreement {number}", code="unknown_agreement", number=number)
    return row


def _login(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return session.scalar(select(Staff.login).where(Staff.id == staff_id))


def record_of(session: Session, row: Agreement) -> AgreementRecord:
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
        reviewed_by=_login(session, row.reviewed_by_id),
        reviewed_at=row.reviewed_at,
        review_sha256=session.scalar(
            select(AgreementVersion.sha256).where(
                AgreementVersion.agreement_id == row.id, AgreementVersion.kind == REVIEWED
            )
        ),
        returned_by=_login(session, row.returned_by_id),
        returned_at=row.returned_at,
        return_reason=row.return_reason or "",
        cooling_off_ends_at=row.cooling_off_ends_at,
    )


REVIEWED = "reviewed"  # agreement_versions.kind


def reviewed_version(session: Session, row: Agreement) -> AgreementVersion | None:
    return session.scalars(
        select(AgreementVersion).where(
            AgreementVersion.agreement_id == row.id, AgreementVersion.kind == REVIEWED
        )
    ).one_or_none()


def show(db: Database, number: str) -> AgreementRecord:
    with db.read() as uow:
        return record_of(uow.session, agreement_row(uow.session, number))


def reviewed_copy(db: Database, number: str) -> bytes:
    """The stored reviewed copy's bytes (复核人 printed); `agreement_not_reviewed` before the review."""
    with db.read() as uow:
        row = agreement_row(uow.session, number)
        version = reviewed_version(uow.session, row)
        if version is None:
            raise Conflict("agreement_not_reviewed", number=row.number)
        return version.pdf


def original(db: Database, number: str) -> bytes:
    """The stored bytes as issued (for the first print: the original the customer signs)."""
    with db.read() as uow:
        return agreement_row(uow.session, number).pdf


def _rebuild(row: Agreement, watermark: str | None, version: AgreementVersion | None = None) -> bytes:
    """The agreement rendered again from its archived data and template text, with a watermark: the stored
    original is never touched. Without a watermark this gives the original's bytes again (deterministic
    rendering; the tests check it). With `version` (the reviewed copy) its data, with the reviewer's name."""
    if not row.document:
        raise RecordAltered("agreement_archive_incomplete", number=row.number)
    source = row.document["template_source"]
    template: DocumentTemplate = parse_template(source, source=f"{row.template_id}.yaml")
    data, content = (row.document["data"], row.content_sha256) if version is None else (
        version.document, version.content_sha256
    )  # fmt: skip
    doc = rules.document_from_data(data, content)
    payload = rules.qr_payload(row.number, content)
    return build_agreement(doc, template, qr_payload=payload, watermark=watermark)


# An original may be printed again only when authorised: a first delivery that failed (the command line could not
# write the file) records `agreement_original_not_delivered`, which authorises exactly one `print_original`.
NOT_DELIVERED = "agreement_original_not_delivered"
ORIGINAL_PRINTED = "agreement_original_printed"


def original_not_delivered(
    db: Database, user: StaffUser, number: str, reason: str, *, now: datetime | None = None
) -> None:
    """Record that the original's bytes did not reach the customer (`reason`: a code such as
    `file_write_failed`); this authorises one `print_original`."""
    with db.write() as uow:
        s = uow.session
        row = agreement_row(s, number)
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
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
    require(user, Action.AGREEMENT_PRINT_ORIGINAL)
    with db.write() as uow:
        s = uow.session
        active_staff_row(s, user)
        row = agreement_row(s, number, lock=True)  # two stations cannot both use the one authorisation
        if row.status == Status.VOIDED:
            raise Conflict("agreement_is_voided", number=row.number)
        actions = s.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "agreement",
                AuditEntry.entity_id == row.number,
                AuditEntry.action.in_((NOT_DELIVERED, ORIGINAL_PRINTED)),
            )
        ).all()
        if actions.count(NOT_DELIVERED) <= actions.count(ORIGINAL_PRINTED):
            raise NotApproved("agreement_original_not_authorised", number=row.number)
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
            raise RecordAltered("agreement_archive_altered", number=row.number)
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


def request_reprint(db: Database, user: StaffUser, number: str, *, now: datetime | None = None) -> Pending:
    """Ask a supervisor to allow one copy (DOMAIN §1: supervisors approve reprints); nothing is printed yet."""
    require(user, Action.AGREEMENT_REPRINT)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        active_staff_row(s, user)
        row = agreement_row(s, number)
        approval_id = approvals.request_in(s, user, Kind.AGREEMENT_REPRINT, row.number, {}, now)
        uow.commit()
        return Pending(approval_id, Kind.AGREEMENT_REPRINT, row.number)


def reprint(db: Database, user: StaffUser, number: str, *, now: datetime | None = None) -> bytes:
    """A copy: the archived agreement marked 副本 (作废 once voided), counted and audited. It uses one approved
    reprint request of this person's (`agreement_reprint_not_approved` without one: `request_reprint` first)."""
    require(user, Action.AGREEMENT_REPRINT)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        active_staff_row(s, user)
        row = agreement_row(s, number, lock=True)
        approval_id = approvals.use_in(s, user, Kind.AGREEMENT_REPRINT, row.number, now)
        if approval_id is None:
            raise NotApproved("agreement_reprint_not_approved", number=row.number)
        mark = VOID_MARK if row.status == Status.VOIDED else COPY_MARK
        pdf = _rebuild(row, mark, reviewed_version(s, row))  # after 复核: the copy with the reviewer's name
        digest = rules.bytes_hash(pdf)
        row.copies_printed = row.copies_printed + 1
        if digest not in (row.copy_hashes or []):
            row.copy_hashes = [*(row.copy_hashes or []), digest]
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="agreement_reprinted",
            entity="agreement",
            entity_id=row.number,
            details={
                "copy": row.copies_printed,
                "watermark": mark,
                "sha256": digest,
                "approval": approval_id,
            },
            at=now,
        )
        uow.commit()
    return pdf


def request_void(
    db: Database, user: StaffUser, number: str, reason: str, *, now: datetime | None = None
) -> Pending:
    """Ask for a void (作废) with a reason; a supervisor other than the requester approves it
    (`approvals.approve`), and only then is the agreement voided. Never deleted."""
    require(user, Action.AGREEMENT_VOID)
    now = now or datetime.now()
    text = rules.check_void_reason(reason)
    with db.write() as uow:
        s = uow.session
        active_staff_row(s, user)
        row = agreement_row(s, number)
        if row.status == Status.VOIDED:
            raise Conflict("agreement_already_voided", number=row.number)
        approval_id = approvals.request_in(s, user, Kind.AGREEMENT_VOID, row.number, {"reason": text}, now)
        uow.commit()
        return Pending(approval_id, Kind.AGREEMENT_VOID, row.number)


def void_approved(
    s: Session, request: Approval, requester: StaffUser, approver: StaffUser, now: datetime
) -> None:
    """The approved void takes effect (inside the approval's transaction)."""
    row = agreement_row(s, request.subject, lock=True)
    if row.status == Status.VOIDED:
        raise Conflict("agreement_already_voided", number=row.number)
    if (
        row.issued_by_id == approver.id
    ):  # sod_maker_checker: the seller never approves reversing their own sale
        raise SeparationOfDuties("void_approver_is_issuer", number=row.number)
    text = str(request.payload["reason"])
    row.status = Status.VOIDED
    row.void_reason = text
    row.voided_by_id = approver.id
    row.void_requested_by_id = requester.id
    row.voided_at = now
    audit.record(
        s,
        actor=approver.login,
        staff_id=approver.id,
        action="agreement_voided",
        entity="agreement",
        entity_id=row.number,
        details={"requested_by": requester.login, "approval": request.id, "reason": text},
        at=now,
    )


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
        active_staff_row(s, user)
        row = agreement_row(s, number, lock=True)
        if row.status == Status.VOIDED:
            raise Conflict("agreement_is_voided", number=row.number)
        if row.signed_scan is not None:
            raise Conflict("agreement_scan_already_attached", number=row.number)
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
        return record_of(s, row)


def _kind_in_chain(entry: AuditEntry, digest: str) -> str | None:
    """What the file is according to one audit entry of the agreement: the original, a copy, or neither."""
    details = entry.details or {}
    if details.get("sha256") == digest:
        if entry.action in ORIGINAL_ACTIONS or entry.action == "archive_recorded":
            return "original"
        if entry.action in REVIEWED_ACTIONS:
            return REVIEWED
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
        status = Status.ISSUED
        for entry in entries:
            status = STATUS_AFTER.get(entry.action, status)
        if found is None:
            return Verification(Verdict.TAMPERED, number, None, status, digest, original, row.content_sha256)
        check = audit.check_chain(s, from_seq=found.seq)
        if check.first_break is not None:  # the chain is not intact from this agreement's entry on
            return Verification(
                Verdict.CHAIN_BROKEN, number, None, status, digest, original, row.content_sha256,
                chain_break=check.first_break.seq,
            )  # fmt: skip
        return Verification(
            Verdict.VALID, number, kind, status, digest, original, row.content_sha256, chain_seq=found.seq
        )
