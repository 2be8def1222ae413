"""`branchdesk tiers run|override|history|near|pareto`: customer tiers (DOMAIN §3).

tiers run --as-of D --user LOGIN
    The month-end tier job for the month end on or before D (supervisors, administrators): upgrades at the
    month end, downgrades after two consecutive quarter ends below, overrides that expired end. The daily
    job runs it by itself at each month end; a second run for the same month end changes nothing.
tiers override CUSTOMER_NO TIER --reason TEXT --until D --user LOGIN
    A supervisor holds the customer's tier through D (the computed tier stays visible in the profile).
tiers history CUSTOMER_NO [--json]
    Every change of tier or stars: old, new, the AUM it was decided on, the reason and who.
tiers near --user LOGIN [--manager LOGIN] [--json | --out FILE.csv]
    The 临界区间 list: customers at 80-100% of the next tier's floor (upgrade) or below 110% of their own
    (retention). Managers get their own book, supervisors the branch or one manager's. A file export is
    on record.
tiers pareto --user LOGIN [--json]
    80/20: the share of AUM the top 20% of customers hold, for the branch and each manager.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.commands import CommandContext, day_argument, json_value
from services import tiers


def register(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "tiers", help="customer tiers: the month-end job, overrides, 临界区间, 80/20"
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("run", help="the month-end tier job")
    p.add_argument("--as-of", required=True, metavar="D", help="YYYY-MM-DD: the month end on or before it")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("override", help="hold a customer's tier by hand until a date")
    p.add_argument("customer_no", metavar="CUSTOMER_NO")
    p.add_argument("tier", metavar="TIER", help="T0-T5")
    p.add_argument("--reason", required=True)
    p.add_argument("--until", required=True, metavar="D")

    p = sub.add_parser("history", help="a customer's tier and star changes")
    p.add_argument("customer_no", metavar="CUSTOMER_NO")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("near", help="the 临界区间 list")
    p.add_argument("--manager", metavar="LOGIN", help="one manager's book (supervisors)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", metavar="FILE.csv", help="write the list as CSV for the call sheet")

    p = sub.add_parser("pareto", help="80/20: AUM share of the top 20% of customers")
    p.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.db
    assert db is not None  # the dispatcher opened it
    match args.action:
        case "run":
            result = tiers.run_month_end(db, day_argument(args.as_of), ctx.actor)
            _print(ctx, asdict(result), args.json)
        case "override":
            row = tiers.override(
                db, ctx.actor, args.customer_no, args.tier, args.reason,
                day_argument(args.until),
            )  # fmt: skip
            _print(ctx, asdict(row), True)
        case "history":
            changes = [asdict(r) for r in tiers.history(db, args.customer_no)]
            if args.json:
                print(json.dumps(json_value(changes), ensure_ascii=False, indent=2), file=ctx.out)
            for c in changes if not args.json else ():
                print(f"{c['as_of']}  {c['old_tier']}->{c['new_tier']}  stars {c['old_star']}->{c['new_star']}  "
                      f"AUM {c['measure']}  {c['reason']}  {c['by'] or '(job)'}  {c['note']}", file=ctx.out)  # fmt: skip
        case "near":
            user = ctx.actor
            if args.out:
                Path(args.out).write_text(
                    tiers.export_near_threshold(db, user, args.manager), encoding="utf-8"
                )
                print(args.out, file=ctx.out)
                return 0
            near = tiers.near_threshold(db, user, args.manager)
            if args.json:
                print(
                    json.dumps([json_value(asdict(r)) for r in near], ensure_ascii=False, indent=2),
                    file=ctx.out,
                )
            for r in near if not args.json else ():
                target = r.next_tier or r.tier
                print(f"{r.customer_no}  {r.name}  {r.tier}  {r.kind} {target}  AUM {r.aum}  gap {r.gap}  "
                      f"{r.manager_login}", file=ctx.out)  # fmt: skip
        case _:
            report = tiers.concentration_report(db, ctx.actor)
            shares = [asdict(part) | {"top_share": part.top_share} for part in report]
            if args.json:
                print(json.dumps(json_value(shares), ensure_ascii=False, indent=2), file=ctx.out)
            for part in report if not args.json else ():
                share = f"{part.top_share:.1%}" if part.top_share is not None else "-"
                print(f"{part.scope or 'branch'}  customers {part.customers}  top {part.top_customers} hold "
                      f"{share} of AUM {part.aum}", file=ctx.out)  # fmt: skip
    return 0


def _print(ctx: CommandContext, payload: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(json_value(payload), ensure_ascii=False), file=ctx.out)
    else:
        print("  ".join(f"{k} {json_value(v)}" for k, v in payload.items()), file=ctx.out)
