"""The `branchdesk` command (also `python -m desktop`): no subcommand opens the app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from db import errors, schema
from db.session import Database
from desktop import logs
from desktop.commands import CommandContext
from domain.errors import DomainError

log = logging.getLogger(__name__)


def _modules():
    from desktop.commands import catalog, customers, database, demo, holdings, selftest, users

    return (database, demo, users, catalog, customers, holdings, selftest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="branchdesk",
        description="BranchDesk 网点客户工作台. Without a subcommand it opens the application.",
    )
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: BRANCHDESK_DB_URL, else the local file)"
    )
    parser.add_argument("--lang", choices=["zh_CN", "zh_TW", "en"], help="language of messages and screens")
    parser.add_argument(
        "--demo-if-empty",
        action="store_true",
        help="fill an empty database with demo data before opening the app",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _modules():
        sub = module.register(subparsers)
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logs.setup()
    if args.command is None:
        from desktop.app import run_app

        return run_app(args)
    if getattr(args, "needs_gui", False):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from desktop.app import create_application

        create_application()
    from desktop.i18n import install_cli_translator

    install_cli_translator(args.lang)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    from widgets.messages import describe_error

    try:
        if getattr(args, "own_database", False):  # e.g. selftest: a scratch database unless --db is given
            return args.handler(args, CommandContext(db=None, out=sys.stdout, err=sys.stderr))
        db = Database(args.db)
        try:
            if not getattr(args, "migrates", False):
                schema.upgrade(db)
            return args.handler(args, CommandContext(db=db, out=sys.stdout, err=sys.stderr))
        finally:
            db.dispose()
    except (DomainError, errors.StorageError) as exc:
        log.info("command %s refused: %s", args.command, exc)
        print(describe_error(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130

