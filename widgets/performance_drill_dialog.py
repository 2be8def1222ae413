"""The customers behind one dashboard figure (drill-down): number, name (masked by the service where it must be),
tier, manager, AUM and what ties them to the figure. At most the first 200 (largest AUM first) are listed, with the
total; a double-click opens the customer's profile when the screen was given a way to do so. A figure that sums
amounts (agreements issued) lists what it sums: each agreement with its amount, and the total the card shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
)

from domain.performance import DrillDown, DrillRow
from widgets.labels import label, money
from widgets.table_model import Column, RowsModel, row_list


class PerformanceDrillDialog(QDialog):
    def __init__(
        self,
        drill: DrillDown,
        title: str,
        open_customer: Callable[[str], None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("performance_drill_dialog")
        self.drill, self._title, self._open_customer = drill, title, open_customer
        self.heading = QLabel(objectName="heading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.total_label = QLabel(objectName="total")
        amounts = drill.amount_total is not None
        figure = (
            Column(lambda: self.tr("Amount (yuan)"), lambda r: money(r.amount), align_right=True)
            if amounts
            else Column(lambda: self.tr("AUM (yuan)"), lambda r: money(r.aum), align_right=True)
        )
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Customer no."), lambda r: r.customer_no),
                Column(lambda: self.tr("Name"), lambda r: r.name),
                Column(lambda: self.tr("Tier"), lambda r: label("tier", r.tier)),
                Column(lambda: self.tr("Manager"), lambda r: r.manager),
                figure,
                Column(lambda: self.tr("Detail"), lambda r: r.detail),
            ],
            self,
        )
        self.model.set_rows(drill.rows)
        self.table = row_list(self.model, "customers")
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.hint = QLabel(objectName="hint")
        self.hint.setStyleSheet("color: #6b7280;")
        self.hint.setVisible(open_customer is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.total_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(860, 560)
        self.retranslate_ui()

    def open_row(self, row: int) -> None:
        if self._open_customer is None or not 0 <= row < self.model.rowCount():
            return
        chosen: DrillRow = self.model.row(row)
        self.accept()
        self._open_customer(chosen.customer_no)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title)
        self.heading.setText(self._title)
        shown, total = len(self.drill.rows), self.drill.total
        if total > shown:
            text = self.tr("%n customer(s) in all; the first {shown} are listed.", "", total).format(
                shown=shown
            )
        else:
            text = self.tr("%n customer(s).", "", total)
        if self.drill.amount_total is not None:
            if total > shown:
                text = self.tr("%n agreement(s) in all; the first {shown} are listed.", "", total).format(
                    shown=shown
                )
            else:
                text = self.tr("%n agreement(s).", "", total)
            text += " " + self.tr("Amount in all: {amount} yuan.").format(
                amount=money(self.drill.amount_total)
            )
        self.total_label.setText(text)
        self.hint.setText(self.tr("Double-click a customer to open the profile."))
        self.model.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
