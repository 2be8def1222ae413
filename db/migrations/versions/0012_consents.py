"""consents: a customer's separate consents (PIPL), each with its date, channel, evidence and withdrawal

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

Consents were tags (`consent:<purpose>`) with no date or evidence, and agreements printed "甲方已就此单独同意"
whether or not one was on file. Now each consent is a row; a sale that shares the customer's data with an issuer
needs one on the day, and the agreement prints its date. The tags are moved into rows (channel `legacy`).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _fk(column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_consents_{column}_{target}"))


def upgrade() -> None:
    consents = op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("evidence", sa.String(length=200), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_by_id", sa.Integer(), nullable=True),
        _fk("customer_id", "customers"),
        _fk("recorded_by_id", "staff"),
        _fk("withdrawn_by_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index("ix_consents_customer_purpose", "consents", ["customer_id", "purpose"])
    _move_tags(consents)


def _move_tags(consents: sa.Table) -> None:
    conn = op.get_bind()
    customers = sa.table("customers", sa.column("id"), sa.column("tags"), sa.column("updated_at"))
    now = datetime.now()
    for cid, tags, updated in conn.execute(
        sa.select(customers.c.id, customers.c.tags, customers.c.updated_at)
    ):
        tags = tags if isinstance(tags, list) else []
        purposes = [t[len("consent:") :] for t in tags if isinstance(t, str) and t.startswith("consent:")]
        if not purposes:
            continue
        given = (updated or now).date()
        op.bulk_insert(consents, [
            {"customer_id": cid, "purpose": p, "given_on": given, "channel": "legacy",
             "evidence": "customer tag before 0012", "recorded_by_id": None, "recorded_at": now}
            for p in purposes
        ])  # fmt: skip
        kept = [t for t in tags if not (isinstance(t, str) and t.startswith("consent:"))]
        conn.execute(sa.update(customers).where(customers.c.id == cid).values(tags=kept))


def downgrade() -> None:
    op.drop_index("ix_consents_customer_purpose", table_name="consents")
    op.drop_table("consents")
