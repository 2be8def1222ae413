"""Small dialogs of the profile: reveal (asks a reason, audited by the service) and reassign (supervisors)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from widgets.profile.base import FLAG_STYLES, MUTED

# The reason codes of services/customers.REVEAL_REASONS (DOMAIN §1); the service checks them again.
REVEAL_REASONS = (
    "verify_customer_present",
    "transaction_requires_full_id",
    "authority_request",
    "customer_requests_copy",
    "other",
)


class RevealDialog(QDialog):
    """Why the full ID number and mobile are needed. `reason`, `note` are read after `accepted`."""

    def __init__(self, customer_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reveal_dialog")
        self.setWindowTitle(self.tr("Show full ID number and mobile"))
        self.setMinimumWidth(420)
        self.intro = QLabel(
            self.tr(
                "Showing {name}'s full ID number and mobile is recorded with your name and the reason."
            ).format(name=customer_name),
            wordWrap=True,
        )
        self.intro.setStyleSheet(MUTED)
        self.reason_box = QComboBox(objectName="reveal_reason")
        words = {
            "verify_customer_present": self.tr("Verifying the customer in front of me"),
            "transaction_requires_full_id": self.tr("The transaction needs the full ID number"),
            "authority_request": self.tr("Request from an authority"),
            "customer_requests_copy": self.tr("The customer asks for a copy"),
            "other": self.tr("Other (explain)"),
        }
        for code in REVEAL_REASONS:
            self.reason_box.addItem(words[code], code)
        self.note_edit = QLineEdit(objectName="reveal_note")
        self.error = QLabel(objectName="reveal_error", wordWrap=True)
        self.error.setStyleSheet(FLAG_STYLES["alert"])
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_box)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @property
    def reason(self) -> str:
        return self.reason_box.currentData()

    @property
    def note(self) -> str:
        return self.note_edit.text().strip()

    def _accept(self) -> None:
        if self.reason == "other" and not self.note:
            self.error.setText(self.tr("Say why in the note."))
            self.error.show()
            return
        self.accept()


class ReassignDialog(QDialog):
    """Pick the new customer manager. `manager_id` is read after `accepted`."""

    def __init__(
        self, customer_name: str, current_id: int | None, managers: list[tuple[int, str, str]], parent=None
    ):
        super().__init__(parent)
        self.setObjectName("reassign_dialog")
        self.setWindowTitle(self.tr("Reassign customer"))
        note = QLabel(
            self.tr(
                "{name} goes to the new manager today. The new manager gets a task: tell the customer orally and "
                "in writing, and contact them within one month. Open tasks move too."
            ).format(name=customer_name),
            wordWrap=True,
        )
        note.setStyleSheet(MUTED)
        self.managers = QComboBox(objectName="reassign_manager")
        for staff_id, login, name in managers:
            if staff_id != current_id:
                self.managers.addItem(f"{name} ({login})", staff_id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reassign"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.managers.count() > 0)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("New customer manager"), self.managers)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def manager_id(self) -> int | None:
        return self.managers.currentData()
