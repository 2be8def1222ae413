"""Telling other stations that a task arrived (issue 7: a referral shows on the manager's station within 2 s).

PostgreSQL: the writer calls `announce(session, assignee_id)` inside the transaction that inserts the task, so
`pg_notify` is delivered exactly when (and only if) the insert commits; a `TaskListener` holds a dedicated
autocommit connection that LISTENs on the channel. SQLite has no notifications: the listener polls the task
table's primary key (`id > last seen`, an index range) every half second, which is cheap and well inside 2 s.

`poll(timeout)` returns the assignee ids of tasks that arrived (None = the supervisors' queue), possibly empty.
No Qt here: desktop/task_watcher.py runs a listener on its own thread and turns arrivals into a signal.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.models import Task
from db.session import Database

# One channel per schema ("branchdesk_tasks:public"): NOTIFY is database-wide, and two branches (or two test
# runs) may keep their tables in separate schemas of one database. Schema names are kept short (≤ 46 bytes).
CHANNEL = "branchdesk_tasks"
SQLITE_POLL_SECONDS = 0.5
_QUEUE = ""  # payload for a task in the supervisors' queue (assignee NULL)


def announce(session: Session, assignee_id: int | None) -> None:
    """Queue a notification in the current transaction (PostgreSQL; a no-op on SQLite, which is polled)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    payload = _QUEUE if assignee_id is None else str(assignee_id)
    session.execute(
        text("SELECT pg_notify(:channel || ':' || current_schema(), :payload)"),
        {"channel": CHANNEL, "payload": payload},
    )


def _decode(payload: str) -> int | None:
    return None if payload == _QUEUE else int(payload)


class TaskListener:
    """One per station. Not thread-safe: create, poll and close it on the same thread."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._pg: Any = None
        self._channel = CHANNEL
        self._last_id = 0
        if db.is_sqlite:
            self._last_id = self._max_id()
        else:
            self._pg = self._connect_pg()

    # -- PostgreSQL -----------------------------------------------------------------------------------------
    def _connect_pg(self):
        import psycopg

        url = self._db.engine.url
        params: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
        params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
        conn = psycopg.connect(
            autocommit=True, connect_timeout=5, application_name="branchdesk-listen", **params
        )
        from psycopg import sql

        row = conn.execute("SELECT current_schema()").fetchone()
        schema = row[0] if row is not None else "public"  # current_schema() always answers one row
        self._channel = f"{CHANNEL}:{schema}"
        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self._channel)))
        return conn

    def _poll_pg(self, timeout: float) -> list[int | None]:
        # Between polls the connection is idle, so notifications wait in the socket until read here.
        notes = list(self._pg.notifies(timeout=timeout, stop_after=1))
        if notes:
            notes += list(self._pg.notifies(timeout=0.05))  # others that came in the same burst
        return [_decode(note.payload) for note in notes if note.channel == self._channel]

    # -- SQLite ---------------------------------------------------------------------------------------------
    def _max_id(self) -> int:
        with self._db.read() as uow:
            return uow.session.scalar(select(func.max(Task.id))) or 0

    def _poll_sqlite(self, timeout: float) -> list[int | None]:
        deadline = time.monotonic() + timeout
        while True:
            with self._db.read() as uow:
                rows = uow.session.execute(
                    select(Task.id, Task.assignee_id).where(Task.id > self._last_id).order_by(Task.id)
                ).all()
            if rows:
                self._last_id = rows[-1].id
                return [row.assignee_id for row in rows]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            time.sleep(min(SQLITE_POLL_SECONDS, remaining))

    # -- both -----------------------------------------------------------------------------------------------
    def poll(self, timeout: float = 1.0) -> list[int | None]:
        """Wait up to `timeout` seconds; the assignees of tasks that arrived since the last call."""
        if self._pg is not None:
            return self._poll_pg(timeout)
        return self._poll_sqlite(timeout)

    def close(self) -> None:
        if self._pg is not None:
            with contextlib.suppress(Exception):
                self._pg.close()
            self._pg = None
