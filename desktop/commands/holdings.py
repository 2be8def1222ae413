"""`branchdesk holdings import FILE.csv`: accounts and balances of customers already on file (all or nothing)."""

from __future__ import annotations

from desktop.commands import CommandContext
from desktop.commands.customers import run_import
from services import customer_import


def register(subparsers):
    parser = subparsers.add_parser("holdings", help="import holdings")
    actions = parser.add_subparsers(dest="action", required=True)
    load = actions.add_parser("import", help="import holdings from a UTF-8 CSV file (all rows or none)")
    load.add_argument("file", metavar="FILE.csv")
    parser.set_defaults(handler=run)
    return parser


def run(args, ctx: CommandContext) -> int:
    return run_import(args.file, ctx, customer_import.import_holdings, "holdings_imported")
