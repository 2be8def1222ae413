"""Supervisors change the catalogue in the app, maker-checker: one proposes, another approves."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from services import catalog
from tests.factories import add_second_supervisor, small_branch
from tests.widgets.conftest import sign_in, start_station, stop_station
from widgets.product_edit_dialog import ProductEditDialog

pytestmark = pytest.mark.gui

CATALOG = """products:
  - code: DEP-NOTICE-7D
    name: 七天通知存款
    name_en: 7-day notice deposit
    family: deposit
    currency: CNY
    min_amount: "50000"
    terms: [7D]
    rate: "0.0045"
"""


@pytest.fixture
def shell(app, db, tmp_path, qtbot):
    small_branch(db, date.today())
    add_second_supervisor(db)
    catalog.setup_catalog(db, CATALOG, "cli:test")
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


def open_catalog(qtbot, shell):
    shell.window.show_screen("catalog")
    screen = shell.window.screen_for("catalog")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    return screen


def select_product(qtbot, screen, code):
    row = next(i for i in range(screen.model.rowCount()) if screen.model.row(i).code == code)
    screen.table.selectRow(row)
    qtbot.waitUntil(lambda: screen.history is not None and screen.history.code == code, timeout=5000)


def filled(monkeypatch, dialogs, **fields):
    """A dialog factory: the dialog is filled in and accepted (the first time), then cancelled."""

    def factory(history):
        dialog = ProductEditDialog(history)
        dialogs.append(dialog)
        if len(dialogs) == 1:
            for name, value in fields.items():
                dialog.edits[name].setText(value)
            dialog.note_edit.setText("rate up from Monday")
            monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        else:
            monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Rejected)
        return dialog

    return factory


def test_a_refused_proposal_reopens_the_dialog_with_the_reason_beside_the_field(qtbot, shell, monkeypatch):
    sign_in(qtbot, shell, "supervisor1")
    screen = open_catalog(qtbot, shell)
    select_product(qtbot, screen, "DEP-NOTICE-7D")
    dialogs: list[ProductEditDialog] = []
    screen.changes.dialog_factory = filled(monkeypatch, dialogs, rate="1.35", min_amount="abc")
    screen.changes.edit_product()
    qtbot.waitUntil(lambda: len(dialogs) == 2, timeout=5000)
    again = dialogs[1]
    assert "write rates as fractions" in again.field_errors["rate"].text()
    assert "min_amount must be an amount" in again.field_errors["min_amount"].text()
    assert again.edits["rate"].text() == "1.35"  # what the supervisor typed is kept
    assert screen.pending.rowCount() == 0


def test_one_supervisor_proposes_and_another_approves(qtbot, shell, monkeypatch):
    sign_in(qtbot, shell, "supervisor1")
    screen = open_catalog(qtbot, shell)
    select_product(qtbot, screen, "DEP-NOTICE-7D")
    assert screen.edit_button.isEnabled()
    dialogs: list[ProductEditDialog] = []
    screen.changes.dialog_factory = filled(monkeypatch, dialogs, rate="0.0050")
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pending.rowCount() == 1, timeout=5000)
    pending = screen.pending.row(0)
    assert pending.product_code == "DEP-NOTICE-7D" and "rate: 0.0045 → 0.0050" in screen.pending.data(
        screen.pending.index(0, 1)
    )
    screen.pending_table.selectRow(0)
    assert not screen.approve_button.isEnabled() and not screen.reject_button.isEnabled()
    assert "another supervisor must approve" in screen.decision_reason.text()
    qtbot.waitUntil(lambda: not screen.edit_button.isEnabled(), timeout=5000)  # one open change per product
    assert "waiting for approval" in screen.edit_reason.text()
    row = next(i for i in range(screen.model.rowCount()) if screen.model.row(i).code == "DEP-NOTICE-7D")
    assert screen.model.data(screen.model.index(row, 5)) == "0.45%"

    shell.lock()
    shell.lock_dialog.sign_out_button.click()
    sign_in(qtbot, shell, "supervisor2")
    screen = open_catalog(qtbot, shell)
    qtbot.waitUntil(lambda: screen.pending.rowCount() == 1, timeout=5000)
    screen.pending_table.selectRow(0)
    assert screen.approve_button.isEnabled() and not screen.decision_reason.isVisible()
    screen.approve_button.click()
    qtbot.waitUntil(lambda: screen.pending.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(
        lambda: any(
            screen.model.row(i).code == "DEP-NOTICE-7D"
            and screen.model.data(screen.model.index(i, 5)) == "0.5%"
            for i in range(screen.model.rowCount())
        ),
        timeout=5000,
    )
    assert "approved and in effect" in screen.banner.text()
    select_product(qtbot, screen, "DEP-NOTICE-7D")
    qtbot.waitUntil(lambda: screen.versions.rowCount() == 2, timeout=5000)
    assert screen.versions.data(screen.versions.index(0, 1)) == "Approved"
    assert screen.versions.data(screen.versions.index(1, 1)) == "Superseded"


def test_tellers_see_the_catalogue_read_only(qtbot, shell):
    sign_in(qtbot, shell, "teller1")
    screen = open_catalog(qtbot, shell)
    assert not hasattr(screen, "edit_button") and not hasattr(screen, "pending_table")
