"""The main window hosts screens it does not own: a navigation list, a stack, a status bar, and the menus whose
actions carry the keyboard shortcuts of widgets/shortcuts.py (the navigator and the shell bind what they do)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.staff import StaffUser
from widgets.labels import label
from widgets.shortcut_sheet import ShortcutSheet
from widgets.shortcuts import SHORTCUTS, WINDOW, keys

# The menus and the order of their entries; every entry is a shortcut of the table with where == WINDOW.
MENUS = (
    ("customer", ("search", "open", "receipt", "refer", "agreement", "recommendations")),
    ("station", ("screens", "lock", "sign_out")),
    ("help", ("help",)),
)

# Below this (width, height) the window starts maximised: the screens are laid out for 1366x768.
SMALL_SCREEN = (1600, 900)


def _ask_close(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Work still running"),
        QCoreApplication.translate(
            "MainWindow",
            "Something is still being saved or printed. Closing now may leave it unfinished.\n\nClose anyway?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class Notice(QWidget):
    """A notice above the screens that stays until it is acted on (new tasks: until the inbox is opened), unlike
    a status-bar text, which vanishes while the person serves a customer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#notice { background: #fff4e5; border-bottom: 1px solid #f5d4a6; }"
            "#notice QLabel { color: #7a4100; font-size: 14px; }"
        )
        self.text = QLabel(objectName="notice_text", wordWrap=True)
        self.button = QPushButton(objectName="notice_open")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.screen_key = ""  # showing this screen clears the notice
        self.on_open: Callable[[], object] = lambda: None
        self.button.clicked.connect(lambda: self.on_open())
        self.hide()


@dataclass
class ScreenEntry:
    key: str
    title: Callable[[], str]  # called again on a language change
    widget: QWidget


class MainWindow(QMainWindow):
    sig_screen_shown = Signal(str)
    sig_closing = Signal()

    def __init__(
        self,
        user: StaffUser,
        database: str,
        parent=None,
        *,
        work_running: Callable[[], bool] = lambda: False,
        confirm_close: Callable[[QWidget], bool] = _ask_close,
    ) -> None:
        super().__init__(parent)
        self._work_running, self.confirm_close = work_running, confirm_close
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
        self.notice = Notice()
        self.notice.on_open = self._open_notice
        self._notice_opened: Callable[[], object] = lambda: None
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.notice)
        right.addWidget(self.stack, 1)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(body)
        self.navigation.currentRowChanged.connect(self._show_row)

        self.user_label = QLabel(objectName="status_user")
        self.database_label = QLabel(database, objectName="status_database")
        self.busy = QProgressBar(objectName="busy", maximum=0, maximumWidth=120, textVisible=False)
        self.busy.hide()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.database_label)
        self.actions_: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self.shortcut_sheet: ShortcutSheet | None = None
        self.bind("help", self.show_shortcuts)
        self.bind("screens", lambda: self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.resize(1366, 768)
        self.retranslate_ui()

    # -- menus and shortcuts ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        listed = {entry.name for entry in SHORTCUTS if entry.where == WINDOW}
        for menu_key, names in MENUS:
            menu = self.menuBar().addMenu("")
            menu.setObjectName(f"menu_{menu_key}")
            self._menus[menu_key] = menu
            for name in names:
                assert name in listed, name  # a menu entry is a row of the shortcut sheet
                action = QAction(self, objectName=f"action_{name}")
                action.setShortcut(keys(name))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setVisible(False)  # until something does it (bind)
                menu.addAction(action)
                self.actions_[name] = action

    def bind(self, name: str, callback: Callable[[], object]) -> None:
        """What the action `name` (and its key) does in this window; unbound actions stay hidden."""
        action = self.actions_[name]
        action.triggered.connect(lambda _checked=False: callback())
        action.setVisible(True)
        for menu in self._menus.values():
            menu.menuAction().setVisible(any(a.isVisible() for a in menu.actions()))

    def show_shortcuts(self) -> None:
        if self.shortcut_sheet is None:
            self.shortcut_sheet = ShortcutSheet(self)
        self.shortcut_sheet.show()
        self.shortcut_sheet.activateWindow()

    def show_on_screen(self) -> None:
        """Shown maximised on a small screen (a counter's 1366x768) or when the saved size no longer fits it: the
        status bar, where new tasks and errors appear, is never below the screen's edge."""
        available = self.screen().availableGeometry()
        small = available.width() < SMALL_SCREEN[0] or available.height() < SMALL_SCREEN[1]
        if small or not available.contains(self.frameGeometry()):
            self.showMaximized()
        else:
            self.show()

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

    def notify(
        self, text: str, screen_key: str, button: str, on_open: Callable[[], object] = lambda: None
    ) -> None:
        """Show `text` above the screens until the person opens `screen_key` (the button does, then `on_open`)."""
        self.notice.text.setText(text)
        self.notice.button.setText(button)
        self.notice.screen_key = screen_key
        self._notice_opened = on_open
        self.notice.show()

    def _open_notice(self) -> None:
        self.show_screen(self.notice.screen_key)
        self.notice.hide()
        self._notice_opened()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if self.notice.isVisible() and self._entries[row].key == self.notice.screen_key:
            self.notice.hide()  # opened: the rows themselves now show what arrived
        self.sig_screen_shown.emit(self._entries[row].key)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("BranchDesk customer workstation"))
        menus = {"customer": self.tr("&Customer"), "station": self.tr("&Station"), "help": self.tr("&Help")}
        for key, menu in self._menus.items():
            menu.setTitle(menus[key])
        words = {
            "search": self.tr("&Find customer"),
            "open": self.tr("&Open selected customer"),
            "receipt": self.tr("Counter &receipt..."),
            "refer": self.tr("Re&fer to a manager..."),
            "agreement": self.tr("Issue &agreement..."),
            "recommendations": self.tr("Recommen&dations"),
            "screens": self.tr("&Go to the screen list"),
            "lock": self.tr("&Lock now"),
            "sign_out": self.tr("Sign &out"),
            "help": self.tr("&Keyboard shortcuts"),
        }
        for name, action in self.actions_.items():
            action.setText(words[name])
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
        # A save or a document still on its way would be cut off: ask first (the answer No keeps the window).
        if self._work_running() and not self.confirm_close(self):
            event.ignore()
            return
        self.sig_closing.emit()
        super().closeEvent(event)
