"""`branchdesk audit verify|list|closing-sheet`: the hash-chained audit trail.

    audit verify [--json]
        Walks the whole chain from the genesis: prints `intact`, the number of entries and the last entry's
        hash (compare it with the last signed closing sheet), exit 0; or names the first entry that does not
        fit and why (hash_mismatch: its fields were changed; link_broken: an entry before it was changed, removed
        or inserted; sequence_gap: entries are missing; head_mismatch: entries were removed from the end), exit 4.
    audit list --user LOGIN [--since YYYY-MM-DD] [--customer NO] [--limit N] [--json]
        Entries in chain order (the newest N, default 1000), for a supervisor or an administrator.
    audit closing-sheet --user LOGIN [--date YYYY-MM-DD] --out FILE.pdf
        The daily closing sheet (日终审计签章单) a supervisor signs: the day's entries counted by kind and the last
        chain hash of the day in full and as a QR code. Refused over a broken chain. Default date: today.
Exit 2: unknown staff or customer, not permitted, a bad argument, a broken chain for the closing sheet.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from db.session import Database
from desktop.commands import CommandContext, day_argument, json_value
from desktop.commands.agreement import _target, _write
from services import audit_trail

EXIT_OK = 0
EXIT_BROKEN = 4


def register(subparsers):
    parser = subparsers.add_parser(
        "audit", help="the audit trail: verify the chain, list, daily closing sheet"
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("verify", help="walk the hash chain; exit 4 naming the first entry that does not fit")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("list", help="entries, for a supervisor or administrator")
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--customer", metavar="NO")
    p.add_argument("--limit", type=int, default=audit_trail.LIST_LIMIT, metavar="N")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("closing-sheet", help="the daily closing sheet (日终) with the day's last chain hash")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the business day (default today)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.set_defaults(handler=run)
    return parser


def run(args, ctx: CommandContext) -> int:
    if ctx.db is None:
        raise RuntimeError("the dispatcher opens the database for audit commands")
    action = {"verify": _verify, "list": _list, "closing-sheet": _closing_sheet}[args.action]
    return action(args, ctx.db, ctx)


def _verify(args, db: Database, ctx: CommandContext) -> int:
    status = audit_trail.check(db)
    if args.json:
        print(json.dumps(asdict(status), indent=2), file=ctx.out)
    elif status.intact:
        print(f"intact: {status.entries} entries, last #{status.last_seq} {status.last_hash}", file=ctx.out)
    else:
        print(
            f"broken at entry #{status.break_seq}: {status.problem}"
            + (f" (row id {status.break_entry_id})" if status.break_entry_id is not None else ""),
            file=ctx.out,
        )
        print(f"last entry that fits: #{status.last_seq} {status.last_hash}", file=ctx.out)
    return EXIT_OK if status.intact else EXIT_BROKEN


def _list(args, db: Database, ctx: CommandContext) -> int:
    user = ctx.actor
    since = day_argument(args.since) if args.since else None
    rows = audit_trail.entries(db, user, since=since, customer_no=args.customer, limit=max(args.limit, 1))
    if args.json:
        print(json.dumps([json_value(asdict(r)) for r in rows], ensure_ascii=False, indent=2), file=ctx.out)
        return EXIT_OK
    for r in rows:
        details = json.dumps(r.details, ensure_ascii=False, sort_keys=True)
        print(f"#{r.seq}\t{r.at:%Y-%m-%d %H:%M:%S}\t{r.actor}\t{r.action}\t{r.entity}:{r.entity_id}\t{details}",
              file=ctx.out)  # fmt: skip
    return EXIT_OK


def _closing_sheet(args, db: Database, ctx: CommandContext) -> int:
    user = ctx.actor
    target = _target(args.out)
    sheet, pdf = audit_trail.closing_sheet(db, user, day_argument(args.date))
    _write(target, pdf)
    payload = {"day": sheet.day.isoformat(), "entries": sheet.entries, "last_seq": sheet.last_seq,
               "last_hash": sheet.last_hash, "file": str(target.resolve())}  # fmt: skip
    print(json.dumps(payload, ensure_ascii=False), file=ctx.out)
    return EXIT_OK
