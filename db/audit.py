"""Audit trail: one row per action that changes data or reveals personal data, append-only and hash-chained.

Each entry carries its place in the chain (`seq`, 1, 2, 3 ... without gaps), the hash of the entry before
(`prev_hash`; the first entry's is `GENESIS_HASH`, 64 zeros) and its own `hash`: the SHA-256 (hex) of the
canonical serialisation of its fields (`canonical`: JSON with sorted keys, no spaces, UTF-8, `at` in ISO form with
microseconds) including `seq` and `prev_hash`. Changing, removing or inserting an entry anywhere breaks the link
to the next one; rewriting the whole tail changes the last hash, which the daily closing sheet (日终) keeps on paper.

Appends are serialised by the one-row table `audit_chain_head` (the last `seq` and `hash`): the first statement of
an append is `UPDATE audit_chain_head ... RETURNING`, which takes the row lock on PostgreSQL until the transaction
ends (a second station waits, then reads the new head); SQLite writers already hold the database's write lock
(BEGIN IMMEDIATE). So two stations can never chain onto the same entry.

The archive of issued documents is part of the chain: every PDF the bank hands out (an agreement's original and
its copies, a receipt's two copies and reprints) has its SHA-256 in the `details` of the entry that records it,
and `services.agreements.verify` checks a file against those entries, not against a column of the archive.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from db.models import AuditChainHead, AuditEntry

GENESIS_HASH = "0" * 64
HEAD_ID = 1


def normalise_details(details: dict[str, Any] | None) -> dict[str, Any]:
    """The details as the database gives them back (JSON round trip: tuples become lists, keys text)."""
    return json.loads(json.dumps(details or {}, ensure_ascii=False))


def canonical(
    *,
    seq: int,
    prev_hash: str,
    at: datetime,
    staff_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    details: dict[str, Any],
) -> bytes:
    """The bytes an entry's hash is taken over. Changing this format breaks every existing chain."""
    fields = {
        "seq": seq,
        "prev_hash": prev_hash,
        "at": at.isoformat(sep=" ", timespec="microseconds"),
        "staff_id": staff_id,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "details": details,
    }
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(**fields: Any) -> str:
    return hashlib.sha256(canonical(**fields)).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    """The hash an entry must carry, recomputed from its stored fields."""
    return entry_hash(
        seq=entry.seq,
        prev_hash=entry.prev_hash,
        at=entry.at,
        staff_id=entry.staff_id,
        actor=entry.actor,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        details=entry.details,
    )


def _take_head(session: Session) -> tuple[int, str]:
    """Lock the chain head (until the transaction ends) and return the last (seq, hash)."""
    bump = (
        update(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .values(seq=AuditChainHead.seq + 1)
        .returning(AuditChainHead.seq, AuditChainHead.hash)
    )
    row = session.execute(bump).one_or_none()
    if row is None:
        # A new (or emptied) database: start the head at the last entry, else at the genesis.
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        )
        seq, digest = last.one_or_none() or (0, GENESIS_HASH)
        values = {"id": HEAD_ID, "seq": seq, "hash": digest}
        if session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            session.execute(pg_insert(AuditChainHead).values(values).on_conflict_do_nothing())
        else:
            session.execute(insert(AuditChainHead).values(values).prefix_with("OR IGNORE"))
        row = session.execute(bump).one()
    return row.seq, row.hash


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
) -> AuditEntry:
    """Append one entry to the chain inside the caller's transaction (it rolls back with it)."""
    seq, prev_hash = _take_head(session)
    at = at or datetime.now()
    if at.tzinfo is not None:
        at = at.astimezone().replace(tzinfo=None)
    entry = AuditEntry(
        seq=seq,
        prev_hash=prev_hash,
        at=at,
        staff_id=staff_id,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        details=normalise_details(details),
    )
    entry.hash = hash_of(entry)
    session.add(entry)
    session.execute(update(AuditChainHead).where(AuditChainHead.id == HEAD_ID).values(hash=entry.hash))
    return entry


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
    """One chained entry per (entity_id, details) of a bulk action (an import's changed rows), in that order,
    written with one multi-row INSERT and one move of the chain head: 100,000 entries must not cost 100,000
    statements. The same rows, hashes included, as `record` would write one by one."""
    if not entries:
        return
    when = at or datetime.now()
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    session.flush()  # entries recorded before these keep their place in the trail
    seq, prev_hash = _take_head(session)
    rows = []
    for entity_id, details in entries:
        row = {
            "seq": seq,
            "prev_hash": prev_hash,
            "at": when,
            "staff_id": staff_id,
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": str(entity_id),
            "details": normalise_details(details),
        }
        row["hash"] = prev_hash = entry_hash(**row)
        rows.append(row)
        seq += 1
    session.execute(insert(AuditEntry), rows)
    session.execute(
        update(AuditChainHead).where(AuditChainHead.id == HEAD_ID).values(seq=seq - 1, hash=prev_hash)
    )


