"""The `branchdesk` command (also `python -m desktop`): no subcommand opens the app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from desktop import logs

log = logging.getLogger(__name__)


# Subcommand -> the module that registers it, in the order `--help` lists them. A command line naming one command
# imports only its module (each pulls in its own services, documents, database models): a call does not pay for
# every other command's imports. `--help` or an unknown word loads them all; no command (the app) loads none, and
# nothing of the database's either: the sign-in window comes first (tests/desktop/test_lazy_imports.py).
COMMANDS: dict[str, str] = {
    "db": "database",
    "demo": "demo",
    "users": "users",
    "catalog": "catalog",
    "customers": "customers",
    "holdings": "holdings",
    "suitability": "suitability",
    "recommend": "recommend",
    "opportunities": "recommend",
    "recommend-answer": "recommend",
    "conversion": "recommend",
    "complaint": "complaint",
    "calendar": "calendar",
    "referral": "workqueue",
    "tasks": "workqueue",
    "reminders": "workqueue",
    "agreement": "agreement",
    "receipt": "receipt",
    "audit": "audit",
    "approvals": "approvals",
    "figures": "figures",
    "tiers": "tiers",
    "selftest": "selftest",
}


def _modules(argv: Sequence[str] | None = None):
    import importlib

    words = list(argv or ())
    named = [word for word in words if word in COMMANDS][:1]
    if argv is None:
        wanted = list(dict.fromkeys(COMMANDS.values()))  # the whole command line (tests walk it)
    elif named:
        wanted = [COMMANDS[named[0]]]
    elif _app_words_only(words):
        wanted = []  # only the app's own options: open the app
    else:
        wanted = list(dict.fromkeys(COMMANDS.values()))  # --help, or a word to explain as unknown
    return tuple(importlib.import_module(f"desktop.commands.{name}") for name in wanted)


def _app_words_only(words: list[str]) -> bool:
    app = _global_options(_app_options(argparse.ArgumentParser(add_help=False)))
    return not app.parse_known_args(words)[1]


def _app_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--demo-if-empty",
        action="store_true",
        help="fill an empty database with demo data before opening the app",
    )
    return parser


def _global_options(parser: argparse.ArgumentParser, default=None) -> argparse.ArgumentParser:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database URL (default: BRANCHDESK_DB_URL, else the local file)",
    )
    parser.add_argument(
        "--lang", choices=["zh_CN", "zh_TW", "en"], default=default, help="language of messages and screens"
    )
    return parser


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line, or (given the arguments) just the part they name."""
    parser = _app_options(
        _global_options(
            argparse.ArgumentParser(
                prog="branchdesk",
                description="BranchDesk 网点客户工作台. Without a subcommand it opens the application.",
            )
        )
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = _modules(argv)
    if modules:
        from desktop.commands import signin

        # --db and --lang may stand anywhere, also after a nested subcommand (`users add X --db URL`).
        common = _global_options(argparse.ArgumentParser(add_help=False), default=argparse.SUPPRESS)
        signin.add_options(common, default=argparse.SUPPRESS)
        for module in modules:
            module.register(_SubcommandsWithCommonOptions(subparsers, common))
    return parser


class _SubcommandsWithCommonOptions:
    """Hands every parser a module creates (nested ones too) the common options."""

    def __init__(self, subparsers, common: argparse.ArgumentParser) -> None:
        self._subparsers, self._common = subparsers, common

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser:
        parser = self._subparsers.add_parser(name, parents=[self._common], **kwargs)
        original = parser.add_subparsers

        def add_subparsers(**sub_kwargs):
            return _SubcommandsWithCommonOptions(original(**sub_kwargs), self._common)

        parser.add_subparsers = add_subparsers
        return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(words).parse_args(words)
    logs.setup()
    sys.excepthook = logs.cli_excepthook  # a bug's traceback, redacted, in the log and on stderr
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
    from db import errors, schema
    from db.session import Database
    from desktop.commands import CommandContext, signin
    from domain.errors import DomainError
    from widgets.messages import describe_error

    try:
        if getattr(args, "own_database", False):  # e.g. selftest: a scratch database unless --db is given
            return args.handler(args, CommandContext(db=None, out=sys.stdout, err=sys.stderr))
        db = Database(args.db)
        try:
            if not getattr(args, "migrates", False):
                schema.ensure_current(db)
            return signin.dispatch(args, CommandContext(db=db, out=sys.stdout, err=sys.stderr))
        finally:
            db.dispose()
    except (DomainError, errors.StorageError) as exc:
        log.info("command %s refused: %s", args.command, exc)
        who = isinstance(exc, signin.WHO_REFUSALS)  # the code in the message: what the person has to fix
        print(f"{describe_error(exc)} ({exc.code})" if who else describe_error(exc), file=sys.stderr)
        return signin.SIGN_IN_REFUSED if who else 2
    except KeyboardInterrupt:
        return 130
