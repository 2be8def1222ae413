"""`branchdesk recommend CUSTOMER_NO [--json] [--as-of YYYY-MM-DD] [--channel C]` and
`branchdesk opportunities [--manager LOGIN] [--as-of YYYY-MM-DD] [--out FILE.xlsx|FILE.csv]`.

`recommend` prints what suits the customer on the day and why (DOMAIN §6): with --json exactly
{"customer_no", "as_of", "risk_grade", "tier", "recommended": [{"product", "score", "suggested_amount", "reasons",
"suggested_monthly", "warnings"}], "excluded": [{"product", "reasons": [codes]}]}, every catalogue product once,
`recommended` best first; `suggested_amount` is a decimal string or null (cards, e-banking, services: no amount), paid in every month when
`suggested_monthly` is true (零存整取, 定投, 教育储蓄).
A reason or warning is {"code", "params", "message"}. The first next action (先做风险测评) prints in the text form. Exit 0; 2 for an unknown customer or a bad argument (worded by the
dispatcher).

`recommend-answer CUSTOMER_NO PRODUCT accepted|declined|later [--reason R] [--follow-up DAY]`
records the customer's answer (a later creates a follow-up task); `conversion --by product|staff|reason|
decline_reason [--since] [--until] [--json]` counts the answers (acceptance = accepted / (accepted + declined)).

`opportunities` ranks a manager's whole book for the weekly call plan: maturities first (earliest first), then
the best score. It prints a table, or writes an Excel or CSV file (logged in the audit trail: an export).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

from db import files
from desktop.commands import CommandContext, day_argument, recommend_text
from domain.errors import InvalidValue, NotPermitted
from domain.permissions import BRANCH_WIDE
from domain.recommend import Reason, Recommendation
from domain.suitability import SaleChannel
from services import exports, recommend, recommend_outcomes
from widgets.messages import describe_reason


def register(subparsers):
    parser = subparsers.add_parser(
        "recommend", help="what suits this customer today, and why (every catalogue product listed once)"
    )
    parser.add_argument("customer_no")
    parser.add_argument("--as-of", dest="as_of", help="the day, YYYY-MM-DD (default: today)")
    parser.add_argument(
        "--channel", default=SaleChannel.BRANCH.value, help="branch (default), online or self_service"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)
    book = subparsers.add_parser(
        "opportunities", help="a manager's book ranked by opportunity, maturities first (weekly call plan)"
    )
    book.add_argument(
        "--manager",
        metavar="LOGIN",
        help="the customer manager's login (default: yours; others: supervisors)",
    )
    book.add_argument("--as-of", dest="as_of", help="the day, YYYY-MM-DD (default: today)")
    book.add_argument("--out", metavar="FILE", help="write FILE.xlsx or FILE.csv instead of printing")
    book.add_argument(
        "--reason",
        choices=exports.EXPORT_REASONS,
        help="why the list leaves the system (required with --out)",
    )
    book.add_argument("--note", default="", help="with --reason other: the legal basis in words")
    book.set_defaults(handler=run_opportunities)
    answer = subparsers.add_parser(
        "recommend-answer",
        help="record the customer's answer to a recommended product (a later makes a task)",
    )
    answer.add_argument("customer_no")
    answer.add_argument("product_code")
    answer.add_argument("outcome", choices=recommend_outcomes.OUTCOMES)
    answer.add_argument("--reason", choices=recommend_outcomes.DECLINE_REASONS, help="why it was declined")
    answer.add_argument("--follow-up", dest="follow_up", help="for later: the day to follow up, YYYY-MM-DD")
    answer.add_argument("--as-of", dest="as_of", help="the day of the recommendation (default: today)")
    answer.set_defaults(handler=run_answer)
    figures = subparsers.add_parser("conversion", help="recommendation answers and acceptance per key")
    figures.add_argument("--by", choices=recommend_outcomes.CONVERSION_BY, default="product")
    figures.add_argument("--since", help="first day, YYYY-MM-DD")
    figures.add_argument("--until", help="last day, YYYY-MM-DD")
    figures.add_argument("--json", action="store_true", help="print the figures as JSON")
    figures.set_defaults(handler=run_conversion)
    return parser


def _plain(value: object) -> object:
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return str(value)


def _reason(r: Reason) -> dict[str, object]:
    params: Mapping[str, object] = r.params
    return {
        "code": r.code,
        "params": {k: _plain(v) for k, v in params.items()},
        "message": describe_reason(r.code, params),
    }


def as_json(rec: Recommendation) -> dict[str, object]:
    return {
        "customer_no": rec.customer_no,
        "as_of": rec.as_of.isoformat(),
        "risk_grade": rec.risk_grade,
        "tier": rec.tier,
        "recommended": [
            {
                "product": item.product,
                "score": item.score,
                "suggested_amount": _plain(item.suggested_amount),
                "suggested_monthly": item.monthly,
                "reasons": [_reason(r) for r in item.reasons],
                "warnings": [_reason(w) for w in item.warnings],
            }
            for item in rec.recommended
        ],
        "excluded": [{"product": item.product, "reasons": list(item.codes)} for item in rec.excluded],
    }


def run(args, ctx: CommandContext) -> int:
    as_of = day_argument(args.as_of)
    if args.channel not in {c.value for c in SaleChannel}:
        raise InvalidValue("unknown_sale_channel", value=args.channel)
    shown = recommend.recommend_shown(ctx.db, args.customer_no, as_of, args.channel)
    if args.json:
        print(json.dumps(as_json(shown.recommendation), ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    recommend_text.print_recommendation(shown, ctx.out)
    return 0


HEADER = (
    "rank",
    "customer_no",
    "name",
    "tier",
    "next_maturity",
    "maturing_amount",
    "top_score",
    "products",
    "reasons",
    "alerts",
)


def _rows(found: list[recommend.Opportunity]) -> list[list[object]]:
    return [
        [
            rank,
            o.customer_no,
            o.name,
            o.tier,
            o.next_maturity.isoformat() if o.next_maturity else "",
            format(o.maturing_amount, "f") if o.maturing_amount is not None else "",
            o.top_score,
            " ".join(o.products),
            " ".join(o.reasons),
            " ".join(o.alerts),
        ]
        for rank, o in enumerate(found, 1)
    ]


def run_opportunities(args, ctx: CommandContext) -> int:
    as_of = day_argument(args.as_of)
    if args.out and Path(args.out).suffix.lower() not in {".xlsx", ".csv"}:
        raise InvalidValue("export_format_unknown", value=args.out)
    user = ctx.actor
    manager = (args.manager or user.login).strip()
    if user.role not in BRANCH_WIDE and manager != user.login:  # a manager's own book only
        raise NotPermitted("not_permitted", action="opportunities")
    found = recommend.opportunities(ctx.db, manager, as_of)
    rows = _rows(found)
    if not args.out:
        from services import catalog

        products = {p.code: p for p in catalog.list_products(ctx.db, as_of)}
        recommend_text.print_opportunities(manager, as_of.isoformat(), found, products, ctx.out)
        return 0
    path = Path(args.out)
    fmt = path.suffix.lower()[1:]
    # Logged before the file exists (DOMAIN §5): who, why, how many; no customer data in the record.
    exports.export_logged(
        ctx.db,
        user,
        "opportunities",
        args.reason or "",
        note=args.note,
        rows=len(found),
        entity="staff",
        entity_id=manager,
        details={"as_of": as_of.isoformat(), "format": fmt},
    )
    from reports import tables  # openpyxl and its images: only for a file

    if fmt == "csv":
        data = tables.csv_bytes(HEADER, rows)
    else:
        data = tables.xlsx_bytes("opportunities", HEADER, rows)
    try:
        files.write_private(path, data)
    except OSError:
        raise InvalidValue("agreement_file_not_writable", file=str(path)) from None
    print(f"{len(found)} customers written to {path}", file=ctx.out)
    return 0


def run_answer(args, ctx: CommandContext) -> int:
    """The rank, score and reasons come from the recommendation of the day (none when it is not recommended)."""
    as_of = day_argument(args.as_of)
    user = ctx.actor
    rec = recommend.recommend_for(ctx.db, args.customer_no, as_of)
    shown = {item.product: (rank, item) for rank, item in enumerate(rec.recommended, 1)}
    rank, item = shown.get(args.product_code.strip(), (None, None))
    done = recommend_outcomes.record_outcome(
        ctx.db,
        staff_id=user.id,
        actor=user.login,
        customer_no=args.customer_no,
        product_code=args.product_code,
        outcome=args.outcome,
        decline_reason=args.reason,
        follow_up_on=day_argument(args.follow_up) if args.follow_up else None,
        rank=rank,
        score=item.score if item else None,
        reasons=[r.code for r in item.reasons] if item else [],
        rule_version=rec.rule_version,
    )
    task = f", follow-up task {done.task_id}" if done.task_id else ""
    print(f"recorded {args.outcome} for {rec.customer_no} {args.product_code.strip()}{task}", file=ctx.out)
    return 0


def run_conversion(args, ctx: CommandContext) -> int:
    since = day_argument(args.since) if args.since else None
    until = day_argument(args.until) if args.until else None
    rows = recommend_outcomes.conversion(ctx.db, args.by, since, until)
    if args.json:
        payload = [
            {
                "key": r.key,
                "accepted": r.accepted,
                "declined": r.declined,
                "later": r.later,
                "acceptance": None if r.acceptance is None else str(r.acceptance),
            }
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    print(f"{args.by:<24} accepted declined later acceptance", file=ctx.out)
    for r in rows:
        share = "-" if r.acceptance is None else f"{r.acceptance * 100:.1f}%"
        print(f"{r.key:<24} {r.accepted:>8} {r.declined:>8} {r.later:>5} {share:>10}", file=ctx.out)
    return 0
