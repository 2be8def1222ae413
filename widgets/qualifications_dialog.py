"""The sales qualifications one staff member holds (DOMAIN §5: who may sell what), chosen by the administrator.

The families offered are the ones the service accepts (domain/sales.py QUALIFIED_FAMILIES, as the CLI's
`users qualify`); the service checks the permission, keeps the audit and may refuse."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from domain.sales import QUALIFIED_FAMILIES, Qualification
from widgets.labels import label


class QualificationsDialog(QDialog):
    def __init__(
        self,
        person: str,
        held: tuple[Qualification, ...],
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qualifications_dialog")
        today = today or date.today()
        on_file = {q.family for q in held}
        self.family_boxes: dict[str, QCheckBox] = {}
        families = QGroupBox(self.tr("Qualified to sell"))
        family_layout = QVBoxLayout(families)
        for family in sorted(QUALIFIED_FAMILIES):
            box = QCheckBox(label("family", family), objectName=family)
            box.setChecked(family in on_file)
            self.family_boxes[family] = box
            family_layout.addWidget(box)
        # One expiry for all the families chosen, as the CLI's --until; unticked: no expiry.
        self.until_box = QCheckBox(self.tr("&Valid until"), objectName="has_until")
        ends = [q.until for q in held if q.until is not None]
        # A renewal starts from a date still to come: an expiry already past is not offered again.
        shown = max(ends) if ends and max(ends) >= today else date(today.year, 12, 31)
        self.until_edit = QDateEdit(QDate(shown.year, shown.month, shown.day), objectName="until")
        self.until_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_box.setChecked(bool(ends))
        self.until_edit.setEnabled(bool(ends))
        self.until_box.toggled.connect(self.until_edit.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_box)
        until_row.addWidget(self.until_edit)
        until_row.addStretch(1)
        hint = QLabel(
            self.tr("Without a date they do not expire. Saving replaces the qualifications on file."),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(families)
        layout.addLayout(until_row)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Sales qualifications of {person}").format(person=person))
        self.setMinimumWidth(380)

    def families(self) -> list[str]:
        return [family for family, box in self.family_boxes.items() if box.isChecked()]

    def until(self) -> date | None:
        if not self.until_box.isChecked():
            return None
        return cast(date, self.until_edit.date().toPython())
