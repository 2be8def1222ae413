"""`branchdesk figures snapshot|show|drill|report|plan`: performance figures (DOMAIN §9) from the command line.

    figures snapshot [--day D]
        The daily positions job (services/positions.py): records the book per manager and tier for the day
        (today); the first run of a day also closes the days since the last recorded one with the state it finds;
        writes a month end at the first run after one. Safe to run again. Prints what it wrote.
    figures show --user LOGIN [--cadence day|week|xun|month|quarter|year] [--day D | --from D --to D]
                 [--staff LOGIN] [--today D] [--json]
        The scorecard of the branch (supervisors) or of one person (--staff; tellers and managers: their own).
        The period is the one of the cadence containing --day (default today, cadence month), or --from..--to.
    figures drill FIGURE [--tier T] ...the same period and scope options... [--json]
        The customers behind one figure (book, new_customers, moved_up, moved_down, mid_high_lost, contact_due,
        referrals_converted, recommendations_accepted, agreements, overdue_tasks), largest AUM first.
    figures report --format pdf|xlsx --out FILE ...the same period and scope options...
        The printable report (PDF) or the Excel export of the scorecard.
    figures plan set METRIC TARGET --user LOGIN [--cadence C] [--day D | --from D --to D] [--staff LOGIN]
    figures plan list --user LOGIN [period options: default the year containing today] [--json]
    figures plan delete ID --user LOGIN
        Sales plans (supervisors): a target per metric for the branch or one person and one period. Money
        targets are yuan with at most two decimals, counts whole numbers. A plan for the same metric, scope and
        period is replaced.
Refusals (unknown staff, another person's figures, bad dates, an unknown metric, a malformed target) print one
sentence and exit 2; nothing is written then.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

from db import files
from desktop.commands import CommandContext, day_argument, json_value
from domain.errors import InvalidValue
from domain.performance import Figure, PlanView, Scorecard
from domain.periods import Period, custom_period, parse_cadence, period_containing
from services import performance, performance_drill, positions, sales_plans

FIGURES = tuple(f.value for f in Figure)


def _period_options(parser, default_cadence: str) -> None:
    parser.add_argument(
        "--cadence",
        default=default_cadence,
        metavar="C",
        help=f"day, week, xun (旬), month, quarter or year (default {default_cadence})",
    )
    parser.add_argument(
        "--day", metavar="D", help="YYYY-MM-DD: the period containing this day (default today)"
    )
    parser.add_argument(
        "--from", dest="first", metavar="D", help="YYYY-MM-DD: a period typed by hand, with --to"
    )
    parser.add_argument("--to", dest="last", metavar="D", help="YYYY-MM-DD: the last day of the period")


def _scope_options(parser) -> None:
    parser.add_argument(
        "--staff", metavar="LOGIN", help="one person's figures (default: the branch, or yours)"
    )
    parser.add_argument("--today", metavar="D", help="YYYY-MM-DD (default today: what has happened so far)")


def register(subparsers):
    parser = subparsers.add_parser("figures", help="performance figures, reports and sales plans (业绩)")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("snapshot", help="the daily positions job: record the book for a day")
    p.add_argument("--day", metavar="D", help="YYYY-MM-DD (default today)")

    p = sub.add_parser("show", help="the scorecard of the branch or one person")
    _scope_options(p)
    _period_options(p, "month")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("drill", help="the customers behind one figure")
    p.add_argument("figure", metavar="FIGURE", help=", ".join(FIGURES))
    p.add_argument("--tier", default="", metavar="T", help="with book: one tier (T0-T5)")
    _scope_options(p)
    _period_options(p, "month")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("report", help="the report as PDF or the Excel export")
    p.add_argument("--format", required=True, choices=("pdf", "xlsx"), dest="file_format")
    p.add_argument("--out", required=True, metavar="FILE")
    _scope_options(p)
    _period_options(p, "month")

    plan = sub.add_parser("plan", help="sales plans (计划): set, list, delete")
    plans = plan.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    p = plans.add_parser("set", help="set or replace one target")
    p.add_argument("metric", metavar="METRIC", help=", ".join(m.value for m in sales_plans.PlanMetric))
    p.add_argument("target", metavar="TARGET", help="yuan (at most two decimals) or a whole count")
    p.add_argument("--staff", default="", metavar="LOGIN", help="one person's target (default: the branch)")
    _period_options(p, "month")
    p.add_argument("--json", action="store_true")
    p = plans.add_parser("list", help="plans running in a period (default: this year)")
    _period_options(p, "year")
    p.add_argument("--json", action="store_true")
    p = plans.add_parser("delete", help="delete one plan")
    p.add_argument("id", type=int)

    parser.set_defaults(handler=run)
    return parser


def period_from(args) -> Period:
    """The period the options name: the cadence's period containing --day, or --from..--to."""
    if args.first is None and args.last is None:
        return period_containing(parse_cadence(args.cadence), day_argument(args.day))
    if args.day is not None:
        raise InvalidValue("period_day_or_range")
    if args.first is None or args.last is None:
        raise InvalidValue("period_needs_both_ends")
    return custom_period(day_argument(args.first), day_argument(args.last))