# ---------------------------------------------------------------------------------------------------------
# Checking the chain


@dataclass(frozen=True)
class ChainBreak:
    """The first entry that does not fit. `problem`: `hash_mismatch` (its fields were changed), `link_broken`
    (its prev_hash is not the hash of the entry before: one was changed, removed or inserted), `sequence_gap`
    (an entry is missing before it), `head_mismatch` (the head row names another last entry than the chain ends
    with: entries removed from the end, or the last one rewritten; `seq` is then the head's)."""

    seq: int
    entry_id: int | None
    problem: str


@dataclass(frozen=True)
class ChainCheck:
    entries: int  # how many were checked
    last_seq: int
    last_hash: str
    first_break: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


def _entries_from(session: Session, first_seq: int, batch: int = 2000) -> Iterator[AuditEntry]:
    """In order of `seq`, a batch at a time (keyset paging: no cursor stays open if the walk stops early)."""
    after = first_seq - 1
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(batch)
        ).all()
        for entry in rows:
            yield entry
            session.expunge(entry)  # the walk keeps only the last hash, not a million rows
        if len(rows) < batch:
            return
        after = rows[-1].seq


def check_chain(session: Session, *, from_seq: int = 1) -> ChainCheck:
    """Walk the chain from `from_seq` to its end (and the head row); name the first entry that does not fit.
    Starting later than 1 trusts the stored hash of the entry before `from_seq` as the link."""
    if from_seq > 1:
        prev = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == from_seq - 1))
        if prev is None:
            return ChainCheck(0, from_seq - 1, "", ChainBreak(from_seq - 1, None, "sequence_gap"))
    else:
        prev = GENESIS_HASH
    expected_seq, count = from_seq, 0
    for entry in _entries_from(session, from_seq):
        problem = None
        if entry.seq != expected_seq:
            problem = "sequence_gap"
        elif entry.prev_hash != prev:
            problem = "link_broken"
        elif hash_of(entry) != entry.hash:
            problem = "hash_mismatch"
        if problem:
            return ChainCheck(count, expected_seq - 1, prev, ChainBreak(entry.seq, entry.id, problem))
        prev, expected_seq, count = entry.hash, expected_seq + 1, count + 1
    last_seq = expected_seq - 1
    head = session.get(AuditChainHead, HEAD_ID)
    head_seq, head_hash = (head.seq, head.hash) if head is not None else (0, GENESIS_HASH)
    if (head_seq, head_hash) != (last_seq, prev):
        return ChainCheck(count, last_seq, prev, ChainBreak(head_seq, None, "head_mismatch"))
    return ChainCheck(count, last_seq, prev, None)


def last_link(session: Session, until: datetime | None = None) -> tuple[int, str]:
    """The last entry's (seq, hash), of the whole chain or of the entries before `until`; (0, genesis) if none."""
    query = select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    row = session.execute(query).one_or_none()
    return (row.seq, row.hash) if row else (0, GENESIS_HASH)
