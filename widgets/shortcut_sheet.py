"""Help -> Keyboard shortcuts: the sheet made from widgets/shortcuts.py, the same table the keys are bound from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from widgets.shortcuts import SHORTCUTS, describe, key_text


class ShortcutSheet(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut_sheet")
        self.intro = QLabel(wordWrap=True)
        self.table = QTableWidget(len(SHORTCUTS), 3, objectName="shortcuts")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)  # every row without scrolling (13 rows), within a 768-pixel screen
        self.retranslate_ui()

    def rows(self) -> list[tuple[str, str, str]]:
        """(keys, what it does, where) as shown."""
        rows = []
        for row in range(self.table.rowCount()):
            keys_item, action_item, where_item = (self.table.item(row, column) for column in range(3))
            assert keys_item is not None and action_item is not None and where_item is not None
            rows.append((keys_item.text(), action_item.text(), where_item.text()))
        return rows

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr(
                "Underlined letters on buttons work with Alt (Alt+R: refer). Tab moves between fields and leaves "
                "a table in one step; arrow keys move inside it."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Where")])
        for row, entry in enumerate(SHORTCUTS):
            texts = (
                key_text(entry.name),
                describe(entry.name),
                QCoreApplication.translate("Shortcuts", entry.where),
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
