"""complaint flow: complainant, registrar, major reasons, deadline days, step times, result report fields

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Existing complaints keep their rows: new text columns start empty, major_reasons as an empty list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TEXT = ("findings", "disposition", "corrective_measures", "withdrawal_reason")


def upgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("complainant_name", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("complainant_phone", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("registered_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("major_reasons", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("day_zero", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("warn_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("assigned_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("replied_at", sa.DateTime(), nullable=True))
        for name in _TEXT:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
        batch_op.create_foreign_key(
            batch_op.f("fk_complaints_registered_by_id_staff"), "staff", ["registered_by_id"], ["id"]
        )
        batch_op.create_index("ix_complaints_status_deadline", ["status", "deadline"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index("ix_complaints_status_deadline")
        batch_op.drop_constraint(batch_op.f("fk_complaints_registered_by_id_staff"), type_="foreignkey")
        for name in reversed(_TEXT):
            batch_op.drop_column(name)
        for name in (
            "replied_at",
            "assigned_at",
            "warn_from",
            "day_zero",
            "major_reasons",
            "registered_by_id",
        ):
            batch_op.drop_column(name)
        for name in ("complainant_phone", "complainant_name"):
            batch_op.drop_column(name)
