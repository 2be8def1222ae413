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
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.codes import Role
from domain.cooling_off import FOLLOW_UP_KIND
from domain.inbox import TaskView
from domain.referrals import Referral, ReferralReport, escalation_holds
from domain.staff import StaffUser
from widgets.follow_up_actions import FollowUpActions
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
ALL_KINDS = ""
WHAT_COLUMN = 3  # the task's summary, in the table's columns below


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
    def referral_choices(self) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]: ...
    def search_customers(self, text: str) -> list[Any]: ...
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
        self._views: list = []  # every task loaded; the table shows those the filters let through
        self._select_newest = False  # a notice was opened: select the newest task once the list is read
        self.model = RowsModel(
            [
                Column(
                    lambda: self.tr("Due"), self._due, sort_key=lambda v: (v.due_on or date.max, v.due_time)
                ),
                Column(lambda: self.tr("Kind"), lambda v: label("task_kind", v.kind)),
                Column(
                    lambda: self.tr("Customer"),
                    lambda v: f"{v.customer_name} {v.customer_no}".strip(),
                ),
                Column(lambda: self.tr("What"), self._summary, tooltip=self._summary),
                Column(lambda: self.tr("Assigned to"), lambda v: v.assignee or self.tr("Supervisors' queue")),
                Column(lambda: self.tr("From"), lambda v: v.created_by),
                Column(
                    lambda: self.tr("Outcome"),
                    lambda v: label("task_outcome", v.outcome) if v.outcome else "",
                ),
            ],
            self,
            foreground=lambda v: OVERDUE if v.overdue else (DONE if v.status != "open" else None),
            bold=lambda v: v.urgent,
            pinned=lambda v: v.urgent,
        )
        self.table = row_list(self.model, "tasks")
        # "What" takes the width the other columns leave (cut, whole on hover and in the detail below): a long
        # summary never pushes the outcome off a 1366 px screen into a sideways scroll.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Due first (the oldest on top) until a header is clicked; without the indicator set, enabling sorting
        # would sort by the first column descending and put the overdue tasks at the bottom.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)  # until a header is clicked
        self.table.horizontalHeader().sectionClicked.connect(
            lambda _i: self.table.horizontalHeader().setSortIndicatorShown(True)
        )
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
        self.kind_filter = QComboBox(objectName="kind_filter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_filter.addItem("", ALL_KINDS)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.overdue_only = QCheckBox(objectName="overdue_only")
        self.urgent_only = QCheckBox(objectName="urgent_only")
        self.mine_only = QCheckBox(objectName="mine_only")
        for box in (self.overdue_only, self.urgent_only, self.mine_only):
            box.toggled.connect(lambda _on: self._apply_filters())
        self.count_label = QLabel(objectName="count")
        top = QHBoxLayout()
        top.addWidget(self.refer_button)
        top.addWidget(self.filter)
        top.addWidget(self.kind_filter)
        top.addWidget(self.overdue_only)
        top.addWidget(self.urgent_only)
        top.addWidget(self.mine_only)
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
        self.call_actions = FollowUpActions()  # a 回访 task takes the call's outcome instead of "done"
        self.call_actions.sig_outcome.connect(self.record_call)
        actions.addWidget(self.call_actions)
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
        self._views = list(views)
        self.sig_open_count.emit(sum(1 for v in views if self._actionable(v)))
        kinds = sorted({v.kind for v in views} | {self.kind_filter.currentData() or ALL_KINDS} - {ALL_KINDS})
        chosen_kind = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        while self.kind_filter.count() > 1:
            self.kind_filter.removeItem(1)
        for kind in kinds:
            self.kind_filter.addItem(label("task_kind", kind), kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(chosen_kind)))
        self.kind_filter.blockSignals(False)
        self._apply_filters()
        if self._select_newest:
            self._select_newest_row()

    def shown(self, v) -> bool:
        """Whether the filters let task `v` through."""
        kind = self.kind_filter.currentData()
        return (
            (not kind or v.kind == kind)
            and (not self.overdue_only.isChecked() or v.overdue)
            and (not self.urgent_only.isChecked() or v.urgent)
            and (not self.mine_only.isChecked() or v.assignee_login == self.user.login)
        )

    def _apply_filters(self) -> None:
        chosen = self._task.id if self._task else None
        views = [v for v in self._views if self.shown(v)]
        self.model.set_rows(views)
        self._count_rows()
        for row in range(self.model.rowCount()):
            if self.model.row(row).id == chosen:
                self.table.selectRow(row)
                return
        self._task = None
        self.detail.clear()
        self._update_actions()

    def _count_rows(self) -> None:
        """The count and the banner say what the rows show: the red rows are the overdue ones counted."""
        rows = [self.model.row(r) for r in range(self.model.rowCount())]
        overdue = sum(1 for v in rows if v.overdue)
        urgent = sum(1 for v in rows if v.urgent)
        text = self.tr("%n task(s) shown", "", len(rows))
        if len(rows) != len(self._views):
            text = self.tr("{shown} of {total} tasks shown").format(shown=len(rows), total=len(self._views))
        self.count_label.setText(text)
        parts = []
        if urgent:
            parts.append(
                self.tr("%n urgent referral(s): the customer is waiting (on top, in bold).", "", urgent)
            )
        if overdue:
            parts.append(self.tr("%n task(s) overdue (in red).", "", overdue))
        if parts:
            self.banner.show_message(" ".join(parts), "warning")
        elif self.banner.kind == "warning":
            self.banner.clear_message()

    def select_newest(self) -> None:
        """Select the task that arrived last (an urgent one first): what a notice of new tasks opens. The list is
        read again first, so the selection is made among the rows that include what arrived."""
        self._select_newest = True
        self.load()

    def _select_newest_row(self) -> None:
        self._select_newest = False
        rows = [self.model.row(r) for r in range(self.model.rowCount())]
        if rows:
            newest = max(rows, key=lambda v: (v.urgent, v.status == "open", v.created_at))
            self.table.selectRow(rows.index(newest))
            self.table.setFocus()

    def _due(self, v) -> str:
        return f"{day(v.due_on)} {v.due_time}".strip()

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
        call = task is not None and task.kind == FOLLOW_UP_KIND
        self.done_button.setVisible(not referral and not call)
        self.done_button.setEnabled(actionable)
        self.call_actions.setVisible(call)
        self.call_actions.setEnabled(call and actionable)
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
            case "follow_up_call":
                return self.tr(
                    "Call about agreement {number} once its cooling-off period has ended ({end})"
                ).format(
                    number=d.get("agreement", v.title),
                    end=str(d.get("not_before", ""))[:16].replace("T", " "),
                )
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
            (self.tr("Due"), self._due(v) + ("  " + self.tr("Overdue") if v.overdue else "")),
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

    def record_call(self, outcome: str, note: str) -> None:
        task = self._task
        if task is None:
            return
        number = task.details.get("agreement", task.title)
        self.runner.submit(self._backend.record_follow_up_call, number, outcome, note,
                           on_done=lambda _r: self._changed(), on_error=self._refused, write=True)  # fmt: skip

    def record_outcome(self, outcome: str) -> None:
        task = self._task
        if task is None:
            return
        self.runner.submit(self._backend.referral_outcome, task.id, outcome, task.version,
                           on_done=lambda _r: self._changed(), on_error=self._refused, write=True)  # fmt: skip

    def refer(self, customer_no: str = "") -> None:
        self.runner.submit(self._backend.referral_choices, on_done=lambda c: self._open_referral(c, customer_no),
                           on_error=self.show_error, key="referral_choices")  # fmt: skip

    def _find_customers(self, text: str, answer) -> None:
        self.runner.submit(self._backend.search_customers, text, on_done=answer, on_error=self.show_error,
                           key="referral_find")  # fmt: skip

    def _open_referral(self, choices, customer_no: str) -> None:
        managers, products = choices
        dialog = self._referral_dialog(
            managers, customer_no, self, products=products, find=self._find_customers
        )

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
        self.call_actions.retranslate_ui()
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
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for i in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(i, label("task_kind", self.kind_filter.itemData(i)))
        self.overdue_only.setText(self.tr("Overdue"))
        self.urgent_only.setText(self.tr("Urgent"))
        self.mine_only.setText(self.tr("Only mine"))
        self.mine_only.setToolTip(
            self.tr("Only the tasks assigned to you (not the queue or referrals you sent)")
        )
        self._count_rows()
        self.tabs.setTabText(0, self.tr("Tasks"))
        self.tabs.setTabText(1, self.tr("Referrals report"))
