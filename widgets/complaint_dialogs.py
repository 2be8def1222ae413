"""The forms of complaint handling: register a complaint, close it with the result report, a one-line answer.

Each dialog keeps what was typed when the service refuses it: the screen opens it again with `set_values` and
shows the refusal in `show_error`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from domain.complaint_flow import ComplaintChannel, Satisfaction
from domain.complaints import ComplaintCategory
from widgets.labels import label


def _error_label() -> QLabel:
    label = QLabel(objectName="error", wordWrap=True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class _Form(QDialog):
    """A titled form with OK/Cancel and an error line above the buttons."""

    def __init__(self, title: str, ok_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.error_label = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def missing(self) -> str:
        """A reason the form cannot be sent yet ("" when it can); checked before the service is asked."""
        return ""

    def _accept_if_complete(self) -> None:
        reason = self.missing()
        if reason:
            self.show_error(reason)
            return
        self.accept()


class RegisterDialog(_Form):
    def __init__(self, staff: list[tuple[str, str]], parent=None) -> None:
        super().__init__(self.tr("Register a complaint"), self.tr("Register"), parent)
        self.setObjectName("complaint_register_dialog")
        self.channel = QComboBox(objectName="channel")
        for channel in ComplaintChannel:
            self.channel.addItem(label("complaint_channel", channel.value), channel.value)
        self.category = QComboBox(objectName="category")
        for code in ComplaintCategory:
            self.category.addItem(label("complaint_category", code.value), code.value)
        self.received = QDateTimeEdit(QDateTime.currentDateTime(), objectName="received")
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.name = QLineEdit(objectName="complainant_name")
        self.phone = QLineEdit(objectName="complainant_phone", placeholderText="138xxxxxxxx")
        self.customer = QLineEdit(objectName="customer_no", placeholderText="C0000000001")
        self.amount = QLineEdit(objectName="amount", placeholderText="0.00")
        self.about = QComboBox(objectName="subject")
        self.about.addItem(self.tr("Nobody in particular"), None)
        for login, name in staff:
            self.about.addItem(f"{name} ({login})", login)
        self.content = QPlainTextEdit(objectName="content")
        self.content.setFixedHeight(90)
        self.public_figure = QCheckBox(self.tr("Public figure"), objectName="public_figure")
        self.sensitive = QCheckBox(self.tr("Sensitive topic"), objectName="sensitive")
        self.reputational = QCheckBox(self.tr("Reputational risk"), objectName="reputational")
        flags = QVBoxLayout()
        for box in (self.public_figure, self.sensitive, self.reputational):
            flags.addWidget(box)
        for text, widget in (
            (self.tr("Channel"), self.channel),
            (self.tr("Category"), self.category),
            (self.tr("Received at"), self.received),
            (self.tr("Complainant"), self.name),
            (self.tr("Contact phone"), self.phone),
            (self.tr("Customer number"), self.customer),
            (self.tr("Amount in dispute (yuan)"), self.amount),
            (self.tr("Complaint about"), self.about),
            (self.tr("What happened"), self.content),
        ):
            self.form.addRow(text, widget)
        self.form.addRow(self.tr("Major complaint"), flags)

    def missing(self) -> str:
        if not self.name.text().strip():
            return self.tr("Enter the complainant's name.")
        if not self.content.toPlainText().strip():
            return self.tr("Write down what the customer complains about.")
        return ""

    def values(self) -> dict[str, Any]:
        received = cast(datetime, self.received.dateTime().toPython())
        return {
            "channel": self.channel.currentData(),
            "category": self.category.currentData(),
            "received_at": received.replace(second=0, microsecond=0),
            "complainant_name": self.name.text().strip(),
            "complainant_phone": self.phone.text().strip(),
            "customer_no": self.customer.text().strip() or None,
            "amount": self.amount.text().strip() or None,
            "subject_login": self.about.currentData(),
            "content": self.content.toPlainText().strip(),
            "public_figure": self.public_figure.isChecked(),
            "sensitive": self.sensitive.isChecked(),
            "reputational": self.reputational.isChecked(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        for combo, key in (
            (self.channel, "channel"),
            (self.category, "category"),
            (self.about, "subject_login"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(values[key])))
        self.received.setDateTime(QDateTime(values["received_at"]))
        for edit, key in (
            (self.name, "complainant_name"),
            (self.phone, "complainant_phone"),
            (self.customer, "customer_no"),
            (self.amount, "amount"),
        ):
            edit.setText(values[key] or "")
        self.content.setPlainText(values["content"])
        for box, key in ((self.public_figure, "public_figure"), (self.sensitive, "sensitive")):
            box.setChecked(values[key])
        self.reputational.setChecked(values["reputational"])


class CloseDialog(_Form):
    """The result report (处理结果报告单) and the leader's instruction, needed to close a replied case."""

    def __init__(self, number: str, late: bool, parent=None) -> None:
        super().__init__(self.tr("Close complaint {number}").format(number=number), self.tr("Close"), parent)
        self.setObjectName("complaint_close_dialog")
        self.edits: dict[str, QPlainTextEdit] = {}
        rows = [
            ("leader_instruction", self.tr("Leader's instruction")),
            ("findings", self.tr("Cause and findings")),
            ("disposition", self.tr("Disposition of the responsible persons")),
            ("corrective_measures", self.tr("Corrective measures")),
        ]
        if late:
            rows.append(("overdue_reason", self.tr("Why the deadline was missed")))
        for key, text in rows:
            edit = QPlainTextEdit(objectName=key)
            edit.setFixedHeight(56)
            self.edits[key] = edit
            self.form.addRow(text, edit)
        self.satisfaction = QComboBox(objectName="satisfaction")
        self.satisfaction.addItem("", "")
        for code in Satisfaction:
            self.satisfaction.addItem(label("satisfaction", code.value), code.value)
        self.form.addRow(self.tr("Customer's satisfaction"), self.satisfaction)

    def values(self) -> dict[str, str]:
        values = {key: edit.toPlainText().strip() for key, edit in self.edits.items()}
        values.setdefault("overdue_reason", "")
        return values | {"satisfaction": self.satisfaction.currentData()}

    def set_values(self, values: dict[str, str]) -> None:
        for key, edit in self.edits.items():
            edit.setPlainText(values.get(key, ""))
        self.satisfaction.setCurrentIndex(max(0, self.satisfaction.findData(values.get("satisfaction", ""))))


