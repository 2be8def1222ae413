"""`branchdesk db upgrade|status`: schema maintenance for a branch administrator."""

from __future__ import annotations

from db import errors, schema
from desktop.commands import CommandContext


def register(subparsers):
    parser = subparsers.add_parser("db", help="database schema: upgrade or status")
    parser.add_argument("action", choices=["upgrade", "status"])
    parser.set_defaults(handler=run, migrates=True)
    return parser


def run(args, ctx: CommandContext) -> int:
    if args.action == "status":
        state = schema.state(ctx.db)
        if not state.known:
            raise errors.DatabaseTooNew(f"database revision {state.current}")
        current = state.current or "empty"
        print(f"{ctx.db.description}: schema {current}, this version {state.head}", file=ctx.out)
        return 0 if state.up_to_date else 1
    before = schema.state(ctx.db)
    after = schema.upgrade(ctx.db)
    verb = (
        "already at" if before.current == after.current else f"upgraded from {before.current or 'empty'} to"
    )
    print(f"{ctx.db.description}: {verb} schema {after.current}", file=ctx.out)
    return 0
