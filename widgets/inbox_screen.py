"""The inbox (待办): one person's open tasks — referrals, follow-ups, maturities, expiring assessments and ID
documents, birthdays of high-tier customers, the contact after a manager change, complaint deadlines.

Overdue ones are red. Referrals take an outcome (contacted → converted / not interested / later); other tasks are
marked done. A referral not contacted in time shows that it went to the supervisors, whose queue holds the
escalation until the outcome is recorded. Supervisors see their own and the supervisors' queue, or anyone's
through the filter. The second tab is the referrals report (widgets/referrals_report.py). The screen gets plain
callables from desktop/backend.py; a new task on another station reloads it (desktop/task_watcher.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.codes import Role
from domain.inbox import TaskView
from domain.referrals import Referral, ReferralReport, escalation_holds
from domain.staff import StaffUser
from widgets.jobs_port import JobsPort
from widgets.labels import day, days_before, label, product_name
from widgets.messages import describe_error, is_explained
from widgets.referral_dialog import ReferralDialog
from widgets.referrals_report import ReferralsReport
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel, row_list

OVERDUE = QColor("#b00020")
DONE = QColor("#7a808a")  # a closed referral the referrer still sees
EVERYONE, MINE, QUEUE = "*", "", "queue"


def task_product(v, code: str | None = None) -> str:
    """A task's product by its name (titles read `code name`; the code is for the catalogue, not the reader)."""
    code = code if code is not None else v.details.get("product", "")
    if code in v.product_names:
        return product_name(v.product_names[code])
    return v.title.removeprefix(f"{code} ").strip() if code == v.details.get("product") else code


def escalated_now(v) -> bool:
    """A referral waiting for the contact it was escalated to the supervisors for."""
    escalated = v.details.get("escalated") if v.kind == "referral" else None
    if not escalated:
        return False
    return escalation_holds(v.status, v.outcome, v.due_on, date.fromisoformat(escalated["due_on"]))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class InboxPort(Protocol):
    """The work-queue and referral calls the inbox makes (desktop/backend.py binds them to the signed-in person)."""

    def tasks(self, everyone: bool = False, assignee_login: str | None = None) -> list[TaskView]: ...
    def task_assignees(self) -> list[tuple[str, str]]: ...
    def complete_task(self, task_id: int, version: int) -> None: ...
    def referral_outcome(self, task_id: int, outcome: str, version: int) -> Referral: ...
    def referral_managers(self) -> list[tuple[str, str]]: ...
    def refer(self, values: dict[str, Any]) -> Referral: ...
    def referral_report(self, first: date, last: date) -> ReferralReport: ...


