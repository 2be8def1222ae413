"""The 回访 call's outcome buttons for a follow-up-call task in the inbox (services/follow_up_calls.py): confirmed,
not reached, objection (with what the customer objected to). The service refuses a call while the cooling-off
window is open and a call by the seller; the inbox words the refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QWidget

from domain.cooling_off import FOLLOW_UP_OUTCOMES
from widgets.labels import label


class FollowUpActions(QWidget):
    """Emits `sig_outcome(outcome, note)`; the inbox runs it for the selected task's agreement."""

    sig_outcome = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_actions")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for code in FOLLOW_UP_OUTCOMES:
            button = QPushButton(objectName=f"call_{code}")
            button.clicked.connect(lambda _checked=False, c=code: self._chosen(c))
            self.buttons[code] = button
            layout.addWidget(button)
        self.retranslate_ui()

    def _chosen(self, outcome: str) -> None:
        note = ""
        if outcome == "objection":
            note, ok = QInputDialog.getText(
                self,
                label("task_outcome", outcome),
                QCoreApplication.translate("Inbox", "What did the customer object to?"),
            )
            if not ok:
                return
        self.sig_outcome.emit(outcome, note)

    def retranslate_ui(self) -> None:
        for code, button in self.buttons.items():
            button.setText(label("task_outcome", code))
