"""approvals: a second person's decision, stored as a request; the branch's idle-lock ceiling

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

A void, an agreement reprint, a catalogue change, a book reassignment and an unlock took effect at once, with the
approver's login typed by the requester. Now the request is stored as pending and takes effect only when an
approver, signed in as themselves and not the requester, approves it (services/approvals.py). The branch's
administrator sets the longest idle time before a station locks; a user may only choose a shorter one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _fk(column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["staff.id"], name=op.f(f"fk_approvals_{column}_staff"))


def upgrade() -> None:
    op.create_table(
        "approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.String(length=60), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_reason", sa.String(length=200), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        _fk("requested_by_id"),
        _fk("decided_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approvals")),
    )
    op.create_index("ix_approvals_status_kind", "approvals", ["status", "kind"])
    op.create_index("ix_approvals_kind_subject", "approvals", ["kind", "subject"])
    # Plain ADD COLUMN (SQLite and PostgreSQL): a batch rebuild would drop `branches` under its foreign keys.
    op.add_column(
        "branches",
        sa.Column("idle_lock_max_minutes", sa.Integer(), nullable=False, server_default=sa.text("10")),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE branches DROP COLUMN idle_lock_max_minutes")
    op.drop_index("ix_approvals_kind_subject", table_name="approvals")
    op.drop_index("ix_approvals_status_kind", table_name="approvals")
    op.drop_table("approvals")
