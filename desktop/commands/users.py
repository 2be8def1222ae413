"""`branchdesk users add|list|qualify|idle-lock|unlock`: staff accounts, kept by the branch's administrator.

users add NEW --role R --name N --password-stdin [--branch CODE] --user ADMIN
    R: a role code (teller, manager, supervisor, admin, lobby_manager, wealth_manager, complaint_officer,
    branch_head) or its name in any of the three languages (客户经理, Wealth manager, 投訴專員).
    Standard input holds the administrator's password, then the new account's. On a database with no staff
    yet the first `users add` needs no --user and must create an administrator: how a new branch starts.
users list --user ADMIN
users qualify LOGIN [FAMILY ...] [--until D] --user ADMIN    sales qualifications (fund, insurance, gold)
users identity LOGIN [ID_NUMBER] --user ADMIN   the person's own resident ID (sod_no_self_dealing); none: clear
users idle-lock MINUTES --user ADMIN        the longest any station may stay idle before it locks (1-240)
users unlock LOGIN --user ADMIN
    Asks for the unlock; it takes effect when a supervisor or another administrator approves it
    (`approvals approve ID`). Prints `pending approval ID`.
"""

from __future__ import annotations

import argparse
import getpass

from desktop.commands import CommandContext, approvals, day_argument
from desktop.commands.signin import read_password
from domain.codes import Role
from domain.errors import InvalidValue
from domain.vocabulary import LANGUAGES, word
from services import staff


def role_argument(text: str) -> Role:
    """A role by its code or by its name in any language of the vocabulary (大堂经理, Branch head, 理財經理)."""
    wanted = text.strip().casefold()
    for role in Role:
        names = {role.value, *(word("role", role.value, language) for language in LANGUAGES)}
        if wanted in {name.casefold() for name in names}:
            return role
    raise argparse.ArgumentTypeError(f"unknown role {text!r}: one of {', '.join(r.value for r in Role)}")


def register(subparsers):
    parser = subparsers.add_parser("users", help="staff accounts")
    actions = parser.add_subparsers(dest="action", required=True)
    add = actions.add_parser(
        "add", help="create a staff account (the first one, on an empty database: an admin)"
    )
    add.add_argument("login")
    add.add_argument(
        "--role",
        required=True,
        type=role_argument,
        choices=list(Role),
        metavar="ROLE",
        help="one of "
        + ", ".join(r.value for r in Role)
        + " (or its name: 大堂经理, Lobby manager, 網點負責人...)",
    )
    add.add_argument("--name", required=True)
    add.add_argument("--branch", help="branch code (default: the database's branch)")
    add.add_argument("--id-number", default="", help="the person's own resident ID (refuses self-dealing)")
    add.add_argument("--json", action="store_true")
    actions.add_parser("list", help="list staff accounts")
    qualify = actions.add_parser(
        "qualify", help="the sales qualifications a person holds (fund, insurance, gold)"
    )
    qualify.add_argument("login")
    qualify.add_argument("families", nargs="*", metavar="FAMILY", help="none: the person holds none")
    qualify.add_argument("--until", metavar="YYYY-MM-DD", help="valid through this day (default: no expiry)")
    idle = actions.add_parser(
        "idle-lock", help="the longest a station may sit idle before it locks (minutes)"
    )
    idle.add_argument("minutes", type=int)
    identity = actions.add_parser(
        "identity", help="a person's own resident ID: their own customer record is refused to them"
    )
    identity.add_argument("login")
    identity.add_argument("id_number", nargs="?", default="", help="none: clear it")
    unlock = actions.add_parser("unlock", help="ask to unlock a locked account (a second person approves)")
    unlock.add_argument("login")
    unlock.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)
    add.set_defaults(sign_in="bootstrap")
    return parser


def run(args, ctx: CommandContext) -> int:
    if args.action == "list":
        for account in staff.list_accounts(ctx.db):
            state = "locked" if account.locked else ("active" if account.active else "disabled")
            print(f"{account.login}\t{account.role.value}\t{account.name}\t{state}", file=ctx.out)
        return 0
    if args.action == "qualify":
        until = day_argument(args.until) if args.until else None
        held = staff.set_qualifications(ctx.db, ctx.actor, args.login, args.families, until)
        print(f"{args.login}: {' '.join(held) or 'no qualifications'}", file=ctx.out)
        return 0
    if args.action == "identity":
        staff.set_id_number(ctx.db, ctx.actor, args.login, args.id_number)
        print(
            f"{args.login}: identity number {'recorded' if args.id_number.strip() else 'cleared'}",
            file=ctx.out,
        )
        return 0
    if args.action == "idle-lock":
        staff.set_idle_lock_ceiling(ctx.db, ctx.actor, args.minutes)
        print(f"stations lock after at most {args.minutes} idle minutes", file=ctx.out)
        return 0
    if args.action == "unlock":
        pending = staff.request_unlock(ctx.db, ctx.actor, args.login)
        return approvals.print_pending(ctx, pending, args.json)
    if ctx.user is None and args.role is not Role.ADMIN:  # the branch's very first account
        raise InvalidValue("first_account_must_be_admin")
    password = read_password(ctx.stdin) if args.password_stdin else getpass.getpass("Password: ")
    user = staff.add_user(
        ctx.db,
        login_name=args.login,
        name=args.name,
        role=args.role,
        password=password,
        actor=ctx.user,
        branch_code=args.branch,
        id_number=args.id_number,
    )
    print(f"created {user.login} ({user.role.value}) at branch {user.branch_code}", file=ctx.out)
    return 0
