"""`branchdesk customers import FILE.csv` and `branchdesk customers show CUSTOMER_NO [--json] [--reveal REASON]`.

Imports are all or nothing: a refused file prints every problem as `line N: <column>: <reason>` on stderr.
`show` masks the ID number, phone and account numbers unless `--reveal REASON` is given, which is audited first.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from db import errors
from desktop.commands import CommandContext, day_argument
from domain.consents import CONSENT_PURPOSES
from domain.customer import CustomerView
from domain.errors import DomainError
from domain.people import age_on
from services import customers
from widgets.messages import describe

if TYPE_CHECKING:
    from domain.customer_import import RowProblem

# The services of `import`, `consent` and `reassign` are imported by their branch: `show`, the call a script makes
# most, does not load them (issue 16).

REFUSED = 2  # the dispatcher's exit code for a coded refusal


def register(subparsers):
    parser = subparsers.add_parser("customers", help="import customers, show one customer")
    actions = parser.add_subparsers(dest="action", required=True)
    load = actions.add_parser("import", help="import customers from a UTF-8 CSV file (all rows or none)")
    load.add_argument("file", metavar="FILE.csv")
    show = actions.add_parser("show", help="show a customer with holdings (identifiers masked)")
    show.add_argument("customer_no")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument(
        "--reveal", metavar="REASON", choices=customers.REVEAL_REASONS, help="show full identifiers (audited)"
    )
    show.add_argument("--note", default="", help="why, when the reason is 'other'")
    move = actions.add_parser("reassign", help="ask to move a manager's whole book to a successor (approved)")
    move.add_argument("--from", dest="from_login", required=True, metavar="LOGIN")
    move.add_argument("--to", dest="to_login", required=True, metavar="LOGIN")
    move.add_argument("--json", action="store_true")
    notices = actions.add_parser(
        "notices", help="print the written notice of a manager change for each customer moved (one page each)"
    )
    notices.add_argument("--to", dest="to_login", required=True, metavar="LOGIN", help="the new manager")
    notices.add_argument("--on", metavar="YYYY-MM-DD", help="the day the customers moved (default today)")
    notices.add_argument("--out", required=True, metavar="FILE.pdf")
    consent = actions.add_parser("consent", help="record (or --withdraw) a customer's separate consent")
    consent.add_argument("customer_no")
    consent.add_argument("--purpose", required=True, choices=CONSENT_PURPOSES)
    consent.add_argument("--withdraw", action="store_true", help="the customer withdraws it from now on")
    consent.add_argument("--channel", default="branch", choices=("branch", "online", "phone"))
    consent.add_argument("--evidence", default="", help="e.g. the signed form's number")
    consent.add_argument("--on", metavar="YYYY-MM-DD", help="the day it was given (default today)")
    parser.set_defaults(handler=run)
    return parser


def run(args, ctx: CommandContext) -> int:
    if args.action == "import":
        from services import customer_import

        return run_import(args.file, ctx, customer_import.import_customers, "customers_imported")
    if args.action == "consent":
        return _consent(args, ctx)
    if args.action == "notices":
        from services.reassignment_notices import reassignment_notices

        count, pdf = reassignment_notices(ctx.db, ctx.actor, args.to_login, day_argument(args.on))
        Path(args.out).write_bytes(pdf)
        print(f"{args.out}: {count}", file=ctx.out)
        return 0
    if args.action == "reassign":
        from desktop.commands import approvals
        from services import customer_edit

        pending = customer_edit.reassign_book_by_login(ctx.db, ctx.actor, args.from_login, args.to_login)
        return approvals.print_pending(ctx, pending, args.json)
    return _show(args, ctx)


# -- shared with `holdings import` -------------------------------------------------------------------------


def read_csv(path: str, err: TextIO) -> str | None:
    """The file's text, or None after saying why it cannot be used."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        print(describe("file_not_found", {"path": path}), file=err)
        return None
    except OSError as exc:
        print(describe("file_unreadable", {"path": path, "reason": exc.strerror or exc}), file=err)
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        print(describe("file_not_utf8", {"path": path}), file=err)
        return None


def problem_line(problem: RowProblem) -> str:
    reason = describe(problem.code, problem.params)
    if problem.field:
        return describe(
            "import_problem_in_column", {"line": problem.line, "column": problem.field, "reason": reason}
        )
    return describe("import_problem", {"line": problem.line, "reason": reason})


