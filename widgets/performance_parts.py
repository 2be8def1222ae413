"""The pieces of the performance dashboard: its number formats, a KPI tile and a titled table section."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
)

from domain.performance import Figure
from widgets.table_model import Column, RowsModel

WAN = Decimal(10_000)
CENT = Decimal("0.01")
UP_COLOUR = "#c62828"  # rises in red, falls in green: how Chinese reports colour a change
DOWN_COLOUR = "#2e7d32"
ALERT = "#b00020"
NONE = "—"
TILE_COLUMNS = 8


def wan(amount: Decimal | int) -> str:
    """Yuan shown in 万元 with two decimals and thousands separators."""
    return f"{(Decimal(amount) / WAN).quantize(CENT):,}"


def pct(value: Decimal | None) -> str:
    return NONE if value is None else f"{value}%"


def change(value: Decimal | int | None, text: str | None = None) -> str:
    """▲ 1.2% in red, ▼ 0.4% in green, ― when unchanged; `text` replaces the number shown."""
    if value is None:
        return NONE
    shown = text if text is not None else f"{abs(value)}%"
    if value > 0:
        return f"<span style='color:{UP_COLOUR}'>▲{shown}</span>"
    if value < 0:
        return f"<span style='color:{DOWN_COLOUR}'>▼{shown}</span>"
    return f"<span style='color:#6b7280'>―{shown}</span>"


def signed(value: int) -> str:
    return f"{abs(value):,}"


class KpiTile(QFrame):
    """A figure: caption, value (with its unit), a line or two of change; clickable when customers are behind it."""

    sig_clicked = Signal()

    def __init__(self, key: str, figure: Figure | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.key, self.figure = key, figure
        self.setStyleSheet(
            "KpiTile { background: white; border: 1px solid #dde2ea; border-radius: 6px; }"
            "KpiTile:hover { border-color: %s; }" % ("#4a7ab0" if figure else "#dde2ea")
        )
        self.caption = QLabel(objectName="caption", wordWrap=True)
        self.caption.setStyleSheet("color: #5a6270;")
        self.value = QLabel(NONE, objectName="value")
        self.unit = QLabel(objectName="unit")
        self.unit.setStyleSheet("color: #5a6270;")
        self.detail = QLabel(objectName="detail", wordWrap=True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setStyleSheet("color: #4b5563; font-size: 11px;")
        value_row = QHBoxLayout()
        value_row.setSpacing(4)
        value_row.addWidget(self.value)
        value_row.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBottom)
        value_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(1)
        layout.addWidget(self.caption)
        layout.addLayout(value_row)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        # The grid gives every tile the same width; a long word wraps instead of widening the screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)
        if figure is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_content(
        self, caption: str, value: str, unit: str = "", detail: str = "", alert: bool = False
    ) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        colour = ALERT if alert else "#1d2330"
        self.value.setStyleSheet(f"font-size: 19px; font-weight: bold; color: {colour};")
        self.unit.setText(unit)
        self.unit.setVisible(bool(unit))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def mouseReleaseEvent(self, event) -> None:
        if self.figure is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit()
        super().mouseReleaseEvent(event)


class Section(QFrame):
    """A titled table sized to its rows (the screen scrolls, not the table); says so when there is nothing."""

    def __init__(self, key: str, columns: Sequence[Column], parent=None, max_rows: int = 10) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{key}")
        self.key, self.max_rows = key, max_rows
        self.title = QLabel(objectName="title")
        self.title.setStyleSheet("font-weight: bold; font-size: 13px;")
        self.model = RowsModel(columns, self)
        self.table = QTableView(objectName=key)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="empty")
        self.empty.setStyleSheet("color: #6b7280; padding: 6px 0;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.set_rows(())

    def set_rows(self, rows: Sequence) -> None:
        self.model.set_rows(rows)
        shown = min(len(rows), self.max_rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + shown * row_height + 2 * self.table.frameWidth() + 2)