class InboxScreen(Screen):
    sig_open_count = Signal(int)  # open tasks shown (the navigation's badge)

    def __init__(
        self,
        user: StaffUser,
        backend: InboxPort,
        runner: JobsPort,
        open_customer: Callable[[str], None] | None = None,
        referral_dialog: Callable[..., ReferralDialog] = ReferralDialog,
        parent=None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("inbox_screen")
        self.user, self._backend, self._open_customer = user, backend, open_customer
        self._referral_dialog = referral_dialog
        self._task = None
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Due"), lambda v: day(v.due_on)),
                Column(lambda: self.tr("Kind"), lambda v: label("task_kind", v.kind)),
                Column(lambda: self.tr("Customer"), lambda v: f"{v.customer_no} {v.customer_name}".strip()),
                Column(lambda: self.tr("What"), self._summary),
                Column(lambda: self.tr("Assigned to"), lambda v: v.assignee or self.tr("Supervisors' queue")),
                Column(lambda: self.tr("From"), lambda v: v.created_by),
                Column(
                    lambda: self.tr("Outcome"),
                    lambda v: label("task_outcome", v.outcome) if v.outcome else "",
                ),
            ],
            self,
            foreground=lambda v: OVERDUE if v.overdue else (DONE if v.status != "open" else None),
        )
        self.table = row_list(self.model, "tasks")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._select())
        self.table.doubleClicked.connect(lambda *_: self.open_customer())

        self.refer_button = QPushButton(objectName="refer")
        self.refer_button.clicked.connect(lambda: self.refer())
        self.filter = QComboBox(objectName="filter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.setVisible(user.role is Role.SUPERVISOR)
        self.filter.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button = QPushButton(objectName="refresh")
        self.refresh_button.clicked.connect(lambda: self.load())
        self.count_label = QLabel(objectName="count")
        top = QHBoxLayout()
        top.addWidget(self.refer_button)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.refresh_button)

        self.detail = QTextBrowser(objectName="detail")
        self.open_button = QPushButton(objectName="open_customer")
        self.open_button.clicked.connect(lambda: self.open_customer())
        self.done_button = QPushButton(objectName="done")
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.outcome_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        for code in ("contacted", "converted", "not_interested", "later"):
            button = QPushButton(objectName=f"outcome_{code}")
            button.clicked.connect(lambda _checked=False, c=code: self.record_outcome(c))
            self.outcome_buttons[code] = button
            actions.addWidget(button)
        actions.addWidget(self.done_button)
        actions.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([520, 140])
        split.setStretchFactor(0, 1)
        tasks = QWidget(objectName="tasks_page")
        tasks_layout = QVBoxLayout(tasks)
        tasks_layout.setContentsMargins(0, 8, 0, 0)
        tasks_layout.addLayout(top)
        tasks_layout.addWidget(split, 1)
        self.report = ReferralsReport(user, backend.referral_report, runner)
        self.tabs = QTabWidget(objectName="inbox_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(tasks, "")
        self.tabs.addTab(self.report, "")
        self.layout_.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self._update_actions()

    # -- loading -------------------------------------------------------------------------------------------------
    def load(self) -> None:
        if self.user.role is Role.SUPERVISOR and self.filter.count() == 0:
            self.runner.submit(self._backend.task_assignees, on_done=self._set_assignees,
                               on_error=self.show_error, key="task_assignees")  # fmt: skip
        choice = self.filter.currentData() if self.filter.count() else MINE
        everyone = choice not in (None, MINE)
        self.runner.submit(
            self._backend.tasks,
            everyone,
            None if choice in (None, MINE, EVERYONE) else choice,
            on_done=self._show,
            on_error=self.show_error,
            key="inbox",
        )

    def _set_assignees(self, people: list[tuple[str, str]]) -> None:
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Mine and the supervisors' queue"), MINE)
        self.filter.addItem(self.tr("Everyone"), EVERYONE)
        self.filter.addItem(self.tr("Supervisors' queue only"), QUEUE)
        for login, name in people:
            self.filter.addItem(f"{name} ({login})", login)
        self.filter.blockSignals(False)

    def _show(self, views) -> None:
        chosen = self._task.id if self._task else None
        self.model.set_rows(views)
        count = sum(1 for v in views if self._actionable(v))
        self.count_label.setText(self.tr("%n open task(s)", "", count))
        self.sig_open_count.emit(count)
        overdue = sum(1 for v in views if v.overdue and self._actionable(v))
        if overdue:
            self.banner.show_message(self.tr("%n task(s) overdue.", "", overdue), "warning")
        elif self.banner.kind == "warning":
            self.banner.clear_message()
        for row, view in enumerate(views):
            if view.id == chosen:
                self.table.selectRow(row)
                return
        self._task = None
        self.detail.clear()
        self._update_actions()

    def _actionable(self, v) -> bool:
        """An open task this person acts on (not a referral they sent, shown to follow its outcome)."""
        if v.status != "open":
            return False
        if v.assignee_login == self.user.login:
            return True
        return self.user.role is Role.SUPERVISOR and (
            not v.assignee_login or self.filter.currentData() != MINE
        )

    def _select(self) -> None:
        index = self.table.selectionModel().currentIndex()
        self._task = self.model.row(index.row()) if index.isValid() else None
        self.detail.setHtml(self._detail_html(self._task) if self._task else "")
        self._update_actions()

    def _update_actions(self) -> None:
        task = self._task
        actionable = task is not None and self._actionable(task)
        referral = task is not None and task.kind == "referral"
        self.open_button.setEnabled(bool(task and task.customer_no and self._open_customer))
        self.done_button.setVisible(not referral)
        self.done_button.setEnabled(actionable)
        for button in self.outcome_buttons.values():
            button.setVisible(referral)
            button.setEnabled(referral and actionable)

    # -- words -------------------------------------------------------------------------------------------------
    def _summary(self, v) -> str:
        d = v.details
        match v.kind:
            case "referral":
                products = "、".join(task_product(v, code) for code in d.get("products", []))
                text = label("referral_reason", d.get("reason", ""))
                if products:
                    text += f" · {products}"
                if d.get("urgency") == "urgent":
                    text = self.tr("URGENT") + " · " + text
                if escalated_now(v):
                    text = self.tr("ESCALATED") + " · " + text
                return text
            case "referral_escalation":
                return self.tr("Not contacted by {manager}: %n working day(s) overdue", "",
                               int(d.get("workdays_overdue", 0))).format(manager=d.get("manager", ""))  # fmt: skip
            case "maturity":
                return self.tr("{product} {account} matures {date} ({stage})").format(
                    product=task_product(v), account=d.get("account", ""), date=d.get("maturity_on", ""),
                    stage=days_before(int(d.get("stage", 0))),
                )  # fmt: skip
            case "assessment_expiry":
                return self.tr("Risk assessment valid until {date}").format(date=d.get("valid_until", ""))
            case "id_expiry":
                return self.tr("ID document ending {tail} expires {date}").format(
                    tail=d.get("id_tail", ""), date=d.get("expiry", "")
                )
            case "birthday":
                return self.tr("Birthday on {date}").format(date=d.get("birthday", ""))
            case "complaint_deadline" | "complaint_instruction":
                return self.tr("Complaint {number}").format(number=d.get("complaint", v.title))
            case "calendar_year_missing":
                return self.tr(
                    "Have an administrator load the {year} working-day calendar: deadlines in {year} are provisional"
                ).format(year=d.get("year", ""))
            case "reassignment_contact":
                return self.tr("Contact within a month: new manager {name}").format(
                    name=d.get("new_manager", "")
                )
        return task_product(v) if d.get("product") else v.title

    def _detail_html(self, v) -> str:
        d = v.details
        rows = [
            (self.tr("Kind"), label("task_kind", v.kind)),
            (self.tr("Customer"), f"{v.customer_no} {v.customer_name}".strip()),
            (self.tr("What"), self._summary(v)),
            (self.tr("Due"), day(v.due_on) + ("  " + self.tr("Overdue") if v.overdue else "")),
            (self.tr("Assigned to"), v.assignee or self.tr("Supervisors' queue")),
            (self.tr("From"), v.created_by),
            (self.tr("Created"), v.created_at.strftime("%Y-%m-%d %H:%M")),
        ]
        if v.kind == "referral":
            rows.append((self.tr("Note"), d.get("note", "")))
            rows.append(
                (
                    self.tr("Contact consent"),
                    self.tr("Yes") if d.get("contact_consent") else self.tr("No: do not call"),
                )
            )
            history = "；".join(
                f"{h.get('at', '')} {label('task_outcome', h.get('outcome', ''))}"
                for h in d.get("history", [])
            )
            rows.append((self.tr("Outcome"), history))
            escalated = d.get("escalated")
            if escalated:
                rows.append(
                    (
                        self.tr("Escalated"),
                        self.tr("To the supervisors on {date}, %n working day(s) overdue", "",
                                int(escalated.get("workdays_overdue", 0))).format(date=escalated.get("on", "")),
                    )
                )  # fmt: skip
        if v.kind == "referral_escalation":
            rows.append((self.tr("Contact was due"), d.get("due_on", "")))
        cells = "".join(
            f"<tr><td style='color:#5a6270; padding-right:12px'>{_html(k)}</td><td>{_html(str(val))}</td></tr>"
            for k, val in rows
            if val
        )
        return f"<table>{cells}</table>"

    # -- actions -----------------------------------------------------------------------------------------------
    def open_customer(self) -> None:
        if self._task is not None and self._task.customer_no and self._open_customer is not None:
            self._open_customer(self._task.customer_no)

    def mark_done(self) -> None:
        task = self._task
        if task is None:
            return
        self.runner.submit(self._backend.complete_task, task.id, task.version, on_done=lambda _r: self._changed(),
                           on_error=self._refused, write=True)  # fmt: skip

    def record_outcome(self, outcome: str) -> None:
        task = self._task
        if task is None:
            return
        self.runner.submit(self._backend.referral_outcome, task.id, outcome, task.version,
                           on_done=lambda _r: self._changed(), on_error=self._refused, write=True)  # fmt: skip

    def refer(self, customer_no: str = "") -> None:
        self.runner.submit(self._backend.referral_managers, on_done=lambda m: self._open_referral(m, customer_no),
                           on_error=self.show_error, key="referral_managers")  # fmt: skip

    def _open_referral(self, managers, customer_no: str) -> None:
        dialog = self._referral_dialog(managers, customer_no, self)

        def submit() -> None:
            values = dialog.values()
            self.runner.submit(self._backend.refer, values, on_done=lambda view: self._referred(dialog, view),
                               on_error=lambda e: self._refer_failed(dialog, e), write=True)  # fmt: skip

        dialog.accepted.connect(submit)
        dialog.open()

    def _referred(self, dialog, view) -> None:
        dialog.deleteLater()
        self.banner.show_message(
            self.tr("Referred {customer} to {manager}; contact due by {date}.").format(
                customer=view.customer_no, manager=view.manager, date=day(view.due_on)
            ),
            "info",
        )
        self.load()

    def _refer_failed(self, dialog, error: BaseException) -> None:
        if not is_explained(error):
            raise error
        dialog.show_error(describe_error(error))
        dialog.open()  # keep what was typed; the person corrects it

    def _refused(self, error: BaseException) -> None:
        self.show_error(error)
        self.load()

    def _changed(self) -> None:
        self.banner.clear_message()
        self.load()

    def retranslate_ui(self) -> None:
        self.refer_button.setText(self.tr("Refer a customer..."))
        self.refresh_button.setText(self.tr("Refresh"))
        self.open_button.setText(self.tr("Open customer"))
        self.done_button.setText(self.tr("Mark done"))
        for code, button in self.outcome_buttons.items():
            button.setText(label("task_outcome", code))
        self.model.retranslate()
        if self.filter.count():
            for i, text in enumerate(
                (
                    self.tr("Mine and the supervisors' queue"),
                    self.tr("Everyone"),
                    self.tr("Supervisors' queue only"),
                )
            ):
                self.filter.setItemText(i, text)
        self.count_label.setText(self.tr("%n open task(s)", "", self.model.rowCount()))
        self.tabs.setTabText(0, self.tr("Tasks"))
        self.tabs.setTabText(1, self.tr("Referrals report"))
