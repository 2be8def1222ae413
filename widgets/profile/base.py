"""What every profile section shares: a titled box, a form of read-only values, flags, small tables."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from db.errors import StorageError
from domain.errors import DomainError
from domain.profile import CustomerProfile
from widgets.table_model import Column, RowsModel

# A flagged value reads as a coloured chip: `warn` (soon, near a threshold) or `alert` (expired, refused).
FLAG_STYLES = {
    "": "",
    "ok": "color: #1e6b3a;",
    "warn": "background: #fff4e5; color: #7a4b00; border: 1px solid #f3d19c; border-radius: 3px; padding: 1px 4px;",
    "alert": "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 3px; padding: 1px 4px;",
}
MUTED = "color: #5a6270;"


def is_situation(error: BaseException) -> bool:
    """A refusal or storage problem a person can act on (worded in place); anything else is a bug for the crash
    report. Checked by type: driver exceptions carry a `code` attribute too (SQLAlchemy's "e3q8"...)."""
    return isinstance(error, DomainError | StorageError)


class Section(QGroupBox):
    """A titled part of the profile: `show_profile(profile)` fills it, `retranslate_ui()` words it."""

    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{key}")
        self.key = key
        self.profile: CustomerProfile | None = None

    def show_profile(self, profile: CustomerProfile | None) -> None:
        self.profile = profile
        self.retranslate_ui()

    def retranslate_ui(self) -> None:  # pragma: no cover - every section overrides
        raise NotImplementedError


class FormSection(Section):
    """Caption: value rows. `texts(profile)` returns per field a text or (text, flag)."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, key: str, parent=None) -> None:
        super().__init__(key, parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        for field in self.FIELDS:
            value = QLabel(objectName=f"{key}_{field}", wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel()
            caption.setStyleSheet(MUTED)
            self.form.addRow(caption, value)
            self.values[field] = value
        self.flags: dict[str, str] = {}

    def title(self) -> str:  # pragma: no cover - every section overrides
        raise NotImplementedError

    def captions(self) -> dict[str, str]:  # pragma: no cover
        raise NotImplementedError

    def texts(self, profile: CustomerProfile) -> dict[str, str | tuple[str, str]]:  # pragma: no cover
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self.setTitle(self.title())
        captions = self.captions()
        for field, value in self.values.items():
            cast(QLabel, self.form.labelForField(value)).setText(captions[field])
        texts = self.texts(self.profile) if self.profile is not None else {}
        self.flags = {}
        for field, value in self.values.items():
            entry = texts.get(field, "")
            text, flag = entry if isinstance(entry, tuple) else (entry, "")
            self.flags[field] = flag
            value.setText((text or "—") if self.profile is not None else "")
            value.setStyleSheet(FLAG_STYLES[flag])


class TableSection(Section):
    """A titled table of plain rows, with an empty-list note."""

    def __init__(
        self,
        key: str,
        columns: list[Column],
        stretch: int,
        parent=None,
        rows_shown: int = 5,
        model_class: type[RowsModel] = RowsModel,
    ) -> None:
        super().__init__(key, parent)
        self.model = model_class(columns, self)
        self.table = QTableView(objectName=f"{key}_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)  # long summaries wrap inside their column instead of pushing others out
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table in one step; arrows move inside it
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.rows_shown = rows_shown  # the table grows with its rows up to this many, then scrolls
        self.empty = QLabel(objectName=f"{key}_empty")
        self.empty.setStyleSheet(MUTED)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.table)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)  # in a tall grid row the table stays at the top, spare room goes below

    def set_rows(self, rows, empty_text: str) -> None:
        self.model.set_rows(rows)
        self.model.retranslate()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(empty_text)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (up to `rows_shown`), so short lists leave no empty box behind."""
        self.table.resizeRowsToContents()
        rows = min(self.model.rowCount(), self.rows_shown)
        body = sum(self.table.rowHeight(r) for r in range(rows))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + body + 2 * self.table.frameWidth() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()  # wrapped rows change height with the width
