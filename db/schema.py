"""Schema versions: upgrade an older database on start, refuse one written by a newer BranchDesk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from db import errors
from db.session import Database, translate_errors

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
# This version's newest migration (tests/db/test_schema.py checks it against the migrations): a database already
# there is recognised with one query, without loading Alembic (0.4 s of every command's start).
HEAD = "0016"


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: an empty database
    head: str
    known: bool  # False: written by a newer BranchDesk

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def state(db: Database) -> SchemaState:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    head = script.get_current_head()
    if head is None:  # a build without its migrations
        raise RuntimeError("no schema migrations found")
    with translate_errors(), db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is None and inspect(connection).has_table("customers"):
            raise errors.DatabaseNotInitialised("tables without a schema version")
    known = current is None or _is_known(script, current)
    return SchemaState(current=current, head=head, known=known)


def _is_known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown revision
        return False


def ensure_current(db: Database) -> None:
    """`upgrade`, with the common case (already at this version) answered by one query."""
    with translate_errors(), db.engine.connect() as connection:
        try:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:  # noqa: BLE001 - no version table yet: the full path says what to do
            current = None
    if current != HEAD:
        upgrade(db)


def upgrade(db: Database) -> SchemaState:
    """Bring the database to this version's schema; raises DatabaseTooNew without touching it."""
    from alembic import command

    before = state(db)
    if not before.known:
        raise errors.DatabaseTooNew(f"database revision {before.current} is unknown to this version")
    if not before.up_to_date:
        with translate_errors(), db.engine.begin() as connection:
            command.upgrade(_config(connection), "head")
    return state(db)


def require_current(db: Database) -> None:
    """For commands that must not migrate silently: the schema must be exactly this version's."""
    current = state(db)
    if not current.known:
        raise errors.DatabaseTooNew(f"database revision {current.current} is unknown to this version")
    if not current.up_to_date:
        raise errors.DatabaseNotInitialised(f"database at {current.current}, expected {current.head}")
