"""Gap-free numbers (agreements, receipts, customer numbers) from a counter row.

The increment happens inside the caller's transaction: if it rolls back, so does the number, and concurrent
stations queue on the row lock (PostgreSQL) or the write lock (SQLite, BEGIN IMMEDIATE). `peek` reads the
value without taking anything: what the next number will probably be (services/numbering.py renders ahead on it).
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from db.models import Counter


def next_value(session: Session, name: str, *, count: int = 1) -> int:
    """Reserve `count` numbers and return the last one."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(Counter).values(name=name, value=0).on_conflict_do_nothing())
    else:
        session.execute(insert(Counter).values(name=name, value=0).prefix_with("OR IGNORE"))
    return session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    ).scalar_one()


def peek(session: Session, name: str) -> int:
    """The last number given out (0 before the first), read without a lock: a forecast, never a reservation."""
    return session.scalar(select(Counter.value).where(Counter.name == name)) or 0
