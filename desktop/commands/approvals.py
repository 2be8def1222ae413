"""`branchdesk approvals list|approve|reject`: a second person's decision, taken signed in as themselves.

    approvals list [--json]                  requests waiting for a decision your role may take
    approvals approve ID                     the change takes effect now (not your own request)
    approvals reject ID --reason TEXT        nothing changes; the reason is kept

A command that needs a second person (agreement void and reprint, users unlock, a supervisor's catalog import)
prints `pending approval ID` as its last line, or `{"pending_approval": ID}` with --json.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from desktop.commands import CommandContext, json_value

if TYPE_CHECKING:
    from domain.approvals import Pending


def register(subparsers):
    parser = subparsers.add_parser(
        "approvals", help="requests waiting for a second person: list, approve, reject"
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="requests your role may decide")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("approve", help="approve a request: its change takes effect now")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("reject", help="turn a request down, with a reason")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)
    return parser


def run(args, ctx: CommandContext) -> int:
    from services import approvals  # here: the commands that only print_pending do not load it

    db = ctx.db
    assert db is not None  # the dispatcher opened it
    if args.action == "list":
        rows = approvals.pending(db, ctx.actor)
        if args.json:
            print(
                json.dumps([json_value(asdict(r)) for r in rows], ensure_ascii=False, indent=2), file=ctx.out
            )
            return 0
        for r in rows:
            details = " ".join(f"{k}={v}" for k, v in r.details)
            own = "  (yours: another person decides)" if r.own else ""
            print(
                f"{r.id}\t{r.kind.value}\t{r.subject}\t{r.requested_by_login}\t"
                f"{r.requested_at:%Y-%m-%d %H:%M}\t{details}{own}",
                file=ctx.out,
            )
        return 0
    if args.action == "approve":
        view = approvals.approve(db, ctx.actor, args.id)
    else:
        view = approvals.reject(db, ctx.actor, args.id, args.reason)
    if args.json:
        print(json.dumps({"id": view.id, "status": view.status.value}, ensure_ascii=False), file=ctx.out)
    else:
        print(f"approval {view.id} {view.status.value}: {view.kind.value} {view.subject}", file=ctx.out)
    return 0


def print_pending(ctx: CommandContext, pending: Pending, as_json: bool) -> int:
    """The last line of a command whose change waits for a second person."""
    if as_json:
        print(json.dumps({"pending_approval": pending.approval_id}), file=ctx.out)
    else:
        print(f"pending approval {pending.approval_id}", file=ctx.out)
    return 0
