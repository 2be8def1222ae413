"""Complaints (投诉): the register (overdue first), one case in full, and the step its reader may take next.

Anyone registers (首问负责制); supervisors assign and close; the handler starts, replies or records a
withdrawal. The buttons shown follow the case's status and the reader's part in it; the service decides.

Print: the selected case's transfer slip, urging slip or result report (each offered only when it fits the case
now, as the service says in `ComplaintView.documents`), and the register of a period. The PDF is made on the
job runner and shown in the preview (widgets/pdf_preview.py); a refusal is shown in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.complaint_flow import ClosingFacts, ComplaintNotClosable, ComplaintStatus
from domain.complaints import ComplaintView
from domain.errors import InvalidValue
from domain.money import parse_amount
from domain.permissions import Action, allows
from domain.staff import StaffUser
from widgets.complaint_dialogs import CloseDialog, PeriodDialog, RegisterDialog, TextDialog
from widgets.jobs_port import JobsPort
from widgets.labels import day, label
from widgets.messages import describe, describe_error, is_explained
from widgets.pdf_preview import open_pdf_dialog
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel, row_list

STATE_COLOURS = {"overdue": QColor("#b00020"), "warning": QColor("#b35c00")}
MAJOR_COLOUR = QColor("#8a1c1c")


def _shown_state(v) -> str:
    """A replied case no longer runs against its deadline but is not finished (办结) until a supervisor closes it:
    shown as "to be closed", so the list of unfinished cases never seems to hold finished ones."""
    return "awaiting_close" if v.status is ComplaintStatus.REPLIED else v.state


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def _ask(dialog, previous: dict | None, error: str) -> dict | None:
    """Show a form again with what was typed and why it was refused; its values, or None when cancelled."""
    if previous is not None:
        dialog.set_values(previous)
    dialog.show_error(error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


class ComplaintsPort(Protocol):
    """The complaint calls the screen makes (desktop/backend.py binds them to the signed-in person), and the
    station's print setup for the documents' preview."""

    def complaints(self, open_only: bool) -> list[ComplaintView]: ...
    def complaint(self, number: str) -> ComplaintView: ...
    def complaint_staff(self) -> list[tuple[str, str]]: ...
    def register_complaint(self, values: dict[str, Any]) -> ComplaintView: ...
    def assign_complaint(self, number: str, handler_login: str, version: int) -> ComplaintView: ...
    def start_complaint(self, number: str, version: int) -> ComplaintView: ...
    def reply_complaint(self, number: str, text: str, version: int) -> ComplaintView: ...
    def withdraw_complaint(
        self, number: str, reason: str, voluntary: bool, version: int
    ) -> ComplaintView: ...
    def close_complaint(self, number: str, facts: ClosingFacts, version: int) -> ComplaintView: ...
    def complaint_document(self, number: str, kind: str) -> bytes: ...
    def complaint_register(self, first: date, last: date) -> bytes: ...
    def print_setup(self) -> tuple[str, str]: ...
    def save_print_setup(self, printer_name: str, paper_size: str) -> None: ...


class ComplaintsScreen(Screen):
    def __init__(
        self,
        user: StaffUser,
        backend: ComplaintsPort,
        runner: JobsPort,
        dialogs: dict[str, Callable] | None = None,
        parent=None,
    ):
        super().__init__(runner, parent)
        self.setObjectName("complaints_screen")
        self.user, self._backend = user, backend
        # Tests replace the dialogs; the app uses the real ones.
        defaults: dict[str, Callable[..., Any]] = {
            "register": RegisterDialog,
            "close": CloseDialog,
            "text": TextDialog,
            "period": PeriodDialog,
            "preview": open_pdf_dialog,
        }
        self._dialogs = defaults | (dialogs or {})
        self.preview_dialog = None  # the last document shown
        self._staff: list[tuple[str, str]] = []
        self._case = None
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Number"), lambda v: v.number),
                Column(lambda: self.tr("Received"), lambda v: v.received_at.strftime("%Y-%m-%d %H:%M")),
                Column(lambda: self.tr("Channel"), lambda v: label("complaint_channel", v.channel)),
                Column(lambda: self.tr("Category"), lambda v: label("complaint_category", v.category)),
                Column(lambda: self.tr("Complainant"), lambda v: v.complainant_name),
                Column(lambda: self.tr("Handler"), lambda v: v.handler),
                Column(lambda: self.tr("Due"), self._due_text),
                Column(lambda: self.tr("Deadline"), lambda v: label("deadline_state", _shown_state(v))),
                Column(lambda: self.tr("Status"), lambda v: label("complaint_status", v.status.value)),
                Column(lambda: self.tr("Major"), lambda v: self.tr("Major") if v.major_reasons else ""),
            ],
            self,
            foreground=lambda v: STATE_COLOURS.get(v.state) or (MAJOR_COLOUR if v.major_reasons else None),
        )
        self.table = row_list(self.model, "complaints")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_selected())

        self.register_button = QPushButton(objectName="register")
        self.register_button.clicked.connect(lambda: self.register_complaint())
        self.open_only = QCheckBox(objectName="open_only", checked=True)
        self.open_only.toggled.connect(lambda _checked: self.load())
        self.count_label = QLabel(objectName="count")
        self.print_register_button = QPushButton(objectName="print_register")
        self.print_register_button.clicked.connect(lambda: self.print_register())
        top = QHBoxLayout()
        top.addWidget(self.register_button)
        top.addWidget(self.print_register_button)
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.detail = QTextBrowser(objectName="detail")
        self.handler_choice = QComboBox(objectName="handler")
        self.assign_button = QPushButton(objectName="assign")
        self.start_button = QPushButton(objectName="start")
        self.reply_button = QPushButton(objectName="reply")
        self.close_button = QPushButton(objectName="close")
        self.withdraw_button = QPushButton(objectName="withdraw")
        self.assign_button.clicked.connect(lambda: self.assign())
        self.start_button.clicked.connect(lambda: self._step(self._backend.start_complaint))
        self.reply_button.clicked.connect(lambda: self.reply())
        self.close_button.clicked.connect(lambda: self.close_case())
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.print_menu = QMenu(self)
        self.print_actions: dict[str, QAction] = {}
        for kind in ("transfer", "urging", "result"):
            action = self.print_menu.addAction("")
            action.setObjectName(f"print_{kind}")
            action.triggered.connect(lambda _checked=False, kind=kind: self.print_case(kind))
            self.print_actions[kind] = action
        self.print_button = QPushButton(objectName="print_case")
        self.print_button.setMenu(self.print_menu)
        actions = QHBoxLayout()
        for widget in (
            self.handler_choice,
            self.assign_button,
            self.start_button,
            self.reply_button,
            self.close_button,
            self.withdraw_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(actions)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([380, 300])
        self.layout_.addLayout(top)
        self.layout_.addWidget(split, 1)
        self.retranslate_ui()
        self._update_actions()

    # -- loading -----------------------------------------------------------------------------------------------

    def load(self) -> None:
        self.runner.submit(self._backend.complaint_staff, on_done=self._set_staff, on_error=self.show_error,
                           key="complaint_staff")  # fmt: skip
        self.runner.submit(
            self._backend.complaints,
            self.open_only.isChecked(),
            on_done=self._show,
            on_error=self.show_error,
            key="complaints",
        )

    def _set_staff(self, staff: list[tuple[str, str]]) -> None:
        self._staff = staff
        self.handler_choice.clear()
        for login, name in staff:
            self.handler_choice.addItem(f"{name} ({login})", login)

    def _show(self, views) -> None:
        chosen = self._case.number if self._case else None
        self.model.set_rows(views)
        self.count_label.setText(self.tr("%n complaint(s)", "", len(views)))
        overdue = sum(1 for v in views if v.state == "overdue")
        if overdue:
            self.banner.show_message(self.tr("%n complaint(s) past the deadline.", "", overdue), "warning")
        for row, view in enumerate(views):
            if view.number == chosen:
                self.table.selectRow(row)
                return
        self._show_case(None)

    def _open_selected(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return
        number = self.model.row(index.row()).number
        self.runner.submit(self._backend.complaint, number, on_done=self._show_case, on_error=self.show_error,
                           key="complaint")  # fmt: skip

    def _show_case(self, view) -> None:
        self._case = view
        self.detail.setHtml(self._case_html(view) if view else "")
        if view is not None and view.handler_login:  # reassigning starts from the current handler
            self.handler_choice.setCurrentIndex(max(0, self.handler_choice.findData(view.handler_login)))
        self._update_actions()

    def _due_text(self, v, long: bool = False) -> str:
        """The deadline; one counted across a year with no loaded calendar says it may still move."""
        if v.deadline is None:
            return ""
        if not v.deadline_provisional:
            return day(v.deadline)
        if long:
            return self.tr("{date} (provisional: the {year} working-day calendar is not loaded)").format(
                date=day(v.deadline), year=v.deadline.year
            )
        return self.tr("{date} (provisional)").format(date=day(v.deadline))

    def _case_html(self, v) -> str:
        rows = [
            (self.tr("Number"), v.number),
            (self.tr("Status"), label("complaint_status", v.status.value)),
            (self.tr("Received"), v.received_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("Channel"), label("complaint_channel", v.channel)),
            (self.tr("Category"), label("complaint_category", v.category)),
            (
                self.tr("Due"),
                f"{self._due_text(v, long=True)}  {label('deadline_state', _shown_state(v))}"
                if v.deadline
                else label("deadline_state", _shown_state(v)),
            ),
            (self.tr("Complainant"), f"{v.complainant_name}  {v.complainant_phone}"),
            (self.tr("Customer number"), v.customer_no or ""),
            (self.tr("Complaint about"), v.subject_staff),
            (self.tr("Amount in dispute"), f"{v.amount:,.2f}" if v.amount is not None else ""),
            (self.tr("Major complaint"), "、".join(label("major_reason", r) for r in v.major_reasons)),
            (self.tr("Registered by"), v.registered_by),
            (self.tr("Handler"), v.handler),
            (self.tr("What happened"), v.content),
            (self.tr("Reply"), v.reply),
            (self.tr("Leader's instruction"), v.leader_instruction),
            (self.tr("Cause and findings"), v.findings),
            (self.tr("Disposition of the responsible persons"), v.disposition),
            (self.tr("Corrective measures"), v.corrective_measures),
            (
                self.tr("Customer's satisfaction"),
                label("satisfaction", v.satisfaction) if v.satisfaction else "",
            ),
            (self.tr("Why the deadline was missed"), v.overdue_reason),
            (self.tr("Reason for withdrawal"), v.withdrawal_reason),
        ]
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>{_html(k)}</td><td>{_html(str(val))}</td></tr>"
            for k, val in rows
            if val
        )
        return f"<table>{cells}</table>"

    # -- what the reader may do next -----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        case, role = self._case, self.user.role
        status = case.status if case else None
        supervisor = allows(role, Action.COMPLAINT_SUPERVISE)
        handler = case is not None and case.handler_login == self.user.login
        self.register_button.setVisible(allows(role, Action.COMPLAINT_REGISTER))
        can_assign = supervisor and status in (
            ComplaintStatus.REGISTERED,
            ComplaintStatus.ASSIGNED,
            ComplaintStatus.HANDLING,
        )
        self.handler_choice.setVisible(can_assign)
        self.assign_button.setVisible(can_assign)
        self.start_button.setVisible(handler and status is ComplaintStatus.ASSIGNED)
        self.reply_button.setVisible(handler and status is ComplaintStatus.HANDLING)
        self.close_button.setVisible(supervisor and status is ComplaintStatus.REPLIED)
        self.withdraw_button.setVisible(
            (supervisor or handler)
            and status in (ComplaintStatus.REGISTERED, ComplaintStatus.ASSIGNED, ComplaintStatus.HANDLING)
        )
        fitting = case.documents if case else ()
        for kind, action in self.print_actions.items():
            action.setEnabled(kind in fitting)
        self.print_button.setVisible(case is not None)
        self.print_button.setEnabled(bool(fitting))

    def _done(self, message: str):
        def finish(view) -> None:
            self.banner.show_message(message, "info")
            self._case = view
            self.load()

        return finish

    def _step(self, action: Callable, *args, message: str | None = None, on_error=None) -> None:
        if self._case is None:
            return
        self.runner.submit(
            action,
            self._case.number,
            *args,
            self._case.version,
            on_done=self._done(message or self.tr("Saved.")),
            on_error=on_error or self._failed,
            write=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.show_error(error)
        self.load()  # someone may have moved the case meanwhile: show what is true now

    def assign(self) -> None:
        login = self.handler_choice.currentData()
        if login:
            self._step(self._backend.assign_complaint, login, message=self.tr("Handler assigned."))

    # -- forms ---------------------------------------------------------------------------------------------------

    def register_complaint(self, previous: dict | None = None, error: str = "") -> None:
        dialog = self._dialogs["register"](self._staff, self)
        values = _ask(dialog, previous, error)
        if values is None:
            return
        try:
            amount: Decimal | None = parse_amount(values["amount"]) if values["amount"] else None
        except InvalidValue as bad:
            self.register_complaint(values, describe_error(bad))
            return
        self.runner.submit(
            self._backend.register_complaint,
            values | {"amount": amount},
            on_done=lambda view: self._registered(view),
            on_error=lambda e: self._refused(e, lambda text: self.register_complaint(values, text)),
            write=True,
        )

    def _registered(self, view) -> None:
        self.open_only.setChecked(True)
        self._case = view
        text = self.tr("Complaint {number} registered; answer due {date}.").format(
            number=view.number,
            date=day(view.deadline) if view.deadline else label("deadline_state", "manual"),
        )
        if view.major_reasons:
            text += " " + self.tr("Major complaint: the branch head has been alerted.")
        self.banner.show_message(text, "info")
        self.load()

    def _refused(self, error: BaseException, reopen: Callable[[str], None]) -> None:
        if not is_explained(error):
            raise error
        problems = error.problems if isinstance(error, ComplaintNotClosable) else ()  # each missing item
        lines = [describe_error(error)] + [f"· {describe(p)}" for p in problems]
        reopen("\n".join(lines))

    def reply(self, previous: dict | None = None, error: str = "") -> None:
        dialog = self._dialogs["text"](self.tr("Reply to the customer"), self.tr("Reply given"), self.tr("Save"),
                                       parent=self)  # fmt: skip
        values = _ask(dialog, previous, error)
        if values is None:
            return
        self._step(self._backend.reply_complaint, values["text"], message=self.tr("Reply recorded."),
                   on_error=lambda e: self._refused(e, lambda text: self.reply(values, text)))  # fmt: skip

    def withdraw(self, previous: dict | None = None, error: str = "") -> None:
        dialog = self._dialogs["text"](
            self.tr("Withdrawal"),
            self.tr("Reason for withdrawal"),
            self.tr("Record withdrawal"),
            confirm=self.tr("I have verified that the customer withdraws voluntarily."),
            parent=self,
        )
        values = _ask(dialog, previous, error)
        if values is None:
            return
        self._step(self._backend.withdraw_complaint, values["text"], values["confirmed"],
                   message=self.tr("Withdrawal recorded."),
                   on_error=lambda e: self._refused(e, lambda text: self.withdraw(values, text)))  # fmt: skip

    def close_case(self, previous: dict | None = None, error: str = "") -> None:
        case = self._case
        if case is None:
            return
        late = bool(case.deadline and case.replied_at and case.replied_at.date() > case.deadline)
        dialog = self._dialogs["close"](case.number, late, self)
        values = _ask(dialog, previous, error)
        if values is None:
            return
        self._step(self._backend.close_complaint, ClosingFacts(**values), message=self.tr("Complaint closed."),
                   on_error=lambda e: self._refused(e, lambda text: self.close_case(values, text)))  # fmt: skip

    # -- printing ------------------------------------------------------------------------------------------------

    def print_case(self, kind: str) -> None:
        """The selected case's document, made on the job runner, then shown in the preview."""
        case = self._case
        if case is None or kind not in case.documents:
            return
        titles = {
            "transfer": self.tr("Transfer slip {number}"),
            "urging": self.tr("Urging slip {number}"),
            "result": self.tr("Result report {number}"),
        }
        title = titles[kind].format(number=case.number)
        self.runner.submit(
            self._backend.complaint_document,
            case.number,
            kind,
            on_done=lambda data: self._preview(data, title),
            on_error=self._failed,
            key="complaint_print",
        )

    def print_register(self, previous: dict | None = None, error: str = "") -> None:
        dialog = self._dialogs["period"](self)
        values = _ask(dialog, previous, error)
        if values is None:
            return
        first, last = values["first"], values["last"]
        title = self.tr("Complaint register {first} to {last}").format(
            first=first.isoformat(), last=last.isoformat()
        )
        self.runner.submit(
            self._backend.complaint_register,
            first,
            last,
            on_done=lambda data: self._preview(data, title),
            on_error=lambda e: self._refused(e, lambda text: self.print_register(values, text)),
            key="complaint_print",
        )

    def _preview(self, data: bytes, title: str) -> None:
        self.preview_dialog = self._dialogs["preview"](
            self,
            data,
            title,
            print_setup=self._backend.print_setup,
            save_print_setup=self._backend.save_print_setup,
        )

    def retranslate_ui(self) -> None:
        self.register_button.setText(self.tr("Register a complaint..."))
        self.print_register_button.setText(self.tr("Print register..."))
        self.print_button.setText(self.tr("Print"))
        self.print_actions["transfer"].setText(self.tr("Transfer slip"))
        self.print_actions["urging"].setText(self.tr("Urging slip"))
        self.print_actions["result"].setText(self.tr("Result report"))
        self.open_only.setText(self.tr("Open cases only"))
        self.open_only.setToolTip(
            self.tr("Cases not closed or withdrawn; a replied case waits for a supervisor to close it")
        )
        self.assign_button.setText(self.tr("Assign"))
        self.start_button.setText(self.tr("Start handling"))
        self.reply_button.setText(self.tr("Record reply..."))
        self.close_button.setText(self.tr("Close..."))
        self.withdraw_button.setText(self.tr("Withdrawal..."))
        self.model.retranslate()
        if self._case is not None:
            self._show_case(self._case)
