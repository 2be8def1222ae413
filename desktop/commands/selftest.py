"""`branchdesk selftest --screenshots DIR`: start the GUI offscreen, sign in as every role, visit every screen.

Saves a PNG of each screen and exits non-zero on any Qt warning, unhandled error, error banner, or text a
bundled font cannot draw (which would show as boxes). Without --db it works on a fresh temporary database.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.commands import CommandContext

ROLES = ("teller1", "manager1", "supervisor1", "admin1")
DEMO_PASSWORD = "Demo2026"
SELFTEST_CUSTOMERS = 300
# Said by the offscreen platform plugin for every top-level window: about the test platform, not the app.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints",)
# A counter's screen (issue 14): no window or dialog may need more, or part of it is off the screen.
SCREEN_SIZE = (1366, 768)
# Codes a Chinese screen must show as words (issue 14): product codes (DEP-DEMAND), snake_case codes, tiers
# (T1), terms (1M, 1Y), due stages (T-7), and any code the vocabulary words (CHN, CNY, attitude, replied).
_CODE_SHAPES = re.compile(
    r"(?<![A-Za-z0-9@._/\\-])(?:"
    r"(?P<shaped>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+"  # DEP-DEMAND, WM-STABLE-180D, T-7
    r"|[a-z0-9]+(?:_[a-z0-9]+)+"  # re_identification_required, risk_v2025_1
    r"|T[0-5]"  # tiers
    r"|\d+[DMY])"  # terms: 7D, 1M, 1Y
    r"|(?P<word>[A-Za-z]{2,}))"  # a word: flagged when it is one of the vocabulary's codes
    r"(?![A-Za-z0-9@_/\\-]|\.[A-Za-z0-9])"
)
_NUMBERED = re.compile(r"^[A-Z0-9]+(?:-\d{4,})+$")
_MARKUP = re.compile(r"<[^>]*>")  # rich text's tags and their attributes are not shown


def code_words(text: str) -> list[str]:
    """The codes in a screen's text that should have been words (e-mail addresses and file paths aside)."""
    from domain import vocabulary

    plain = _MARKUP.sub(" ", text)

    def text_after(match: re.Match[str]) -> str:
        return plain[match.end() :]

    found = []
    for match in _CODE_SHAPES.finditer(plain):
        if _NUMBERED.match(match.group(0)):
            continue  # a document's number (TS3101-2026-00001) is quoted, not worded
        if text_after(match).startswith("（"):
            continue  # a code to type, explained right after it: name（名称）
        if match.group("shaped") or match.group("word") in vocabulary.all_codes():
            found.append(match.group(0))
    return found


def register(subparsers):
    parser = subparsers.add_parser(
        "selftest", help="start the GUI offscreen, visit every screen, save screenshots"
    )
    parser.add_argument("--screenshots", metavar="DIR", required=True, type=Path)
    parser.set_defaults(handler=run, own_database=True, needs_gui=True)
    return parser


class SelfTest:
    def __init__(self, out_dir: Path, out) -> None:
        self.out_dir, self.out = out_dir, out
        self.problems: list[str] = []
        self.saved: list[Path] = []

    def problem(self, text: str) -> None:
        self.problems.append(text)
        print(f"PROBLEM: {text}", file=self.out)

    def wait(self, app, predicate: Callable[[], bool], seconds: float, what: str) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if predicate():
                return True
            time.sleep(0.01)
        self.problem(f"timed out waiting for {what}")
        return False

    def save(self, widget, name: str) -> None:
        path = self.out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            self.problem(f"could not save {path}")
        self.saved.append(path)

    def shoot_modal(self, app, open_it: Callable[[], None], name: str) -> None:
        """Call `open_it`, which (now or after a background job) opens a modal dialog; save it and close it.

        A modal dialog runs its own event loop, so the capture is done from a timer inside that loop."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        shot: list[bool] = []

        def capture() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                return
            timer.stop()
            for _ in range(5):
                app.processEvents()
            self.check_glyphs(dialog, name)
            self.check_code_words(dialog, name)
            self.check_size(dialog, name)
            self.save(dialog, name)
            shot.append(True)
            dialog.reject()

        timer = QTimer(interval=50, timeout=capture)
        timer.start()
        open_it()
        self.wait(app, lambda: bool(shot), 30, f"the {name} dialog")
        timer.stop()

    def check_glyphs(self, root, where: str) -> None:
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(root.font())
        texts = visible_texts(root)
        missing = {c for text in texts for c in text if not c.isspace() and not metrics.inFontUcs4(ord(c))}
        if missing:
            self.problem(f"{where}: characters no font can draw: {''.join(sorted(missing))}")

    def check_size(self, window, where: str) -> None:
        """A window or dialog larger than a counter's screen, or one that cannot be made small enough, fails."""
        width, height = SCREEN_SIZE
        needed, size = window.minimumSizeHint(), window.size()  # offscreen, a frame is 4 px of nothing
        if needed.width() > width or needed.height() > height:
            self.problem(
                f"{where}: needs {needed.width()}x{needed.height()}, more than the {width}x{height} screen"
            )
        elif size.width() > width or size.height() > height:
            self.problem(
                f"{where}: {size.width()}x{size.height()} is larger than the {width}x{height} screen"
            )

    def check_top_levels(self, where: str) -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self.check_size(widget, f"{where} ({widget.objectName() or type(widget).__name__})")

    def look_at(self, widget, name: str) -> None:
        """The checks of a screen or a dialog that stays open (not modal): glyphs, code words, size; then a PNG."""
        self.check_glyphs(widget, name)
        self.check_code_words(widget, name)
        self.check_size(widget.window(), name)
        self.save(widget, name)

    def check_code_words(self, root, where: str) -> None:
        found = {word: text for text in visible_texts(root) for word in code_words(text)}
        if found:  # each code with the text it stands in, so the screen that shows it is easy to find
            shown = "; ".join(f"{word} in {text[:80]!r}" for word, text in sorted(found.items()))
            self.problem(f"{where}: codes shown instead of words: {shown}")


