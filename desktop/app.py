"""Starting the application: fonts, settings, language, crash handling, then the station's shell.

Only what the sign-in window needs is imported before it is shown; the database is opened behind it (shell.py).
"""

from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtWidgets import QApplication

from desktop import crash, fonts, i18n
from desktop.collector import UiThreadCollector
from desktop.settings import SettingsStore
from desktop.shell import Shell


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("BranchDesk")
    app.setOrganizationName("BranchDesk")
    app.setApplicationDisplayName("BranchDesk")
    fonts.register(app)
    if not app.findChild(UiThreadCollector):
        UiThreadCollector(app)
    return app


def run_app(args: argparse.Namespace) -> int:
    app = create_application()
    crash.install()
    store = SettingsStore()
    preferences = store.load()
    if args.lang:
        preferences.language = args.lang
    i18n.install(preferences.language)
    # A database that cannot be opened (e.g. a malformed URL) is explained by the shell, which then quits.
    shell = Shell(app, None, store, preferences, demo_if_empty=args.demo_if_empty, url=args.db)
    # Hundreds of thousands of start-up objects (Qt bindings, SQLAlchemy, the screens) live for the whole session:
    # once they are loaded (behind the sign-in window), move them out of the collector's sight, or a full
    # collection pauses typing for ~100 ms (measured in search).
    shell.sig_warmed.connect(_freeze_startup_objects)
    shell.start()
    code = app.exec()
    shell.runner.wait_idle(5_000)
    if shell.db is not None:
        shell.db.dispose()
    return code


def _freeze_startup_objects() -> None:
    gc.collect()
    gc.freeze()
