"""The risk questionnaire dialog as the customer answers it, and the customers screen opening it (English UI)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from desktop.backend import Backend
from desktop.jobs import JobRunner
from domain.codes import Role
from domain.errors import DomainError
from domain.questionnaire import score
from domain.questionnaire.result import AssessmentStart
from domain.staff import StaffUser
from services import assessments
from tests.factories import LOGINS, small_branch
from widgets.assessment_dialog import AssessmentDialog
from widgets.customers_screen import CustomersScreen

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 23)


def starting(previous_grade: str | None = None, age: int = 46) -> AssessmentStart:
    return AssessmentStart(
        customer_no="C0000000001",
        customer_name="张三",
        age=age,
        questionnaire=assessments.shipped_questionnaire(),
        previous_grade=previous_grade,
        previous_assessed_on=date(2025, 12, 1) if previous_grade else None,
        previous_valid_until=date(2026, 11, 30) if previous_grade else None,
    )


def answer(dialog: AssessmentDialog, level: int, skip: str | None = None) -> dict[str, str]:
    chosen = {}
    for question in dialog.start.questionnaire.questions:
        if question.id == skip:
            continue
        option = question.options[min(level, len(question.options) - 1)]
        dialog.findChild(type(dialog.groups[question.id].buttons()[0]), f"{question.id}_{option.id}").click()
        chosen[question.id] = option.id
    return chosen


@pytest.fixture
def runner(app):
    job_runner = JobRunner()
    yield job_runner
    job_runner.wait_idle()


def test_submit_waits_for_every_answer_and_the_grade_shown_is_the_scoring(app, qtbot, runner):
    dialog = AssessmentDialog(starting(), lambda *a: None, runner, today=TODAY)
    qtbot.addWidget(dialog)
    assert "answers every question personally" in dialog.note.text()
    assert dialog.groups["age"].buttons()[0].text() == "A. Under 18"  # English UI: the file's English text
    assert not dialog.submit_button.isEnabled()
    answer(dialog, 1, skip="loss_tolerance")
    total = len(dialog.start.questionnaire.questions)
    assert not dialog.submit_button.isEnabled()
    assert dialog.progress.text() == f"{total - 1} of {total} answered"
    chosen = answer(dialog, 1)
    assert dialog.submit_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.submit_button.click()
    expected = score(dialog.start.questionnaire, chosen, age=46)
    assert dialog.score_value.text() == f"{expected.score} points"
    assert dialog.grade_value.text() == f"{expected.grade} {expected.label.en}"
    assert dialog.valid_value.text() == "2027-11-22"
    assert dialog.levels_value.text() == ", ".join(f"R{n}" for n in range(1, int(expected.grade[1]) + 1))
    assert (
        dialog.reconfirm.isHidden() and dialog.save_button.isEnabled()
    )  # no previous result: nothing to confirm


def test_a_changed_answer_hides_the_stale_result(app, qtbot, runner):
    dialog = AssessmentDialog(starting(), lambda *a: None, runner, today=TODAY)
    qtbot.addWidget(dialog)
    answer(dialog, 1)
    dialog.submit_button.click()
    answer(dialog, 3)
    assert dialog.scored is None and dialog.result_box.isHidden() and not dialog.save_button.isEnabled()
    assert dialog.submit_button.isEnabled()


def test_a_changed_grade_needs_the_customers_confirmation_before_saving(app, qtbot, runner):
    saved = []

    def record(*args):
        saved.append(args)
        return "the result"

    dialog = AssessmentDialog(starting(previous_grade="C5"), record, runner, today=TODAY)
    qtbot.addWidget(dialog)
    chosen = answer(dialog, 1)
    dialog.submit_button.click()
    grade = dialog.scored.grade
    assert grade != "C5"
    assert dialog.reconfirm.isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    assert "differs from the previous one (C5)" in dialog.change_label.text()
    dialog.reconfirm.click()
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert saved == [("C0000000001", "risk_v2025_1", chosen, "branch", True)]
    assert dialog.saved == "the result" and dialog.result() == QDialog.DialogCode.Accepted


def test_a_refusal_while_saving_shows_in_the_dialog(app, qtbot, runner):
    def record(*args):
        raise DomainError("assessment_daily_limit_reached", limit=2, next_date=date(2026, 11, 24))

    dialog = AssessmentDialog(starting(), record, runner, today=TODAY)
    qtbot.addWidget(dialog)
    answer(dialog, 2)
    dialog.submit_button.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=5000)
    assert "2 times today" in dialog.error_label.text() and "2026-11-24" in dialog.error_label.text()
    assert dialog.saved is None and dialog.save_button.isEnabled()


class AnsweringDialog:
    """Stands in for the dialog's exec(): the customer answers cautiously and the result is saved."""

    opened: list[AssessmentStart] = []

    def __init__(self, start, record, runner, parent) -> None:
        self.start, self.record, self.saved = start, record, None
        AnsweringDialog.opened.append(start)

    def exec(self):
        answers = {q.id: q.options[1].id for q in self.start.questionnaire.questions}
        self.saved = self.record(
            self.start.customer_no, self.start.questionnaire.version, answers, "branch", False
        )
        return QDialog.DialogCode.Accepted


