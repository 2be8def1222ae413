"""Subcommands of `branchdesk`. Each module has `register(subparsers)`; its parser sets `handler=run`.

`run(args, ctx) -> int` gets a `CommandContext` with the opened, up-to-date database and the output streams.
Errors with a `code` (DomainError, StorageError) are worded by the dispatcher; handlers just raise them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from db.session import Database


@dataclass
class CommandContext:
    db: Database | None  # None only for commands that open their own (selftest)
    out: TextIO
    err: TextIO