def visible_texts(root) -> list[str]:
    """What a reader sees: labels, buttons, group and tab titles, chosen combo items, text views, table cells."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QTableView,
        QTabWidget,
        QTextEdit,
    )

    from widgets.table_model import REFERENCE_ROLE

    texts: list[str] = []
    for widget in [root, *root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        if widget.isVisible():
            texts.append(widget.text() if hasattr(widget, "text") else "")
    for box in root.findChildren(QGroupBox):
        if box.isVisible():
            texts.append(box.title())
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            texts.extend(tabs.tabText(i) for i in range(tabs.count()))
    for combo in root.findChildren(QComboBox):
        if combo.isVisible():
            texts.append(combo.currentText())
    for edit in root.findChildren(QTextEdit):
        if edit.isVisible():
            texts.append(edit.toPlainText())
    for view in root.findChildren(QTableView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            if model.headerData(column, Qt.Orientation.Horizontal, REFERENCE_ROLE):
                continue  # a column of references the reader quotes (catalogue codes): shown as they are
            for row in range(min(model.rowCount(), 30)):
                texts.append(str(model.data(model.index(row, column)) or ""))
    return texts


def run(args, ctx: CommandContext) -> int:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    import demo
    from db.session import Database
    from desktop import i18n
    from desktop.app import create_application
    from desktop.settings import Preferences, SettingsStore
    from desktop.shell import Shell

    out_dir: Path = args.screenshots
    out_dir.mkdir(parents=True, exist_ok=True)
    test = SelfTest(out_dir, ctx.out)

    def on_qt_message(mode, _context, message: str) -> None:
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) and not any(
            message.startswith(noise) for noise in PLATFORM_NOISE
        ):
            test.problem(f"Qt: {message}")

    previous_hook = sys.excepthook
    sys.excepthook = lambda t, e, tb: test.problem(f"unhandled {t.__name__}: {e}")
    qInstallMessageHandler(on_qt_message)
    scratch = Path(tempfile.mkdtemp(prefix="branchdesk-selftest-"))
    url = (
        getattr(args, "db", None)
        or os.environ.get("BRANCHDESK_DB_URL")
        or f"sqlite:///{scratch / 'selftest.db'}"
    )
    app = create_application()
    i18n.install("zh_CN")
    db = Database(url)
    try:
        from db import schema

        schema.upgrade(db)
        if demo.is_empty(db):
            demo.generate(db, customers=SELFTEST_CUSTOMERS, seed=1)
        store = SettingsStore(scratch / "settings.ini")
        shell = Shell(
            app, db, store, Preferences(idle_lock_minutes=0), demo_if_empty=True, on_fatal=test.problem
        )
        shell.start()
        for number, login in enumerate(ROLES):
            _visit_role(app, shell, test, login, first=number == 0)
        _visit_languages(app, shell, test)
    finally:
        qInstallMessageHandler(None)
        sys.excepthook = previous_hook
        db.dispose()
        QApplication.closeAllWindows()
    print(f"saved {len(test.saved)} screenshots to {out_dir}", file=ctx.out)
    if test.problems:
        print(f"selftest FAILED: {len(test.problems)} problem(s)", file=ctx.out)
        return 1
    print("selftest passed", file=ctx.out)
    return 0


def _sign_in(app, shell, test: SelfTest, login: str, password: str) -> bool:
    if not test.wait(
        app,
        lambda: shell.login_dialog is not None and shell.login_dialog.isVisible(),
        120,
        "the sign-in dialog",
    ):
        return False
    dialog = shell.login_dialog
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    dialog.submit()
    return test.wait(app, lambda: shell.window is not None, 30, f"signing in as {login}")


def _settle(app, shell, test: SelfTest, what: str) -> None:
    test.wait(app, shell.runner.is_idle, 30, what)
    for _ in range(5):
        app.processEvents()


def _visit_role(app, shell, test: SelfTest, login: str, first: bool) -> None:
    # Once the database is prepared behind it: the dialog then names the database and shows the demo logins.
    ready = lambda: shell.login_dialog is not None and bool(shell.facts)  # noqa: E731
    if first and test.wait(app, ready, 120, "the sign-in dialog"):
        test.save(shell.login_dialog, "00_login")
        test.check_glyphs(shell.login_dialog, "sign-in dialog")
    if not _sign_in(app, shell, test, login, DEMO_PASSWORD):
        return
    window = shell.window
    window.resize(1366, 768)
    role = window.user.role.value
    for key in window.screen_keys():
        window.show_screen(key)
        _settle(app, shell, test, f"{role}/{key} to load")
        screen = window.screen_for(key)
        if key == "customers":
            if not screen.results.rowCount():
                screen.search_edit.setText("张")  # a teller starts from an empty list: show a real search
                test.wait(app, lambda s=screen: s.results.rowCount() > 0, 30, f"{role} search results")
            # Search waits for a choice: open the first result, as Enter would, so the profile is checked too.
            screen.results_view.setCurrentIndex(screen.results.index(0, 0))
            screen.open_selected()
            _settle(app, shell, test, f"{role} customer profile")
        if screen.banner.isVisible() and screen.banner.kind == "error":
            test.problem(f"{role}/{key} shows an error: {screen.banner.text()}")
        test.check_glyphs(window, f"{role}/{key}")
        test.check_code_words(window, f"{role}/{key}")
        test.check_size(window, f"{role}/{key}")
        test.save(window, f"{role}_{key}")
        _visit_more(app, shell, test, role, key, screen)
        if key == "customers" and screen.assess_button.isVisible() and screen.assess_button.isEnabled():
            test.shoot_modal(app, screen.assess_button.click, f"{role}_assessment")
        if (
            key == "catalog"
            and getattr(screen, "edit_button", None) is not None
            and screen.edit_button.isVisible()
        ):
            screen.table.selectRow(0)
            _settle(app, shell, test, f"{role} product history")
            if screen.edit_button.isEnabled():
                test.shoot_modal(app, screen.edit_button.click, f"{role}_product_edit")
    test.check_top_levels(role)
    if role == "supervisor":
        shell.lock()
        _settle(app, shell, test, "the lock dialog")
        test.save(shell.lock_dialog, "supervisor_locked")
        shell.lock_dialog.password_edit.setText(DEMO_PASSWORD)
        shell.lock_dialog.submit()
        test.wait(app, lambda: shell.lock_dialog is None, 30, "unlocking")
    shell.sign_out()


def _visit_more(app, shell, test: SelfTest, role: str, key: str, screen) -> None:
    """The screens issue 14 added, each once: the notice of new tasks, the referral form, a drill-down, the
    agreement review's question."""
    from desktop.navigator import tasks_arrived
    from domain.performance import Figure

    window = shell.window
    if role == "manager" and key == "inbox":
        tasks_arrived(window, 2)  # as the task watcher does when another station refers a customer
        _settle(app, shell, test, "the inbox after new tasks")
        if not window.notice.isVisible():
            test.problem("manager/inbox: no notice of the tasks that arrived")
        test.look_at(window, "manager_new_tasks_notice")
        window.notice.hide()
    if role == "manager" and key == "customers" and screen.detail.refer_button.isVisible():
        test.shoot_modal(app, screen.detail.refer, "manager_referral")
    if role == "manager" and key == "performance":
        screen.drill(Figure.BOOK)
        if test.wait(app, lambda: screen.drill_dialog is not None, 30, "the drill-down"):
            _settle(app, shell, test, "the drill-down rows")
            dialog = screen.drill_dialog
            test.look_at(dialog, "manager_drill_down")
            dialog.close()
    reviews = getattr(screen, "reviews", None) if key == "approvals" else None
    if reviews is not None:
        if not reviews.model.rowCount():
            test.problem(f"{role}/approvals: no agreement waiting for review in the demo")
            return
        reviews.table.selectRow(next(
            (row for row in range(reviews.model.rowCount()) if not reviews.model.row(row).own), 0
        ))  # fmt: skip
        if reviews.review_button.isEnabled():
            test.shoot_modal(app, reviews.review, f"{role}_agreement_review")  # answered No: nothing changes


def _visit_languages(app, shell, test: SelfTest) -> None:
    from desktop import i18n

    if not _sign_in(app, shell, test, "manager1", DEMO_PASSWORD):
        return
    window = shell.window
    window.resize(1366, 768)
    for language in ("zh_TW", "en"):
        if not i18n.install(language):
            test.problem(f"no translation file for {language}")
        for key in ("home", "customers"):
            window.show_screen(key)
            _settle(app, shell, test, f"{language}/{key}")
            test.check_glyphs(window, f"{language}/{key}")
            test.check_size(window, f"{language}/{key}")
            test.save(window, f"lang_{language}_{key}")
    i18n.install("zh_CN")
    shell.sign_out()
