"""`branchdesk suitability CUSTOMER_NO PRODUCT_CODE [--amount X] [--channel C] [--as-of YYYY-MM-DD] [--json]`.

Runs the suitability check (DOMAIN §5) of one proposed sale against the database and prints whether it is
allowed, every block and every warning with its code, its words and what would let the sale pass.
Exit status: 0 allowed (warnings may still need acknowledging), 3 blocked, 2 unknown customer or product or a
bad argument (worded by the dispatcher).
"""

from __future__ import annotations

import json

from desktop.commands import CommandContext, day_argument
from domain.money import parse_amount
from domain.suitability import NEXT_STEPS, Finding, SaleChannel, next_step
from services import suitability
from widgets.messages import describe_finding, describe_next_step

EXIT_ALLOWED = 0
EXIT_BLOCKED = 3


def register(subparsers):
    parser = subparsers.add_parser(
        "suitability",
        help="may this customer buy this product? (exit 0 allowed, 3 blocked, 2 unknown customer/product)",
    )
    parser.add_argument("customer_no")
    parser.add_argument("product_code")
    parser.add_argument(
        "--amount", help="amount in yuan, e.g. 50000.00 (default: no amount, amount rules skipped)"
    )
    parser.add_argument(
        "--channel", default=SaleChannel.BRANCH.value, help="branch (default), online or self_service"
    )
    parser.add_argument("--as-of", dest="as_of", help="the day of the sale, YYYY-MM-DD (default: today)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)
    return parser


def _finding(f: Finding) -> dict[str, object]:
    step = next_step(f.code) if f.code in NEXT_STEPS else None
    return {
        "code": f.code,
        "params": {k: None if v is None else str(v) for k, v in f.params.items()},
        "message": describe_finding(f.code, f.params),
        "next_step": step,
        "next_step_message": describe_next_step(step) if step else None,
    }


def run(args, ctx: CommandContext) -> int:
    amount = parse_amount(args.amount) if args.amount is not None else None
    as_of = day_argument(args.as_of)
    result = suitability.check_sale(ctx.db, args.customer_no, args.product_code, amount, args.channel, as_of)
    blocks = [_finding(f) for f in result.blocks]
    warnings = [_finding(f) for f in result.warnings]
    if args.json:
        payload = {
            "customer_no": args.customer_no.strip().upper(),
            "product_code": args.product_code.strip(),
            "amount": None if amount is None else str(amount),
            "channel": args.channel,
            "as_of": as_of.isoformat(),
            "allowed": result.allowed,
            "blocks": blocks,
            "warnings": warnings,
            "rule_version": result.rule_version,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=ctx.out)
    else:
        print("ALLOWED" if result.allowed else "BLOCKED", file=ctx.out)
        for kind, items in (("block", blocks), ("warning", warnings)):
            for item in items:
                print(f"{kind} {item['code']}: {item['message']}", file=ctx.out)
                if item["next_step"]:
                    print(f"  next step ({item['next_step']}): {item['next_step_message']}", file=ctx.out)
        print(f"rules {result.rule_version}", file=ctx.out)
    return EXIT_ALLOWED if result.allowed else EXIT_BLOCKED
