"""`branchdesk demo [--customers N] [--seed S]`: fill an empty database with a demo branch to try the app on."""

from __future__ import annotations

import time

from desktop.commands import CommandContext


def register(subparsers):
    parser = subparsers.add_parser(
        "demo", help="fill an empty database with demo staff, products and customers"
    )
    parser.add_argument("--customers", type=int, default=2000, metavar="N", help="how many (default 2000)")
    parser.add_argument(
        "--seed", type=int, default=1, metavar="S", help="same seed, same customers (default 1)"
    )
    parser.set_defaults(handler=run, sign_in="bootstrap")
    return parser


def run(args, ctx: CommandContext) -> int:
    import demo  # the generator and its data: only when a demo is made, not for `--help`

    started = time.perf_counter()
    actor = ctx.user.login if ctx.user is not None else "demo"  # an empty database: nobody to sign in as yet
    summary = demo.generate(ctx.db, customers=args.customers, seed=args.seed, actor=actor)
    seconds = time.perf_counter() - started
    tiers = ", ".join(f"{tier} {count}" for tier, count in summary.tiers)
    lines = [
        f"{ctx.db.description}: demo branch {summary.branch_code} {summary.branch_name}",
        f"  {summary.customers} customers in {summary.households} households ({tiers})",
        f"  {summary.holdings} holdings, {summary.assessments} risk assessments, "
        f"{summary.interactions} contacts, {summary.products} products",
        f"  made in {seconds:.1f} s",
        f"Demo logins (password {summary.password}):",
        *(f"  {login:<12} {role}" for login, role in summary.logins),
    ]
    print("\n".join(lines), file=ctx.out)
    return 0