class TextDialog(_Form):
    """One required text (the reply, a withdrawal reason), optionally with a confirmation box."""

    def __init__(self, title: str, prompt: str, ok_text: str, confirm: str = "", parent=None) -> None:
        super().__init__(title, ok_text, parent)
        self.setObjectName("complaint_text_dialog")
        self.text = QPlainTextEdit(objectName="text")
        self.text.setFixedHeight(90)
        self.form.addRow(prompt, self.text)
        self.confirm = QCheckBox(confirm, objectName="confirm") if confirm else None
        if self.confirm is not None:
            self.form.addRow("", self.confirm)

    def missing(self) -> str:
        return "" if self.text.toPlainText().strip() else self.tr("This cannot be left empty.")

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText().strip(),
            "confirmed": bool(self.confirm and self.confirm.isChecked()),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.text.setPlainText(values["text"])
        if self.confirm is not None:
            self.confirm.setChecked(values["confirmed"])


class PeriodDialog(_Form):
    """The period of the complaint register to print: from and to, both days included (default: this month)."""

    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__(self.tr("Print the complaint register"), self.tr("Print"), parent)
        self.setObjectName("complaint_period_dialog")
        today = today or date.today()
        self.first = QDateEdit(QDate(today.year, today.month, 1), objectName="first")
        self.last = QDateEdit(QDate(today.year, today.month, today.day), objectName="last")
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.form.addRow(self.tr("Received from"), self.first)
        self.form.addRow(self.tr("Received to"), self.last)

    def values(self) -> dict[str, Any]:
        return {"first": self.first.date().toPython(), "last": self.last.date().toPython()}

    def set_values(self, values: dict[str, Any]) -> None:
        for edit, day in ((self.first, values["first"]), (self.last, values["last"])):
            edit.setDate(QDate(day.year, day.month, day.day))
