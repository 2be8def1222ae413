"""Creating a staff account or setting a new password; the reason for a refusal shows beside the form."""

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

from domain.codes import Role
from widgets.labels import label


class AccountDialog(QDialog):
    """With `new_account=False` only the password fields are shown (reset by an administrator)."""

    def __init__(self, new_account: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("account_dialog")
        self._new = new_account
        self.login_edit = QLineEdit(objectName="login")
        self.name_edit = QLineEdit(objectName="name")
        self.role_combo = QComboBox(objectName="role")
        for role in Role:
            self.role_combo.addItem(label("role", role.value), role.value)
        # The person's own resident ID: their own customer record is then refused to them (no self-dealing).
        self.id_number_edit = QLineEdit(objectName="id_number", maxLength=18)
        self.password_edit = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(objectName="repeat", echoMode=QLineEdit.EchoMode.Password)
        self.error_label = QLabel(objectName="error", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.form = QFormLayout()
        if new_account:
            self.form.addRow(self.tr("Login"), self.login_edit)
            self.form.addRow(self.tr("Name"), self.name_edit)
            self.form.addRow(self.tr("Role"), self.role_combo)
            self.form.addRow(self.tr("Own ID number (optional)"), self.id_number_edit)
        self.form.addRow(self.tr("Password"), self.password_edit)
        self.form.addRow(self.tr("Repeat password"), self.repeat_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("New staff account") if new_account else self.tr("Set a new password"))
        self.setMinimumWidth(380)

    def values(self) -> dict:
        return {
            "login": self.login_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "role": Role(self.role_combo.currentData()),
            "password": self.password_edit.text(),
            "id_number": self.id_number_edit.text().strip(),
        }

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)

    def _check(self) -> None:
        if self._new and (not self.login_edit.text().strip() or not self.name_edit.text().strip()):
            self.show_error(self.tr("Login and name are required."))
            return
        if self.password_edit.text() != self.repeat_edit.text():
            self.show_error(self.tr("The two passwords differ."))
            return
        self.accept()
