"""The approvals screen as a supervisor uses it: another person's void waits there; one's own cannot be decided."""

from __future__ import annotations

import pytest

from services import agreement_archive
from services.staff import user_by_login
from tests.factories import add_second_supervisor
from tests.services.test_agreements import issue_wm, shop
from tests.widgets.conftest import sign_in, start_station, stop_station

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(app, db, tmp_path, qtbot):
    shop(db)
    add_second_supervisor(db)
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


def open_approvals(qtbot, shell, login: str):
    sign_in(qtbot, shell, login)
    shell.window.show_screen("approvals")
    screen = shell.window.screen_for("approvals")
    qtbot.waitUntil(lambda: shell.runner.is_idle() and screen.model.rowCount() > 0, timeout=30_000)
    return screen


def test_a_second_supervisor_approves_a_void_and_the_requester_cannot(qtbot, shell, db):
    number = issue_wm(db).number
    requester = user_by_login(db, "supervisor1")
    agreement_archive.request_void(db, requester, number, "客户要求撤销本次认购")
    screen = open_approvals(qtbot, shell, "supervisor1")
    screen.table.selectRow(0)
    assert screen.model.row(0).own and not screen.approve_button.isEnabled()
    shell.sign_out()
    screen = open_approvals(qtbot, shell, "supervisor2")
    screen.table.selectRow(0)
    assert screen.approve_button.isEnabled()
    screen.approve_button.click()
    qtbot.waitUntil(lambda: shell.runner.is_idle() and screen.model.rowCount() == 0, timeout=30_000)
    assert agreement_archive.show(db, number).status == "voided"
    assert "Approved" in screen.banner.text() or "批准" in screen.banner.text()
