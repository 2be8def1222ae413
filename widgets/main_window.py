"""The main window hosts screens it does not own: a navigation list, a stack, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from domain.staff import StaffUser
from widgets.labels import label


@dataclass
class ScreenEntry:
    key: str
    title: Callable[[], str]  # called again on a language change
    widget: QWidget


class MainWindow(QMainWindow):
    sig_screen_shown = Signal(str)
    sig_closing = Signal()

    def __init__(self, user: StaffUser, database: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.user = user
        self._entries: list[ScreenEntry] = []
        self._badges: dict[str, int] = {}  # e.g. open tasks, shown after the screen's title
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setFixedWidth(160)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 15px; background: #f3f5f8; border: none; }"
            "QListWidget::item { padding: 10px 14px; }"
            "QListWidget::item:selected { background: #c8102e; color: white; }"
        )
        self.stack = QStackedWidget()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.navigation.currentRowChanged.connect(self._show_row)

        self.user_label = QLabel(objectName="status_user")
        self.database_label = QLabel(database, objectName="status_database")
        self.busy = QProgressBar(objectName="busy", maximum=0, maximumWidth=120, textVisible=False)
        self.busy.hide()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.database_label)
        self.resize(1366, 768)
        self.retranslate_ui()

    def add_screen(self, key: str, title: Callable[[], str], widget: QWidget) -> None:
        self._entries.append(ScreenEntry(key, title, widget))
        self.stack.addWidget(widget)
        item = QListWidgetItem(title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def screen_keys(self) -> list[str]:
        return [entry.key for entry in self._entries]

    def show_screen(self, key: str) -> None:
        self.navigation.setCurrentRow(self.screen_keys().index(key))

    def screen_for(self, key: str) -> QWidget:
        return self._entries[self.screen_keys().index(key)].widget

    def set_badge(self, key: str, count: int) -> None:
        self._badges[key] = count
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.sig_screen_shown.emit(self._entries[row].key)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("BranchDesk customer workstation"))
        user = self.user
        self.user_label.setText(
            self.tr("{name} ({role}) · {branch}").format(
                name=user.name, role=label("role", user.role.value), branch=user.branch_name
            )
        )
        for row, entry in enumerate(self._entries):
            badge = self._badges.get(entry.key, 0)
            self.navigation.item(row).setText(f"{entry.title()} ({badge})" if badge else entry.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.sig_closing.emit()
        super().closeEvent(event)
