"""The database handle and the unit of work: one session per user action, committed explicitly."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db import errors
from db.engine import READ_ONLY_OPTION, describe_url, make_engine, resolve_url


class Database:
    """One per process (per station). Thread-safe: each unit of work makes its own session."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = engine or make_engine(self.url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    @property
    def description(self) -> str:
        return describe_url(self.url)

    def write(self) -> UnitOfWork:
        return UnitOfWork(self._writer)

    @contextlib.contextmanager
    def write_chunk(self) -> Iterator[UnitOfWork]:
        """One chunk of a long job's writes (`with db.write_chunk() as uow: ...; uow.commit()`). On SQLite it is
        followed by a pause as long as the writer lock was held (10-100 ms): a station waiting for the lock retries
        every few tens of milliseconds, and without the pause the job would take the lock straight back."""
        started = time.perf_counter()
        with self.write() as uow:
            yield uow
        if self.is_sqlite:
            time.sleep(min(max(time.perf_counter() - started, 0.01), 0.1))

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._reader)

    def dispose(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """`with db.write() as uow: ...; uow.commit()`. Leaving without commit rolls back."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def commit(self) -> None:
        with translate_errors():
            self.session.commit()

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if exc is not None and not isinstance(exc, errors.StorageError):
            translated = _translate(exc)
            if translated is not None:
                raise translated from exc


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        translated = _translate(exc)
        if translated is None:
            raise
        raise translated from exc


def _translate(exc: BaseException) -> errors.StorageError | None:
    """Map driver failures a person can act on to typed errors; everything else stays a bug."""
    if isinstance(exc, StaleDataError):
        return errors.RecordChanged("row changed since it was read")
    if not isinstance(exc, DBAPIError):
        return None
    message = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "database is locked" in message or "database table is locked" in message:
        return errors.DatabaseLocked(message)
    if "readonly database" in message or "read-only" in message or "read only" in message:
        return errors.DatabaseReadOnly(message)
    if "permission denied" in message or "must be owner" in message:
        return errors.PermissionDenied(message.splitlines()[0] if message else "")
    if "disk is full" in message or "no space left" in message or "could not extend file" in message:
        return errors.DiskFull(message)
    if "unable to open database" in message:
        return errors.DatabaseFileUnusable(message)
    if isinstance(exc, OperationalError) and (
        "connection" in message
        or "could not translate host name" in message
        or "timeout" in message
        or "server closed" in message
        or "does not exist" in message
        or "password authentication failed" in message
    ):
        return errors.DatabaseUnavailable(message)
    return None
