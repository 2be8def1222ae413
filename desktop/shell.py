"""The session of a station: sign in (the database prepared behind the sign-in window), work, lock when idle,
sign out, sign in again.

The sign-in window is the first thing shown (issue 16): this module imports only what it needs, and opening the
database, its schema check and loading the signed-in window's modules and the PDF font run on the job runner
while the person types (desktop/startup.py). The rest is imported where it is first used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import i18n, logs, startup
from desktop.idle import IdleWatcher
from desktop.jobs import JobRunner
from desktop.settings import Preferences, SettingsStore
from domain.permissions import Action, allows
from domain.staff import effective_idle_minutes
from widgets.login_dialog import LoginDialog
from widgets.messages import describe_error, is_explained

if TYPE_CHECKING:
    from db.session import Database
    from widgets.lock_dialog import LockDialog
    from widgets.main_window import MainWindow

log = logging.getLogger(__name__)
DEMO_CUSTOMERS = 2000
DEMO_LOGINS_HINT = (
    "teller1 · manager1 · supervisor1 · admin1 · lobby1 · wealth1 · complaints1 · head1 / Demo2026"
)
APP_VERSION = "0.1.0"


def prepare_database(db: Database, demo_if_empty: bool) -> dict:
    """Runs on a worker: bring the schema up to date, fill an empty demo database, say what is there."""
    from db import schema
    from services import staff

    schema.ensure_current(db)  # one query when it is current: Alembic (0.4-0.7 s) only to migrate
    demo_made = False
    if demo_if_empty:
        import demo

        if demo.is_empty(db):
            demo.generate(db, customers=DEMO_CUSTOMERS, seed=1)
            demo_made = True
    return {"schema": schema.HEAD, "staff": staff.staff_count(db), "demo": demo_made or demo_if_empty}


def _reload_performance(window: MainWindow) -> None:
    """The dashboard was opened before today's positions were recorded: show them."""
    if "performance" in window.screen_keys():
        screen = window.screen_for("performance")
        if screen.card is not None:
            screen.load()