def _figure(text: str) -> Figure:
    try:
        return Figure(text.strip())
    except ValueError:
        raise InvalidValue("unknown_figure", value=text, allowed=", ".join(FIGURES)) from None


def run(args, ctx: CommandContext) -> int:
    if args.action == "snapshot":
        return _snapshot(args, ctx)
    if args.action == "plan":
        return _plan(args, ctx)
    period = period_from(args)  # refused before anything is read
    figure = _figure(args.figure) if args.action == "drill" else None
    today = day_argument(args.today)
    if args.action == "report":
        target = Path(args.out)
        if target.is_dir() or not target.parent.exists():
            raise InvalidValue("agreement_file_not_writable", file=args.out)
    user = ctx.actor
    if args.action == "drill":
        assert figure is not None
        result = performance_drill.drill(
            ctx.db, user, figure, period, args.staff, tier=args.tier.strip().upper(), today=today
        )
        if args.json:
            _json(ctx, asdict(result))
        else:
            _print_drill(ctx, result, period)
        return 0
    card = performance.scorecard(ctx.db, user, period, args.staff, today=today)
    if args.action == "report":
        return _report(args, ctx, card, target)
    if args.json:
        _json(ctx, asdict(card))
    else:
        print_scorecard(card, ctx.out)
    return 0


def _json(ctx: CommandContext, value) -> None:
    print(json.dumps(json_value(value), ensure_ascii=False, indent=2), file=ctx.out)


def _snapshot(args, ctx: CommandContext) -> int:
    result = positions.record_positions(ctx.db, day_argument(args.day))
    print(
        f"positions recorded for {result.day.isoformat()}: {result.groups} manager x tier rows, "
        f"{result.carried_days} earlier day(s) closed with the state found now",
        file=ctx.out,
    )
    if result.month_end is not None:
        print(
            f"month end {result.month_end.isoformat()} recorded: {result.transitions} tier transition rows",
            file=ctx.out,
        )
    return 0


def _report(args, ctx: CommandContext, card: Scorecard, target: Path) -> int:
    if args.file_format == "pdf":
        from reports.performance import build_performance_report

        data = build_performance_report(card)
    else:
        from reports.performance_xlsx import build_performance_workbook

        data = build_performance_workbook(card)
    try:
        files.write_private(target, data)
    except OSError:
        raise InvalidValue("agreement_file_not_writable", file=str(target)) from None
    print(f"{target.resolve()}  {len(data):,} bytes", file=ctx.out)
    return 0


# --- words -------------------------------------------------------------------------------------------------


def _money(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:,.2f}"


def _pct(value: Decimal | None) -> str:
    return "-" if value is None else f"{value}%"


def _period_text(period: Period) -> str:
    return f"{period.cadence.value} {period.first.isoformat()} .. {period.last.isoformat()}"


