"""What every screen shares: a job runner, a message banner, retranslation, loading when first shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from widgets.jobs_port import JobsPort
from widgets.messages import describe_error, is_explained


class MessageBanner(QLabel):
    """An inline message instead of a modal box: it never blocks the counter and tests can read it."""

    STYLES = {
        "error": "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;",
        "info": "background: #e8f4fd; color: #0b4f80; border: 1px solid #b6dcf7;",
        "warning": "background: #fff4e5; color: #7a4100; border: 1px solid #f5d4a6;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("banner")
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(self.STYLES[kind] + " padding: 8px; border-radius: 4px;")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()


class Screen(QWidget):
    """Subclasses build their widgets in __init__, fill them in `load()`, and word them in `retranslate_ui()`."""

    def __init__(self, runner: JobsPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.banner = MessageBanner()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.addWidget(self.banner)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.load()

    def load(self) -> None:
        """Fetch data (through the runner). Called on first show and on refresh."""

    def retranslate_ui(self) -> None:
        """Set every visible text; called at construction and on a language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_error(self, error: BaseException) -> None:
        if not is_explained(error):
            raise error  # a bug, not a situation: the crash handler reports it
        self.banner.show_message(describe_error(error), "error")
