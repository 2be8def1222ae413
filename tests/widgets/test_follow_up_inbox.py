"""The 回访 task in the reviewer's inbox: it takes the call's outcome (no plain "done"), an objection asks what the
customer objected to and goes to the supervisors' queue. English UI, SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from db.models import Task
from services import agreement_review, agreements
from services.staff import user_by_login
from tests.services.test_agreements import NOW, ZHANG, manager, shop
from tests.widgets.conftest import sign_in, start_station, stop_station

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(app, db, tmp_path, qtbot):
    shop(db)
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


def sold_and_reviewed(db, hours_ago: int) -> str:
    number = agreements.issue(
        db, manager(db), ZHANG, "WM-PRIV", Decimal("300000"), now=NOW, acknowledged_warnings=("cooling_off",)
    ).number
    reviewed = datetime.now().replace(microsecond=0) - timedelta(hours=hours_ago)
    agreement_review.review(db, user_by_login(db, "supervisor1"), number, now=reviewed)
    return number


def call_rows(screen) -> list[int]:
    return [r for r in range(screen.model.rowCount()) if screen.model.row(r).kind == "follow_up_call"]


def test_the_reviewer_records_the_call_from_the_inbox(qtbot, shell, db, monkeypatch):
    ended = sold_and_reviewed(db, hours_ago=25)  # the window ended an hour ago
    disputed = sold_and_reviewed(db, hours_ago=30)
    sign_in(qtbot, shell, "supervisor1")
    shell.window.show_screen("inbox")
    screen = shell.window.screen_for("inbox")
    qtbot.waitUntil(lambda: shell.runner.is_idle() and len(call_rows(screen)) == 2, timeout=10_000)
    row = next(r for r in call_rows(screen) if screen.model.row(r).details["agreement"] == ended)
    screen.table.selectRow(row)
    assert screen.call_actions.isVisible() and not screen.done_button.isVisible()
    assert f"Call about agreement {ended}" in screen.detail.toPlainText()
    screen.call_actions.buttons["confirmed"].click()
    qtbot.waitUntil(lambda: shell.runner.is_idle() and len(call_rows(screen)) == 1, timeout=10_000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("客户称未被告知风险", True))
    screen.table.selectRow(call_rows(screen)[0])
    screen.call_actions.buttons["objection"].click()
    qtbot.waitUntil(lambda: shell.runner.is_idle() and not call_rows(screen), timeout=10_000)
    with db.read() as uow:
        found = uow.session.execute(
            select(Task.title, Task.outcome).where(Task.kind == "follow_up_call")
        ).all()
        outcomes = {title: outcome for title, outcome in found}
        queued = uow.session.scalars(select(Task.title).where(Task.kind == "follow_up_objection")).all()
    assert outcomes == {ended: "confirmed", disputed: "objection"} and queued == [disputed]
