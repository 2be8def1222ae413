"""The widget tests' watchdog (conftest.no_forgotten_dialog): a modal dialog nobody answers is closed after a
while and named, instead of hanging the whole run."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

import tests.widgets.conftest as widget_conftest


def test_a_question_nobody_answers_is_closed_and_named(qapp, request, monkeypatch):
    monkeypatch.setattr(widget_conftest, "MODAL_PATIENCE_S", 0)  # no minute's wait in the suite
    box = QMessageBox(QMessageBox.Icon.Question, "Close anyway?", "A save is still running.")
    QTimer.singleShot(30_000, box.accept)  # this test's own safety net: never hang the suite
    answer = box.exec()  # returns only because the watchdog closed it
    assert answer != QMessageBox.StandardButton.Ok
    assert request.node.forgotten_dialogs == ["QMessageBox 'Close anyway?'"]
    request.node.forgotten_dialogs.clear()  # expected here: do not fail this test for it
