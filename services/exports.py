"""Exports and printed lists that carry personal data: each is recorded before the file exists (who, what,
how many rows, why), never with the data itself. DOMAIN §5: no customer data leaves without a recorded reason."""

from __future__ import annotations

from datetime import datetime

from db import audit
from db.session import Database
from domain.errors import InvalidValue
from domain.permissions import Action, require
from domain.staff import StaffUser
from domain.text import checked_text

EXPORT_REASONS = (
    "customer_contact_plan",  # a manager's own call list
    "authority_request",  # police, court, regulator
    "internal_audit",
    "customer_requests_copy",
    "other",  # with a note
)


def check_reason(reason: str, note: str = "") -> None:
    if reason not in EXPORT_REASONS:
        raise InvalidValue("export_reason_unknown", reason=reason)
    checked_text(note, "note")
    if reason == "other" and not note.strip():
        raise InvalidValue("export_note_required")


def export_logged(
    db: Database,
    user: StaffUser,
    what: str,
    reason: str,
    *,
    note: str = "",
    rows: int,
    entity: str = "customer",
    entity_id: str = "",
    details: dict[str, object] | None = None,
    now: datetime | None = None,
) -> None:
    """Record that `user` (a role that may export personal data) exported `what` (a stable name: `opportunities`, `complaint_register`...) with
    `rows` rows, and why. Call it before writing the file: the record must exist even if the file is lost."""
    require(user, Action.PERSONAL_DATA_EXPORT)
    check_reason(reason, note)
    with db.write() as uow:
        audit.record(
            uow.session,
            actor=user.login,
            staff_id=user.id,
            action="personal_data_exported",
            entity=entity,
            entity_id=entity_id,
            details={"export": what, "rows": rows, "reason": reason, "note": note.strip(), **(details or {})},
            at=now,
        )
        uow.commit()
