"""The audit trail as supervisors read it: check the chain, list entries, the daily closing sheet (日终).

`check` walks the whole hash chain (db/audit.py) and names the first entry that does not fit; anyone may run it
(it shows hashes and entry numbers only). `entries` and the closing sheet are for supervisors and administrators
(`not_permitted` otherwise). The closing sheet carries the day's last chain hash; a supervisor signs it on paper,
so even a rewrite of the whole chain later no longer matches the signed hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from db import audit, errors
from db.models import AuditEntry, Customer
from db.session import Database
from domain.errors import RecordAltered
from domain.permissions import Action, require
from domain.staff import StaffUser
from reports.closing_sheet import ClosingSheet, build_closing_sheet
from services.agreements import bank_name

LIST_LIMIT = 1000


@dataclass(frozen=True)
class ChainStatus:
    intact: bool
    entries: int
    last_seq: int
    last_hash: str
    break_seq: int | None  # the first entry that does not fit
    break_entry_id: int | None
    problem: str | None  # hash_mismatch / link_broken / sequence_gap / head_mismatch


def check(db: Database) -> ChainStatus:
    with db.read() as uow:
        result = audit.check_chain(uow.session)
    found = result.first_break
    return ChainStatus(
        intact=found is None,
        entries=result.entries,
        last_seq=result.last_seq,
        last_hash=result.last_hash,
        break_seq=found.seq if found else None,
        break_entry_id=found.entry_id if found else None,
        problem=found.problem if found else None,
    )


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]
    hash: str


def entries(
    db: Database,
    user: StaffUser,
    *,
    since: date | None = None,
    customer_no: str | None = None,
    limit: int = LIST_LIMIT,
) -> list[AuditRow]:
    """Entries in chain order (the newest `limit` of them), from `since` on, of one customer (its own entries
    and those naming its number: agreements, receipts, imports). Details are as recorded: masked values only."""
    require(user, Action.AUDIT_READ)
    with db.read() as uow:
        s = uow.session
        query = select(AuditEntry)
        if since is not None:
            query = query.where(AuditEntry.at >= datetime.combine(since, time()))
        if customer_no is not None:
            number = customer_no.strip().upper()
            customer_id = s.scalar(select(Customer.id).where(Customer.customer_no == number))
            if customer_id is None:
                raise errors.unknown_customer(number)
            query = query.where(
                or_(
                    (AuditEntry.entity == "customer") & (AuditEntry.entity_id == str(customer_id)),
                    AuditEntry.details["customer_no"].as_string() == number,
                )
            )
        rows = s.scalars(query.order_by(AuditEntry.seq.desc()).limit(limit)).all()
        return [
            AuditRow(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, dict(e.details or {}), e.hash)
            for e in reversed(rows)
        ]


def closing_sheet(
    db: Database, user: StaffUser, day: date, *, now: datetime | None = None
) -> tuple[ClosingSheet, bytes]:
    """The day's figures and last chain hash, and the sheet as PDF. The chain is checked first: a sheet is never
    printed over a broken chain (`audit_chain_broken`). Printing is itself audited, after the hash it shows."""
    require(user, Action.CLOSING_SHEET)
    now = now or datetime.now()
    start = datetime.combine(day, time())
    end = start + timedelta(days=1)
    with db.read() as uow:  # the walk may take seconds: never under the write lock
        s = uow.session
        result = audit.check_chain(s)
        found = result.first_break
        if found is not None:
            raise RecordAltered("audit_chain_broken", seq=found.seq, problem=found.problem)
        day_filter = (AuditEntry.at >= start, AuditEntry.at < end)
        counts = s.execute(
            select(AuditEntry.action, func.count())
            .where(*day_filter)
            .group_by(AuditEntry.action)
            .order_by(func.count().desc(), AuditEntry.action)
        ).all()
        first_seq = s.scalar(select(func.min(AuditEntry.seq)).where(*day_filter))
        last_seq, last_hash = audit.last_link(s, until=end)
    sheet = ClosingSheet(
        day=day,
        branch_code=user.branch_code,
        branch_name=user.branch_name,
        counts=tuple((action, n) for action, n in counts),
        entries=sum(n for _, n in counts),
        first_seq=first_seq,
        last_seq=last_seq,
        last_hash=last_hash,
        printed_at=now.replace(microsecond=0),
        printed_by=user.login,
        printed_by_name=user.name,
    )
    pdf = build_closing_sheet(sheet, bank_name())
    with db.write() as uow:
        audit.record(
            uow.session,
            actor=user.login,
            staff_id=user.id,
            action="closing_sheet_printed",
            entity="audit_log",
            entity_id=day.isoformat(),
            details={
                "day": day.isoformat(),
                "last_seq": last_seq,
                "last_hash": last_hash,
                "entries": sheet.entries,
                "sha256": hashlib.sha256(pdf).hexdigest(),
            },  # fmt: skip
            at=now,
        )
        uow.commit()
    return sheet, pdf
