"""Starting the application: fonts, settings, language, crash handling, then the station's shell."""

from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from db import errors
from db.session import Database
from desktop import crash, fonts, i18n
from desktop.collector import UiThreadCollector
from desktop.settings import SettingsStore
from desktop.shell import Shell
from widgets.messages import describe_error


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
    try:
        db = Database(args.db)
    except errors.StorageError as exc:  # e.g. a malformed URL's driver refusing at once
        QMessageBox.critical(None, "BranchDesk", describe_error(exc))
        return 1
    shell = Shell(app, db, store, preferences, demo_if_empty=args.demo_if_empty)
    shell.start()
    # Hundreds of thousands of start-up objects (Qt bindings, SQLAlchemy, Alembic) live for the whole session:
    # move them out of the collector's sight, or a full collection pauses typing for ~100 ms (measured in search).
    gc.collect()
    gc.freeze()
    code = app.exec()
    shell.runner.wait_idle(5_000)
    db.dispose()
    return code
