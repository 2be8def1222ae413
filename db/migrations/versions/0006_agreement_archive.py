"""agreement archive: issue data and content hash, station, void maker-checker, signed scan, copy hashes;
receipt copies

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

An agreement keeps, beside its PDF bytes and their SHA-256, the document data it was rendered from (with the
template text as used) and the SHA-256 of that data (the hash printed in its QR code), so a reprint marked 副本
or 作废 shows exactly what was signed. A receipt keeps the bank copy beside the customer copy.
Existing rows: empty texts, no data, no scan, no copies.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        # Template versions are up to 40 characters (domain/documents.py): wealth_subscription_v2026_1 is 27.
        batch_op.alter_column(
            "template_version",
            existing_type=sa.String(length=20),
            type_=sa.String(length=40),
            existing_nullable=False,
        )
        batch_op.add_column(
            sa.Column("content_sha256", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("document", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("station", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("rule_version", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("copy_hashes", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("void_requested_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("voided_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("signed_scan_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("signed_scan_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("signed_scan_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_agreements_void_requested_by_id_staff"), "staff", ["void_requested_by_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_agreements_signed_scan_by_id_staff"), "staff", ["signed_scan_by_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_agreements_issued_at"), ["issued_at"], unique=False)
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("template_version", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("paper", sa.String(length=10), nullable=False, server_default="A4"))
        batch_op.add_column(sa.Column("document", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("bank_pdf", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("bank_sha256", sa.String(length=64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        for name in ("bank_sha256", "bank_pdf", "document", "paper", "template_version"):
            batch_op.drop_column(name)
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_issued_at"))
        batch_op.drop_constraint(batch_op.f("fk_agreements_signed_scan_by_id_staff"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_agreements_void_requested_by_id_staff"), type_="foreignkey")
        batch_op.alter_column(
            "template_version",
            existing_type=sa.String(length=40),
            type_=sa.String(length=20),
            existing_nullable=False,
        )
        for name in (
            "signed_scan_by_id",
            "signed_scan_at",
            "signed_scan_sha256",
            "voided_at",
            "void_requested_by_id",
            "copy_hashes",
            "rule_version",
            "station",
            "document",
            "content_sha256",
        ):
            batch_op.drop_column(name)
