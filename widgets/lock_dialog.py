"""The station is locked (after idle time, or at once from the menu or F12): only the signed-in user's password
opens it again; Sign out ends the session instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from domain.errors import SignInRefused
from domain.staff import StaffUser
from widgets.jobs_port import JobsPort
from widgets.messages import describe_error, is_explained

SIGN_OUT = 2  # dialog result besides Accepted/Rejected


class LockDialog(QDialog):
    def __init__(
        self,
        user: StaffUser,
        verify: Callable[[StaffUser, str], None],
        runner: JobsPort,
        parent=None,
        *,
        idle: bool = True,
    ) -> None:
        super().__init__(parent)
        self._user, self._verify, self._runner, self._idle = user, verify, runner, idle
        self.setObjectName("lock_dialog")
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.message = QLabel(wordWrap=True)
        self.password_edit = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.error_label = QLabel(wordWrap=True, objectName="error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.unlock_button = QPushButton(objectName="unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.sign_out_button = QPushButton(objectName="sign_out")
        self.sign_out_button.clicked.connect(lambda: self.done(SIGN_OUT))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Station locked"))
        text = (
            self.tr(
                "The station was locked after a period without use. {name}, enter your password to continue."
            )
            if self._idle
            else self.tr("The station is locked. {name}, enter your password to continue.")
        )
        self.message.setText(text.format(name=self._user.name))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.sign_out_button.setText(self.tr("&Sign out"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reject(self) -> None:  # Esc must not unlock the station
        pass

    def submit(self) -> None:
        self.unlock_button.setEnabled(False)
        self._runner.submit(
            self._verify,
            self._user,
            self.password_edit.text(),
            on_done=lambda _: self.accept(),
            on_error=self._refused,
            key="unlock",
        )

    def _refused(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password_edit.clear()
        if not is_explained(error):
            raise error
        if isinstance(error, SignInRefused) and error.code == "account_locked":
            self.done(SIGN_OUT)
            return
        self.error_label.setText(describe_error(error))
