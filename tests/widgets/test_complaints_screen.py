"""The complaints screen as staff use it: register at the counter, a supervisor assigns, the handler replies,
the supervisor closes; refusals shown in the form that caused them, with what was typed kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from tests.factories import small_branch
from tests.widgets.conftest import sign_in, start_station, stop_station
from widgets.complaint_dialogs import CloseDialog, RegisterDialog, TextDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(app, db, tmp_path, qtbot):
    small_branch(db, date.today())
    station = start_station(app, db, tmp_path, qtbot)
    yield station
    stop_station(station)


def open_complaints(qtbot, shell, login):
    sign_in(qtbot, shell, login)
    shell.window.show_screen("complaints")
    screen = shell.window.screen_for("complaints")
    qtbot.waitUntil(lambda: shell.runner.is_idle(), timeout=5000)
    return screen


def scripted(monkeypatch, seen: list, fill):
    """A dialog factory whose dialogs are filled by `fill(dialog, attempt)` and accepted without showing."""

    def factory(cls):
        def make(*args, **kwargs):
            dialog = cls(*args, **kwargs)
            seen.append(dialog)
            attempt = len(seen)

            def shown():  # the person fills the form as it is shown (with what the screen put back in it)
                fill(dialog, attempt)
                return QDialog.DialogCode.Accepted

            monkeypatch.setattr(dialog, "exec", shown)
            return dialog

        return make

    return factory


def select_first(qtbot, screen):
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=5000)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen._case is not None, timeout=5000)


def test_a_teller_registers_and_a_bad_amount_reopens_the_form_with_the_reason(qtbot, shell, monkeypatch):
    screen = open_complaints(qtbot, shell, "teller1")
    seen: list[RegisterDialog] = []

    def fill(dialog, attempt):
        if attempt == 1:
            dialog.name.setText("王小明")
            dialog.content.setPlainText("排队一小时无人办理")
            dialog.amount.setText("12,3x")
        else:
            assert dialog.name.text() == "王小明" and dialog.amount.text() == "12,3x"  # kept
            assert "12,3x" in dialog.error_label.text()
            dialog.amount.setText("")

    screen._dialogs["register"] = scripted(monkeypatch, seen, fill)(RegisterDialog)
    qtbot.mouseClick(screen.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert len(seen) == 2
    assert "registered; answer due" in screen.banner.text()
    row = screen.model.row(0)
    assert row.complainant_name == "王小明" and row.status.value == "registered"
    assert not screen.assign_button.isVisible()  # tellers do not assign


def test_the_whole_flow_through_the_screen(qtbot, shell, monkeypatch, db):
    from domain.codes import Role
    from services import complaints
    from tests.services.test_complaints import as_user

    ids = small_ids(db)
    complaints.register(db, as_user(ids, Role.TELLER), channel="phone", category="error", content="错账",
                        complainant_name="李四", complainant_phone="13998765432")  # fmt: skip
    screen = open_complaints(qtbot, shell, "supervisor1")
    select_first(qtbot, screen)
    assert screen.assign_button.isVisible() and not screen.close_button.isVisible()
    screen.handler_choice.setCurrentIndex(screen.handler_choice.findData("manager1"))
    qtbot.mouseClick(screen.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Handler assigned." in screen.banner.text(), timeout=5000)
    shell.sign_out()

    screen = open_complaints(qtbot, shell, "manager1")
    select_first(qtbot, screen)
    assert "13998765432" in screen.detail.toPlainText()  # the handler sees the complainant in full
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.reply_button.isVisible(), timeout=5000)
    texts: list[TextDialog] = []
    screen._dialogs["text"] = scripted(monkeypatch, texts, lambda d, _n: d.text.setPlainText("已更正"))(
        TextDialog
    )
    qtbot.mouseClick(screen.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Reply recorded." in screen.banner.text(), timeout=5000)
    shell.sign_out()

    screen = open_complaints(qtbot, shell, "supervisor1")
    select_first(qtbot, screen)
    assert screen.model.data(screen.model.index(0, 7)) == "Replied, to be closed"  # not finished yet
    closes: list[CloseDialog] = []

    def fill(dialog, attempt):
        dialog.edits["leader_instruction"].setPlainText("同意")
        if attempt == 2:
            assert "the cause and findings are missing" in dialog.error_label.text()
            for key in ("findings", "disposition", "corrective_measures"):
                dialog.edits[key].setPlainText("已处理")
            dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("satisfied"))

    screen._dialogs["close"] = scripted(monkeypatch, closes, fill)(CloseDialog)
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Complaint closed." in screen.banner.text(), timeout=5000)
    assert len(closes) == 2
    # "Open cases only": the closed case leaves the list and the detail; untick to see it again, tick to hide it.
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0 and shell.runner.is_idle(), timeout=5000)
    assert screen.detail.toPlainText() == ""
    screen.open_only.setChecked(False)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert screen.model.row(0).status.value == "closed"
    screen.open_only.setChecked(True)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0 and shell.runner.is_idle(), timeout=5000)


def small_ids(db):
    from sqlalchemy import select

    from db.models import Staff
    from domain.codes import Role

    with db.read() as uow:
        return {Role(role): id_ for id_, role in uow.session.execute(select(Staff.id, Staff.role)).all()}


def test_print_offers_only_the_documents_that_fit_and_renders_off_the_ui_thread(
    qtbot, shell, monkeypatch, db
):
    import threading
    from datetime import datetime, timedelta

    from domain.codes import Role
    from services import complaints
    from tests.services.test_complaints import as_user
    from widgets.complaint_dialogs import PeriodDialog

    ids = small_ids(db)
    received = datetime.now().replace(microsecond=0) - timedelta(days=30)
    case = complaints.register(db, as_user(ids, Role.TELLER), channel="letter", category="error", content="错账",
                               complainant_name="李四", complainant_phone="13998765432", received_at=received)  # fmt: skip
    screen = open_complaints(qtbot, shell, "supervisor1")
    select_first(qtbot, screen)
    assert screen.print_button.isVisible() and screen.print_button.isEnabled()  # overdue: an urging slip
    assert [k for k, a in screen.print_actions.items() if a.isEnabled()] == ["urging"]  # no handler yet
    complaints.assign(db, as_user(ids, Role.SUPERVISOR), case.number, "manager1")
    screen.load()
    qtbot.waitUntil(
        lambda: screen._case is not None and screen._case.handler_login == "manager1", timeout=5000
    )
    qtbot.waitUntil(lambda: screen.print_actions["transfer"].isEnabled(), timeout=5000)
    assert not screen.print_actions["result"].isEnabled()

    threads: list[bool] = []
    real = screen._backend.complaint_document

    def on_worker(number, kind):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(number, kind)

    monkeypatch.setattr(screen._backend, "complaint_document", on_worker)
    screen.print_actions["transfer"].trigger()
    qtbot.waitUntil(lambda: screen.preview_dialog is not None, timeout=10000)
    dialog = screen.preview_dialog
    qtbot.waitUntil(lambda: dialog.preview.page_count == 1, timeout=5000)
    assert threads == [False]  # rendered on the job runner
    assert dialog.windowTitle() == f"Transfer slip {case.number}" and dialog.preview.print_button.isEnabled()
    dialog.close()

    shown: list[tuple[bytes, str]] = []
    screen._dialogs["preview"] = lambda parent, data, title, **kw: shown.append((data, title))
    screen.print_actions["urging"].trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    assert shown[0][0].startswith(b"%PDF") and shown[0][1] == f"Urging slip {case.number}"
    screen.control.print_case("result")  # not offered: nothing happens
    shell.runner.wait_idle()
    qtbot.wait(50)
    assert len(shown) == 1

    periods: list[PeriodDialog] = []

    def fill(dialog, attempt):
        if attempt == 1:
            dialog.set_values({"first": received.date(), "last": received.date() - timedelta(days=1)})
        else:
            assert "after it ends" in dialog.error_label.text()
            dialog.set_values({"first": received.date(), "last": datetime.now().date()})

    screen._dialogs["period"] = scripted(monkeypatch, periods, fill)(PeriodDialog)
    qtbot.mouseClick(screen.print_register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert len(periods) == 2 and shown[1][1].startswith("Complaint register ")


def test_a_major_complaint_is_reported_upward_and_the_daily_check_recorded_from_the_screen(
    qtbot, shell, monkeypatch, db
):
    from datetime import timedelta

    from domain.codes import Role
    from services import complaints
    from tests.services.test_complaints import as_user
    from widgets.complaint_duty_dialogs import DailyCheckDialog, MajorReportDialog

    ids = small_ids(db)
    teller = as_user(ids, Role.TELLER)
    plain = complaints.register(db, teller, channel="phone", category="error", content="错账",
                                complainant_name="李四", complainant_phone="13998765432")  # fmt: skip
    screen = open_complaints(qtbot, shell, "supervisor1")
    select_first(qtbot, screen)
    assert screen._case.number == plain.number
    assert screen.report_major_button.isVisible() and not screen.report_major_button.isEnabled()
    assert "Only a major complaint" in screen.report_major_button.toolTip()  # says why it is disabled

    major = complaints.register(db, teller, channel="phone", category="error", content="错账，涉及金额8万元",
                                complainant_name="李四", complainant_phone="13998765432", sensitive=True)  # fmt: skip
    assert major.repeat_of == plain.number
    screen.load()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    row = next(i for i in range(2) if screen.model.row(i).number == major.number)
    screen.table.selectRow(row)
    qtbot.waitUntil(lambda: screen._case is not None and screen._case.number == major.number, timeout=5000)
    text = screen.detail.toPlainText()
    assert "Repeat of" in text and plain.number in text  # the link shows on the later case
    assert "not yet reported" in text
    assert screen.report_major_button.isEnabled() and not screen.print_actions["major_report"].isEnabled()

    reports: list[MajorReportDialog] = []

    def fill(dialog, attempt):
        dialog.reported_to.setText("省联社办事处")
        dialog.content.setPlainText("已电话报告")

    screen._dialogs["major_report"] = scripted(monkeypatch, reports, fill)(MajorReportDialog)
    qtbot.mouseClick(screen.report_major_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Reported upward to 省联社办事处" in screen.banner.text(), timeout=5000)
    qtbot.waitUntil(lambda: screen.print_actions["major_report"].isEnabled(), timeout=5000)
    assert "reported" in screen.detail.toPlainText()

    checks: list[DailyCheckDialog] = []

    def fill_check(dialog, attempt):
        assert "Not yet recorded" in dialog.findChild(QLabel, "missing").text()
        dialog.set_values({"kind": "opinion_book", "check_date": date.today() - timedelta(days=0),
                           "checked": "大堂意见簿", "findings": "无新增留言", "found_items": False})  # fmt: skip

    screen._dialogs["daily_check"] = scripted(monkeypatch, checks, fill_check)(DailyCheckDialog)
    assert screen.daily_check_button.isVisible()
    qtbot.mouseClick(screen.daily_check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "check of" in screen.banner.text(), timeout=5000)
    assert len(checks) == 1
