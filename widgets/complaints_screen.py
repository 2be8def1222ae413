"""Complaints (投诉): the register (overdue first), one case in full, and the step its reader may take next. This is
the view; the steps, forms and printing are widgets/complaint_controller.py.

Anyone registers (首问负责制); supervisors assign and close; the handler starts, replies or records a
withdrawal. The buttons shown follow the case's status and the reader's part in it; the service decides.

Print: the selected case's transfer slip, urging slip or result report (each offered only when it fits the case
now, as the service says in `ComplaintView.documents`), the major complaint's report upward once made, and the
register of a period.

Duties beside the case (DOMAIN §7.7): a major complaint is reported upward (the button says why when it cannot
be); the repeat link shows on both cases; the daily opinion-book and online checks are recorded from the top bar. The PDF is made on the
job runner and shown in the preview (widgets/pdf_preview.py); a refusal is shown in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.complaint_duties import DailyCheckView, MajorReportView
from domain.complaint_flow import ClosingFacts, ComplaintStatus
from domain.complaints import ComplaintView
from domain.permissions import Action, allows
from domain.staff import StaffUser
from widgets.complaint_controller import ComplaintController, printable
from widgets.complaint_dialogs import CloseDialog, PeriodDialog, RegisterDialog, TextDialog
from widgets.complaint_duty_dialogs import DailyCheckDialog, MajorReportDialog
from widgets.jobs_port import JobsPort
from widgets.labels import day, label
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
    def report_major_complaint(self, number: str, reported_to: str, content: str) -> MajorReportView: ...
    def major_report_pdf(self, number: str) -> bytes: ...
    def record_daily_check(
        self, kind: str, check_date: date, checked: str, findings: str, found_items: bool
    ) -> DailyCheckView: ...
    def daily_checks(self, first: date, last: date) -> Any: ...
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
            "major_report": MajorReportDialog,
            "daily_check": DailyCheckDialog,
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
        self.control = ComplaintController(self)
        self.register_button.clicked.connect(lambda: self.control.register_complaint())
        self.open_only = QCheckBox(objectName="open_only", checked=True)
        self.open_only.toggled.connect(lambda _checked: self.load())
        self.count_label = QLabel(objectName="count")
        self.print_register_button = QPushButton(objectName="print_register")
        self.print_register_button.clicked.connect(lambda: self.control.print_register())
        self.daily_check_button = QPushButton(objectName="daily_check")
        self.daily_check_button.clicked.connect(lambda: self.control.record_check())
        top = QHBoxLayout()
        top.addWidget(self.register_button)
        top.addWidget(self.print_register_button)
        top.addWidget(self.daily_check_button)
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
        self.report_major_button = QPushButton(objectName="report_major")
        self.assign_button.clicked.connect(lambda: self.control.assign())
        self.start_button.clicked.connect(lambda: self.control.step(self._backend.start_complaint))
        self.reply_button.clicked.connect(lambda: self.control.reply())
        self.close_button.clicked.connect(lambda: self.control.close_case())
        self.withdraw_button.clicked.connect(lambda: self.control.withdraw())
        self.report_major_button.clicked.connect(lambda: self.control.report_major())
        self.print_menu = QMenu(self)
        self.print_actions: dict[str, QAction] = {}
        for kind in ("transfer", "urging", "result", "major_report"):
            action = self.print_menu.addAction("")
            action.setObjectName(f"print_{kind}")
            action.triggered.connect(lambda _checked=False, kind=kind: self.control.print_case(kind))
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
            self.report_major_button,
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
            (self.tr("Report upward"), self._report_text(v)),
            (self.tr("Repeat of"), v.repeat_of),
            (self.tr("Repeated by"), "、".join(v.repeated_by)),
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

    def _report_text(self, v) -> str:
        if v.major_report_due is None:
            return ""
        if v.major_reported_at is not None:
            return self.tr("reported {when} (due {date})").format(
                when=v.major_reported_at.strftime("%Y-%m-%d %H:%M"), date=day(v.major_report_due)
            )
        return self.tr("not yet reported: due by the end of {date}").format(date=day(v.major_report_due))

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
        may_report = allows(role, Action.COMPLAINT_REPORT_MAJOR)
        self.report_major_button.setVisible(may_report and case is not None)
        self.report_major_button.setEnabled(bool(case and case.major_reasons))
        self.report_major_button.setToolTip(
            ""
            if case is None or case.major_reasons
            else self.tr(
                "Only a major complaint (over 50,000, a public figure, a sensitive topic or a reputational "
                "risk) is reported upward."
            )  # fmt: skip
        )
        self.daily_check_button.setVisible(allows(role, Action.COMPLAINT_DAILY_CHECK))
        fitting = printable(case) if case else ()
        for kind, action in self.print_actions.items():
            action.setEnabled(kind in fitting)
        self.print_button.setVisible(case is not None)
        self.print_button.setEnabled(bool(fitting))

    def retranslate_ui(self) -> None:
        self.register_button.setText(self.tr("Register a complaint..."))
        self.print_register_button.setText(self.tr("Print register..."))
        self.print_button.setText(self.tr("Print"))
        self.print_actions["transfer"].setText(self.tr("Transfer slip"))
        self.print_actions["urging"].setText(self.tr("Urging slip"))
        self.print_actions["result"].setText(self.tr("Result report"))
        self.print_actions["major_report"].setText(self.tr("Major complaint report"))
        self.report_major_button.setText(self.tr("Report upward..."))
        self.daily_check_button.setText(self.tr("Daily check..."))
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
