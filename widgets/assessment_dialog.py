"""The risk questionnaire (风险测评) as the customer answers it, then the result the customer confirms.

One scrollable page: a note that the customer answers personally (staff never answer for them,
sod_no_proxy_operation), every question with its options as radio buttons, in Chinese unless the interface is
English (the questionnaire file carries both). "Show result" is enabled once every question is answered and
scores the answers (pure, on the spot); the result shows the score, grade and label, the last valid day and the
product levels it allows. A grade that differs from the previous one needs the explicit re-confirmation box
before "Save result". Saving goes through the runner (the service scores again and checks the limits in its
transaction); a refusal shows in the dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.codes import AssessmentChannel
from domain.questionnaire import ScoredAssessment, Text, needs_reconfirmation, score
from domain.questionnaire.result import AssessmentResult, AssessmentStart, allowed_levels
from domain.suitability import assessment_valid_until
from widgets.jobs_port import JobsPort
from widgets.labels import day, questionnaire_version
from widgets.labels import score as score_words
from widgets.messages import describe_error, is_explained


def english_ui() -> bool:
    return QLocale().language() == QLocale.Language.English


class AssessmentDialog(QDialog):
    """`record(customer_no, version, answers, channel, confirmed_change)` saves; it runs on the runner's write lane."""

    def __init__(
        self,
        start: AssessmentStart,
        record: Callable[..., AssessmentResult],
        runner: JobsPort,
        parent=None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessment_dialog")
        self.start, self._record, self.runner = start, record, runner
        self.today = today or date.today()
        self.english = english_ui()
        self.scored: ScoredAssessment | None = None
        self.saved: AssessmentResult | None = None  # not `result`: QDialog.result() is the exit code
        q = start.questionnaire

        self.note = QLabel(objectName="note", wordWrap=True)
        self.note.setStyleSheet(
            "background: #fff4e5; color: #7a4b00; border: 1px solid #f3d19c; padding: 8px; border-radius: 4px;"
        )
        self.customer_label = QLabel(objectName="customer", wordWrap=True)
        self.groups: dict[str, QButtonGroup] = {}
        self.boxes: dict[str, QGroupBox] = {}
        page = QWidget(objectName="questions")
        page_layout = QVBoxLayout(page)
        for number, question in enumerate(q.questions, start=1):
            box = QGroupBox(objectName=f"question_{question.id}")
            box.setTitle(f"{number}. {self._text(question.text)}")
            box_layout = QVBoxLayout(box)
            group = QButtonGroup(self)
            for index, option in enumerate(question.options):
                button = QRadioButton(
                    f"{option.id.upper()}. {self._text(option.text)}", objectName=f"{question.id}_{option.id}"
                )
                group.addButton(button, index)
                box_layout.addWidget(button)
            group.buttonToggled.connect(self._answer_changed)
            self.groups[question.id] = group
            self.boxes[question.id] = box
            page_layout.addWidget(box)
        page_layout.addStretch(1)
        self.scroll = QScrollArea(objectName="scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)

        self.result_box = QGroupBox(objectName="result")
        form = QFormLayout(self.result_box)
        self.score_value = QLabel(objectName="score")
        self.grade_value = QLabel(objectName="grade")
        self.valid_value = QLabel(objectName="valid_until")
        self.levels_value = QLabel(objectName="levels", wordWrap=True)
        self.change_label = QLabel(objectName="change", wordWrap=True)
        self.change_label.setStyleSheet("color: #8a1c1c;")
        self.reconfirm = QCheckBox(objectName="reconfirm")
        self.reconfirm.toggled.connect(lambda _: self._update_buttons())
        self._captions = [QLabel() for _ in range(4)]
        for caption, value in zip(
            self._captions,
            (self.score_value, self.grade_value, self.valid_value, self.levels_value),
            strict=True,
        ):
            form.addRow(caption, value)
        form.addRow(self.change_label)
        form.addRow(self.reconfirm)
        self.result_box.hide()

        self.error_label = QLabel(objectName="error", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.progress = QLabel(objectName="progress")
        self.submit_button = QPushButton(objectName="submit")
        self.save_button = QPushButton(objectName="save")
        self.cancel_button = QPushButton(objectName="cancel")
        self.submit_button.clicked.connect(self.show_result)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        for button in (self.submit_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.customer_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.result_box)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._fit_to_screen()
        self.retranslate_ui()
        self._update_buttons()

    def _text(self, text: Text) -> str:
        return text.en if self.english else text.zh

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 900, 700
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(width, height)

    def answers(self) -> dict[str, str]:
        chosen = {}
        for question in self.start.questionnaire.questions:
            index = self.groups[question.id].checkedId()
            if index >= 0:
                chosen[question.id] = question.options[index].id
        return chosen

    def complete(self) -> bool:
        return len(self.answers()) == len(self.start.questionnaire.questions)

    @property
    def grade_changed(self) -> bool:
        return self.scored is not None and needs_reconfirmation(self.start.previous_grade, self.scored.grade)

    def _answer_changed(self, _button, checked: bool) -> None:
        if not checked:
            return
        if self.scored is not None:  # a changed answer makes the shown result stale
            self.scored = None
            self.result_box.hide()
            self.reconfirm.setChecked(False)
        self.error_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        answered, total = len(self.answers()), len(self.start.questionnaire.questions)
        self.progress.setText(
            self.tr("{answered} of {total} answered").format(answered=answered, total=total)
        )
        self.submit_button.setEnabled(answered == total and self.scored is None)
        self.save_button.setEnabled(
            self.scored is not None and (not self.grade_changed or self.reconfirm.isChecked())
        )

    def show_result(self) -> None:
        if not self.complete():
            return
        self.scored = score(self.start.questionnaire, self.answers(), age=self.start.age)
        self.reconfirm.setChecked(False)
        self.result_box.show()
        self._show_scored()
        self._update_buttons()
        self.scroll.ensureWidgetVisible(self.boxes[self.start.questionnaire.questions[-1].id])

    def _show_scored(self) -> None:
        scored = self.scored
        if scored is None:
            return
        self.score_value.setText(score_words(scored.score))
        self.grade_value.setText(f"{scored.grade} {self._text(scored.label)}")
        self.valid_value.setText(day(assessment_valid_until(self.today)))
        self.levels_value.setText(", ".join(allowed_levels(scored.grade)))
        changed = self.grade_changed
        self.change_label.setVisible(changed)
        self.reconfirm.setVisible(changed)
        if changed:
            self.change_label.setText(
                self.tr(
                    "The result differs from the previous one ({previous}). The customer must confirm the new "
                    "result before it is saved."
                ).format(previous=self.start.previous_grade)
            )

    def save(self) -> None:
        if self.scored is None:
            return
        self.save_button.setEnabled(False)
        self.error_label.clear()
        self.runner.submit(
            self._record,
            self.start.customer_no,
            self.start.questionnaire.version,
            dict(self.scored.answers),
            AssessmentChannel.BRANCH.value,
            self.grade_changed and self.reconfirm.isChecked(),
            on_done=self._saved,
            on_error=self._failed,
            write=True,
        )

    def _saved(self, result: AssessmentResult) -> None:
        self.saved = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not is_explained(error):
            raise error
        self.error_label.setText(describe_error(error))
        self._update_buttons()

    def retranslate_ui(self) -> None:
        start = self.start
        self.setWindowTitle(self.tr("Risk assessment"))
        self.note.setText(
            self.tr(
                "The customer answers every question personally. Staff must not answer, choose or suggest "
                "answers for the customer."
            )
        )
        previous = (
            self.tr("previous result {grade}, assessed on {date}").format(
                grade=start.previous_grade, date=day(start.previous_assessed_on)
            )
            if start.previous_grade
            else self.tr("no previous assessment")
        )
        self.customer_label.setText(
            f"<b>{html.escape(self._text(start.questionnaire.title))}</b> "
            f"({html.escape(questionnaire_version(start.questionnaire.version))})<br>"
            + html.escape(
                self.tr("Customer {name} ({customer_no}), {age} years; {previous}").format(
                    name=start.customer_name, customer_no=start.customer_no, age=start.age, previous=previous
                )
            )
        )
        self.customer_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_box.setTitle(self.tr("Result"))
        for caption, text in zip(
            self._captions,
            (
                self.tr("Score"),
                self.tr("Risk tolerance"),
                self.tr("Valid until"),
                self.tr("May buy products of"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.reconfirm.setText(self.tr("The customer confirms the new result"))
        self.submit_button.setText(self.tr("Show result"))
        self.save_button.setText(self.tr("Save result"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_scored()
        self._update_buttons()