class Shell(QObject):
    sig_main_window = Signal(object)  # MainWindow, once signed in
    sig_signed_out = Signal()

    sig_warmed = Signal()  # the signed-in window's modules and the PDF font are loaded

    def __init__(
        self,
        app: QApplication,
        db: Database | None,
        store: SettingsStore,
        preferences: Preferences,
        demo_if_empty: bool = False,
        on_fatal: Callable[[str], None] | None = None,
        *,
        url: str | None = None,
    ) -> None:
        """`db` an open database, or None to open `url` (None: the configured one) behind the sign-in window."""
        super().__init__(app)
        self.app, self.db, self.store, self.preferences = app, db, store, preferences
        self._url = url
        self._preparation = startup.Preparation()
        self.runner = JobRunner(self)
        self.runner.sig_failed.connect(self._unhandled)
        self._demo_if_empty = demo_if_empty
        self._on_fatal = on_fatal or self._fatal_dialog
        self.facts: dict = {}
        self.window: MainWindow | None = None
        self.login_dialog: LoginDialog | None = None
        self.lock_dialog: LockDialog | None = None
        self.idle = IdleWatcher(app, preferences.idle_lock_minutes)
        self.idle.pause(True)
        self.idle.sig_idle.connect(lambda: self.lock(idle=True))

    def start(self) -> None:
        """Show the sign-in window, then prepare the database behind it (a sign-in waits for that, not the
        window) and warm up what signing in and the first document load."""
        self.show_login()
        self.runner.submit(
            startup.open_and_prepare,
            self._preparation,
            self._url,
            self.db,
            self._demo_if_empty,
            on_done=self._prepared,
            on_error=self._prepare_failed,
            write=True,
        )
        self.runner.submit(startup.warm_up, on_done=self._warmed)

    def _warmed(self, _none: None) -> None:  # a method: the runner drops the answer if the shell is gone
        self.sig_warmed.emit()

    def _prepared(self, facts: dict) -> None:
        self.db = self._preparation.db
        self.facts = facts
        if self.login_dialog is not None:
            assert self.db is not None
            self.login_dialog.show_prepared(self.db.description, self._login_hint())

    def _prepare_failed(self, error: BaseException) -> None:
        dialog, self.login_dialog = self.login_dialog, None
        if dialog is not None:  # nobody can sign in: the message replaces the window (without quitting twice)
            dialog.rejected.disconnect(self.app.quit)
            dialog.hide()
            dialog.deleteLater()
        if not is_explained(error):
            raise error
        self._on_fatal(describe_error(error))

    def _fatal_dialog(self, text: str) -> None:
        QMessageBox.critical(None, "BranchDesk", text)
        self.app.exit(1)

    def _login_hint(self) -> str:
        if self.facts.get("staff") == 0:
            hint = self.tr(
                "No staff accounts exist yet. Create the first administrator on this computer with:\n"
                "branchdesk users add LOGIN --role admin --name NAME --password-stdin"
            )
        elif self.facts.get("demo"):
            hint = self.tr("Demo logins: {logins}").format(logins=DEMO_LOGINS_HINT)
        else:
            hint = ""
        return hint

    def show_login(self) -> None:
        prepared = self._preparation.done.is_set() and self.db is not None
        dialog = LoginDialog(
            self._authenticate,
            self.runner,
            self.db.description if prepared and self.db is not None else "",
            last_login=self.preferences.last_login,
            hint=self._login_hint(),
            preparing=not prepared,
        )
        dialog.sig_logged_in.connect(self._signed_in)
        dialog.rejected.connect(self.app.quit)
        self.login_dialog = dialog
        dialog.show()

    def _authenticate(self, login: str, password: str):
        """On a worker: a password typed before the database was ready is checked once it is."""
        from services import staff

        return staff.login(self._preparation.wait(), login, password)

    def _signed_in(self, user) -> None:
        from desktop.backend import Backend
        from desktop.navigator import build_main_window

        self.db = self.db or self._preparation.db  # signed in: the preparation has finished
        assert self.db is not None
        self.login_dialog = None
        self.preferences.last_login = user.login
        self.store.save(self.preferences)
        log.info("signed in: %s (%s)", user.login, user.role.value)
        backend = Backend(self.db, user)
        about = {
            "version": APP_VERSION,
            "database": self.db.description,
            "schema": str(self.facts.get("schema", "")),
            "logs": str(logs.log_dir()),
        }
        window = build_main_window(backend, self.runner, self.preferences, self.apply_preferences, about)
        geometry = self.store.window_geometry()
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.sig_closing.connect(lambda: self.store.save_window_geometry(window.saveGeometry()))
        window.bind("lock", self.lock)
        window.bind("sign_out", self.sign_out)
        window.show_on_screen()
        self.window = window
        self.idle.set_minutes(
            effective_idle_minutes(self.preferences.idle_lock_minutes, user.idle_lock_max_minutes)
        )
        self.idle.pause(False)
        if allows(user.role, Action.WORK_QUEUE):
            self._watch_tasks(window, user)
        self.sig_main_window.emit(window)

    def _watch_tasks(self, window: MainWindow, user) -> None:
        """The work queue: today's reminders (the daily job, on the write lane) and arrivals from other stations."""
        from desktop.navigator import tasks_arrived
        from desktop.task_watcher import TaskWatcher
        from services import positions, reminders

        assert self.db is not None
        watcher = TaskWatcher(self.db, user, self.runner, window)
        watcher.sig_arrived.connect(lambda count: tasks_arrived(window, count))
        window.sig_closing.connect(watcher.stop)
        watcher.start()
        self.runner.submit(
            reminders.generate_reminders,
            self.db,
            on_done=lambda result: window.screen_for("inbox").load() if result.changed else None,
            on_error=lambda error: log.warning("daily reminders failed: %s", error),
            write=True,
        )
        # Today's positions, if no station recorded them yet: the first sign-in of a day also closes the days
        # before it (the figures behind the dashboard). The dashboard's button refreshes them during the day.
        self.runner.submit(
            lambda: positions.record_positions(self.db, if_missing=True),
            on_done=lambda _run: _reload_performance(window),
            on_error=lambda error: log.warning("daily positions failed: %s", error),
            write=True,
        )

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences.validated()
        self.store.save(self.preferences)
        i18n.install(self.preferences.language)
        ceiling = self.window.user.idle_lock_max_minutes if self.window is not None else 0
        chosen = self.preferences.idle_lock_minutes
        self.idle.set_minutes(effective_idle_minutes(chosen, ceiling) if ceiling else chosen)

    def lock(self, *, idle: bool = False) -> None:
        """Lock now (menu, F12) or after idle time (`idle=True`, the watcher): the password opens it again."""
        if self.window is None or self.lock_dialog is not None:
            return
        from services import staff
        from widgets.lock_dialog import LockDialog

        db = self.db
        assert db is not None
        backend_user = self.window.user
        dialog = LockDialog(
            backend_user,
            lambda user, pw: staff.verify_password(db, user, pw),
            self.runner,
            self.window,
            idle=idle,
        )
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(self._lock_finished)
        self.lock_dialog = dialog
        # Nothing behind the lock can be read (hidden) or clicked (application-modal dialog). Disabling the
        # window instead would disable the lock dialog too, its child.
        self.window.centralWidget().setVisible(False)
        dialog.show()

    def _lock_finished(self, result: int) -> None:
        from widgets.lock_dialog import SIGN_OUT

        self.lock_dialog = None
        if result == SIGN_OUT:
            if not self.sign_out():
                self.lock()  # the person chose to let running work finish: the station stays locked
            return
        assert self.window is not None
        self.window.centralWidget().setVisible(True)
        self.idle.pause(False)

    def sign_out(self) -> bool:
        """Close the window (which asks first while a save or a print is running) and sign in again; False when
        the person kept the window open."""
        if self.window is not None and not self.window.close():
            return False
        self.idle.pause(True)
        self.runner.drop_pending()  # answers for the closing window's screens must not reach deleted widgets
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.sig_signed_out.emit()
        self.show_login()
        return True

    def _unhandled(self, error: BaseException) -> None:
        if is_explained(error) and self.window is not None:
            self.window.statusBar().showMessage(describe_error(error), 10_000)
            return
        raise error
