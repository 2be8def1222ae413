"""customer positions: each customer's standing at the daily job's last run, and unfinished job runs

Revision ID: 0016
Revises: 0013
Create Date: 2026-12-08

The daily positions job (services/positions.py) kept only sums per manager and tier, so opening a figure to its
customers (the book, contact due) summed a million customers' holdings again to list the largest first: seconds.
Now the job stores each customer's line (`customer_positions`, one row per customer, rewritten where it changed,
in short transactions so that other stations never wait long for SQLite's writer lock), the day's sums
are taken from those lines, and a drill-down reads one page of them by index. `unfinished_runs` marks a month end
whose chunked recording has started and not finished: the next run completes it. A month end's row keeps the
customer's tier at the month end before (`previous_tier`), so a tier move's customers are read by index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "customer_positions",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("tier", sa.String(length=2), nullable=False),
        sa.Column("aum", sa.BigInteger(), nullable=False),
        sa.Column("deposits", sa.BigInteger(), nullable=False),
        sa.Column("holdings", sa.Integer(), nullable=False),
        sa.Column("families", sa.Integer(), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("contacted", sa.Boolean(), nullable=False),
        _fk("customer_positions", "customer_id", "customers"),
        _fk("customer_positions", "branch_id", "branches"),
        _fk("customer_positions", "manager_id", "staff"),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_positions")),
    )
    # A drill-down's page: the branch's (or one tier's) largest AUM first, by index; contact due likewise.
    op.create_index(
        "ix_customer_positions_branch_aum", "customer_positions", ["branch_id", "aum", "customer_id"]
    )
    op.create_index(
        "ix_customer_positions_branch_tier_aum",
        "customer_positions",
        ["branch_id", "tier", "aum", "customer_id"],
    )
    op.add_column("customer_month_ends", sa.Column("previous_tier", sa.String(length=2), nullable=True))
    op.create_index(
        "ix_customer_month_ends_move", "customer_month_ends", ["month_end", "previous_tier", "tier", "aum"]
    )
    op.create_table(
        "unfinished_runs",
        sa.Column("job", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("job", "day", name=op.f("pk_unfinished_runs")),
    )


def downgrade() -> None:
    op.drop_table("unfinished_runs")
    op.drop_index("ix_customer_month_ends_move", table_name="customer_month_ends")
    with op.batch_alter_table("customer_month_ends") as batch_op:
        batch_op.drop_column("previous_tier")
    op.drop_index("ix_customer_positions_branch_tier_aum", table_name="customer_positions")
    op.drop_index("ix_customer_positions_branch_aum", table_name="customer_positions")
    op.drop_table("customer_positions")
