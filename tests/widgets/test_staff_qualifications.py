"""The administrator sets who may sell what on the staff screen (DOMAIN §5, issue 17): the list shows each person's
qualifications, the dialog saves them through the service, and a cancel changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from db.models import AuditEntry, Staff
from domain.codes import Role
from domain.errors import NotPermitted
from domain.sales import held_qualifications, seller_findings
from services import staff
from tests.factories import small_branch
from tests.widgets.conftest import sign_in, start_station, stop_station
from widgets.messages import describe_error
from widgets.qualifications_dialog import QualificationsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(app, db, tmp_path, qtbot):
    small_branch(db, date.today())
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


def _staff_screen(qtbot, shell):
    sign_in(qtbot, shell, "admin1")
    screen = shell.window.screen_for("staff")
    shell.window.show_screen("staff")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4, timeout=5000)
    return screen


def _select(screen, login):
    row = next(i for i in range(screen.model.rowCount()) if screen.model.row(i).login == login)
    screen.table.selectRow(row)
    return screen.model.row(row)


def _stored(db, login):
    with db.read() as uow:
        return uow.session.scalar(select(Staff.qualifications).where(Staff.login == login)) or []


def _answering(monkeypatch, fill, answer):
    """The dialog the screen opens, filled as the administrator would, closed with `answer`."""
    opened = []

    def factory(account):
        dialog = QualificationsDialog(account.name, account.qualifications)
        fill(dialog)
        monkeypatch.setattr(dialog, "exec", lambda: answer)
        opened.append(dialog)
        return dialog

    return factory, opened


def test_the_administrator_qualifies_a_manager_for_insurance_until_a_date(qtbot, shell, db, monkeypatch):
    screen = _staff_screen(qtbot, shell)
    assert not screen.qualify_button.isEnabled()  # no one selected
    assert screen.qualify_button.toolTip() == "Select a person in the list first."
    _select(screen, "teller1")
    assert not screen.qualify_button.isEnabled()  # a teller sells no investment product, qualified or not
    assert "Teller" in screen.qualify_button.toolTip()
    _select(screen, "manager1")
    assert screen.qualify_button.isEnabled() and screen.qualify_button.text() == "&Qualifications..."
    until = date.today() + timedelta(days=90)

    def tick_insurance(dialog):
        assert list(dialog.family_boxes) == ["fund", "gold", "insurance"]  # what the CLI accepts
        assert dialog.family_boxes["insurance"].text() == "Insurance"
        dialog.family_boxes["insurance"].setChecked(True)
        dialog.until_box.setChecked(True)
        dialog.until_edit.setDate(until)

    screen._qualifications_factory, _ = _answering(monkeypatch, tick_insurance, QDialog.DialogCode.Accepted)
    screen.edit_qualifications()
    qtbot.waitUntil(lambda: "Qualifications saved." in screen.banner.text(), timeout=5000)
    qtbot.waitUntil(lambda: bool(screen.selected() and screen.selected().qualifications), timeout=5000)
    column = screen.model.columnCount() - 1
    row = screen.table.currentIndex().row()
    assert screen.model.index(row, column).data() == f"Insurance (until {until.isoformat()})"

    # The service sees it: on file with its date, the manager may now sell insurance, and it is on record.
    assert _stored(db, "manager1") == [{"family": "insurance", "until": until.isoformat()}]
    held = held_qualifications(_stored(db, "manager1"), date.today())
    assert seller_findings(Role.MANAGER, held, "insurance", needs_assessment=False) == ()
    assert (
        seller_findings(Role.MANAGER, held, "fund", needs_assessment=False)[0].code == "seller_not_qualified"
    )
    with db.read() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "qualifications_set")).one()
        assert entry.actor == "admin1"


def test_an_expired_qualification_is_marked_and_a_cancel_changes_nothing(qtbot, shell, db, monkeypatch):
    screen = _staff_screen(qtbot, shell)
    with db.write() as uow:
        row = uow.session.scalars(select(Staff).where(Staff.login == "manager1")).one()
        row.qualifications = [{"family": "fund", "until": "2020-06-30"}, "gold"]
        uow.commit()
    screen.load()
    qtbot.waitUntil(
        lambda: any(screen.model.row(i).qualifications for i in range(screen.model.rowCount())), timeout=5000
    )
    manager = _select(screen, "manager1")
    row = screen.table.currentIndex().row()
    assert (
        screen.model.index(row, screen.model.columnCount() - 1).data() == "Funds (expired 2020-06-30), Gold"
    )

    def untick_all(dialog):
        assert dialog.family_boxes["fund"].isChecked() and dialog.family_boxes["gold"].isChecked()
        assert dialog.until_edit.date().toPython() >= date.today()  # a renewal, not the past expiry again
        for box in dialog.family_boxes.values():
            box.setChecked(False)

    calls = []
    monkeypatch.setattr(screen._backend, "set_qualifications", lambda *a: calls.append(a))
    screen._qualifications_factory, opened = _answering(monkeypatch, untick_all, QDialog.DialogCode.Rejected)
    screen.edit_qualifications()
    qtbot.wait(100)
    assert len(opened) == 1 and calls == []
    assert _stored(db, "manager1") == [{"family": "fund", "until": "2020-06-30"}, "gold"]
    assert screen.selected() == manager


def test_the_services_refusal_is_shown_in_words_and_nothing_is_saved(qtbot, shell, db, monkeypatch):
    """The screen does not check the permission itself: the service does, and its answer is shown."""
    screen = _staff_screen(qtbot, shell)
    _select(screen, "manager1")
    backend = screen._backend
    # As if the station's administrator had become a supervisor since signing in: the service refuses.
    monkeypatch.setattr(backend, "user", replace(backend.user, role=Role.SUPERVISOR))

    def tick_fund(dialog):
        assert not dialog.until_box.isChecked() and not dialog.until_edit.isEnabled()  # no expiry on file
        dialog.family_boxes["fund"].setChecked(True)

    refused = []
    service = staff.set_qualifications

    def watched(*args):
        try:
            return service(*args)
        except NotPermitted as error:
            refused.append(error)
            raise

    monkeypatch.setattr(staff, "set_qualifications", watched)
    screen._qualifications_factory, _ = _answering(monkeypatch, tick_fund, QDialog.DialogCode.Accepted)
    screen.edit_qualifications()
    qtbot.waitUntil(lambda: bool(refused) and screen.banner.text() != "", timeout=5000)
    assert refused[0].code == "not_permitted"  # the service's own check
    assert screen.banner.text() == describe_error(refused[0])
    assert "{" not in screen.banner.text()
    assert _stored(db, "manager1") == []
