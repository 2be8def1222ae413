"""The forms of the complaint duties beside the case (DOMAIN.md §7.7): a major complaint's report upward, and the
day's check of the opinion book or the online channels (with the working days still unchecked shown above it).

Like widgets/complaint_dialogs.py, each keeps what was typed when the service refuses it (`set_values`,
`show_error`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit

from domain.complaint_duties import DailyCheckKind
from widgets.complaint_dialogs import _Form
from widgets.labels import day


class MajorReportDialog(_Form):
    """To whom the major complaint was reported, and what was said."""

    def __init__(self, number: str, due: date | None, parent=None) -> None:
        super().__init__(self.tr("Report major complaint {number} upward").format(number=number),
                         self.tr("Record report"), parent)  # fmt: skip
        self.setObjectName("complaint_major_report_dialog")
        if due is not None:
            self.form.addRow(
                QLabel(self.tr("Due by the end of {date}.").format(date=day(due)), objectName="due")
            )
        self.reported_to = QLineEdit(objectName="reported_to")
        self.reported_to.setPlaceholderText(self.tr("The superior body, the regulator"))
        self.content = QPlainTextEdit(objectName="content")
        self.content.setFixedHeight(110)
        self.form.addRow(self.tr("Reported to"), self.reported_to)
        self.form.addRow(self.tr("What was reported"), self.content)

    def missing(self) -> str:
        if not self.reported_to.text().strip() or not self.content.toPlainText().strip():
            return self.tr("Say to whom it was reported and what was reported.")
        return ""

    def values(self) -> dict[str, Any]:
        return {"reported_to": self.reported_to.text().strip(), "content": self.content.toPlainText().strip()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.reported_to.setText(values["reported_to"])
        self.content.setPlainText(values["content"])


class DailyCheckDialog(_Form):
    """The day's check: which (opinion book or online), the day, what was checked and what was found."""

    def __init__(self, missing: list[tuple[date, str]], parent=None, today: date | None = None) -> None:
        super().__init__(self.tr("Daily complaint check"), self.tr("Record check"), parent)
        self.setObjectName("complaint_daily_check_dialog")
        today = today or date.today()
        words = {
            DailyCheckKind.OPINION_BOOK.value: self.tr("Opinion book"),
            DailyCheckKind.ONLINE.value: self.tr("Online channels"),
        }
        gaps = QLabel(objectName="missing", wordWrap=True)
        gaps.setText(
            self.tr("Not yet recorded: {days}").format(
                days="; ".join(f"{day(d)} {words.get(k, k)}" for d, k in missing[:8])
                + (" …" if len(missing) > 8 else "")
            )
            if missing
            else self.tr("Every working day of the last two weeks has its checks.")
        )
        self.form.addRow(gaps)
        self.kind = QComboBox(objectName="kind")
        for value, text in words.items():
            self.kind.addItem(text, value)
        self.check_date = QDateEdit(QDate(today.year, today.month, today.day), objectName="check_date")
        self.check_date.setDisplayFormat("yyyy-MM-dd")
        self.check_date.setCalendarPopup(True)
        self.checked = QPlainTextEdit(objectName="checked")
        self.findings = QPlainTextEdit(objectName="findings")
        for edit in (self.checked, self.findings):
            edit.setFixedHeight(70)
        self.found_items = QCheckBox(
            self.tr("Complaints found online: forward them within 2 working days"), objectName="found_items"
        )
        self.form.addRow(self.tr("Check"), self.kind)
        self.form.addRow(self.tr("Day checked"), self.check_date)
        self.form.addRow(self.tr("What was checked"), self.checked)
        self.form.addRow(self.tr("Findings"), self.findings)
        self.form.addRow("", self.found_items)
        self.kind.currentIndexChanged.connect(lambda _i: self._online_only())
        self._online_only()

    def _online_only(self) -> None:
        online = self.kind.currentData() == DailyCheckKind.ONLINE.value
        self.found_items.setEnabled(online)
        if not online:
            self.found_items.setChecked(False)

    def missing(self) -> str:
        if not self.checked.toPlainText().strip() or not self.findings.toPlainText().strip():
            return self.tr("Say what was checked and what was found (or that nothing new was).")
        return ""

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "check_date": self.check_date.date().toPython(),
            "checked": self.checked.toPlainText().strip(),
            "findings": self.findings.toPlainText().strip(),
            "found_items": self.found_items.isChecked(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(values["kind"])))
        d = values["check_date"]
        self.check_date.setDate(QDate(d.year, d.month, d.day))
        self.checked.setPlainText(values["checked"])
        self.findings.setPlainText(values["findings"])
        self.found_items.setChecked(values["found_items"])
