"""Alembic environment: always run through db.schema, which hands over an open connection."""

from __future__ import annotations

from alembic import context

from db.models import Base

config = context.config


def _render_plain_types(type_, obj, autogen_context):
    if type_ == "type" and type(obj).__module__ == "db.types":
        length = getattr(obj.impl, "length", None)
        return f"sa.{type(obj.impl).__name__}({f'length={length}' if length else ''})"
    return False


connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things in place
    compare_type=True,
    # Migrations are frozen history: they spell money and exact decimals as the plain column types.
    render_item=_render_plain_types,
)
with context.begin_transaction():
    context.run_migrations()
