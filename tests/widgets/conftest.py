from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop import fonts, i18n
from desktop.collector import UiThreadCollector
from desktop.jobs import JobRunner
from desktop.settings import Preferences, SettingsStore
from desktop.shell import Shell
from tests.factories import PASSWORD

MODAL_PATIENCE_S = 60  # no test leaves a dialog waiting this long on purpose


@pytest.fixture(autouse=True)
def no_forgotten_dialog(qapp, request):
    """A modal dialog nobody answers (a "close anyway?" asked while a test station shuts down) would wait for ever
    and hang the whole run. Its nested event loop still runs timers: after a minute this one closes it, and the
    test fails saying which dialog it was."""
    seen: dict[int, float] = {}
    forgotten: list[str] = []
    request.node.forgotten_dialogs = forgotten  # a test that leaves one on purpose clears it

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen.clear()
            return
        since = seen.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since > MODAL_PATIENCE_S:
            forgotten.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}")
            seen.pop(id(dialog))
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    watchdog = QTimer(interval=1000)
    watchdog.timeout.connect(check)
    watchdog.start()
    yield
    watchdog.stop()
    if forgotten:
        pytest.fail(f"a modal dialog was left waiting for an answer and closed: {', '.join(forgotten)}")


@pytest.fixture
def app(qapp):
    """The offscreen QApplication with the bundled fonts, in English (the source language) unless a test says;
    garbage collected on the UI thread, as in the app."""
    fonts.register(qapp)
    i18n.install("en")
    collector = UiThreadCollector(qapp)
    yield qapp
    collector.stop()
    collector.deleteLater()
    i18n.install("en")


@pytest.fixture
def runner(app, request) -> Iterator[JobRunner]:
    # Set the database up first, so it is torn down last: a job still running when the test ends finishes
    # before the pool is disposed (a connection it held would otherwise be dropped unclosed, and psycopg's
    # ResourceWarning would fail whichever test the garbage collector happened to run in).
    if "db" in request.fixturenames:
        request.getfixturevalue("db")
    job_runner = JobRunner()
    yield job_runner
    job_runner.wait_idle()
    # Widgets the test closed are deleted here, on the UI thread, before the next test starts.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def start_station(app, db, tmp_path, qtbot) -> Shell:
    """A station's shell on `db`, in English, never idle-locking, waiting at the sign-in dialog."""
    fatal: list[str] = []
    station = Shell(
        app,
        db,
        SettingsStore(tmp_path / "station.ini"),
        Preferences(language="en", idle_lock_minutes=0),
        on_fatal=fatal.append,
    )
    station.fatal = fatal
    station.start()
    qtbot.waitUntil(lambda: station.login_dialog is not None, timeout=30_000)
    return station


def stop_station(station: Shell) -> None:
    # The shell lives on under the application: its idle watcher would lock the closed station ten minutes later,
    # in whichever test then runs on this worker (seen on a loaded machine).
    station.idle.pause(True)
    station.runner.wait_idle()
    # The pools are drained, but a job's answer arrives by queued event: until it has, a save counts as still on
    # the write lane, and closing the window asks first (a modal question nobody answers; seen on a loaded machine).
    deadline = time.monotonic() + 30
    while station.runner.is_writing() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    if station.window is not None:
        station.window.close()


def sign_in(qtbot, shell: Shell, login: str, password: str = PASSWORD) -> None:
    """Type a login at the station's sign-in dialog and wait until the window's first loads are done."""
    qtbot.waitUntil(lambda: shell.login_dialog is not None and shell.login_dialog.isVisible(), timeout=30_000)
    dialog = shell.login_dialog
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    dialog.submit()
    qtbot.waitUntil(lambda: shell.runner.is_idle(), timeout=30_000)
