"""`branchdesk db upgrade|status|station-role`: schema maintenance for a branch administrator.

db upgrade | db status                     the schema, with the owner's URL (--db or BRANCHDESK_DB_URL)
db station-role ROLE                       PostgreSQL: grant the existing login role ROLE what a station needs
    (db/privileges.py: reading; inserting, the audit log and archive included; updating only the columns
    the app updates; never UPDATE or DELETE on the audit log or the archive's documents). Run it with the
    schema owner's URL after every `db upgrade`; stations then connect as ROLE.
"""

from __future__ import annotations

from db import errors, privileges, schema
from db.session import translate_errors
from desktop.commands import CommandContext
from domain.errors import InvalidValue


def register(subparsers):
    parser = subparsers.add_parser("db", help="database schema: upgrade, status, the stations' role")
    parser.add_argument("action", choices=["upgrade", "status", "station-role"])
    parser.add_argument("role", nargs="?", metavar="ROLE", help="station-role: the stations' login role")
    parser.set_defaults(handler=run, migrates=True, sign_in="none")
    return parser


def run(args, ctx: CommandContext) -> int:
    if args.action == "station-role":
        return _station_role(args, ctx)
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


def _station_role(args, ctx: CommandContext) -> int:
    if not args.role:
        raise InvalidValue("station_role_name_invalid", role="")
    schema.require_current(ctx.db)
    with translate_errors(), ctx.db.engine.begin() as conn:
        statements = privileges.grant_station_role(conn, args.role)
    for statement in statements:
        print(statement, file=ctx.out)
    print(f"{ctx.db.description}: stations may now connect as {args.role}", file=ctx.out)
    return 0
