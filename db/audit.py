"""Audit trail: one row per action that changes data or reveals personal data."""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.models import AuditEntry


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # noqa: BLE001 - no user name in some service environments
        return "cli"


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | int = "",
    staff_id: int | None = None,
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=at or datetime.now(),
            staff_id=staff_id,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            details=details or {},
        )
    )


def record_many(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entries: list[tuple[str | int, dict[str, Any]]],
    staff_id: int | None = None,
    at: datetime | None = None,
) -> None:
    """One entry per (entity_id, details) of a bulk action (an import's changed rows), in that order, written with
    one multi-row INSERT: 100,000 entries must not cost 100,000 statements. Same rows as `record` writes."""
    if not entries:
        return
    when = at or datetime.now()
    session.flush()  # entries recorded before these keep their place in the trail
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": when,
                "staff_id": staff_id,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": str(entity_id),
                "details": details,
            }
            for entity_id, details in entries
        ],
    )
