"""staff identity: the staff member's own identity number, to refuse self-dealing on their own customer record

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08

DOMAIN §1 `sod_no_self_dealing`: staff never transact on their own accounts (自办业务). A staff member whose
identity number is on a customer's record may not edit it, issue agreements or receipts for it, review its
agreements or approve requests about it. Empty for staff recorded before: nothing to compare.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("id_number", sa.String(length=40), nullable=False, server_default=""))


def downgrade() -> None:
    # In place (SQLite 3.35+ drops a plain column): copying the table would drop `staff`, which every record refers to.
    with op.batch_alter_table("staff", recreate="never") as batch:
        batch.drop_column("id_number")
