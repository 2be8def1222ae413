"""The hash-chained audit log (db/audit.py, migration 0010) on SQLite and PostgreSQL: every change to the record is
found and named, stations appending at once never fork the chain, and older databases are chained on upgrade."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import select, text

from db import audit, schema
from db.models import AuditEntry
from db.session import Database
from tests.db.test_concurrency import STATIONS, _run_stations

# Raw SQL rewrites and migrations: the schema owner's work (a station role may not, see test_station_role.py).
pytestmark = pytest.mark.owner

AT = datetime(2026, 11, 23, 9, 30, 15, 123456)


def _append(db: Database, count: int, **details) -> None:
    with db.write() as uow:
        for i in range(count):
            audit.record(
                uow.session, actor="teller1", action="customer_updated", entity="customer", entity_id=i,
                details={"n": i, "changes": [{"field": "address", "old": "上海", "new": "北京"}], **details}, at=AT,
            )  # fmt: skip
        uow.commit()


def _check(db: Database) -> audit.ChainCheck:
    with db.read() as uow:
        return audit.check_chain(uow.session)


def _sql(db: Database, statement: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_entries_chain_from_the_genesis_and_the_chain_checks(db):
    assert _check(db) == audit.ChainCheck(0, 0, audit.GENESIS_HASH, None)
    _append(db, 3)
    _append(db, 2)
    with db.read() as uow:
        entries = [
            (e.seq, e.prev_hash, e.hash)
            for e in uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]
    assert [seq for seq, _, _ in entries] == [1, 2, 3, 4, 5]
    assert entries[0][1] == audit.GENESIS_HASH
    assert all(b[1] == a[2] for a, b in zip(entries, entries[1:], strict=False))
    check = _check(db)
    assert check.intact and check.entries == 5 and check.last_hash == entries[-1][2]


def test_a_rolled_back_append_leaves_no_hole(db):
    _append(db, 1)
    with db.write() as uow:
        audit.record(uow.session, actor="x", action="y", entity="z")
        # leaving without commit rolls back, the head with it
    _append(db, 1)
    assert _check(db).intact and _check(db).last_seq == 2


@pytest.mark.parametrize(
    ("attack", "problem", "seq"),
    [
        ("UPDATE audit_log SET actor = 'nobody' WHERE seq = 3", "hash_mismatch", 3),
        ("UPDATE audit_log SET at = '2026-11-24 09:00:00' WHERE seq = 2", "hash_mismatch", 2),
        ("DELETE FROM audit_log WHERE seq = 3", "sequence_gap", 4),
        ("UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3", "sequence_gap", 103),
        ("DELETE FROM audit_log WHERE seq >= 4", "head_mismatch", 5),
        ("UPDATE audit_log SET prev_hash = hash WHERE seq = 4", "link_broken", 4),
    ],
)
def test_every_change_to_the_record_names_the_first_entry_that_does_not_fit(db, attack, problem, seq):
    _append(db, 5)
    _sql(db, attack)
    found = _check(db).first_break
    assert found is not None and (found.problem, found.seq) == (problem, seq)


def test_an_entry_rewritten_with_a_recomputed_hash_breaks_the_link_of_the_next(db):
    _append(db, 4)
    with db.write() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.seq == 2)).one()
        entry.details = {"n": 99}
        entry.hash = audit.hash_of(entry)
        uow.commit()
    found = _check(db).first_break
    assert (found.problem, found.seq) == ("link_broken", 3)


def _append_many(url: str, count: int) -> int:
    db = Database(url)
    try:
        for i in range(count):
            with db.write() as uow:
                audit.record(uow.session, actor="station", action="test_append", entity="test", entity_id=i)
                uow.commit()
    finally:
        db.dispose()
    return count


def test_stations_appending_at_once_never_fork_the_chain(db, db_url):
    _run_stations(_append_many, db_url, 15)
    check = _check(db)
    assert check.intact and check.entries == STATIONS * 15


def test_the_migration_chains_existing_entries_in_id_order(db):
    """A database from before 0010: entries without hashes are chained in id order."""
    with db.engine.begin() as conn:
        command.downgrade(schema._config(conn), "0009")
    try:
        with db.engine.begin() as conn:
            for i, (action, entity, entity_id, details) in enumerate(
                [
                    ("customer_updated", "customer", "1", '{"b": 1, "a": [1, 2]}'),
                    ("agreement_issued", "agreement", "0001-2026-000001", '{"sha256": "' + "a" * 64 + '"}'),
                    (
                        "receipt_issued",
                        "receipt",
                        "0001-T1-20261123-000001",
                        '{"sha256": "' + "c" * 64 + '"}',
                    ),
                ]
            ):
                conn.execute(
                    text("INSERT INTO audit_log (at, actor, action, entity, entity_id, details) "
                         "VALUES (:at, 'old', :action, :entity, :entity_id, :details)"),
                    {"at": datetime(2026, 1, 1, 9, i), "action": action, "entity": entity,
                     "entity_id": entity_id, "details": details},
                )  # fmt: skip
        with db.engine.begin() as conn:
            command.upgrade(schema._config(conn), "head")
    finally:
        schema.upgrade(db)
    with db.read() as uow:
        entries = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert [(e.seq, e.action) for e in entries] == [
            (1, "customer_updated"),
            (2, "agreement_issued"),
            (3, "receipt_issued"),
        ]
        assert entries[0].prev_hash == audit.GENESIS_HASH
    assert _check(db).intact
    _append(db, 1)
    assert _check(db).intact and _check(db).last_seq == 4