def print_scorecard(card: Scorecard, out) -> None:
    def say(text: str = "") -> None:
        print(text, file=out)

    scope = (
        "whole branch"
        if not card.scope_login
        else f"{card.scope_name} ({card.scope_login}, {card.scope_role})"
    )
    say(f"{card.branch_name} ({card.branch_code})  {scope}")
    say(
        f"period {_period_text(card.period)}; book figures to {card.as_of.isoformat()}; "
        f"generated {card.generated_at:%Y-%m-%d %H:%M}"
    )
    b = card.book
    if b is not None:
        say("book")
        say(
            f"  customers          {b.customers_end:,} (start {b.customers_start:,}, new {b.new_customers:,})"
        )
        say(
            f"  AUM                {_money(b.aum_end)} (start {_money(b.aum_start)}, growth {_pct(b.aum_growth)})"
        )
        say(
            f"  deposits           {_money(b.deposits_end)} (start {_money(b.deposits_start)}, "
            f"daily average {_money(b.deposits_daily_average)})"
        )
        say(
            f"  vs year start      {_money(b.deposits_year_start)} ({_pct(b.deposits_growth_ytd)}); "
            f"same day last year {_money(b.deposits_last_year)} ({_pct(b.deposits_growth_yoy)})"
        )
        say("  tiers              " + "  ".join(f"{t.tier} {t.customers:,}" for t in b.tiers))
        say(
            f"  tier moves         up {b.moved_up:,}, down {b.moved_down:,}; mid/high kept "
            f"{b.mid_high_kept:,} of {b.mid_high_start:,} ({_pct(b.retention)})"
        )
        say(
            f"  products/customer  {b.products_per_customer or '-'}; families/customer "
            f"{b.families_per_customer or '-'}"
        )
        say(
            f"  contact plan       {b.contacted:,} of {b.contact_due:,} contacted in time ({_pct(b.contact_coverage)})"
        )
    a = card.activity
    say("activity")
    say(
        f"  referrals made     {a.referrals_made:,}, converted {a.referrals_made_converted:,} "
        f"({_pct(a.referral_conversion)})"
    )
    say(
        f"  referrals received {a.referrals_received:,}, contacted {a.referrals_contacted:,}, "
        f"converted {a.referrals_converted:,}"
    )
    say(
        f"  recommendations    {a.recommendations_answered:,} answered, {a.recommendations_accepted:,} accepted"
    )
    for row in a.recommendations[:10]:
        say(
            f"    {row.product_code:<18} accepted {row.accepted:>4}  declined {row.declined:>4}  "
            f"later {row.later:>4}  ({_pct(row.acceptance)})"
        )
    if a.decline_reasons:
        say("  declined because   " + ", ".join(f"{r.code} {r.count}" for r in a.decline_reasons))
    say(f"  agreements         {a.agreements_issued:,}; fee business {_money(a.fee_business)}")
    for row in a.agreements:
        say(f"    {row.code:<18} {row.count:>5}  {_money(row.amount):>18}")
    say(f"  counter services   {a.services:,}; fees {_money(a.receipt_fees)}")
    for row in a.receipts:
        say(f"    {row.code:<18} {row.count:>5}  {_money(row.amount):>18}")
    say(f"  tasks              {a.open_tasks:,} open, {a.overdue_tasks:,} overdue")
    if card.plans:
        say("plans")
        for p in card.plans:
            say(
                f"  {p.metric.value:<20} {p.first.isoformat()} .. {p.last.isoformat()}  target "
                f"{_plan_value(p.metric, p.target)}  actual {_plan_value(p.metric, p.actual)}  "
                f"({_pct(p.completion)})"
            )
    c = card.complaints
    if c is not None:
        say("complaints")
        say(
            f"  received {c.total:,}, major {c.major:,}; answered {c.answered:,}, on time {c.on_time:,} "
            f"({_pct(c.on_time_rate)}); satisfied {c.satisfied:,} of {c.rated:,} ({_pct(c.satisfaction_rate)})"
        )
        if c.by_category:
            say("  by category  " + ", ".join(f"{r.code} {r.count}" for r in c.by_category))
    if card.staff:
        say("staff")
        say(
            f"  {'login':<14}{'role':<12}{'customers':>10}{'AUM':>20}{'deposits':>20}{'referred':>9}"
            f"{'conv.':>6}{'agreem.':>8}{'accepted':>9}{'overdue':>8}"
        )
        for s in card.staff:
            who = s.login or "(no manager)"
            say(
                f"  {who:<14}{s.role:<12}{s.customers:>10,}{_money(s.aum):>20}{_money(s.deposits):>20}"
                f"{s.referrals_made:>9}{s.referrals_converted:>6}{s.agreements:>8}"
                f"{s.recommendations_accepted:>9}{s.overdue_tasks:>8}"
            )


def _plan_value(metric, value: Decimal) -> str:
    return _money(value) if metric.is_money else f"{value:,.0f}"


def _print_drill(ctx: CommandContext, result, period: Period) -> None:
    tier = f" {result.tier}" if result.tier else ""
    print(
        f"{result.figure.value}{tier}  {_period_text(period)}: {result.total:,} customer(s)"
        + (f", the first {len(result.rows)} by AUM" if len(result.rows) < result.total else ""),
        file=ctx.out,
    )
    for row in result.rows:
        print(
            f"  {row.customer_no}  {row.name}  {row.tier}  {row.manager or '-'}  {_money(row.aum)}  {row.detail}",
            file=ctx.out,
        )


def _plan(args, ctx: CommandContext) -> int:
    if args.plan_action == "set":
        metric = sales_plans.parse_metric(args.metric)
        target = sales_plans.parse_target(args.target, metric)
        period = period_from(args)
        user = ctx.actor
        view = sales_plans.set_plan(ctx.db, user, metric, period, target, args.staff)
        if args.json:
            _json(ctx, asdict(view))
        else:
            _print_plan(ctx, view)
        return 0
    user = ctx.actor
    if args.plan_action == "delete":
        sales_plans.delete_plan(ctx.db, user, args.id)
        print(f"plan {args.id} deleted", file=ctx.out)
        return 0
    period = period_from(args)
    views = sales_plans.list_plans(ctx.db, user, period.first, period.last)
    if args.json:
        _json(ctx, [asdict(v) for v in views])
        return 0
    if not views:
        print(f"no plans in {_period_text(period)}", file=ctx.out)
    for view in views:
        _print_plan(ctx, view)
    return 0


def _print_plan(ctx: CommandContext, view: PlanView) -> None:
    who = f"{view.staff_name} ({view.staff_login})" if view.staff_login else "whole branch"
    print(
        f"{view.id}  {view.metric.value}  {who}  {view.first.isoformat()} .. {view.last.isoformat()}  "
        f"target {_plan_value(view.metric, view.target)}",
        file=ctx.out,
    )


__all__ = ["period_from", "print_scorecard", "register", "run"]
