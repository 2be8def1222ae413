"""A thin, read-only table model over a list of plain rows; columns say how to show each value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Asked of a column's header: True for a column of references a reader quotes rather than reads (a product's
# catalogue code), kept after the words; the check for codes on Chinese screens passes over such columns.
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]  # called when headers are drawn, so a language change shows at once
    text: Callable[[Any], str]
    align_right: bool = False
    reference: bool = False  # a code the reader quotes (see REFERENCE_ROLE), not a word
    sort_key: Callable[[Any], Any] | None = None  # what a header click sorts by (default: the text shown)
    tooltip: Callable[[Any], str] | None = None  # shown on hover (an amount in 万元: the exact yuan)


class RowsModel(QAbstractTableModel):
    """`foreground(row)` may give a whole row a text colour (overdue in red); None keeps the palette's.
    `bold(row)` sets a row in bold (a totals line). A header click sorts (`QTableView.setSortingEnabled`); rows for
    which `pinned(row)` is true stay on top in any order (an urgent referral: the customer is waiting)."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent=None,
        foreground: Callable[[Any], Any] | None = None,
        bold: Callable[[Any], bool] | None = None,
        pinned: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._foreground = foreground
        self._bold = bold
        self._pinned = pinned
        self._order: tuple[int, Qt.SortOrder] | None = None  # the last header click; None = as given

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._order is not None:
            column_no, order = self._order
            column = self._columns[column_no]
            key = column.sort_key or column.text
            rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        if self._pinned is not None:
            pinned = self._pinned
            rows.sort(key=lambda r: not pinned(r))  # stable: the order above holds within each group
        return rows

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._rows[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(self._rows[index.row()])
        if (
            role == Qt.ItemDataRole.FontRole
            and self._bold is not None
            and self._bold(self._rows[index.row()])
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == REFERENCE_ROLE and orientation == Qt.Orientation.Horizontal:
            return 0 <= section < len(self._columns) and self._columns[section].reference
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title() if 0 <= section < len(self._columns) else None
        return section + 1

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
                )


def row_list(model: RowsModel, name: str) -> QTableView:
    """The app's list of rows: one row selected at a time, no row numbers, columns sized to their contents and
    the last one taking the rest of the width. Tab leaves it in one step (arrow keys move inside)."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
