"""recommendation outcomes: the customer's answer to each recommended product

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recommendation_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("decline_reason", sa.String(length=30), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("rule_version", sa.String(length=80), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_recommendation_outcomes_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_recommendation_outcomes_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_recommendation_outcomes_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_recommendation_outcomes_task_id_tasks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_outcomes")),
    )
    with op.batch_alter_table("recommendation_outcomes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_outcomes_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_outcomes_product_id"), ["product_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_recommendation_outcomes_staff_id"), ["staff_id"], unique=False)
        batch_op.create_index("ix_recommendation_outcomes_recorded_at", ["recorded_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("recommendation_outcomes", schema=None) as batch_op:
        batch_op.drop_index("ix_recommendation_outcomes_recorded_at")
        batch_op.drop_index(batch_op.f("ix_recommendation_outcomes_staff_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_outcomes_product_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_outcomes_customer_id"))

    op.drop_table("recommendation_outcomes")
