"""Demo databases built once per test worker and copied into each test's own database.

`demo.generate` with a year of history takes seconds (the 2,000-customer demo well over ten on a busy machine), and
several test files start every test from the same demo. The `demo_copy` fixture (tests/conftest.py) builds each
demo once per worker and backend — in a SQLite file of its own or a PostgreSQL schema of its own — and copies it
into the empty database of the test: the SQLite backup API for a file, INSERT ... SELECT table by table plus the
sequence positions for a schema. The test gets exactly the rows, ids and sequences `demo.generate` would have
written (it is deterministic for its arguments), and the `DemoSummary` it returned. Tests that are about
`demo.generate` itself (refusals, same seed -> same rows, ids after the demo) still call it directly.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, text

import demo
from db.models import Base
from db.session import Database
from demo.builder import DemoSummary


class DemoCache:
    def __init__(
        self,
        folder: Path,
        sqlite_template: Callable[[], Path],
        pg_schema: Callable[[str], object],
        pg_admin: Callable[[], Engine],
    ) -> None:
        self._folder = folder
        self._sqlite_template = sqlite_template
        self._pg_schema = pg_schema  # suffix -> PgSchema (name, url, drop())
        self._pg_admin = pg_admin  # the server's owner: the test may connect as the stations' role
        self._built: dict[tuple, tuple[str, DemoSummary]] = {}  # key -> (template location, summary)
        self._schemas: list = []

    def load(self, db: Database, customers: int, seed: int, today: date | None = None) -> DemoSummary:
        """Fill the empty database `db` as `demo.generate(db, customers, seed, today)` would."""
        backend = "sqlite" if db.is_sqlite else "postgresql"
        key = (backend, customers, seed, today or date.today())
        if key not in self._built:
            self._built[key] = self._build(backend, len(self._built), customers, seed, today)
        source, summary = self._built[key]
        if not demo.is_empty(db):
            raise AssertionError("demo_copy fills an empty database only")
        if db.is_sqlite:
            _copy_sqlite(source, db)
        else:
            _copy_schema(source, db, self._pg_admin())
        return summary

    def _build(self, backend: str, number: int, customers: int, seed: int, today: date | None):
        if backend == "sqlite":
            path = self._folder / f"demo-{number}.db"
            shutil.copyfile(self._sqlite_template(), path)
            source, url = str(path), f"sqlite:///{path}"
        else:
            pg = self._pg_schema(f"_demo{number}")
            self._schemas.append(pg)
            source, url = pg.name, pg.url
        built = Database(url)
        try:
            if backend == "postgresql":
                from db import schema

                schema.upgrade(built)
            summary = demo.generate(built, customers=customers, seed=seed, today=today)
        finally:
            built.dispose()  # SQLite: the last connection to close checkpoints the WAL into the file
        return source, summary

    def close(self) -> None:
        for pg in self._schemas:
            pg.drop()
        self._schemas.clear()


def _copy_sqlite(source: str, db: Database) -> None:
    target = sqlite3.connect(db.engine.url.database)
    origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        origin.backup(target)
    finally:
        origin.close()
        target.close()


def _copy_schema(source: str, db: Database, admin: Engine) -> None:
    with db.engine.connect() as conn:
        target = conn.execute(text("SELECT current_schema()")).scalar_one()
    try:
        with admin.begin() as conn:
            _copy_tables(conn, source, target)
    finally:
        admin.dispose()


def _copy_tables(conn: Connection, source: str, target: str) -> None:
    for table in Base.metadata.sorted_tables:  # parents first: foreign keys hold at every step
        columns = conn.scalars(
            text(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = :schema"
                " AND table_name = :table AND is_generated = 'NEVER' ORDER BY ordinal_position"
            ),
            {"schema": source, "table": table.name},
        ).all()  # generated columns (customers.phone_tail) are computed again on insert
        listed = ", ".join(f'"{column}"' for column in columns)
        conn.execute(
            text(
                f'INSERT INTO "{target}"."{table.name}" ({listed}) SELECT {listed} FROM "{source}"."{table.name}"'
            )
        )
    sequences = conn.execute(
        text("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = :schema"),
        {"schema": source},
    ).all()
    for name, last_value in sequences:
        if last_value is not None:  # None: never used, as in the fresh (truncated) target
            conn.execute(
                text("SELECT setval(:sequence, :value)"),
                {"sequence": f'"{target}"."{name}"', "value": last_value},
            )