@pytest.fixture
def screen(app, qtbot, db, runner):
    ids = small_branch(db, date.today())
    user = StaffUser(ids[Role.TELLER], LOGINS[Role.TELLER], "柜员", Role.TELLER, "0001", "示范银行测试支行")
    backend = Backend(db, user)
    AnsweringDialog.opened = []
    widget = CustomersScreen(
        backend.search_customers,
        backend.customer_profile,
        runner,
        start_assessment=backend.start_assessment,
        record_assessment=backend.record_assessment,
        assessment_dialog_factory=AnsweringDialog,
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def show_customer(qtbot, screen, text: str) -> None:
    """Search, then open the chosen result (search waits for a choice, as Enter or a double-click makes it)."""
    screen.search_edit.setText(text)
    qtbot.waitUntil(lambda: screen.results.rowCount() > 0, timeout=10_000)
    screen.results_view.setCurrentIndex(screen.results.index(0, 0))
    screen.open_selected()
    qtbot.waitUntil(
        lambda: screen.detail.view is not None and screen.detail.view.name == text, timeout=10_000
    )


def test_the_screen_opens_the_questionnaire_and_shows_the_new_grade(qtbot, screen):
    assert not screen.assess_button.isEnabled()
    show_customer(qtbot, screen, "张三")
    assert screen.assess_button.isVisible() and screen.assess_button.isEnabled()
    assert screen.assess_button.text() == "Risk assessment..."
    assert screen.detail.values["risk"].text() == "No assessment on file"
    screen.assess_button.click()
    qtbot.waitUntil(lambda: "valid until" in screen.detail.values["risk"].text(), timeout=5000)
    assert AnsweringDialog.opened[0].customer_no == "C0000000001"
    assert screen.banner.text().startswith("Risk assessment saved: C")


def test_a_limit_reached_is_refused_in_the_banner(qtbot, screen):
    show_customer(qtbot, screen, "张三")
    for _ in range(2):
        screen.assess_button.click()
        qtbot.waitUntil(lambda: screen.runner.is_idle(), timeout=5000)
    opened = len(AnsweringDialog.opened)
    screen.assess_button.click()
    qtbot.waitUntil(lambda: screen.banner.isVisible() and "times today" in screen.banner.text(), timeout=5000)
    assert "already taken the risk assessment 2 times today" in screen.banner.text()
    assert len(AnsweringDialog.opened) == opened == 2


def test_without_the_right_the_button_is_hidden(app, qtbot, runner):
    widget = CustomersScreen(lambda text: [], lambda no: None, runner)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.assess_button.isHidden()
