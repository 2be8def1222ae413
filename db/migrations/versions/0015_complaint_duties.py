"""complaint duties: major complaints reported upward, repeat complaints linked, the daily checks

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-08

The seed regulation's duties beside the case (DOMAIN §7.7): a major complaint's report upward (who, when, to whom,
what, against which limit) is a row of `complaint_major_reports`; a repeat complaint points at the earlier case
(`complaints.repeat_of_id`); the outlet's daily check of the opinion book and the online channels is a row of
`complaint_daily_checks`, one per branch, day and kind.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.add_column(sa.Column("repeat_of_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_complaints_repeat_of_id_complaints"), "complaints", ["repeat_of_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_complaints_repeat_of_id"), ["repeat_of_id"], unique=False)
    op.create_table(
        "complaint_major_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("reported_to", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("reported_by_id", sa.Integer(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_major_reports_complaint_id_complaints"),
        ),
        sa.ForeignKeyConstraint(
            ["reported_by_id"], ["staff.id"], name=op.f("fk_complaint_major_reports_reported_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_major_reports")),
    )
    op.create_index(
        op.f("ix_complaint_major_reports_complaint_id"),
        "complaint_major_reports",
        ["complaint_id"],
        unique=False,
    )
    op.create_table(
        "complaint_daily_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("check_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("checked", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("checked_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_complaint_daily_checks_branch_id_branches")
        ),
        sa.ForeignKeyConstraint(
            ["checked_by_id"], ["staff.id"], name=op.f("fk_complaint_daily_checks_checked_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_daily_checks")),
        sa.UniqueConstraint(
            "branch_id", "check_date", "kind", name=op.f("uq_complaint_daily_checks_branch_id")
        ),
    )
    op.create_index(
        op.f("ix_complaint_daily_checks_check_date"), "complaint_daily_checks", ["check_date"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_daily_checks_check_date"), table_name="complaint_daily_checks")
    op.drop_table("complaint_daily_checks")
    op.drop_index(op.f("ix_complaint_major_reports_complaint_id"), table_name="complaint_major_reports")
    op.drop_table("complaint_major_reports")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_repeat_of_id"))
        batch_op.drop_constraint(batch_op.f("fk_complaints_repeat_of_id_complaints"), type_="foreignkey")
        batch_op.drop_column("repeat_of_id")
