"""agreement life: the second person's review (复核), the reviewed copy as a version of its own, cooling-off

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

An agreement was effective as soon as it was issued and printed 复核人 blank. Now it waits for a second person's
review: reviewed (effective, and its cooling-off window starts) or returned with a reason. The reviewed copy, with
the reviewer's name, is stored as a new archived version linked to the original (`agreement_versions`, written
once): the original's bytes stay as the customer signed them, and both hashes are in the audit chain. A
cancellation within the cooling-off window keeps its form and refund record (`agreement_cancellations`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_STAFF_COLUMNS = ("reviewed_by_id", "returned_by_id")


def upgrade() -> None:
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        for name in _STAFF_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))
            batch_op.create_foreign_key(batch_op.f(f"fk_agreements_{name}_staff"), "staff", [name], ["id"])
        batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("returned_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("return_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("cooling_off_ends_at", sa.DateTime(), nullable=True))
    op.create_table(
        "agreement_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("supersedes_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreements.id"], name=op.f("fk_agreement_versions_agreement_id_agreements")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_agreement_versions_created_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_versions")),
        sa.UniqueConstraint("agreement_id", "kind", name=op.f("uq_agreement_versions_agreement_id")),
    )
    op.create_index(op.f("ix_agreement_versions_agreement_id"), "agreement_versions", ["agreement_id"])
    op.create_index(op.f("ix_agreement_versions_sha256"), "agreement_versions", ["sha256"])
    op.create_table(
        "agreement_cancellations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled_by_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("refund_amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("refund_account", sa.String(length=32), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_cancellations_agreement_id_agreements"),
        ),
        sa.ForeignKeyConstraint(
            ["cancelled_by_id"], ["staff.id"], name=op.f("fk_agreement_cancellations_cancelled_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_cancellations")),
        sa.UniqueConstraint("agreement_id", name=op.f("uq_agreement_cancellations_agreement_id")),
        sa.UniqueConstraint("number", name=op.f("uq_agreement_cancellations_number")),
    )


def downgrade() -> None:
    op.drop_table("agreement_cancellations")
    op.drop_index(op.f("ix_agreement_versions_sha256"), table_name="agreement_versions")
    op.drop_index(op.f("ix_agreement_versions_agreement_id"), table_name="agreement_versions")
    op.drop_table("agreement_versions")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        for name in _STAFF_COLUMNS:
            batch_op.drop_constraint(batch_op.f(f"fk_agreements_{name}_staff"), type_="foreignkey")
        for name in (*_STAFF_COLUMNS, "reviewed_at", "returned_at", "return_reason", "cooling_off_ends_at"):
            batch_op.drop_column(name)
