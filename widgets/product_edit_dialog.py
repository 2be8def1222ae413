"""A supervisor's proposed change to one product's terms; a second supervisor approves it (maker-checker).

Fields are written as in the catalogue file (rates as fractions, amounts in yuan, dates YYYY-MM-DD). The screen
shows the service's refusal beside the field it names (`show_problems`) and opens the dialog again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.catalog_versions import ProductHistory

TEXT_FIELDS = ("name", "name_en", "rate", "min_amount", "step_amount", "max_amount", "sale_start", "sale_end")


class ProductEditDialog(QDialog):
    def __init__(self, history: ProductHistory, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("product_edit_dialog")
        self._entry = dict(history.entry)
        self.edits: dict[str, QWidget] = {}
        self.field_errors: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            self.edits[name] = QLineEdit(objectName=name)
        for name in ("sale_start", "sale_end"):
            self.edits[name].setPlaceholderText("YYYY-MM-DD")
        self.edits["rate"].setPlaceholderText("0.0135")
        self.risk = QComboBox(objectName="risk_level")
        self.risk.addItem("—", None)
        for level in range(1, 6):
            self.risk.addItem(f"R{level}", level)
        self.edits["risk_level"] = self.risk
        self.edits["terms"] = QLineEdit(objectName="terms", placeholderText="3M 1Y")
        self.effective = QDateEdit(
            objectName="effective_from", calendarPopup=True, displayFormat="yyyy-MM-dd"
        )
        self.effective.setDate(QDate.currentDate())
        self.edits["effective_from"] = self.effective
        self.note_edit = QLineEdit(objectName="note")
        self.edits["note"] = self.note_edit
        self.error_label = QLabel(objectName="error", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        labels = {
            "name": self.tr("Product name"),
            "name_en": self.tr("English name"),
            "rate": self.tr("Rate / benchmark (fraction: 0.0135 = 1.35%)"),
            "min_amount": self.tr("Minimum (yuan)"),
            "step_amount": self.tr("Step (yuan)"),
            "max_amount": self.tr("Maximum (yuan)"),
            "risk_level": self.tr("Risk"),
            "sale_start": self.tr("Sale starts"),
            "sale_end": self.tr("Sale ends"),
            "terms": self.tr("Terms"),
            "effective_from": self.tr("Takes effect on"),
            "note": self.tr("Note for the approver"),
        }
        form = QFormLayout()
        for name, text in labels.items():
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(self.edits[name])
            error = QLabel(objectName=f"{name}_error", wordWrap=True)
            error.setStyleSheet("color: #b00020;")
            error.hide()
            box.addWidget(error)
            self.field_errors[name] = error
            form.addRow(text, holder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Propose"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr("A change takes effect only after another supervisor approves it."), wordWrap=True
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Change product {code}").format(code=history.code))
        self.setMinimumWidth(460)
        self._fill(self._entry)

    def _fill(self, entry: dict[str, Any]) -> None:
        for name in TEXT_FIELDS:
            value = entry.get(name)
            self.edits[name].setText("" if value is None else str(value))
        self.risk.setCurrentIndex(max(self.risk.findData(entry.get("risk_level")), 0))
        self.edits["terms"].setText(" ".join(entry.get("terms") or ()))

    def _current(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self.edits[name].text().strip() or None for name in TEXT_FIELDS}
        values["risk_level"] = self.risk.currentData()
        values["terms"] = self.edits["terms"].text().split() or None
        return values

    def values(self) -> dict[str, Any]:
        """{"changes": only the fields that differ from the entry, "effective_from": date, "note": text}."""
        changes = {name: value for name, value in self._current().items() if value != self._entry.get(name)}
        return {
            "changes": changes,
            "effective_from": self.effective.date().toPython(),
            "note": self.note_edit.text().strip(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        """Show a proposal again (after the service refused it), on top of the current entry."""
        self._fill({**self._entry, **values["changes"]})
        effective: date = values["effective_from"]
        self.effective.setDate(QDate(effective.year, effective.month, effective.day))
        self.note_edit.setText(values["note"])

    def show_problems(self, problems: Iterable[tuple[str, str]], general: str = "") -> None:
        """(field, sentence) pairs beside their fields; a problem of a field not on the form goes below."""
        for label in self.field_errors.values():
            label.hide()
        rest = [general] if general else []
        for name, text in problems:
            label = self.field_errors.get(name)
            if label is None:
                rest.append(text)
            else:
                label.setText("\n".join(filter(None, [label.text() if label.isVisible() else "", text])))
                label.show()
        self.error_label.setText("\n".join(rest))
        self.error_label.setVisible(bool(rest))
