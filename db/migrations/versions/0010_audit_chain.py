"""audit chain: each audit entry holds the hash of the one before; the archive's hashes join the chain

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

The audit log becomes append-only and hash-chained (db/audit.py): `seq`, `prev_hash`, `hash` on every entry and
the one-row `audit_chain_head` that serialises appends. Existing entries are chained in id order; the first
entry's `prev_hash` is the genesis hash, 64 zeros (`db.audit.GENESIS_HASH`). Then every archived agreement and
receipt whose PDF hashes are not yet in an entry of the chain (databases from before the archive recorded them)
gets one `archive_recorded` entry (actor `migration:0010`) with the hashes the archive holds at this moment, so
`agreement verify` can check files against the chain from now on.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

from db.audit import GENESIS_HASH, entry_hash, normalise_details

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = 2000
ACTOR = "migration:0010"

_audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("seq", sa.BigInteger()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
    sa.column("at", sa.DateTime()),
    sa.column("staff_id", sa.Integer()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("details", sa.JSON()),
)
_agreements = sa.table(
    "agreements", sa.column("number", sa.String()), sa.column("sha256", sa.String()),
    sa.column("copy_hashes", sa.JSON()),
)  # fmt: skip
_receipts = sa.table(
    "receipts", sa.column("number", sa.String()), sa.column("sha256", sa.String()),
    sa.column("bank_sha256", sa.String()),
)  # fmt: skip


def _fields(row, seq: int, prev: str) -> dict:
    return {
        "seq": seq,
        "prev_hash": prev,
        "at": row.at,
        "staff_id": row.staff_id,
        "actor": row.actor,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "details": normalise_details(row.details),
    }


def _chain_existing(conn) -> tuple[int, str, set[tuple[str, str, str]]]:
    """Chain the entries in id order; return the last (seq, hash) and the document hashes already recorded."""
    seq, prev, last_id = 0, GENESIS_HASH, 0
    recorded: set[tuple[str, str, str]] = set()
    while True:
        rows = conn.execute(
            sa.select(_audit).where(_audit.c.id > last_id).order_by(_audit.c.id).limit(BATCH)
        ).all()
        if not rows:
            return seq, prev, recorded
        updates = []
        for row in rows:
            seq += 1
            fields = _fields(row, seq, prev)
            prev = entry_hash(**fields)
            updates.append({"row_id": row.id, "seq": seq, "prev_hash": fields["prev_hash"], "hash": prev,
                            "details": fields["details"]})  # fmt: skip
            if row.entity in ("agreement", "receipt"):
                for key in ("sha256", "bank_sha256"):
                    value = fields["details"].get(key)
                    if isinstance(value, str) and value:
                        recorded.add((row.entity, row.entity_id, value))
        conn.execute(
            _audit.update()
            .where(_audit.c.id == sa.bindparam("row_id"))
            .values(
                seq=sa.bindparam("seq"),
                prev_hash=sa.bindparam("prev_hash"),
                hash=sa.bindparam("hash"),
                details=sa.bindparam("details"),
            ),
            updates,
        )
        last_id = rows[-1].id


def _archive_entries(conn, recorded) -> list[tuple[str, str, dict]]:
    entries = []
    for number, sha, copies in conn.execute(sa.select(_agreements).order_by(_agreements.c.number)):
        details = {}
        if sha and ("agreement", number, sha) not in recorded:
            details["sha256"] = sha
        missing = [h for h in (copies or []) if ("agreement", number, h) not in recorded]
        if missing:
            details["copy_sha256"] = missing
        if details:
            entries.append(("agreement", number, details))
    for number, sha, bank_sha in conn.execute(sa.select(_receipts).order_by(_receipts.c.number)):
        details = {}
        if sha and ("receipt", number, sha) not in recorded:
            details["sha256"] = sha
        if bank_sha and ("receipt", number, bank_sha) not in recorded:
            details["bank_sha256"] = bank_sha
        if details:
            entries.append(("receipt", number, details))
    return entries


def upgrade() -> None:
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))

    conn = op.get_bind()
    seq, prev, recorded = _chain_existing(conn)
    now = datetime.now().replace(microsecond=0)
    for entity, entity_id, details in _archive_entries(conn, recorded):
        seq += 1
        fields = {"seq": seq, "prev_hash": prev, "at": now, "staff_id": None, "actor": ACTOR,
                  "action": "archive_recorded", "entity": entity, "entity_id": entity_id, "details": details}  # fmt: skip
        prev = entry_hash(**fields)
        conn.execute(_audit.insert().values(**fields, hash=prev))
    conn.execute(sa.table("audit_chain_head", sa.column("id"), sa.column("seq"), sa.column("hash")).insert()
                 .values(id=1, seq=seq, hash=prev))  # fmt: skip

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_seq"), ["seq"])


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
    op.drop_table("audit_chain_head")
