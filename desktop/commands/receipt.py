"""`branchdesk receipt issue|reprint`: counter receipts (业务回单), customer and bank copies.

    receipt issue --service TEXT --amount X --user LOGIN [--customer NO] [--account ACCOUNT] [--fee X]
                  [--balance X] [--memo TEXT] [--agreement NUMBER] [--station S]
                  [--paper A4|A5|roll80] [--out FILE.pdf] [--bank-out FILE.pdf]
                  [--withdrawal [--notice-given YYYY-MM-DD] [--demand-rate]]
        Numbers the receipt BRANCH-TERMINAL-YYYYMMDD-NNNNNN (per station per day), renders both copies once,
        stores them and writes them (default ./<number>-customer.pdf and ./<number>-bank.pdf). Prints
        {"number", "sha256", "bank_sha256", "file", "bank_file"} as JSON. --withdrawal: money taken out of the
        account; from a notice deposit it follows its rules (minimum withdrawal, what remains in --balance, the
        notice given; --demand-rate when the customer takes the demand rate instead of the notice).
    receipt reprint NUMBER --out FILE [--copy customer|bank] [--paper P] [--user LOGIN]
        补打: the stored data rendered again with the reprint count, marked 副本.
The station comes from --station, else the station setting, else BRANCHDESK_STATION.
"""

from __future__ import annotations

import json

from desktop.commands import CommandContext, day_argument
from desktop.commands.agreement import _target, _write, station_setting
from domain.money import parse_amount
from domain.papers import RECEIPT_PAPERS as PAPERS  # reports.receipt (reportlab) only to print
from services import receipts


def register(subparsers):
    parser = subparsers.add_parser("receipt", help="counter receipts: issue, reprint")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("issue", help="number, render both copies, archive; prints JSON")
    p.add_argument("--service", required=True, help="as printed, e.g. 定期存款开户")
    p.add_argument("--amount", required=True, metavar="X")
    p.add_argument("--customer", metavar="NO")
    p.add_argument("--account", help="printed masked")
    p.add_argument("--fee", metavar="X", default="0")
    p.add_argument("--balance", metavar="X")
    p.add_argument("--memo", default="")
    p.add_argument("--agreement", metavar="NUMBER")
    p.add_argument("--station")
    p.add_argument("--paper", choices=PAPERS, default="A4")
    p.add_argument("--out", metavar="FILE.pdf", help="the customer copy")
    p.add_argument("--bank-out", dest="bank_out", metavar="FILE.pdf", help="the bank copy")
    p.add_argument("--withdrawal", action="store_true", help="money taken out of the account")
    p.add_argument("--notice-given", dest="notice_given", help="notice deposits: the day notice was given")
    p.add_argument("--demand-rate", dest="demand_rate", action="store_true",
                   help="notice deposits: the customer accepts the demand rate without the notice")  # fmt: skip
    p = sub.add_parser("reprint", help="补打 one copy, marked 副本")
    p.add_argument("number")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--copy", choices=("customer", "bank"), default="customer")
    p.add_argument("--paper", choices=PAPERS)
    parser.set_defaults(handler=run)
    return parser


def run(args, ctx: CommandContext) -> int:
    if args.action == "reprint":
        user = ctx.actor
        target = _target(args.out)
        data = receipts.reprint_receipt(ctx.db, user, args.number, args.copy, paper=args.paper)
        _write(target, data)
        print(
            json.dumps({"number": args.number, "file": str(target.resolve())}, ensure_ascii=False),
            file=ctx.out,
        )
        return 0
    user = ctx.actor
    out = _target(args.out) if args.out else None
    bank_out = _target(args.bank_out) if args.bank_out else None
    issued = receipts.issue_receipt(
        ctx.db,
        user,
        station=args.station or station_setting(),
        service=args.service,
        amount=parse_amount(args.amount),
        customer_no=args.customer,
        account=args.account,
        fee=parse_amount(args.fee),
        balance=parse_amount(args.balance) if args.balance is not None else None,
        memo=args.memo,
        agreement_number=args.agreement,
        paper=args.paper,
        withdrawal=args.withdrawal,
        notice_given_on=day_argument(args.notice_given) if args.notice_given else None,
        demand_rate_accepted=args.demand_rate,
    )
    out = out or _target(f"{issued.number}-customer.pdf")
    bank_out = bank_out or _target(f"{issued.number}-bank.pdf")
    _write(out, issued.customer_pdf)
    _write(bank_out, issued.bank_pdf)
    payload = {
        "number": issued.number,
        "sha256": issued.sha256,
        "bank_sha256": issued.bank_sha256,
        "file": str(out.resolve()),
        "bank_file": str(bank_out.resolve()),
    }
    print(json.dumps(payload, ensure_ascii=False), file=ctx.out)
    return 0
