"""Sign-in: login and password, checked on a worker thread; the reason for a refusal is shown in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from domain.staff import StaffUser
from widgets.jobs_port import JobsPort
from widgets.messages import describe_error, is_explained


class LoginDialog(QDialog):
    sig_logged_in = Signal(object)  # StaffUser

    def __init__(
        self,
        authenticate: Callable[[str, str], StaffUser],
        runner: JobsPort,
        database: str,
        last_login: str = "",
        hint: str = "",
        parent=None,
        *,
        preparing: bool = False,
    ) -> None:
        """`preparing`: the window is shown while the database is still being opened and checked (a sign-in
        typed meanwhile waits for it); `show_prepared` then names the database."""
        super().__init__(parent)
        self._authenticate, self._runner = authenticate, runner
        self.user: StaffUser | None = None
        self.setObjectName("login_dialog")
        self.setMinimumWidth(420)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 20px; font-weight: bold; padding: 12px;")
        self.login_edit = QLineEdit(last_login, objectName="login")
        self.password_edit = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.error_label = QLabel(objectName="error", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.hint_label = QLabel(hint, wordWrap=True)
        self.hint_label.setStyleSheet("color: #555;")
        self.hint_label.setVisible(bool(hint))
        self._preparing = preparing
        self.database_label = QLabel(database, wordWrap=True)
        self.database_label.setStyleSheet("color: #777; font-size: 11px;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        # Alt+L / Alt+P reach the fields from anywhere in the dialog (the next person signs in after a sign-out).
        self.form.addRow(QLabel(buddy=self.login_edit), self.login_edit)
        self.form.addRow(QLabel(buddy=self.password_edit), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        layout.addWidget(self.database_label)
        (self.password_edit if last_login else self.login_edit).setFocus()
        self.retranslate_ui()

    def show_prepared(self, database: str, hint: str) -> None:
        self._preparing = False
        self.database_label.setText(database)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("BranchDesk - sign in"))
        if self._preparing:
            self.database_label.setText(self.tr("Preparing the database..."))
        self.title.setText(self.tr("BranchDesk customer workstation"))
        cast(QLabel, self.form.labelForField(self.login_edit)).setText(self.tr("&Login"))
        cast(QLabel, self.form.labelForField(self.password_edit)).setText(self.tr("&Password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def submit(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self.error_label.setText(self.tr("Enter your login and password."))
            return
        self.buttons.setEnabled(False)
        self.error_label.setText(self.tr("Signing in..."))
        self._runner.submit(
            self._authenticate, login, password, on_done=self._accepted, on_error=self._refused, key="login"
        )

    def _accepted(self, user: StaffUser) -> None:
        self.user = user
        self.sig_logged_in.emit(user)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.clear()
        self.password_edit.setFocus()
        if not is_explained(error):
            raise error  # a bug: let the crash handler report it
        # No "attempts left": it would tell a stranger which logins exist.
        self.error_label.setText(describe_error(error))
