"""performance figures: daily positions, month-end customer positions, tier transitions, sales plans

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

Branch figures (DOMAIN §9) need the past: deposits at the start of the year and a year ago, daily averages, tier
moves between month ends. The live tables only hold today, so a daily job (services/positions.py) keeps
small aggregates per day and each customer's tier at month ends. Indexes serve the period filters of the
figures (new customers, referrals, receipts). Existing databases start with no history: the job fills it from
the day it first runs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "daily_positions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("tier", sa.String(length=2), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.Column("aum", sa.BigInteger(), nullable=False),
        sa.Column("deposits", sa.BigInteger(), nullable=False),
        sa.Column("holdings", sa.Integer(), nullable=False),
        sa.Column("families", sa.Integer(), nullable=False),
        sa.Column("contact_due", sa.Integer(), nullable=False),
        sa.Column("contacted", sa.Integer(), nullable=False),
        _fk("daily_positions", "branch_id", "branches"),
        _fk("daily_positions", "manager_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daily_positions")),
    )
    op.create_index("ix_daily_positions_day_manager", "daily_positions", ["day", "manager_id"])
    op.create_table(
        "customer_month_ends",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month_end", sa.Date(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("tier", sa.String(length=2), nullable=False),
        sa.Column("aum", sa.BigInteger(), nullable=False),
        _fk("customer_month_ends", "customer_id", "customers"),
        _fk("customer_month_ends", "branch_id", "branches"),
        _fk("customer_month_ends", "manager_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_month_ends")),
        sa.UniqueConstraint("month_end", "customer_id", name="uq_customer_month_ends_month_customer"),
    )
    op.create_index(
        "ix_customer_month_ends_month_manager_tier",
        "customer_month_ends",
        ["month_end", "manager_id", "tier"],
    )
    op.create_table(
        "tier_transitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month_end", sa.Date(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("from_tier", sa.String(length=2), nullable=False),
        sa.Column("to_tier", sa.String(length=2), nullable=False),
        sa.Column("left_book", sa.Boolean(), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        _fk("tier_transitions", "branch_id", "branches"),
        _fk("tier_transitions", "manager_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_transitions")),
    )
    op.create_index("ix_tier_transitions_month_manager", "tier_transitions", ["month_end", "manager_id"])
    op.create_table(
        "sales_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("metric", sa.String(length=30), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("target", sa.String(length=32), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        _fk("sales_plans", "branch_id", "branches"),
        _fk("sales_plans", "staff_id", "staff"),
        _fk("sales_plans", "set_by_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_plans")),
    )
    op.create_index("ix_sales_plans_branch_first", "sales_plans", ["branch_id", "first_day"])
    op.create_index("ix_customers_created_at", "customers", ["created_at"])
    op.create_index("ix_tasks_kind_created_at", "tasks", ["kind", "created_at"])
    op.create_index("ix_tasks_status_due_on", "tasks", ["status", "due_on"])
    op.create_index("ix_receipts_operator_issued_at", "receipts", ["operator_id", "issued_at"])
    op.create_index("ix_receipts_issued_at", "receipts", ["issued_at"])


def downgrade() -> None:
    op.drop_index("ix_receipts_issued_at", table_name="receipts")
    op.drop_index("ix_receipts_operator_issued_at", table_name="receipts")
    op.drop_index("ix_tasks_status_due_on", table_name="tasks")
    op.drop_index("ix_tasks_kind_created_at", table_name="tasks")
    op.drop_index("ix_customers_created_at", table_name="customers")
    op.drop_table("sales_plans")
    op.drop_table("tier_transitions")
    op.drop_table("customer_month_ends")
    op.drop_table("daily_positions")
