"""The inbox as staff use it: a teller refers a customer, the manager's station shows it within 2 seconds,
the manager records the outcome; overdue tasks are red; supervisors see everyone's."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from db.models import Task
from db.services import referrals
from db.session import Database
from domain.codes import Role
from domain.staff import StaffUser
from tests.factories import small_branch
from tests.widgets.conftest import sign_in, start_station, stop_station
from widgets.inbox_screen import OVERDUE

pytestmark = pytest.mark.gui


@pytest.fixture
def ids(db):
    return small_branch(db, date.today())


@pytest.fixture
def shell(app, db, ids, tmp_path, qtbot):
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


def open_inbox(qtbot, shell, login):
    sign_in(qtbot, shell, login)
    shell.window.show_screen("inbox")
    screen = shell.window.screen("inbox")
    qtbot.waitUntil(lambda: shell.runner.is_idle(), timeout=5000)
    return screen


def teller(ids) -> StaffUser:
    return StaffUser(ids[Role.TELLER], "teller1", "teller", Role.TELLER, "0001", "支行")


def test_a_referral_from_another_station_arrives_within_two_seconds(qtbot, shell, ids, db_url):
    screen = open_inbox(qtbot, shell, "manager1")
    before = screen.model.rowCount()
    counter = Database(db_url)  # the teller's station
    try:
        started = time.monotonic()
        referrals.create(counter, teller(ids), "C0000000001", reason="stated_need", products=["TD1Y"])
    finally:
        counter.dispose()
    qtbot.waitUntil(lambda: screen.model.rowCount() == before + 1, timeout=2000)
    assert time.monotonic() - started < 2.0
    assert "new task(s) in your inbox" in shell.window.statusBar().currentMessage()
    assert "Inbox (" in shell.window.navigation.item(1).text()
    row = next(r for r in range(screen.model.rowCount()) if screen.model.row(r).kind == "referral")
    screen.table.selectRow(row)
    assert screen.outcome_buttons["converted"].isVisible() and not screen.done_button.isVisible()
    screen.outcome_buttons["contacted"].click()
    qtbot.waitUntil(lambda: shell.runner.is_idle(), timeout=5000)
    screen.outcome_buttons["converted"].click()
    qtbot.waitUntil(lambda: all(screen.model.row(r).kind != "referral" for r in range(screen.model.rowCount())),
                    timeout=5000)  # fmt: skip
    office = Database(db_url)
    try:
        [credit] = referrals.credits(office)
    finally:
        office.dispose()
    assert (credit.login, credit.converted) == ("teller1", 1)


def test_overdue_tasks_are_red_and_open_the_customer(qtbot, shell, ids, db):
    referrals.create(
        db, teller(ids), "C0000000001", reason="stated_need", now=datetime.now() - timedelta(days=30)
    )
    screen = open_inbox(qtbot, shell, "manager1")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=5000)
    row = next(r for r in range(screen.model.rowCount()) if screen.model.row(r).kind == "referral")
    from PySide6.QtCore import Qt

    assert screen.model.data(screen.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert "overdue" in screen.banner.text()
    screen.table.selectRow(row)
    screen.open_button.click()
    customers = shell.window.screen("customers")
    qtbot.waitUntil(lambda: customers.detail.view is not None, timeout=5000)
    assert customers.detail.view.customer_no == "C0000000001"
    assert shell.window.stack.currentWidget() is customers


def test_the_teller_refers_from_the_inbox_and_a_duplicate_is_refused(qtbot, shell, ids, db):
    screen = open_inbox(qtbot, shell, "teller1")
    dialogs = []

    def make(managers, customer_no, parent):
        from widgets.referral_dialog import ReferralDialog

        dialog = ReferralDialog(managers, customer_no, parent)
        dialog.customer.setText("C0000000001")
        dialog.open = lambda: (dialogs.append(dialog), dialog.accepted.emit())[0]  # the person clicks Refer
        return dialog

    screen._referral_dialog = make
    screen.refer()
    qtbot.waitUntil(lambda: "Referred C0000000001" in screen.banner.text(), timeout=5000)
    screen.refer()
    qtbot.waitUntil(lambda: len(dialogs) >= 3, timeout=5000)  # refused: shown again with the reason
    qtbot.waitUntil(lambda: "already has an open referral" in dialogs[-1].error.text(), timeout=5000)
    dialogs[-1].accepted.disconnect()
    # The teller follows the referral but cannot record its outcome; it is not counted as theirs to do.
    assert screen.model.rowCount() == 1 and screen.count_label.text() == "0 open task(s)"
    screen.table.selectRow(0)
    assert not screen.outcome_buttons["converted"].isEnabled()


def test_supervisors_see_everyones_tasks_through_the_filter(qtbot, shell, ids, db):
    referrals.create(db, teller(ids), "C0000000001", reason="stated_need")
    with db.write() as uow:
        uow.session.execute(update(Task).values(due_on=date.today() + timedelta(days=3)))
        uow.commit()
    screen = open_inbox(qtbot, shell, "supervisor1")
    assert screen.filter.isVisible()
    qtbot.waitUntil(lambda: screen.filter.count() > 3, timeout=5000)
    mine = screen.model.rowCount()
    screen.filter.setCurrentIndex(screen.filter.findData("*"))
    qtbot.waitUntil(lambda: screen.model.rowCount() > mine, timeout=5000)
    screen.filter.setCurrentIndex(screen.filter.findData("manager1"))
    qtbot.waitUntil(
        lambda: (
            screen.model.rowCount() > 0
            and all(screen.model.row(r).assignee_login == "manager1" for r in range(screen.model.rowCount()))
        ),
        timeout=5000,
    )


def test_the_teller_refers_from_the_customers_profile_in_two_clicks(qtbot, shell, ids, db):
    sign_in(qtbot, shell, "teller1")
    shell.window.show_screen("customers")
    customers = shell.window.screen("customers")
    customers.open_customer("C0000000001")
    qtbot.waitUntil(lambda: customers.detail.view is not None, timeout=5000)
    panel = customers.detail
    assert panel.refer_button.isVisible()

    def make(managers, customer_no, parent):
        from widgets.referral_dialog import ReferralDialog

        dialog = ReferralDialog(managers, customer_no, parent)
        dialog.open = dialog.accept  # the person picks a reason and clicks Refer
        return dialog

    panel._referral_dialog_factory = make
    panel.refer_button.click()
    qtbot.waitUntil(lambda: "Referred C0000000001" in panel.banner.text(), timeout=5000)
    qtbot.waitUntil(lambda: shell.runner.is_idle(), timeout=5000)
    with db.read() as uow:
        task = uow.session.query(Task).filter_by(kind="referral").one()
        assert (task.assignee_id, task.created_by_id) == (ids[Role.MANAGER], ids[Role.TELLER])
