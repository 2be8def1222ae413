"""Engines for the embedded SQLite file and the branch PostgreSQL server, with their traps handled.

SQLite: Python's default transaction handling lost updates between processes (STACK.md), so the DBAPI connection
runs in autocommit mode and every transaction starts with `BEGIN IMMEDIATE` (the writer lock up front), in WAL mode
with a busy timeout and foreign keys on.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from db import files
from db.errors import DatabaseFileUnusable
from db.files import user_data_dir

ENV_URL = "BRANCHDESK_DB_URL"
SQLITE_BUSY_TIMEOUT_MS = 15_000
READ_ONLY_OPTION = "branchdesk_read_only"


def default_url() -> str:
    return f"sqlite:///{user_data_dir() / 'branchdesk.db'}"


def resolve_url(explicit: str | None = None) -> str:
    """`--db URL` wins, then `BRANCHDESK_DB_URL`, then the embedded file. `postgresql://` means psycopg 3."""
    url = explicit or os.environ.get(ENV_URL) or default_url()
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def describe_url(url: str) -> str:
    """For the status bar and logs: never shows a password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database}"
    return f"PostgreSQL {parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo)
    return create_engine(
        url,
        echo=echo,
        hide_parameters=True,  # an error's text never carries a bound value (a phone, an address)
        pool_pre_ping=True,
        pool_size=4,
        connect_args={"connect_timeout": 5, "application_name": "branchdesk"},
    )


def _sqlite_engine(url: str, echo: bool) -> Engine:
    database = make_url(url).database or ""
    on_disk = bool(database) and database != ":memory:" and not database.startswith("file:")
    if on_disk:
        path = Path(database)
        try:
            # The data folder is ours (tightened to 0700); a folder named in --db is the user's own.
            files.private_dir(path.parent, tighten_existing=path.parent == user_data_dir())
            if not path.exists() or os.access(path, os.W_OK):
                files.private_file(path)  # 0600 before SQLite writes a byte; -wal/-shm take its mode
        except OSError as exc:
            raise DatabaseFileUnusable(f"{database}: {exc.strerror}") from exc
    engine = create_engine(
        url, echo=echo, hide_parameters=True, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        with contextlib.suppress(Exception):  # a read-only file cannot switch modes; reads still work
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
        # SQLite copies the database's mode to these; made sure of, whatever the platform's build does.
        if on_disk:
            for suffix in ("-wal", "-shm"):
                files.tighten(Path(database + suffix))

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # Readers keep WAL's concurrency (deferred BEGIN); writers take the lock at the start so a
        # read-modify-write can never interleave with another station's.
        read_only = connection.get_execution_options().get(READ_ONLY_OPTION, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine
