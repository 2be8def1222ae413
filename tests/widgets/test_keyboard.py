"""The counter on the keyboard: a teller signs in, finds a customer, opens the profile, issues a counter receipt and
prints it with key events only; the shortcut table, the window's actions and the sheet agree; F12 locks at once,
Shift+F12 signs out, and closing while something is being written asks first."""

from __future__ import annotations

import re
import threading
from datetime import date
from functools import partial

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Receipt
from desktop.settings import Preferences, SettingsStore
from tests.factories import PASSWORD, small_branch
from tests.widgets.conftest import sign_in, start_station, stop_station
from tests.widgets.test_agreement_dialog import Accepting, page_count, pdf_printer
from widgets.main_window import MainWindow
from widgets.receipt.view import ReceiptDialog, open_receipt_flow
from widgets.shortcuts import SHORTCUTS, WINDOW

pytestmark = pytest.mark.gui


@pytest.fixture
def station(app, db, tmp_path, qtbot, monkeypatch):
    # The backend reads the station's settings (terminal id, receipt paper) from the config folder.
    monkeypatch.setenv("BRANCHDESK_CONFIG_DIR", str(tmp_path / "config"))
    store = SettingsStore()
    store.save(Preferences(station="T01", receipt_paper="A5"))
    small_branch(db, date.today())
    # Keys reach the active window only: a window another test in this process left open (xdist runs many files
    # in one process) must not take them, so start from none.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):  # only the old stations' windows: their menus hold the same keys
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shell = start_station(app, db, tmp_path, qtbot)
    yield shell
    stop_station(shell)


def press(qtbot, keys: str) -> None:
    """One key sequence ("F2", "Ctrl+P", "Return") to the widget that has the focus, as a person types it."""
    sequence = QKeySequence(keys)[0]
    target = QApplication.focusWidget()
    assert target is not None, f"nothing has the focus for {keys}"
    qtbot.keyClick(target, sequence.key(), sequence.keyboardModifiers())


def focused_window(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_search_profile_receipt_and_print_with_the_keyboard_alone(qtbot, station, tmp_path, db):
    sign_in(qtbot, station, "teller1")
    window = station.window
    focused_window(qtbot, window)
    screen = window.screen_for("customers")
    printed = tmp_path / "receipt.pdf"
    screen.detail.receipt_flow = partial(
        open_receipt_flow, printer_factory=pdf_printer(printed), print_dialog_factory=Accepting
    )

    press(qtbot, "F2")  # find a customer
    assert window.stack.currentWidget() is screen and screen.search_edit.hasFocus()
    qtbot.keyClicks(screen.search_edit, "C0000000001")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1, timeout=5000)
    qtbot.wait(50)
    assert screen.detail.view is None  # found by customer number: listed, not opened
    press(qtbot, "Return")  # opens the selected result
    qtbot.waitUntil(lambda: screen.detail.view is not None, timeout=5000)
    assert screen.detail.view.name == "张三"

    press(qtbot, "F4")  # counter receipt
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReceiptDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.form.service_box.hasFocus, timeout=5000)
    press(qtbot, "Down")  # the first service offered: 存款
    assert dialog.form.service() == "存款"
    assert "no terminal id" not in dialog.why.text()
    press(qtbot, "Tab")
    assert dialog.form.amount_edit.hasFocus()
    qtbot.keyClicks(dialog.form.amount_edit, "5000")
    assert dialog.form.amount_words.text() == "¥5,000.00  人民币伍仟元整"
    press(qtbot, "Return")  # Issue receipt, the dialog's default button
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=20_000)
    preview = dialog.previews["customer"]
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=5000)
    assert dialog.pages.currentIndex() == 1 and preview.print_button.hasFocus()
    number = dialog.issued.number
    assert number.startswith("0001-T01-") and number in dialog.issued_label.text()

    press(qtbot, "Ctrl+P")  # print the customer copy (the print dialog accepts at once in tests)
    assert printed.exists() and page_count(printed.read_bytes()) == preview.page_count
    assert not preview.print_button.isEnabled()  # the original is printed once; copies come as 副本
    press(qtbot, "Escape")  # closes the dialog, back to the profile
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    with db.read() as uow:
        row = uow.session.scalars(select(Receipt)).one()
        assert (row.number, row.service, row.paper, row.terminal) == (number, "存款", "A5", "T01")


def test_the_sheet_the_menus_and_the_keys_come_from_one_table(qtbot, station):
    sign_in(qtbot, station, "teller1")
    window = station.window
    bound = {name: action for name, action in window.actions_.items() if action.isVisible()}
    in_window = {s.name: s.keys for s in SHORTCUTS if s.where == WINDOW}
    # A teller has every window shortcut, and each action carries exactly the key the table gives it.
    assert set(bound) == set(in_window)
    for name, action in bound.items():
        assert action.shortcut() == QKeySequence(in_window[name]), name
    focused_window(qtbot, window)
    press(qtbot, "F1")
    sheet = window.shortcut_sheet
    qtbot.waitUntil(lambda: sheet is not None and sheet.isVisible(), timeout=5000)
    rows = sheet.rows()
    assert [row[0] for row in rows] == [QKeySequence(s.keys).toString(QKeySequence.SequenceFormat.NativeText)
                                        for s in SHORTCUTS]  # fmt: skip
    assert ("F12", "Lock the station now", "Main window") in rows
    sheet.close()


def test_f12_locks_at_once_and_shift_f12_signs_out(qtbot, station):
    sign_in(qtbot, station, "teller1")
    window = station.window
    focused_window(qtbot, window)
    press(qtbot, "F12")
    qtbot.waitUntil(lambda: station.lock_dialog is not None, timeout=5000)
    lock = station.lock_dialog
    assert not window.centralWidget().isVisible()
    assert lock.message.text().startswith("The station is locked.")  # not "after a period without use"
    lock.password_edit.setText(PASSWORD)
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: station.lock_dialog is None, timeout=5000)
    assert window.centralWidget().isVisible()
    focused_window(qtbot, window)
    press(qtbot, "Shift+F12")
    qtbot.waitUntil(lambda: station.window is None and station.login_dialog is not None, timeout=5000)


def test_closing_while_something_is_written_asks_and_no_keeps_the_window(qtbot, station):
    sign_in(qtbot, station, "teller1")
    window = station.window
    asked: list[bool] = []

    def keep_open(_parent) -> bool:
        asked.append(True)
        return False  # the person answers No

    window.confirm_close = keep_open
    release = threading.Event()
    station.runner.submit(lambda: release.wait(5), write=True)  # a save still on the write lane
    assert not window.close() and window.isVisible() and len(asked) == 1
    assert not station.sign_out() and station.window is window  # sign-out asks the same and stays
    release.set()
    station.runner.wait_idle()
    qtbot.waitUntil(lambda: not station.runner.is_writing(), timeout=5000)
    assert window.close() and len(asked) == 2  # nothing running any more: no question


def mnemonic(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_alt_letters_in_the_window_never_collide(qtbot, station):
    """Alt+letter reaches one thing: the menus and the profile's buttons share the window."""
    sign_in(qtbot, station, "teller1")
    window = station.window
    screen = window.screen_for("customers")
    window.show_screen("customers")
    screen.open_customer("C0000000001")
    qtbot.waitUntil(lambda: screen.detail.view is not None, timeout=5000)
    texts = [menu.title() for menu in window._menus.values()]
    texts += [b.text() for b in screen.detail.header.buttons if b.isVisibleTo(screen)]
    letters = [mnemonic(text) for text in texts]
    assert None not in letters, texts
    assert len(set(letters)) == len(letters), texts
    focused_window(qtbot, window)
    screen.detail.focus_actions()
    assert screen.detail.receipt_button.hasFocus()  # the profile's first action, Tab goes on from there
    for _ in range(len([b for b in screen.detail.header.buttons if b.isVisibleTo(screen)])):
        press(qtbot, "Tab")
    assert screen.detail.holdings.table.hasFocus()  # then the holdings, one Tab past the last button


def test_the_window_starts_maximised_on_a_small_screen(qtbot, station):
    """The offscreen screen is smaller than a counter's 1366x768: the status bar must not start below its edge."""
    sign_in(qtbot, station, "teller1")
    window = station.window
    assert window.screen().availableGeometry().width() < 1600
    qtbot.waitUntil(window.isMaximized, timeout=5000)


def test_f8_puts_the_keyboard_on_the_first_recommendation(qtbot, station):
    sign_in(qtbot, station, "manager1")
    window = station.window
    focused_window(qtbot, window)
    screen = window.screen_for("customers")
    window.show_screen("customers")
    screen.open_customer("C0000000001")
    recommendations = screen.detail.recommendations
    qtbot.waitUntil(
        lambda: recommendations.shown_for == "C0000000001" and station.runner.is_idle(), timeout=20_000
    )
    press(qtbot, "F8")
    focused = QApplication.focusWidget()
    assert focused is not None and recommendations.isAncestorOf(focused), focused


def test_f9_goes_to_the_screen_list_and_down_opens_the_next_screen(qtbot, station):
    sign_in(qtbot, station, "manager1")
    window = station.window
    focused_window(qtbot, window)
    window.show_screen("home")
    window.screen_for("home").setFocus()
    press(qtbot, "F9")
    assert window.navigation.hasFocus()
    press(qtbot, "Down")
    assert window.stack.currentWidget() is window.screen_for("inbox")