def run_import(path: str, ctx: CommandContext, service, done_code: str) -> int:
    from domain.customer_import import ImportRejected

    text = read_csv(path, ctx.err)
    if text is None:
        return REFUSED
    digest = hashlib.sha256(
        Path(path).read_bytes()
    ).hexdigest()  # the file as it was, kept in the audit trail
    try:
        result = service(ctx.db, text, ctx.actor, file_sha256=digest)
    except ImportRejected as rejected:
        for problem in rejected.problems:
            print(problem_line(problem), file=ctx.err)
        print(describe(rejected.code, rejected.params), file=ctx.err)
        return REFUSED
    print(describe(done_code, vars(result)), file=ctx.out)
    if result.warnings:
        print(describe("import_warnings", {"count": len(result.warnings)}), file=ctx.err)
        for warning in result.warnings:
            print(problem_line(warning), file=ctx.err)
    return 0


def _consent(args, ctx: CommandContext) -> int:
    from services import consents

    if args.withdraw:
        consents.withdraw(ctx.db, ctx.actor, args.customer_no, args.purpose)
        print(f"{args.customer_no}: {args.purpose} consent withdrawn", file=ctx.out)
        return 0
    given_on = day_argument(args.on) if args.on else None
    view = consents.record(
        ctx.db, ctx.actor, args.customer_no, args.purpose, channel=args.channel, evidence=args.evidence,
        given_on=given_on,
    )  # fmt: skip
    print(f"{args.customer_no}: {view.purpose} consent given on {view.given_on.isoformat()} ({view.channel})",
          file=ctx.out)  # fmt: skip
    return 0


# -- show ----------------------------------------------------------------------------------------------------


def _show(args, ctx: CommandContext) -> int:
    try:
        view = customers.view_customer(
            ctx.db, ctx.actor, args.customer_no, reveal=args.reveal, note=args.note
        )
    except errors.NotFound:
        print(describe("unknown_customer", {"customer_no": args.customer_no}), file=ctx.err)
        return REFUSED
    except DomainError as refused:  # a reveal without the note its reason needs
        print(describe(refused.code, refused.params), file=ctx.err)
        return REFUSED
    data = customer_json(view, date.today())
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2), file=ctx.out)
    else:
        for key, value in data.items():
            if key != "holdings":
                print(f"{key}: {json.dumps(value, ensure_ascii=False)}", file=ctx.out)
        for holding in data["holdings"]:
            print("holding: " + json.dumps(holding, ensure_ascii=False), file=ctx.out)
    return 0


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else f"{amount:.2f}"


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def customer_json(view: CustomerView, today: date) -> dict[str, Any]:
    """Plain JSON types only: amounts as strings ("50000.00"), dates as YYYY-MM-DD, null for none."""
    risk = view.risk
    return {
        "customer_no": view.customer_no,
        "name": view.name,
        "gender": view.gender,
        "birth_date": _day(view.birth_date),
        "age": age_on(view.birth_date, today),
        "id_documents": [
            {
                "id_type": d.id_type,
                "id_number": d.id_number,
                "expiry": _day(d.expiry),
                "long_term": d.expiry is None,
            }
            for d in view.documents
        ],
        "phone": view.phone,
        "address": view.address,
        "occupation": view.occupation,
        "annual_income": _money(view.annual_income),
        "civil_capacity": view.civil_capacity,
        "qualified_investor": view.qualified_investor,
        "kyc_status": view.kyc_status,
        "tier": view.tier,
        "star": view.star,
        "aum": _money(view.aum),
        "manager": {"login": view.manager_login, "name": view.manager_name} if view.manager_login else None,
        "risk": None
        if risk is None
        else {
            "grade": risk.grade,
            "assessed_on": _day(risk.assessed_on),
            "valid_until": _day(risk.valid_until),
            "channel": risk.channel,
            "expired": today > risk.valid_until,
        },
        "holdings": [
            {
                "account_no": h.account_no,
                "product_code": h.product_code,
                "product_name": h.product_name,
                "family": h.family,
                "balance": _money(h.balance),
                "currency": h.currency,
                "rate": None if h.rate is None else str(h.rate),
                "opened_on": _day(h.opened_on),
                "maturity_on": _day(h.maturity_on),
                "status": h.status,
            }
            for h in view.holdings
        ],
        "masked": view.masked,
    }
