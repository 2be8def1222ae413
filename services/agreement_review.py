"""The second person's review (复核) of an issued agreement (DOMAIN §7.4 step 5, §1 `sod_maker_checker`).

An issued agreement waits for review; it is not effective until a supervisor other than the issuer reviews it.
Reviewing makes it effective, starts its cooling-off window (the hours the document prints, from the review) and
stores the reviewed copy — the issued document with the reviewer's name and date, its own content hash and QR — as
a new archived version linked to the original (`agreement_versions`, written once). The original's bytes stay as
the customer signed them; the audit chain records the reviewed copy's SHA-256 beside the original's, so
`agreement verify` recognises both. Returning sends it back with a reason: it never takes effect (the issuer
voids it and issues a corrected one).

The reviewed copy is rendered outside the writing transaction (rendering is the slow step); the write then locks
the row, checks it is still the agreement that was rendered and still waiting, and stores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.models import Agreement, AgreementVersion, AuditEntry, Customer, Product, Staff
from db.session import Database
from domain import agreements as rules
from domain.agreements import ReviewItem, Status
from domain.documents import parse_template
from domain.errors import Conflict, RecordAltered, SeparationOfDuties
from domain.permissions import Action, require
from domain.staff import StaffUser
from reports.agreement import build_agreement
from services import follow_up_calls
from services.agreement_archive import REVIEWED, AgreementRecord, agreement_row, record_of
from services.duties import refuse_own_record
from services.staff import active_staff_row


def pending_reviews(db: Database, user: StaffUser, limit: int = 200) -> list[ReviewItem]:
    """Agreements issued and not yet reviewed or returned, oldest first."""
    require(user, Action.AGREEMENT_REVIEW)
    with db.read() as uow:
        rows = uow.session.execute(
            select(Agreement, Customer.customer_no, Customer.name, Product.code, Product.name, Product.currency,
                   Staff.login, Staff.name, Product.name_en)
            .join(Customer, Customer.id == Agreement.customer_id)
            .join(Product, Product.id == Agreement.product_id)
            .join(Staff, Staff.id == Agreement.issued_by_id)
            .where(Agreement.status == Status.ISSUED)
            .order_by(Agreement.issued_at, Agreement.id)
            .limit(limit)
        ).all()  # fmt: skip
        return [
            ReviewItem(row.number, no, name, code, product, row.amount, currency or "CNY", row.issued_at, login,
                       staff_name, row.station, row.issued_by_id == user.id, name_en or "")
            for row, no, name, code, product, currency, login, staff_name, name_en in rows
        ]  # fmt: skip


def _check_waiting(s: Session, row: Agreement, user: StaffUser) -> None:
    if row.status == Status.VOIDED:
        raise Conflict("agreement_is_voided", number=row.number)
    if row.status == Status.EFFECTIVE:
        raise Conflict("agreement_already_reviewed", number=row.number)
    if row.status == Status.RETURNED:
        raise Conflict("agreement_was_returned", number=row.number)
    if row.issued_by_id == user.id:  # sod_maker_checker: the preparer never checks their own document
        raise SeparationOfDuties("agreement_reviewer_is_issuer", number=row.number)
    refuse_own_record(s, user, row.customer_id)  # sod_no_self_dealing: nor the reviewer's own agreement


@dataclass(frozen=True)
class _Draft:
    version: int
    content_sha256: str
    data: dict[str, object]
    reviewed_content: str
    cooling_off_hours: int | None
    pdf: bytes


def _draft(db: Database, user: StaffUser, number: str, now: datetime) -> _Draft:
    """The reviewed copy, composed and rendered from the archived data (no transaction open while rendering)."""
    with db.read() as uow:
        s = uow.session
        staff = active_staff_row(s, user)
        row = agreement_row(s, number)
        _check_waiting(s, row, user)
        if not row.document:
            raise RecordAltered("agreement_archive_incomplete", number=row.number)
        source = row.document["template_source"]
        original = rules.document_from_data(row.document["data"], row.content_sha256)
        version, content, reviewer = row.version, row.content_sha256, staff.name
        template_id, number = row.template_id, row.number
    doc = rules.reviewed(original, source, reviewer, now)
    template = parse_template(source, source=f"{template_id}.yaml")
    pdf = build_agreement(doc, template, qr_payload=rules.qr_payload(number, doc.content_hash))
    return _Draft(version, content, rules.document_data(doc), doc.content_hash, doc.cooling_off_hours, pdf)


def review(db: Database, user: StaffUser, number: str, *, now: datetime | None = None) -> AgreementRecord:
    """复核: the agreement becomes effective, its reviewed copy is archived and its cooling-off window starts.
    Refused: `agreement_reviewer_is_issuer`, `agreement_already_reviewed`, `agreement_was_returned`,
    `agreement_is_voided`, `not_permitted`; `agreement_changed_during_review` if another station acted on it
    while the copy was rendered (nothing written: review again)."""
    require(user, Action.AGREEMENT_REVIEW)
    now = (now or datetime.now()).replace(microsecond=0)
    draft = _draft(db, user, number, now)
    with db.write() as uow:
        s = uow.session
        active_staff_row(s, user)
        row = agreement_row(s, number, lock=True)
        _check_waiting(s, row, user)
        if row.version != draft.version or row.content_sha256 != draft.content_sha256:
            raise Conflict("agreement_changed_during_review", number=row.number)
        original_sha = _original_sha256(s, row)
        sha256 = rules.bytes_hash(draft.pdf)
        s.add(
            AgreementVersion(
                agreement_id=row.id, kind=REVIEWED, pdf=draft.pdf, sha256=sha256,
                content_sha256=draft.reviewed_content, document=draft.data, supersedes_sha256=original_sha,
                created_by_id=user.id, created_at=now,
            )
        )  # fmt: skip
        row.status = Status.EFFECTIVE
        row.reviewed_by_id = user.id
        row.reviewed_at = now
        if draft.cooling_off_hours:
            row.cooling_off_ends_at = now + timedelta(hours=draft.cooling_off_hours)
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="agreement_reviewed",
            entity="agreement",
            entity_id=row.number,
            details={
                "sha256": sha256,
                "content_sha256": draft.reviewed_content,
                "supersedes_sha256": original_sha,
                "cooling_off_ends_at": row.cooling_off_ends_at.isoformat()
                if row.cooling_off_ends_at
                else None,
            },
            at=now,
        )
        follow_up_calls.schedule_in(
            s, row, user.id, now
        )  # 回访 after the window, by the reviewer (not the seller)
        uow.commit()
        return record_of(s, row)


def _original_sha256(s: Session, row: Agreement) -> str:
    """The original's bytes as the audit chain recorded them at issue (the link the reviewed version keeps)."""
    recorded = s.scalar(
        select(AuditEntry.details)
        .where(
            AuditEntry.entity == "agreement",
            AuditEntry.entity_id == row.number,
            AuditEntry.action.in_(("agreement_issued", "archive_recorded")),
        )
        .order_by(AuditEntry.seq)
    )
    return str((recorded or {}).get("sha256") or row.sha256)


def return_agreement(
    db: Database, user: StaffUser, number: str, reason: str, *, now: datetime | None = None
) -> AgreementRecord:
    """The reviewer sends the agreement back with a reason (4 to 500 characters): it never takes effect; the
    issuer voids it and issues a corrected one. Refused like `review`."""
    require(user, Action.AGREEMENT_REVIEW)
    text = rules.check_void_reason(reason, "return_reason")
    now = (now or datetime.now()).replace(microsecond=0)
    with db.write() as uow:
        s = uow.session
        active_staff_row(s, user)
        row = agreement_row(s, number, lock=True)
        _check_waiting(s, row, user)
        row.status = Status.RETURNED
        row.returned_by_id = user.id
        row.returned_at = now
        row.return_reason = text
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="agreement_returned",
            entity="agreement",
            entity_id=row.number,
            details={"reason": text},
            at=now,
        )
        uow.commit()
        return record_of(s, row)
