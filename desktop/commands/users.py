"""`branchdesk users add|list`: how a new branch gets its first accounts."""

from __future__ import annotations

import getpass
import sys

from db.audit import cli_actor
from desktop.commands import CommandContext
from domain.codes import Role
from services import staff


def register(subparsers):
    parser = subparsers.add_parser("users", help="staff accounts")
    actions = parser.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create a staff account")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--name", required=True)
    add.add_argument("--branch", help="branch code (default: the database's branch)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    actions.add_parser("list", help="list staff accounts")
    parser.set_defaults(handler=run)
    return parser


def run(args, ctx: CommandContext) -> int:
    if args.action == "list":
        for account in staff.list_accounts(ctx.db):
            state = "locked" if account.locked else ("active" if account.active else "disabled")
            print(f"{account.login}\t{account.role.value}\t{account.name}\t{state}", file=ctx.out)
        return 0
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
    user = staff.add_user(
        ctx.db,
        login_name=args.login,
        name=args.name,
        role=Role(args.role),
        password=password,
        actor=cli_actor(),
        branch_code=args.branch,
    )
    print(f"created {user.login} ({user.role.value}) at branch {user.branch_code}", file=ctx.out)
    return 0
