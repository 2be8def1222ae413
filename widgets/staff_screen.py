"""Staff accounts for the administrator: create, unlock after failed sign-ins, disable, reset a password, and the
sales qualifications each person holds (DOMAIN §5)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QPushButton, QTableView, QWidget

from domain.codes import Role
from domain.sales import QUALIFIABLE_ROLES
from domain.staff import StaffAccount, StaffUser
from widgets.account_dialog import AccountDialog
from widgets.jobs_port import JobsPort
from widgets.labels import label, separator
from widgets.messages import describe_error, is_explained
from widgets.qualifications_dialog import QualificationsDialog
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel


class StaffPort(Protocol):
    """The account administration an administrator's staff screen calls."""

    def accounts(self) -> list[StaffAccount]: ...
    def add_account(
        self, login: str, name: str, role: Role, password: str, id_number: str = ""
    ) -> StaffUser: ...
    def unlock(self, account_id: int, version: int) -> None: ...
    def set_active(self, account_id: int, version: int, active: bool) -> None: ...
    def reset_password(self, account_id: int, version: int, password: str) -> None: ...
    def set_qualifications(self, login: str, families: list[str], until: date | None) -> tuple[str, ...]: ...


def _qualifications_dialog(account: StaffAccount) -> QualificationsDialog:
    return QualificationsDialog(account.name, account.qualifications)


class StaffScreen(Screen):
    def __init__(
        self,
        backend: StaffPort,
        runner: JobsPort,
        dialog_factory: Callable[[bool], AccountDialog] = AccountDialog,
        parent: QWidget | None = None,
        qualifications_factory: Callable[[StaffAccount], QualificationsDialog] = _qualifications_dialog,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("staff_screen")
        self._backend, self._dialog_factory = backend, dialog_factory
        self._qualifications_factory = qualifications_factory
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Login"), lambda a: a.login),
                Column(lambda: self.tr("Name"), lambda a: a.name),
                Column(lambda: self.tr("Role"), lambda a: label("role", a.role.value)),
                Column(lambda: self.tr("State"), self._state),
                Column(lambda: self.tr("Failed sign-ins"), lambda a: str(a.failed_logins), align_right=True),
                Column(
                    lambda: self.tr("Last sign-in"),
                    lambda a: a.last_login_at.strftime("%Y-%m-%d %H:%M") if a.last_login_at else "",
                ),
                Column(lambda: self.tr("Sales qualifications"), self._qualifications),
            ],
            self,
        )
        self.table = QTableView(objectName="accounts")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The qualifications take the room their words need (several families with dates); the rest share the rest.
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(objectName="add")
        self.unlock_button = QPushButton(objectName="unlock")
        self.toggle_button = QPushButton(objectName="toggle")
        self.password_button = QPushButton(objectName="password")
        self.qualify_button = QPushButton(objectName="qualify")
        self.add_button.clicked.connect(self.add_account)
        self.unlock_button.clicked.connect(self._ask_unlock)
        self.toggle_button.clicked.connect(self._toggle)
        self.password_button.clicked.connect(self.reset_password)
        self.qualify_button.clicked.connect(self.edit_qualifications)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.unlock_button,
            self.toggle_button,
            self.password_button,
            self.qualify_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.table, 1)
        self.retranslate_ui()

    def _state(self, account: StaffAccount) -> str:
        if account.locked:
            return self.tr("Locked")
        return self.tr("Active") if account.active else self.tr("Disabled")

    def _qualifications(self, account: StaffAccount) -> str:
        today = date.today()
        words = []
        for held in account.qualifications:
            family = label("family", held.family)
            if held.until is None:
                words.append(family)
            elif held.expired(today):
                words.append(
                    self.tr("{family} (expired {date})").format(family=family, date=held.until.isoformat())
                )
            else:
                words.append(
                    self.tr("{family} (until {date})").format(family=family, date=held.until.isoformat())
                )
        return separator().join(words)

    def selected(self) -> StaffAccount | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def load(self) -> None:
        self.runner.submit(
            self._backend.accounts, on_done=self._show, on_error=self.show_error, key="accounts"
        )

    def _show(self, accounts: list[StaffAccount]) -> None:
        chosen = self.selected()
        self.model.set_rows(accounts)
        if chosen is not None:
            for row, account in enumerate(accounts):
                if account.id == chosen.id:
                    self.table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        account = self.selected()
        self.unlock_button.setEnabled(account is not None and account.locked)
        self.toggle_button.setEnabled(account is not None)
        self.password_button.setEnabled(account is not None)
        self.toggle_button.setText(
            self.tr("Enable") if account and not account.active else self.tr("Disable")
        )
        qualifiable = account is not None and account.role in QUALIFIABLE_ROLES
        self.qualify_button.setEnabled(qualifiable)
        if account is None:
            why = self.tr("Select a person in the list first.")
        elif not qualifiable:
            why = self.tr("The role {role} sells no product that needs a qualification.").format(
                role=label("role", account.role.value)
            )
        else:
            why = self.tr("The product families this person may sell, and until when.")
        self.qualify_button.setToolTip(why)

    def _done(self, message: str) -> Callable[[object], None]:
        def finish(_result: object) -> None:
            self.banner.show_message(message, "info")
            self.load()

        return finish

    def _change(self, action: Callable[..., None], *extra: object) -> None:
        account = self.selected()
        if account is None:
            return
        self.runner.submit(
            action,
            account.id,
            account.version,
            *extra,
            on_done=self._done(self.tr("Saved.")),
            on_error=self._failed,
            write=True,
        )

    def _ask_unlock(self) -> None:
        account = self.selected()
        if account is None:
            return
        self.runner.submit(
            self._backend.unlock,
            account.id,
            account.version,
            on_done=self._done(
                self.tr("Unlock requested: a supervisor or another administrator approves it.")
            ),
            on_error=self._failed,
            write=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.show_error(error)
        self.load()  # someone may have changed the account meanwhile: show what is true now

    def _toggle(self) -> None:
        account = self.selected()
        if account is not None:
            self._change(self._backend.set_active, not account.active)

    def add_account(self) -> None:
        dialog = self._dialog_factory(True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.runner.submit(
            self._backend.add_account,
            values["login"],
            values["name"],
            values["role"],
            values["password"],
            values["id_number"],
            on_done=self._done(self.tr("Account created.")),
            on_error=lambda e: (
                self.banner.show_message(describe_error(e), "error")
                if is_explained(e)
                else self.show_error(e)
            ),
            write=True,
        )

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = self._dialog_factory(False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._change(self._backend.reset_password, dialog.values()["password"])

    def edit_qualifications(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = self._qualifications_factory(account)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.runner.submit(
            self._backend.set_qualifications,
            account.login,
            dialog.families(),
            dialog.until(),
            on_done=self._done(self.tr("Qualifications saved.")),
            on_error=self._failed,
            write=True,
        )

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("New account..."))
        self.unlock_button.setText(self.tr("Unlock"))
        self.password_button.setText(self.tr("Set password..."))
        self.qualify_button.setText(self.tr("&Qualifications..."))
        self.model.retranslate()
        self._update_buttons()
