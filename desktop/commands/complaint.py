"""`branchdesk complaint register|assign|start|reply|close|withdraw|show|list|stats|print|report-major|check|checks`:
complaint handling.

Every action is done as a staff member (`--user LOGIN`) and follows the same rules as the app (domain/
complaint_flow.py): the person complained about never handles the case, closing needs the result report and the
leader's instruction, a late reply needs its reason. Output is JSON with --json. Exit 0 done, 2 refused.

    complaint print register --from YYYY-MM-DD --to YYYY-MM-DD --user LOGIN [--out FILE.pdf]
    complaint print transfer|result NUMBER --user LOGIN [--out FILE.pdf]
    complaint print urging NUMBER --user LOGIN [--text TEXT] [--out FILE.pdf]
        The register (客户投诉登记簿) of a period, or a case's transfer slip, urging slip or result report, as
        PDF (default ./<number>-<document>.pdf); prints {"document", "number", "file"} as JSON. The complainant
        is masked unless the user may see it (printing it in full is audited). A document that does not fit the
        case's state, an unknown number or a bad date is refused (exit 2) and no file is written.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from desktop.commands import CommandContext, day_argument, json_value, moment_argument
from desktop.commands.agreement import _target, _write
from domain.complaint_documents import register_number
from domain.complaint_duties import MajorReportFacts
from domain.complaint_flow import ClosingFacts, ComplaintNotClosable
from domain.complaints import ComplaintStats
from domain.money import parse_amount
from services import complaint_documents, complaint_duties, complaint_views, complaints
from widgets.messages import describe, describe_error

REFUSED = 2


def register(subparsers):
    parser = subparsers.add_parser("complaint", help="register and handle complaints (投诉)")
    actions = parser.add_subparsers(dest="action", required=True)

    def action(name: str, help_text: str, number: bool = True):
        sub = actions.add_parser(name, help=help_text)
        sub.add_argument("--json", action="store_true", help="print the result as JSON")
        if number:
            sub.add_argument("number", help="complaint number, e.g. TS0101-2026-00001")
        return sub

    reg = action("register", "register a complaint (whoever receives it)", number=False)
    reg.add_argument(
        "--channel", required=True, help="phone, opinion_book, online, walk_in, letter, media, ..."
    )
    reg.add_argument("--category", required=True, help="error, attitude, internal_management, product, ...")
    reg.add_argument("--content", required=True, help="what the customer complains about")
    reg.add_argument("--name", required=True, dest="complainant_name", help="the complainant's name")
    reg.add_argument("--phone", default="", dest="complainant_phone")
    reg.add_argument(
        "--customer", dest="customer_no", help="the complainant's customer number, if a customer"
    )
    reg.add_argument("--amount", help="amount in dispute, yuan")
    reg.add_argument(
        "--about", dest="subject_login", metavar="LOGIN", help="the staff member complained about"
    )
    reg.add_argument("--received", help="when it was received, YYYY-MM-DD HH:MM (default: now)")
    for flag in ("public-figure", "sensitive", "reputational"):
        reg.add_argument(f"--{flag}", action="store_true", help="makes it a major complaint")
    action("assign", "give the case to a handler (supervisor)").add_argument(
        "--to", required=True, metavar="LOGIN"
    )
    action("start", "the handler starts work on the case")
    action("reply", "record the reply given to the customer").add_argument("--text", required=True)
    close = action("close", "close a replied case with the result report (supervisor)")
    for name in ("instruction", "findings", "disposition", "measures", "overdue-reason"):
        close.add_argument(f"--{name}", default="")
    close.add_argument(
        "--satisfaction", default="", help="satisfied, basically_satisfied, dissatisfied, unreachable"
    )
    withdraw = action("withdraw", "the customer withdraws the complaint")
    withdraw.add_argument("--reason", required=True)
    withdraw.add_argument(
        "--voluntary", action="store_true", help="verified that the withdrawal is voluntary"
    )
    action("show", "show one complaint")
    listing = action("list", "the complaints you handle or registered (supervisors: all)", number=False)
    listing.add_argument("--open", action="store_true", help="open cases only")
    stats = action("stats", "counts, on-time rate and satisfaction for a period (supervisor)", number=False)
    stats.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    stats.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")
    major = action("report-major", "record that a major complaint was reported upward")
    major.add_argument(
        "--to", required=True, dest="reported_to", help="to whom: the superior body, the regulator"
    )
    major.add_argument("--content", required=True, help="what was reported")
    check = action("check", "record the day's opinion-book or online check (branch head)", number=False)
    check.add_argument("--kind", required=True, choices=("opinion_book", "online"))
    check.add_argument("--date", dest="check_date", help="the day checked, YYYY-MM-DD (default: today)")
    check.add_argument("--checked", required=True, help="what was checked")
    check.add_argument("--findings", required=True, help="what was found (or that nothing new was)")
    check.add_argument(
        "--found-items", action="store_true", help="online: complaints found, to forward in 2 WD"
    )
    checks = action("checks", "the daily checks of a period and the days left unchecked", number=False)
    checks.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    checks.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")
    printing = actions.add_parser("print", help="print the register or a case's slip or result report (PDF)")
    documents = printing.add_subparsers(dest="document", required=True)
    for name, help_text in (
        ("register", "the complaint register (登记簿) of a period"),
        ("transfer", "the transfer slip (转办单) of a case with a handler"),
        ("urging", "the urging slip (督办单) of an open case near or past its deadline"),
        ("result", "the result report (处理结果报告单) of an answered case"),
        ("major-report", "the report upward (重大投诉报告单) of a reported major complaint"),
    ):
        sub = documents.add_parser(name, help=help_text)
        sub.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
        if name == "register":
            sub.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
            sub.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")
        else:
            sub.add_argument("number", help="complaint number, e.g. TS0101-2026-00001")
        if name == "urging":
            sub.add_argument("--text", default="", help="the urging text (default: worded from the deadline)")
    parser.set_defaults(handler=run)
    return parser


def _print_case(view, ctx: CommandContext, as_json: bool) -> None:
    if as_json:
        print(json.dumps(json_value(asdict(view)), ensure_ascii=False, indent=2), file=ctx.out)
        return
    deadline = view.deadline.isoformat() if view.deadline else "-"
    if view.deadline_provisional:
        deadline += " PROVISIONAL (a year on the way has no loaded calendar: branchdesk calendar import)"
    major = f" MAJOR({','.join(view.major_reasons)})" if view.major_reasons else ""
    print(
        f"{view.number}  {view.status.value}  {view.channel}/{view.category}  due {deadline} ({view.state}){major}",
        file=ctx.out,
    )
    print(
        f"  complainant {view.complainant_name} {view.complainant_phone}  handler {view.handler or '-'}",
        file=ctx.out,
    )
    if view.repeat_of or view.repeated_by:
        print(
            f"  repeat of {view.repeat_of or '-'}  repeated by {', '.join(view.repeated_by) or '-'}",
            file=ctx.out,
        )
    if view.major_report_due:
        reported = view.major_reported_at.isoformat(" ", "minutes") if view.major_reported_at else "NOT YET"
        print(f"  report upward due {view.major_report_due.isoformat()}  reported {reported}", file=ctx.out)


def run(args, ctx: CommandContext) -> int:
    user = ctx.actor
    if args.action == "print":
        return _print_document(args, ctx, user)
    if args.action in ("report-major", "check", "checks"):
        return _duty(args, ctx, user)
    try:
        result = _act(args, ctx, user)
    except ComplaintNotClosable as refused:
        print(describe_error(refused), file=ctx.err)
        for problem in refused.problems:
            print(f"  - {describe(problem)}", file=ctx.err)
        return REFUSED
    if isinstance(result, list):
        if args.json:
            print(
                json.dumps([json_value(asdict(v)) for v in result], ensure_ascii=False, indent=2),
                file=ctx.out,
            )
        else:
            for view in result:
                _print_case(view, ctx, False)
    elif isinstance(result, ComplaintStats):
        payload = json_value(asdict(result)) | {"on_time_rate": json_value(result.on_time_rate)}
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=ctx.out)
    else:
        _print_case(result, ctx, args.json)
    return 0


def _print_document(args, ctx: CommandContext, user) -> int:
    """Render first, write after: a refusal leaves no file behind."""
    if args.document == "register":
        first, last = day_argument(args.first), day_argument(args.last)
        number = register_number(user.branch_code, first, last)
        target = _target(args.out or f"{number}.pdf")
        data = complaint_documents.register_document(ctx.db, user, first, last)
    else:
        number = args.number.strip().upper()
        target = _target(args.out or f"{number}-{args.document}.pdf")
        data = (
            complaint_duties.major_report_pdf(ctx.db, user, number)
            if args.document == "major-report"
            else complaint_documents.case_document(
                ctx.db, user, number, args.document, urging_text=getattr(args, "text", "")
            )
        )
    _write(target, data)
    payload = {"document": args.document, "number": number, "file": str(target.resolve())}
    print(json.dumps(payload, ensure_ascii=False), file=ctx.out)
    return 0


def _duty(args, ctx: CommandContext, user) -> int:
    """The duties beside the case: a report upward, a daily check, the period's checks (JSON with --json)."""
    db = ctx.db
    if args.action == "report-major":
        facts = MajorReportFacts(args.reported_to, args.content)
        result: object = complaint_duties.report_major(db, user, args.number, facts)
    elif args.action == "check":
        day = day_argument(args.check_date) if args.check_date else date.today()
        result = complaint_duties.record_daily_check(
            db, user, args.kind, day, args.checked, args.findings, found_items=args.found_items
        )
    else:
        result = complaint_duties.daily_checks(db, user, day_argument(args.first), day_argument(args.last))
    payload = json_value(asdict(result))  # type: ignore[call-overload]
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=ctx.out)
    elif args.action == "report-major":
        late = " LATE" if payload["late"] else ""
        print(
            f"{args.number.upper()}  reported to {payload['reported_to']}  due {payload['due_on']}{late}",
            file=ctx.out,
        )
    elif args.action == "check":
        forward = f"  forward by {payload['forward_by']}" if payload["forward_by"] else ""
        print(f"{payload['check_date']}  {payload['kind']}  recorded{forward}", file=ctx.out)
    else:
        for check in payload["checks"]:
            print(f"{check['check_date']}  {check['kind']}  {check['findings']}", file=ctx.out)
        for day, kind in payload["missing"]:
            print(f"{day}  {kind}  MISSING", file=ctx.out)
    return 0


