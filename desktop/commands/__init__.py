"""Subcommands of `branchdesk`. Each module has `register(subparsers)`; its parser sets `handler=run`.

`run(args, ctx) -> int` gets a `CommandContext` with the opened, up-to-date database, the output streams and the
signed-in staff member (`ctx.actor`; the dispatcher signs in first, see `signin.py`).
Errors with a `code` (DomainError, StorageError) are worded by the dispatcher; handlers just raise them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TextIO

from db.session import Database
from domain.errors import InvalidValue, SignInRefused
from domain.staff import StaffUser


@dataclass
class CommandContext:
    db: Database | None  # None only for commands that open their own (selftest)
    out: TextIO
    err: TextIO
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    user: StaffUser | None = None  # set by the dispatcher's sign-in (desktop/commands/signin.py)

    @property
    def actor(self) -> StaffUser:
        """The signed-in staff member this command acts as."""
        if self.user is None:
            raise SignInRefused("sign_in_required")
        return self.user


def json_value(value: object) -> object:
    """A service's frozen result (after `dataclasses.asdict`) as JSON can hold it: dates in ISO form, exact
    amounts and other values as text, nested dicts and lists converted through."""
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # Decimal amounts stay exact


def day_argument(text: str | None) -> date:
    """A YYYY-MM-DD option; today when it was not given. A malformed one is refused in words."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidValue("malformed_date", value=text) from None


def moment_argument(text: str | None) -> datetime | None:
    """A "YYYY-MM-DD HH:MM" option; None when it was not given."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InvalidValue("malformed_date", value=text) from None
