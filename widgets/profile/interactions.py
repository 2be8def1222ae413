"""The contact log: visits, calls, messages with staff, time, summary and next step. Logging one is two clicks:
"Log contact" opens the line (channel and purpose preset, the summary focused), "Save" stores it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton

from widgets.jobs_port import JobsPort
from widgets.labels import label
from widgets.messages import describe_error
from widgets.profile.base import FLAG_STYLES, TableSection, is_situation
from widgets.table_model import Column

CHANNELS = ("phone", "counter", "visit", "message", "wechat")
PURPOSES = (
    "service_follow_up",
    "maturity_reminder",
    "product_introduction",
    "kyc_update",
    "risk_reassessment",
    "vip_signing",
    "birthday_greeting",
    "other",
)


class InteractionsSection(TableSection):
    sig_saved = Signal()

    def __init__(
        self, runner: JobsPort | None = None, add: Callable[..., None] | None = None, parent=None
    ) -> None:
        columns = [
            Column(lambda: self.tr("Time"), lambda i: i.occurred_at.strftime("%Y-%m-%d\n%H:%M")),
            Column(lambda: self.tr("Contact"), self._contact),
            Column(lambda: self.tr("Purpose, outcome"), self._purpose),
            Column(lambda: self.tr("Summary, next step"), self._summary),
        ]
        super().__init__("interactions", columns, stretch=3, parent=parent, rows_shown=6)
        self.runner, self._add = runner, add
        self.log_button = QPushButton(objectName="log_contact")
        self.log_button.clicked.connect(self.open_form)
        self.log_button.setVisible(add is not None)
        self.form = QFrame(objectName="contact_form")
        self.channel = QComboBox(objectName="contact_channel")
        self.purpose = QComboBox(objectName="contact_purpose")
        self.summary = QLineEdit(objectName="contact_summary")
        self.next_step = QLineEdit(objectName="contact_next_step")
        self.save_button = QPushButton(objectName="contact_save")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(objectName="contact_cancel")
        self.cancel_button.clicked.connect(self.close_form)
        self.error = QLabel(objectName="contact_error", wordWrap=True)
        self.error.setStyleSheet(FLAG_STYLES["alert"])
        self.error.hide()
        self._captions = [QLabel() for _ in range(4)]
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (caption, widget) in enumerate(
            zip(self._captions, (self.channel, self.purpose, self.summary, self.next_step), strict=True)
        ):
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 2, 0, 1, 4)
        self.form.hide()
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.log_button)
        self.layout_.insertLayout(0, top)
        self.layout_.insertWidget(1, self.form)  # opens right under the button, above the log

    def _contact(self, i) -> str:
        return f"{label('channel', i.channel)}\n{i.staff_name or ''}".strip()

    def _purpose(self, i) -> str:
        return f"{label('purpose', i.purpose)}\n{label('contact_outcome', i.outcome)}".strip()

    def _summary(self, i) -> str:
        if not i.next_step:
            return i.summary
        return self.tr("{summary}\nNext: {next_step}").format(summary=i.summary, next_step=i.next_step)

    def open_form(self) -> None:
        self.error.hide()
        self.summary.clear()
        self.next_step.clear()
        self.form.show()
        self.log_button.setEnabled(False)
        self.summary.setFocus()

    def close_form(self) -> None:
        self.form.hide()
        self.log_button.setEnabled(True)

    def save(self) -> None:
        p = self.profile
        if p is None or self._add is None or self.runner is None:
            return
        if not self.summary.text().strip():
            self._show_error(self.tr("Write what was discussed."))
            return
        self.save_button.setEnabled(False)
        self.runner.submit(
            self._add,
            p.customer_no,
            self.channel.currentData(),
            self.purpose.currentData(),
            self.summary.text(),
            self.next_step.text(),
            on_done=self._saved,
            on_error=self._failed,
            write=True,
        )

    def _saved(self, _result) -> None:
        self.save_button.setEnabled(True)
        self.close_form()
        self.sig_saved.emit()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not is_situation(error):
            raise error
        self._show_error(describe_error(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Contacts"))
        self.log_button.setText(self.tr("Log contact..."))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        for caption, text in zip(
            self._captions,
            (self.tr("Channel"), self.tr("Purpose"), self.tr("Summary"), self.tr("Next step")),
            strict=True,
        ):
            caption.setText(text)
        for combo, kind, choices in (
            (self.channel, "channel", CHANNELS),
            (self.purpose, "purpose", PURPOSES),
        ):
            current = combo.currentData()
            combo.clear()
            for code in choices:
                combo.addItem(label(kind, code), code)
            if current is not None:
                combo.setCurrentIndex(max(combo.findData(current), 0))
        self.summary.setPlaceholderText(self.tr("What was discussed"))
        self.next_step.setPlaceholderText(self.tr("What happens next, and when"))
        self.set_rows(self.profile.interactions if self.profile else (), self.tr("No contacts logged yet"))
