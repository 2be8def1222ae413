"""search indexes: customer names, the mobile's last 4 digits (a generated column), a manager's book, "C" keys

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

The customer search (services/customer_search.py) compares prefixes as ranges in code-point order. SQLite's
BINARY collation is that order, so its plain indexes serve; PostgreSQL gets a "C"-collated index per searched key,
because the database's own collation (en_US.UTF-8, zh_CN.UTF-8 ...) orders differently and LIKE/ranges under it
cannot use a plain index.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PHONE_TAIL = "substr(phone, length(phone) - 3)"
C_COLLATED = (  # (table, key, the customer id column): the id makes "ORDER BY key, id LIMIT n" index-ordered
    ("customers", "name", "id"),
    ("customers", "name_pinyin", "id"),
    ("customers", "name_initials", "id"),
    ("customers", "phone", "id"),
    ("customers", "customer_no", "id"),
    ("id_documents", "id_number", "customer_id"),
    ("holdings", "account_no", "customer_id"),
)


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_name", ["name"], unique=False)
        batch_op.create_index("ix_customers_manager_customer_no", ["manager_id", "customer_no"], unique=False)
    # A generated column, not an expression index: batch migrations on SQLite reflect and rebuild tables, and
    # reflection skips (and a rebuild would drop) expression indexes. SQLite adds it VIRTUAL, PostgreSQL STORED.
    stored = op.get_bind().dialect.name == "postgresql"  # SQLite cannot add a STORED column to a table
    op.add_column(
        "customers",
        sa.Column(
            "phone_tail", sa.String(length=4), sa.Computed(PHONE_TAIL, persisted=stored), nullable=True
        ),
    )
    op.create_index("ix_customers_phone_tail", "customers", ["phone_tail"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for table, column, owner in C_COLLATED:
            op.create_index(
                f"ix_{table}_{column}_c", table, [sa.text(f'{column} COLLATE "C"'), owner], unique=False
            )
        op.execute("ANALYZE customers, id_documents, holdings")  # statistics of the new expression indexes


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column, _owner in C_COLLATED:
            op.drop_index(f"ix_{table}_{column}_c", table_name=table)
    op.drop_index("ix_customers_phone_tail", table_name="customers")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_column("phone_tail")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_manager_customer_no")
        batch_op.drop_index("ix_customers_name")
