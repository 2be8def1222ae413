"""Gap-free numbered documents, rendered outside the counter lock (agreements, receipts).

The number is printed on the document, and it comes from a counter row that stays gap-free only when it is taken in
the transaction that stores the document (db/counters.py): a rollback returns it. Whoever holds that row — the row
lock on PostgreSQL, the database's write lock on SQLite (BEGIN IMMEDIATE) — makes every other station wait, and
rendering a PDF is by far the slowest step of an issue. So `issue_numbered` renders ahead and stores briefly:

1. **Prepare** in a reading transaction: `prepare(session, take)` checks and loads everything and composes the
   document; `take(counter)` answers the number the counter would give next (its value + 1, read without a lock).
   A refusal is raised here, before anything is written.
2. **Render** with no transaction open: `render(prepared)` makes the bytes.
3. **Store** in a short writing transaction: `prepare` runs again, now with `take` taking the number for real, so
   every check holds at the moment of commit. When it composes the same document as the one rendered (same
   number, same content — rendering is deterministic, so the bytes are exactly what rendering now would give),
   `store(session, prepared, rendered)` adds the archive row with the bytes and the audit entry, and the number,
   the bytes and the row are committed together. When another station took that number meanwhile, or the facts
   changed, nothing is stored: the transaction rolls back (the number returns to the counter) and the document
   found in step 3 is rendered again outside the lock. The last of `ATTEMPTS` tries renders inside the
   transaction instead, so an issue always finishes even while many stations issue at once.

A prepared value must compare equal exactly when it would render the same bytes and store the same row (frozen
dataclasses of plain values; leave parsed templates out of the comparison, their source text is compared).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from db import counters
from db.session import Database

Prepared = TypeVar("Prepared")
Rendered = TypeVar("Rendered")
Result = TypeVar("Result")
Take = Callable[[str], int]  # counter name -> sequence number

ATTEMPTS = 3


def issue_numbered(
    db: Database,
    prepare: Callable[[Session, Take], Prepared],
    render: Callable[[Prepared], Rendered],
    store: Callable[[Session, Prepared, Rendered], Result],
    *,
    attempts: int = ATTEMPTS,
) -> Result:
    """Prepare (read), render (no transaction), then take the number, check again and store (one short write)."""
    with db.read() as uow:
        prepared = prepare(uow.session, _forecast(uow.session))
    for attempt in range(1, attempts + 1):
        rendered = render(prepared)
        with db.write() as uow:
            session = uow.session
            current = prepare(session, _taking(session))
            if current != prepared and attempt == attempts:
                prepared, rendered = current, render(current)  # the last try renders under the lock
            if current == prepared:
                result = store(session, current, rendered)
                uow.commit()
                return result
        prepared = current  # rolled back: render what the store step found, outside the lock again
    raise AssertionError("unreachable: the last attempt always stores")


def _forecast(session: Session) -> Take:
    return lambda name: counters.peek(session, name) + 1


def _taking(session: Session) -> Take:
    return lambda name: counters.next_value(session, name)
