"""Database errors told without the data they carry, for logs and crash reports.

The engine hides bound parameters (`hide_parameters=True`), but that is not enough: PostgreSQL puts row values
into the error itself (`DETAIL: Failing row contains (..., 13812345678, ...)`, `value "..." is out of range`).
So a driver error is described by its class, SQLSTATE and the names of the constraint, table and column, never by
its message; SQLite's messages name only constraints and columns and are kept. As a last line of defence every
text also has anything shaped like a mobile number or a resident ID number masked.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import traceback

from domain.identity import mask_id_number, mask_phone

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86)?1[3-9][0-9]{9}(?![0-9])")
_RESIDENT_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")


def mask_identifiers(text: str) -> str:
    """`text` with every mobile number and resident ID number in it masked (JR/T 0171-2020 forms)."""
    text = _RESIDENT_ID.sub(lambda m: mask_id_number(m.group(0)), text)
    return _MOBILE.sub(lambda m: mask_phone(m.group(0)), text)


def _driver_error(orig: BaseException) -> str:
    kind = f"{type(orig).__module__}.{type(orig).__qualname__}"
    if isinstance(orig, sqlite3.Error):
        return f"({kind}) {orig}"
    diag = getattr(orig, "diag", None)  # psycopg: the message itself may quote values, so only names are kept
    parts = [f"({kind})"]
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate:
        parts.append(f"SQLSTATE {sqlstate}")
    for label in ("constraint_name", "table_name", "column_name"):
        value = getattr(diag, label, None) if diag is not None else None
        if value:
            parts.append(f"{label.removesuffix('_name')} {value}")
    if len(parts) == 1:
        parts.append("(message withheld: it may quote row values)")
    return " ".join(parts)


def describe(exc: BaseException) -> str:
    """One line (or a few) about `exc` that carries no personal data."""
    # Looked up, not imported: without SQLAlchemy loaded no exception can be one of its errors, and the log set up
    # at start must not cost the app's first window SQLAlchemy's import (about 0.3 s).
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is not None and isinstance(exc, sqlalchemy_errors.StatementError):
        orig = exc.orig
        head = _driver_error(orig) if orig is not None else type(exc).__name__
        statement = " ".join((exc.statement or "").split())
        return mask_identifiers(f"{head}\n[SQL: {statement}]")
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        return mask_identifiers(_driver_error(exc))
    return mask_identifiers(str(exc))


def safe_traceback(exc: BaseException) -> str:
    """Like `traceback.format_exception`, chained causes included, with every exception told by `describe`.
    The frames (file, line, code) are kept: they are what a developer needs and they hold no data."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    lines: list[str] = []
    for error, following in reversed(chain):
        if error.__traceback__ is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(error.__traceback__))
        name = f"{type(error).__module__}.{type(error).__qualname__}".removeprefix("builtins.")
        lines.append(f"{name}: {describe(error)}\n")
        if following:
            lines.append(following)
    return "".join(lines)
