"""`branchdesk referral create|outcome|credits|report`, `branchdesk tasks list|done`, `branchdesk reminders run`.

The work queue of issue 7 from the command line, done as a staff member (`--user LOGIN`) under the same rules as
the app (services/referrals.py, services/inbox.py). `reminders run` is the daily job
(services/reminders.py): safe to run any number of times a day; it prints what it created and what it closed
because the cause went away. `referral report` is the referrals report of the inbox screen. Exit 0 done, 2 refused.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from desktop.commands import CommandContext, day_argument, json_value
from domain.referrals import Referral, month_of
from services import inbox, referrals, reminders


def register(subparsers):
    referral = subparsers.add_parser("referral", help="refer a customer to a customer manager (转介)")
    actions = referral.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="refer a customer (teller, lobby, anyone)")
    create.add_argument("--customer", required=True, dest="customer_no", metavar="NO")
    create.add_argument("--to", dest="to_login", metavar="LOGIN", help="default: the customer's manager")
    create.add_argument(
        "--reason", required=True, help="large_balance, stated_need, rising_star, maturity, premium, other"
    )
    create.add_argument("--products", default="", help="suggested product codes, comma-separated")
    create.add_argument("--note", default="")
    create.add_argument("--urgent", action="store_true")
    create.add_argument(
        "--no-consent", action="store_true", help="the customer did not agree to be contacted"
    )
    create.add_argument("--json", action="store_true")
    outcome = actions.add_parser("outcome", help="record the outcome of a referral (its manager)")
    outcome.add_argument("id", type=int, help="the referral's task id")
    outcome.add_argument(
        "--outcome", required=True, choices=["contacted", "converted", "not_interested", "later"]
    )
    outcome.add_argument("--note", default="")
    outcome.add_argument("--json", action="store_true")
    credit = actions.add_parser("credits", help="referrals and conversions per referring staff member")
    credit.add_argument("--from", dest="first", help="YYYY-MM-DD")
    credit.add_argument("--to", dest="last", help="YYYY-MM-DD")
    report = actions.add_parser(
        "report", help="referrals per referring staff member and per receiving manager (default: this month)"
    )
    report.add_argument("--from", dest="first", help="YYYY-MM-DD (default: the first of this month)")
    report.add_argument("--to", dest="last", help="YYYY-MM-DD (default: the last of this month)")
    report.add_argument("--today", help="YYYY-MM-DD (for what counts as overdue)")
    report.add_argument("--json", action="store_true")
    referral.set_defaults(handler=run_referral)

    tasks = subparsers.add_parser("tasks", help="the work queue (待办)")
    task_actions = tasks.add_subparsers(dest="action", required=True)
    listing = task_actions.add_parser("list", help="your open tasks (supervisors: --all for everyone's)")
    listing.add_argument("--all", action="store_true", dest="everyone", help="everyone's tasks (supervisors)")
    listing.add_argument("--assignee", metavar="LOGIN", help="with --all: one person's ('queue': unassigned)")
    listing.add_argument("--today", help="YYYY-MM-DD (for what counts as overdue)")
    listing.add_argument("--json", action="store_true")
    done = task_actions.add_parser("done", help="mark a task done (referrals: `referral outcome`)")
    done.add_argument("id", type=int)
    done.add_argument("--note", default="")
    tasks.set_defaults(handler=run_tasks)

    job = subparsers.add_parser("reminders", help="the daily reminder job")
    job_actions = job.add_subparsers(dest="action", required=True)
    run_job = job_actions.add_parser("run", help="create today's reminders (never twice)")
    run_job.add_argument("--today", help="YYYY-MM-DD (default: today)")
    job.set_defaults(handler=run_reminders)
    return referral


def _print_referral(view: Referral, ctx: CommandContext, as_json: bool) -> None:
    if as_json:
        print(json.dumps(json_value(asdict(view)), ensure_ascii=False, indent=2), file=ctx.out)
        return
    products = ",".join(view.products) or "-"
    print(
        f"{view.id}  {view.customer_no} -> {view.manager_login}  {view.reason}  products {products}  "
        f"due {view.due_on.isoformat()}  {view.status}{' ' + view.outcome if view.outcome else ''}",
        file=ctx.out,
    )


def run_referral(args, ctx: CommandContext) -> int:
    if args.action == "credits":
        first = day_argument(args.first) if args.first else None
        last = day_argument(args.last) if args.last else None
        for c in referrals.credits(ctx.db, first, last):
            print(
                f"{c.login}  {c.name}  referred {c.referred}  contacted {c.contacted}  converted {c.converted}",
                file=ctx.out,
            )
        return 0
    user = ctx.actor
    if args.action == "report":
        return _report(args, ctx, user)
    if args.action == "create":
        view = referrals.create(
            ctx.db,
            user,
            args.customer_no,
            reason=args.reason,
            to_login=args.to_login,
            products=[p for p in args.products.split(",") if p.strip()],
            note=args.note,
            urgency="urgent" if args.urgent else "normal",
            contact_consent=not args.no_consent,
        )
    else:
        view = referrals.record_outcome(ctx.db, user, args.id, args.outcome, note=args.note)
    _print_referral(view, ctx, args.json)
    return 0


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.0%}"


def _report(args, ctx: CommandContext, user) -> int:
    today = day_argument(args.today)
    default_first, default_last = month_of(today)
    first = day_argument(args.first) if args.first else default_first
    last = day_argument(args.last) if args.last else default_last
    result = referrals.report(ctx.db, user, first, last, today=today)
    if args.json:
        print(json.dumps(json_value(asdict(result)), ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    out = ctx.out
    print(
        f"referrals made {first.isoformat()} .. {last.isoformat()} (overdue as of {today.isoformat()})",
        file=out,
    )
    print(
        f"{'referred by':<24}{'referred':>9}{'contacted':>10}{'converted':>10}{'not int.':>9}{'open':>6}"
        f"{'overdue':>8}{'rate':>6}",
        file=out,
    )
    for line in (*result.referrers, result.referrer_total):
        who = f"{line.login} {line.name}" if line.login else "total"
        print(
            f"{who:<24}{line.referred:>9}{line.contacted:>10}{line.converted:>10}{line.not_interested:>9}"
            f"{line.open:>6}{line.overdue:>8}{_percent(line.conversion_rate):>6}",
            file=out,
        )
    print(
        f"{'received by':<24}{'received':>9}{'contacted':>10}{'in time':>10}{'converted':>10}{'open':>6}"
        f"{'overdue':>8}",
        file=out,
    )
    for m in (*result.managers, result.manager_total):
        who = f"{m.login} {m.name}" if m.login else "total"
        print(
            f"{who:<24}{m.received:>9}{m.contacted:>10}{m.contacted_in_time:>10}{m.converted:>10}{m.open:>6}"
            f"{m.overdue:>8}",
            file=out,
        )
    return 0


def run_tasks(args, ctx: CommandContext) -> int:
    user = ctx.actor
    if args.action == "done":
        inbox.complete(ctx.db, user, args.id, note=args.note)
        print(f"{args.id} done", file=ctx.out)
        return 0
    views = inbox.list_tasks(
        ctx.db, user, everyone=args.everyone, assignee_login=args.assignee, today=day_argument(args.today)
    )
    if args.json:
        print(json.dumps([json_value(asdict(v)) for v in views], ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    for v in views:
        due = v.due_on.isoformat() if v.due_on else "-"
        flag = "  OVERDUE" if v.overdue else ""
        who = v.assignee_login or "(supervisors)"
        print(f"{v.id}  {v.kind}  {v.customer_no or '-'}  {v.title}  due {due}  {who}{flag}", file=ctx.out)
    return 0


def run_reminders(args, ctx: CommandContext) -> int:
    result = reminders.generate_reminders(ctx.db, day_argument(args.today))
    print("created  " + "  ".join(f"{kind} {count}" for kind, count in result.created.items()), file=ctx.out)
    print("closed  " + "  ".join(f"{kind} {count}" for kind, count in result.closed.items()), file=ctx.out)
    return 0
