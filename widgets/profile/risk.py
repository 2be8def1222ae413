"""Risk assessment: grade C1-C5, date, channel, validity (12 months), the history of past grades, and the place
for the questionnaire button the customers screen provides."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from domain.profile import assessment_status
from widgets.labels import day, label
from widgets.profile.base import FLAG_STYLES, TableSection
from widgets.table_model import Column


class RiskSection(TableSection):
    def __init__(self, parent=None) -> None:
        columns = [
            Column(lambda: self.tr("Assessed on"), lambda a: day(a.assessed_on)),
            Column(lambda: self.tr("Grade"), lambda a: f"{a.grade} {label('grade', a.grade)}"),
            Column(lambda: self.tr("Valid until"), lambda a: day(a.valid_until)),
            Column(
                lambda: self.tr("Channel"),
                lambda a: f"{label('channel', a.channel)}\n{a.assessor_name or ''}".strip(),
            ),
        ]
        super().__init__("risk", columns, stretch=3, parent=parent, rows_shown=4)
        self.summary = QLabel(objectName="risk_summary", wordWrap=True)
        self.actions = QHBoxLayout()
        self.actions.addWidget(self.summary, 1)
        self.layout_.insertLayout(0, self.actions)

    def add_action(self, button: QPushButton) -> None:
        self.actions.addWidget(button)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Risk assessment"))
        p = self.profile
        latest = p.risk if p else None
        status = assessment_status(latest, p.today) if p else "none"
        if p is None:
            text, flag = "", ""
        elif latest is None:
            text, flag = self.tr("No assessment on file"), "alert"
        else:
            text = self.tr("{grade} {label}, valid until {date} (12 months from {assessed})").format(
                grade=latest.grade,
                label=label("grade", latest.grade),
                date=day(latest.valid_until),
                assessed=day(latest.assessed_on),
            )
            flag = {"expired": "alert", "expiring": "warn"}.get(status, "")
            if status == "expired":
                text = self.tr("Expired: {text}. Re-assess before any investment sale.").format(text=text)
            elif status == "expiring":
                text = self.tr("Expires soon: {text}").format(text=text)
        self.summary.setText(text)
        self.summary.setStyleSheet(FLAG_STYLES[flag])
        self.set_rows(p.assessments if p else (), self.tr("No assessment history"))