def _act(args, ctx: CommandContext, user):
    db = ctx.db
    match args.action:
        case "register":
            return complaints.register(
                db,
                user,
                channel=args.channel,
                category=args.category,
                content=args.content,
                complainant_name=args.complainant_name,
                complainant_phone=args.complainant_phone,
                customer_no=args.customer_no,
                amount=parse_amount(args.amount) if args.amount else None,
                subject_login=args.subject_login,
                public_figure=args.public_figure,
                sensitive=args.sensitive,
                reputational=args.reputational,
                received_at=moment_argument(args.received),
            )
        case "assign":
            return complaints.assign(db, user, args.number, args.to)
        case "start":
            return complaints.start_handling(db, user, args.number)
        case "reply":
            return complaints.record_reply(db, user, args.number, args.text)
        case "close":
            facts = ClosingFacts(
                leader_instruction=args.instruction,
                findings=args.findings,
                disposition=args.disposition,
                corrective_measures=args.measures,
                satisfaction=args.satisfaction,
                overdue_reason=args.overdue_reason,
            )
            return complaints.close(db, user, args.number, facts)
        case "withdraw":
            return complaints.withdraw(db, user, args.number, args.reason, args.voluntary)
        case "show":
            return complaint_views.show(db, user, args.number)
        case "list":
            return complaint_views.list_complaints(db, user, open_only=args.open)
        case "stats":
            return complaint_views.statistics(db, user, day_argument(args.first), day_argument(args.last))
    raise AssertionError(args.action)
