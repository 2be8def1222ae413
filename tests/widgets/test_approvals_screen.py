"""The approvals screen as a supervisor uses it: another person's void waits there; one's own cannot be decided."""

from __future__ import annotations

from decimal import Decimal

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


def test_a_supervisor_reviews_an_agreement_on_the_approvals_screen_but_not_their_own(
    qtbot, shell, db, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from services import agreement_review, agreements
    from tests.services.test_agreements import ZHANG

    sold = issue_wm(db).number
    own = agreements.issue(db, user_by_login(db, "supervisor1"), ZHANG, "TD-X", Decimal("5000"), "3M").number
    sign_in(qtbot, shell, "supervisor1")
    shell.window.show_screen("approvals")
    screen = shell.window.screen_for("approvals")
    reviews = screen.reviews
    qtbot.waitUntil(lambda: shell.runner.is_idle() and reviews.model.rowCount() == 2, timeout=30_000)
    assert [reviews.model.row(i).number for i in range(2)] == [sold, own]
    reviews.table.selectRow(1)
    assert not reviews.review_button.isEnabled() and not reviews.return_button.isEnabled()  # maker ≠ checker
    reviews.table.selectRow(0)
    assert reviews.review_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    reviews.review_button.click()
    qtbot.waitUntil(lambda: shell.runner.is_idle() and reviews.model.rowCount() == 1, timeout=30_000)
    record = agreement_archive.show(db, sold)
    assert (record.status, record.reviewed_by) == ("effective", "supervisor1")
    assert "effective" in screen.banner.text() or "生效" in screen.banner.text()
    # The own agreement is left for another supervisor, who returns it with a reason.
    shell.sign_out()
    sign_in(qtbot, shell, "supervisor2")
    shell.window.show_screen("approvals")
    reviews = shell.window.screen_for("approvals").reviews
    qtbot.waitUntil(lambda: shell.runner.is_idle() and reviews.model.rowCount() == 1, timeout=30_000)
    reviews.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("期限填写有误", True))
    reviews.return_button.click()
    qtbot.waitUntil(lambda: shell.runner.is_idle() and reviews.model.rowCount() == 0, timeout=30_000)
    assert agreement_archive.show(db, own).status == "returned"
    assert agreement_review.pending_reviews(db, user_by_login(db, "supervisor2")) == []


def test_an_administrator_has_approvals_but_no_review_band(qtbot, shell):
    sign_in(qtbot, shell, "admin1")
    shell.window.show_screen("approvals")
    assert shell.window.screen_for("approvals").reviews is None


def test_approving_a_book_reassignment_shows_each_customers_written_notice(qtbot, shell, db):
    """DOMAIN §7.6: the customers moved are told in writing; the approver gets the notices to print at once."""
    from sqlalchemy import select

    from db.models import Customer, Staff
    from domain.codes import Role
    from services.customer_edit import reassign_book
    from tests.factories import new_staff

    with db.write() as uow:
        s = uow.session
        manager1 = s.scalars(select(Staff).where(Staff.login == "manager1")).one()
        moving = len(s.scalars(select(Customer).where(Customer.manager_id == manager1.id)).all())
        successor = new_staff("manager9", Role.MANAGER, manager1.branch_id, name="接任经理")
        s.add(successor)
        s.flush()
        ids = (manager1.id, successor.id)
        uow.commit()
    assert moving > 0
    reassign_book(db, user_by_login(db, "supervisor1"), *ids)
    screen = open_approvals(qtbot, shell, "supervisor2")
    shown: list[tuple[bytes, str]] = []
    screen._preview = lambda _parent, data, title: shown.append((data, title))
    screen.table.selectRow(0)
    screen.approve_button.click()
    qtbot.waitUntil(lambda: bool(shown) and shell.runner.is_idle(), timeout=30_000)
    data, title = shown[0]
    assert data.startswith(b"%PDF") and f"{moving} customer" in title
