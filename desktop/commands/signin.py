"""Who a command acts as: `--user LOGIN --password-stdin`, the first line of standard input being the password.

Every subcommand signs in unless its parser says otherwise (`sign_in="none"`: help, `db status|upgrade`, the
self-test's scratch database; `sign_in="bootstrap"`: `users add` and `demo` on a database with no staff yet,
how a branch starts). A refusal to sign in, or a role that may not do what was asked, exits 5 with the code in
its message; nothing is written but the record of the attempt.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop.commands import CommandContext
from domain.errors import DomainError, NotPermitted, SignInRefused
from domain.permissions import Action, require
from domain.staff import StaffUser
from services import staff

SIGN_IN_REFUSED = 5
# The families that refuse a command for who the person is or what their role may do: exit 5, with the code in the
# message (any other refusal exits 2).
WHO_REFUSALS: tuple[type[DomainError], ...] = (SignInRefused, NotPermitted)


# What each command does, in the permission table's words (domain/permissions.py). A command missing here is
# refused: a new command has to say what it is before anyone may run it. None: any signed-in staff member.
COMMAND_PERMISSIONS: dict[str, Action | None] = {
    "agreement issue": Action.AGREEMENT_ISSUE,
    "agreement print-original": Action.AGREEMENT_PRINT_ORIGINAL,
    "agreement verify": Action.CUSTOMER_OPEN,
    "agreement reprint": Action.AGREEMENT_REPRINT,
    "agreement void": Action.AGREEMENT_VOID,
    "agreement attach": Action.AGREEMENT_ATTACH_SCAN,
    "agreement show": Action.CUSTOMER_OPEN,
    "agreement review": Action.AGREEMENT_REVIEW,
    "agreement reviews": Action.AGREEMENT_REVIEW,
    "agreement cancel": Action.AGREEMENT_CANCEL,
    "agreement follow-up": Action.FOLLOW_UP_CALL,
    "approvals list": Action.APPROVE,
    "approvals approve": Action.APPROVE,
    "approvals reject": Action.APPROVE,
    "audit verify": Action.AUDIT_READ,
    "audit list": Action.AUDIT_READ,
    "audit closing-sheet": Action.CLOSING_SHEET,
    "calendar import": Action.CALENDAR_MANAGE,
    "calendar add-workdays": None,
    "calendar years": None,
    "calendar days": None,
    "catalog import": Action.CATALOG_PROPOSE,
    "catalog export": Action.CATALOG_EXPORT,
    "complaint": None,  # the complaint services decide who may do which step (handler, supervisor, officer)
    "customers import": Action.CUSTOMER_IMPORT,
    "customers show": Action.CUSTOMER_OPEN,
    "customers consent": Action.CONSENT_RECORD,
    "customers reassign": Action.BOOK_REASSIGN,
    "customers notices": Action.BOOK_REASSIGN,
    "holdings import": Action.CUSTOMER_IMPORT,
    "suitability": Action.SUITABILITY_CHECK,
    "recommend": Action.RECOMMEND_VIEW,
    "recommend-answer": Action.RECOMMEND_VIEW,
    "opportunities": Action.CALL_PLAN,
    "conversion": Action.BRANCH_REPORTS,
    "referral create": Action.REFERRAL_CREATE,
    "referral outcome": Action.WORK_QUEUE,
    "referral credits": Action.FIGURES_VIEW,
    "referral report": Action.FIGURES_VIEW,
    "tasks list": Action.WORK_QUEUE,
    "tasks done": Action.WORK_QUEUE,
    "reminders run": Action.DAILY_JOBS,
    "receipt issue": Action.RECEIPT_ISSUE,
    "receipt reprint": Action.RECEIPT_ISSUE,
    "figures snapshot": Action.DAILY_JOBS,
    "figures show": Action.FIGURES_VIEW,
    "figures drill": Action.FIGURES_VIEW,
    "figures report": Action.FIGURES_VIEW,
    "figures plan set": Action.PLANS_SET,
    "figures plan list": Action.FIGURES_VIEW,
    "figures plan delete": Action.PLANS_SET,
    "tiers run": Action.TIER_RUN,
    "tiers override": Action.TIER_OVERRIDE,
    "tiers history": Action.CUSTOMER_OPEN,
    "tiers near": Action.TIER_REPORTS,
    "tiers pareto": Action.BRANCH_REPORTS,
    "users add": Action.STAFF_MANAGE,
    "users list": Action.STAFF_MANAGE,
    "users unlock": Action.STAFF_UNLOCK,
    "users idle-lock": Action.STAFF_MANAGE,
    "users qualify": Action.STAFF_MANAGE,
    "users identity": Action.STAFF_MANAGE,
    "demo": Action.STAFF_MANAGE,
}


def permission_for(args: argparse.Namespace) -> Action | None:
    name = command_name(args)
    while name not in COMMAND_PERMISSIONS:
        if " " not in name:
            raise NotPermitted("not_permitted", action=command_name(args))
        name = name.rsplit(" ", 1)[0]
    return COMMAND_PERMISSIONS[name]


def add_options(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument("--user", metavar="LOGIN", default=default, help="the staff member acting (signs in)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        default=default if default is not None else False,
        help="read that person's password from the first line of standard input",
    )


def read_password(stdin: TextIO) -> str:
    return stdin.readline().rstrip("\r\n")


def sign_in(ctx: CommandContext, args: argparse.Namespace) -> StaffUser:
    """The signed-in staff member, or SignInRefused (the attempt is on record)."""
    assert ctx.db is not None
    login = getattr(args, "user", None)
    if not login or not getattr(args, "password_stdin", False):
        staff.record_refusal(ctx.db, None, login or "", "sign_in_required", command_name(args))
        raise SignInRefused("sign_in_required")
    return staff.login(ctx.db, login, read_password(ctx.stdin))


def dispatch(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Sign in as the command requires, then run its handler; a refused action is recorded under its person."""
    mode = getattr(args, "sign_in", "required")
    try:
        if mode == "required" or (mode == "bootstrap" and not _bootstrapping(ctx)):
            ctx.user = sign_in(ctx, args)
            action = permission_for(args)
            if action is not None:
                require(ctx.user, action)
        return args.handler(args, ctx)
    except NotPermitted as refused:
        if ctx.db is not None:
            staff.record_refusal(ctx.db, ctx.user, "", refused.code, command_name(args))
        raise


def _bootstrapping(ctx: CommandContext) -> bool:
    """A database without a single staff account: its first administrator (or the demo) needs no sign-in."""
    assert ctx.db is not None
    return staff.staff_count(ctx.db) == 0


def command_name(args: argparse.Namespace) -> str:
    words = [getattr(args, "command", None) or ""]
    for attribute in ("action", "plan_action", "document"):
        value = getattr(args, attribute, None)
        if isinstance(value, str):
            words.append(value)
    return " ".join(w for w in words if w)
