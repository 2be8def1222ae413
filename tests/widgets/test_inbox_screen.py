"""The inbox as staff use it: a teller refers a customer, the manager's station shows it within 2 seconds,
the manager records the outcome; overdue tasks are red; supervisors see everyone's."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from db.models import Task
from db.session import Database
from domain.codes import Role
from domain.staff import StaffUser
from services import inbox, referrals
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
    screen = shell.window.screen_for("inbox")
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
    assert "new task(s) in your inbox" in shell.window.notice.text.text()
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
    assert screen.model.data(screen.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert "overdue" in screen.banner.text()
    screen.table.selectRow(row)
    screen.open_button.click()
    customers = shell.window.screen_for("customers")
    qtbot.waitUntil(lambda: customers.detail.view is not None, timeout=5000)
    assert customers.detail.view.customer_no == "C0000000001"
    assert shell.window.stack.currentWidget() is customers


def test_the_teller_refers_from_the_inbox_and_a_duplicate_is_refused(qtbot, shell, ids, db):
    screen = open_inbox(qtbot, shell, "teller1")
    dialogs = []

    def make(managers, customer_no, parent, **kw):
        from widgets.referral_dialog import ReferralDialog

        dialog = ReferralDialog(managers, customer_no, parent, **kw)
        dialog.open = lambda: dialogs.append(dialog)
        return dialog

    def refer_zhang() -> None:
        """The teller finds the customer by name, picks the hit and ticks a product by its name."""
        count = len(dialogs)
        screen.refer()
        qtbot.waitUntil(lambda: len(dialogs) > count, timeout=5000)
        dialog = dialogs[-1]
        assert not dialog.consent.isChecked()
        dialog.accept()  # nobody chosen yet: said, and the form stays
        assert "choose them from the list" in dialog.error.text() and dialog.result() == 0
        dialog.customer.setText("张三")
        qtbot.waitUntil(lambda: dialog.customer_choice.currentData() == "C0000000001", timeout=5000)
        assert dialog.customer_choice.currentText() == "张三  C0000000001"
        item = next(dialog.products.item(r) for r in range(dialog.products.count())
                    if dialog.products.item(r).text().startswith("TD1Y · Deposits"))  # its English name  # fmt: skip
        item.setCheckState(Qt.CheckState.Checked)
        dialog.open = lambda: dialogs.append(dialog)  # shown again after a refusal
        dialog.accept()

    screen._referral_dialog = make
    refer_zhang()
    qtbot.waitUntil(lambda: "Referred C0000000001" in screen.banner.text(), timeout=5000)
    with db.read() as uow:
        assert uow.session.query(Task).filter_by(kind="referral").one().details["products"] == ["TD1Y"]
    refer_zhang()
    qtbot.waitUntil(lambda: len(dialogs) >= 3, timeout=5000)  # refused: shown again with the reason
    qtbot.waitUntil(lambda: "already has an open referral" in dialogs[-1].error.text(), timeout=5000)
    dialogs[-1].accepted.disconnect()
    # The teller follows the referral but cannot record its outcome; it is not counted as theirs to do.
    assert screen.model.rowCount() == 1 and screen.count_label.text() == "1 task(s) shown"
    assert shell.window.navigation.item(1).text() == "Inbox"  # no badge: nothing for the teller to do
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
    customers = shell.window.screen_for("customers")
    customers.open_customer("C0000000001")
    qtbot.waitUntil(lambda: customers.detail.view is not None, timeout=5000)
    panel = customers.detail
    assert panel.refer_button.isVisible()

    def make(managers, customer_no, parent, **kw):
        from widgets.referral_dialog import ReferralDialog

        dialog = ReferralDialog(managers, customer_no, parent, **kw)
        # The customer is named, not a number to edit; the person picks a reason and clicks Refer.
        assert dialog.customer_label.text() == "张三" and not dialog.customer.isVisibleTo(dialog)
        dialog.open = dialog.accept
        return dialog

    panel._referral_dialog_factory = make
    panel.refer_button.click()
    qtbot.waitUntil(lambda: "Referred C0000000001" in panel.banner.text(), timeout=5000)
    qtbot.waitUntil(lambda: shell.runner.is_idle(), timeout=5000)
    with db.read() as uow:
        task = uow.session.query(Task).filter_by(kind="referral").one()
        assert (task.assignee_id, task.created_by_id) == (ids[Role.MANAGER], ids[Role.TELLER])


def test_an_urgent_referral_is_due_today_on_top_and_its_notice_stays_until_the_inbox_is_opened(
    qtbot, shell, ids, db_url
):
    sign_in(qtbot, shell, "manager1")
    window = shell.window
    assert window.stack.currentWidget() is window.screen_for("home")
    counter = Database(db_url)  # the teller's station
    try:
        referrals.create(counter, teller(ids), "C0000000002", reason="stated_need", to_login="manager1")
        urgent = referrals.create(counter, teller(ids), "C0000000001", reason="stated_need",
                                  note="客户在3号窗口等候", urgency="urgent")  # fmt: skip
    finally:
        counter.dispose()
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=2000)
    assert urgent.due_on == date.today()  # a visit now, not a call within five working days
    qtbot.wait(300)
    assert window.notice.isVisible() and "new task(s) in your inbox" in window.notice.text.text()
    window.show_screen("customers")  # serving someone else does not dismiss it
    assert window.notice.isVisible()
    window.notice.button.click()
    screen = window.screen_for("inbox")
    assert window.stack.currentWidget() is screen and not window.notice.isVisible()
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 2, timeout=5000)
    top = screen.model.row(0)
    assert (top.id, top.urgent) == (urgent.id, True)  # on top, though the other one was made first
    due = screen.model.data(screen.model.index(0, 0))
    assert due.startswith(date.today().isoformat()) and len(due.split()) == 2  # today, with a time
    assert screen.model.data(screen.model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert "URGENT" in screen.model.data(screen.model.index(0, 3))
    assert "1 urgent referral(s)" in screen.banner.text()
    qtbot.waitUntil(lambda: screen._task is not None, timeout=5000)
    assert screen._task.id == urgent.id  # the notice opened it


def _header_click(qtbot, table, column: int) -> None:
    from PySide6.QtCore import QPoint

    header = table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + 4, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_the_inbox_sorts_by_a_header_filters_and_counts_what_it_shows(qtbot, shell, ids, db):
    old = datetime.now() - timedelta(days=30)
    referrals.create(db, teller(ids), "C0000000001", reason="stated_need", now=old)
    referrals.create(db, teller(ids), "C0000000002", reason="premium", to_login="manager1", now=old)
    referrals.create(
        db, teller(ids), "C0000000002", reason="premium", to_login="supervisor1", urgency="urgent"
    )
    screen = open_inbox(qtbot, shell, "manager1")
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 3, timeout=5000)
    rows = [screen.model.row(r) for r in range(screen.model.rowCount())]
    red = [r for r in range(len(rows)) if screen.model.data(screen.model.index(r, 0), Qt.ItemDataRole.ForegroundRole) == OVERDUE]  # fmt: skip
    assert len(red) >= 2
    assert f"{len(red)} task(s) overdue (in red)." in screen.banner.text()  # the banner counts the red rows
    assert screen.count_label.text() == f"{len(rows)} task(s) shown"
    due = [(v.due_on, v.due_time) for v in rows if not v.urgent]
    assert due == sorted(due) and red[0] == 0  # until a header is clicked: the oldest due first

    _header_click(qtbot, screen.table, 1)  # Kind
    kinds = _texts(screen.model, 1)
    assert kinds == sorted(kinds) and len(kinds) == len(rows)
    _header_click(qtbot, screen.table, 1)
    assert _texts(screen.model, 1) == sorted(kinds, reverse=True)

    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData("referral"))
    assert screen.model.rowCount() == 2 and {v.kind for v in (screen.model.row(0), screen.model.row(1))} == {
        "referral"
    }
    assert screen.count_label.text() == f"2 of {len(rows)} tasks shown"
    screen.kind_filter.setCurrentIndex(0)
    screen.overdue_only.setChecked(True)
    assert screen.model.rowCount() == len(red)
    assert all(screen.model.row(r).overdue for r in range(screen.model.rowCount()))
    screen.overdue_only.setChecked(False)
    screen.urgent_only.setChecked(True)
    assert (
        screen.model.rowCount() == 0 and not screen.banner.isVisible()
    )  # the urgent one is the supervisor's
    screen.urgent_only.setChecked(False)
    screen.mine_only.setChecked(True)
    assert screen.model.rowCount() == len(rows)  # a manager's inbox holds only their own tasks


def test_a_supervisor_sees_the_teams_urgent_referral_on_top_and_can_narrow_to_their_own(
    qtbot, shell, ids, db
):
    referrals.create(
        db, teller(ids), "C0000000001", reason="stated_need", now=datetime.now() - timedelta(days=30)
    )
    urgent = referrals.create(
        db, teller(ids), "C0000000002", reason="premium", to_login="manager1", urgency="urgent"
    )
    screen = open_inbox(qtbot, shell, "supervisor1")
    qtbot.waitUntil(lambda: screen.filter.count() > 3, timeout=5000)
    screen.filter.setCurrentIndex(screen.filter.findData("*"))  # the team
    qtbot.waitUntil(
        lambda: any(screen.model.row(r).id == urgent.id for r in range(screen.model.rowCount())), timeout=5000
    )
    assert screen.model.row(0).id == urgent.id
    _header_click(qtbot, screen.table, 2)  # by customer: the waiting customer stays on top
    assert screen.model.row(0).id == urgent.id
    screen.mine_only.setChecked(True)
    assert all(screen.model.row(r).assignee_login == "supervisor1" for r in range(screen.model.rowCount()))


# -- escalation of overdue referrals and the referrals report ------------------------------------------------


def manager(ids) -> StaffUser:
    return StaffUser(ids[Role.MANAGER], "manager1", "manager-manager1", Role.MANAGER, "0001", "支行")


def _texts(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_supervisors_queue_gets_the_escalation_of_an_overdue_referral(qtbot, shell, ids, db):
    referrals.create(
        db, teller(ids), "C0000000001", reason="stated_need", now=datetime.now() - timedelta(days=30)
    )
    screen = open_inbox(qtbot, shell, "supervisor1")  # signing in runs the daily job
    qtbot.waitUntil(
        lambda: any(
            screen.model.row(r).kind == "referral_escalation" for r in range(screen.model.rowCount())
        ),
        timeout=5000,
    )
    row = next(r for r in range(screen.model.rowCount()) if screen.model.row(r).kind == "referral_escalation")
    assert screen.model.data(screen.model.index(row, 1)) == "Overdue referral (escalated)"
    what = screen.model.data(screen.model.index(row, 3))
    assert what.startswith("Not contacted by manager-manager1:") and "working day(s) overdue" in what
    assert screen.model.data(screen.model.index(row, 4)) == "Supervisors' queue"
    assert "C0000000001" in screen.model.data(screen.model.index(row, 2))
    screen.table.selectRow(row)
    assert "Contact was due" in screen.detail.toPlainText()
    assert screen.done_button.isVisible() and screen.done_button.isEnabled()


def test_the_manager_sees_the_referral_escalated_and_the_outcome_closes_the_escalation(qtbot, shell, ids, db):
    made = referrals.create(
        db, teller(ids), "C0000000001", reason="stated_need", now=datetime.now() - timedelta(days=30)
    )
    screen = open_inbox(qtbot, shell, "manager1")
    qtbot.waitUntil(lambda: any("ESCALATED" in text for text in _texts(screen.model, 3)), timeout=5000)
    row = next(r for r in range(screen.model.rowCount()) if screen.model.row(r).id == made.id)
    screen.table.selectRow(row)
    assert "To the supervisors on" in screen.detail.toPlainText()
    screen.outcome_buttons["contacted"].click()
    qtbot.waitUntil(lambda: not any("ESCALATED" in text for text in _texts(screen.model, 3)), timeout=5000)
    supervisor = StaffUser(ids[Role.SUPERVISOR], "supervisor1", "s", Role.SUPERVISOR, "0001", "支行")
    assert [t for t in inbox.list_tasks(db, supervisor) if t.kind == "referral_escalation"] == []


def _click_tab(qtbot, screen, index: int) -> None:
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_the_supervisor_reads_the_referrals_report_of_a_chosen_period(qtbot, shell, ids, db):
    one = referrals.create(db, teller(ids), "C0000000001", reason="stated_need")
    two = referrals.create(db, teller(ids), "C0000000002", reason="premium", to_login="manager1")
    referrals.record_outcome(db, manager(ids), one.id, "converted")
    referrals.record_outcome(db, manager(ids), two.id, "not_interested")
    screen = open_inbox(qtbot, shell, "supervisor1")
    assert [screen.tabs.tabText(i) for i in range(2)] == ["Tasks", "Referrals report"]
    _click_tab(qtbot, screen, 1)
    report = screen.report
    assert screen.tabs.currentWidget() is report
    qtbot.waitUntil(lambda: report.referrers.rowCount() == 2, timeout=5000)
    first, last = report.period()
    assert first == date.today().replace(day=1) and last.month == first.month  # this month by default
    referrers = report.referrers
    assert [referrers.data(referrers.index(0, c)) for c in range(8)] == [
        "teller-teller1 (teller1)", "2", "2", "1", "1", "0", "0", "50%"
    ]  # fmt: skip
    assert referrers.data(referrers.index(1, 0)) == "Total"
    assert referrers.data(referrers.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert report.manager_table.isVisible()
    managers = report.managers
    assert [managers.data(managers.index(0, c)) for c in range(5)] == [
        "manager-manager1 (manager1)", "2", "2", "2", "1"
    ]  # fmt: skip
    # Last month: nothing, and the totals are zero.
    report.first.setDate(report.first.date().addMonths(-1))
    report.last.setDate(report.first.date().addDays(report.first.date().daysInMonth() - 1))
    qtbot.waitUntil(lambda: "No referrals were made in this period." in report.banner.text(), timeout=5000)
    assert (
        _texts(referrers, 0) == ["Total"] and _texts(referrers, 1) == ["0"] and _texts(referrers, 7) == ["–"]
    )
    # A period that ends before it starts is refused in words.
    report.first.setDate(report.last.date().addDays(5))
    qtbot.waitUntil(lambda: "The period starts on" in report.banner.text(), timeout=5000)
    report.month_button.click()
    qtbot.waitUntil(lambda: report.referrers.rowCount() == 2, timeout=5000)
    assert not report.banner.isVisible()


def test_a_teller_sees_only_their_own_referrals_in_the_report(qtbot, shell, ids, db):
    referrals.create(db, teller(ids), "C0000000001", reason="stated_need")
    screen = open_inbox(qtbot, shell, "teller1")
    _click_tab(qtbot, screen, 1)
    report = screen.report
    qtbot.waitUntil(lambda: report.referrers.rowCount() == 2, timeout=5000)
    assert _texts(report.referrers, 0) == ["teller-teller1 (teller1)", "Total"]
    assert report.scope_label.text().startswith("Your own referrals")
    assert not report.manager_table.isVisible()  # tellers are never referred a customer


def test_the_referral_dialog_asks_for_consent_instead_of_presuming_it(app, qtbot):
    """客户同意被联系 is the customer's answer: unticked until the person asking ticks it (issue 14)."""
    from widgets.referral_dialog import ReferralDialog

    dialog = ReferralDialog([("manager1", "陈静")], "C0000000001", customer_name="张三",
                            products=[("TD1Y", "整存整取一年", "1-year time deposit", "deposit")])  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.values()["customer_no"] == "C0000000001" and dialog.values()["products"] == []
    dialog.choose_products(["TD1Y"])
    assert dialog.values()["products"] == ["TD1Y"]
    assert not dialog.consent.isChecked() and dialog.values()["contact_consent"] is False
    dialog.consent.setChecked(True)
    assert dialog.values()["contact_consent"] is True


def test_the_task_list_never_scrolls_sideways_at_1366_by_768(qtbot, shell, ids, db):
    """A long summary (a referral of many products) is cut at the width instead of pushing the outcome column off
    the screen: "What" takes the width the other columns leave, and the whole text is shown on hover."""
    referrals.create(db, teller(ids), "C0000000001", reason="stated_need", products=["TD1Y"])
    with db.write() as uow:
        task = uow.session.scalars(select(Task).where(Task.kind == "referral")).one()
        task.details = {**task.details, "products": ["TD1Y"] * 16}
        uow.commit()
    screen = open_inbox(qtbot, shell, "manager1")
    shell.window.resize(1366, 768)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=5000)
    qtbot.wait(50)
    assert screen.table.horizontalScrollBar().maximum() == 0
    model = screen.model
    what = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "What"
    )
    row = next(r for r in range(model.rowCount()) if model.row(r).kind == "referral")
    shown = model.data(model.index(row, what))
    assert (
        shown.count("TD1Y") == 16 and model.data(model.index(row, what), Qt.ItemDataRole.ToolTipRole) == shown
    )
