"""Cancelling an agreement within its cooling-off window (DOMAIN §7.4 step 6, §8; rules in domain/cooling_off.py).

Within the window (from the review that made the agreement effective, `cooling_off_hours` calendar hours, the
closing instant included) the customer cancels without giving reasons: the form (申请书 and 退款确认书, from the
`cooling_off_cancellation` template) is numbered from its own gap-free counter, rendered and stored with the refund
record — the agreement's whole amount, as Decimal, to the account given (or the agreement's settlement account) —
and the agreement becomes `cancelled` (out of sales figures). Its follow-up call, if one was waiting, is cancelled
with it. After the window the cancellation is refused, naming the time it ended; nothing is written.

The form is rendered inside the writing transaction that takes its number: cancellations are rare and the form is
one page, so the simpler path is kept (issuing agreements renders outside the lock, services/numbering.py).
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select

from db import audit, counters
from db.models import AgreementCancellation, Branch, Customer, IdDocument, Product, Staff
from db.session import Database
from domain import agreements as rules
from domain import cooling_off
from domain.agreements import Status
from domain.cooling_off import CancellationDocument, CancellationRecord
from domain.documents import CANCELLATION_TEMPLATE, Institution, load_template
from domain.errors import Conflict, InvalidValue
from domain.identity import mask_account, mask_id_number
from domain.permissions import Action, require
from domain.staff import StaffUser
from domain.text import checked_text
from reports.cancellation import build_cancellation
from services import follow_up_calls
from services.agreement_archive import agreement_row
from services.agreements import bank_name
from services.staff import active_staff_row

_ACCOUNT = re.compile(r"^[0-9A-Za-z]{4,32}$")
REASON_MAX = 200


def _record(row: AgreementCancellation, agreement_number: str, login: str) -> CancellationRecord:
    return CancellationRecord(
        number=row.number,
        agreement_number=agreement_number,
        cancelled_at=row.cancelled_at,
        cancelled_by=login,
        refund_amount=row.refund_amount,
        currency=row.currency,
        refund_account=str((row.document or {}).get("refund_account") or ""),  # as printed (masked)
        reason=row.reason,
        sha256=row.sha256,
    )


def cancel(
    db: Database,
    user: StaffUser,
    number: str,
    *,
    reason: str = "",
    refund_account: str | None = None,
    station: str = "",
    now: datetime | None = None,
) -> tuple[CancellationRecord, bytes]:
    """Cancel within the window: the record and the form's bytes. Refused (nothing written, no number used):
    `agreement_cooling_off_ended` (after the window, `ended_at`), `agreement_no_cooling_off`,
    `agreement_not_effective` (not reviewed yet: void it instead), `agreement_already_cancelled`,
    `agreement_was_returned`, `agreement_is_voided`, `agreement_refund_account_required` (the agreement printed
    no settlement account and none is given), `not_permitted`."""
    require(user, Action.AGREEMENT_CANCEL)
    now = (now or datetime.now()).replace(microsecond=0)
    text = " ".join(checked_text(reason or "", "cancel_reason", multiline=True).split())
    if len(text) > REASON_MAX:
        raise InvalidValue("agreement_cancel_reason_too_long", maximum=REASON_MAX)
    account = (refund_account or "").strip()
    if account and not _ACCOUNT.match(account):
        raise InvalidValue("agreement_account_malformed")
    with db.write() as uow:
        s = uow.session
        staff = active_staff_row(s, user)
        row = agreement_row(s, number, lock=True)
        cooling_off.check_cancellable(row.number, row.status, row.cooling_off_ends_at, now)
        assert row.reviewed_at is not None and row.cooling_off_ends_at is not None  # effective, with a window
        data = (row.document or {}).get("data") or {}
        customer = s.get_one(Customer, row.customer_id)
        product = s.get_one(Product, row.product_id)
        branch = s.get_one(Branch, staff.branch_id)
        id_doc = s.scalars(
            select(IdDocument).where(IdDocument.customer_id == customer.id).order_by(IdDocument.id.desc())
        ).first()
        form = cooling_off.form_number(
            branch.code, now.year, counters.next_value(s, cooling_off.counter_name(branch.code, now.year))
        )
        printed_account = mask_account(account) if account else (data.get("account") or "")
        if not printed_account:  # the refund goes somewhere the customer named: never an empty line
            raise InvalidValue("agreement_refund_account_required", number=row.number)
        doc = CancellationDocument(
            number=form,
            agreement_number=row.number,
            institution=Institution(
                bank_name(), branch.code, branch.name, branch.address or "", branch.phone or ""
            ),
            customer_name=customer.name,
            masked_id=mask_id_number(id_doc.id_number) if id_doc else "",
            product_code=product.code,
            product_name=product.name,
            amount=row.amount,
            currency=str(data.get("currency") or product.currency or "CNY"),
            signed_at=row.issued_at,
            effective_at=row.reviewed_at,
            window_ends_at=row.cooling_off_ends_at,
            cancelled_at=now,
            cooling_off_hours=int(data.get("cooling_off_hours") or 24),
            refund_account=printed_account,
            reason=text,
            staff_name=staff.name,
            staff_login=staff.login,
            station=station,
        )
        pdf = build_cancellation(doc, load_template(CANCELLATION_TEMPLATE), qr_payload=f"{form}|{row.number}")
        sha256 = rules.bytes_hash(pdf)
        cancellation = AgreementCancellation(
            agreement_id=row.id, number=form, cancelled_at=now, cancelled_by_id=user.id, reason=text,
            refund_amount=row.amount, currency=doc.currency, refund_account=account, pdf=pdf, sha256=sha256,
            document={"agreement": row.number, "window_ends_at": row.cooling_off_ends_at.isoformat(),
                      "refund_account": printed_account, "template": CANCELLATION_TEMPLATE},
        )  # fmt: skip
        s.add(cancellation)
        row.status = Status.CANCELLED
        follow_up_calls.cancel_in(s, row.number, now)
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="agreement_cancelled",
            entity="agreement",
            entity_id=row.number,
            details={
                "form": form,
                "refund_amount": str(row.amount),
                "currency": doc.currency,
                "window_ends_at": row.cooling_off_ends_at.isoformat(),
                "sha256": sha256,
            },
            at=now,
        )
        uow.commit()
        return _record(cancellation, row.number, user.login), pdf


def cancellation(db: Database, number: str) -> tuple[CancellationRecord, bytes]:
    """The stored cancellation of agreement `number` and its form (`agreement_not_cancelled` when none)."""
    with db.read() as uow:
        s = uow.session
        row = agreement_row(s, number)
        stored = s.scalars(
            select(AgreementCancellation).where(AgreementCancellation.agreement_id == row.id)
        ).one_or_none()
        if stored is None:
            raise Conflict("agreement_not_cancelled", number=row.number)
        login = s.scalar(select(Staff.login).where(Staff.id == stored.cancelled_by_id)) or ""
        return _record(stored, row.number, login), stored.pdf
