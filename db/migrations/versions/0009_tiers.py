"""tiers: the month-end tier job's changes, manual overrides, and the month ends it ran for

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

Tiers were set only by edits, imports and the demo. The job (services/tiers.py) applies DOMAIN §3 at each month
end and records every change with the measure it was decided on; a supervisor's override holds a tier until it
expires.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "tier_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("old_tier", sa.String(length=2), nullable=False),
        sa.Column("new_tier", sa.String(length=2), nullable=False),
        sa.Column("old_star", sa.Integer(), nullable=False),
        sa.Column("new_star", sa.Integer(), nullable=False),
        sa.Column("measure", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("tier_changes", "customer_id", "customers"),
        _fk("tier_changes", "staff_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_changes")),
    )
    op.create_index("ix_tier_changes_customer_as_of", "tier_changes", ["customer_id", "as_of"])
    op.create_index(op.f("ix_tier_changes_as_of"), "tier_changes", ["as_of"])
    op.create_table(
        "tier_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=2), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        _fk("tier_overrides", "customer_id", "customers"),
        _fk("tier_overrides", "set_by_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_overrides")),
    )
    op.create_index(op.f("ix_tier_overrides_customer_id"), "tier_overrides", ["customer_id"])
    op.create_table(
        "tier_runs",
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.Column("upgrades", sa.Integer(), nullable=False),
        sa.Column("downgrades", sa.Integer(), nullable=False),
        sa.Column("overrides_expired", sa.Integer(), nullable=False),
        sa.Column("stars_changed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("as_of", name=op.f("pk_tier_runs")),
    )


def downgrade() -> None:
    op.drop_table("tier_runs")
    op.drop_index(op.f("ix_tier_overrides_customer_id"), table_name="tier_overrides")
    op.drop_table("tier_overrides")
    op.drop_index(op.f("ix_tier_changes_as_of"), table_name="tier_changes")
    op.drop_index("ix_tier_changes_customer_as_of", table_name="tier_changes")
    op.drop_table("tier_changes")
