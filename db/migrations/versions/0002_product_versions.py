"""product versions: the catalogue's history and maker-checker changes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Every existing product gets one history row: its current entry, approved and applied, numbered with the
product's current version (the number agreements record as `product_version`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    versions = op.create_table(
        "product_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("spec", sa.JSON(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("maker_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=40), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("checker_id", sa.Integer(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["checker_id"], ["staff.id"], name=op.f("fk_product_versions_checker_id_staff")
        ),
        sa.ForeignKeyConstraint(["maker_id"], ["staff.id"], name=op.f("fk_product_versions_maker_id_staff")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_product_versions_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_versions")),
        sa.UniqueConstraint("product_id", "version", name="uq_product_versions_product_version"),
    )
    with op.batch_alter_table("product_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_versions_product_id"), ["product_id"], unique=False)
        batch_op.create_index("ix_product_versions_status", ["status"], unique=False)

    # Data: the entry each product carries now becomes its first history row.
    products = sa.table(
        "products",
        sa.column("id", sa.Integer()),
        sa.column("version", sa.Integer()),
        sa.column("spec", sa.JSON()),
        sa.column("updated_at", sa.DateTime()),
    )
    rows = op.get_bind().execute(sa.select(products).order_by(products.c.id)).all()
    if rows:
        op.bulk_insert(
            versions,
            [
                {
                    "product_id": row.id,
                    "version": row.version,
                    "base_version": None,
                    "spec": row.spec,
                    "changes": [],
                    "status": "approved",
                    "effective_from": row.updated_at.date(),
                    "maker_id": None,
                    "actor": "migration",
                    "made_at": row.updated_at,
                    "note": "",
                    "checker_id": None,
                    "checked_at": None,
                    "decision_note": "",
                    "applied_at": row.updated_at,
                }
                for row in rows
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("product_versions", schema=None) as batch_op:
        batch_op.drop_index("ix_product_versions_status")
        batch_op.drop_index(batch_op.f("ix_product_versions_product_id"))

    op.drop_table("product_versions")
