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

from domain.cooling_off import FOLLOW_UP_KIND
from domain.inbox import SHARED_QUEUE_KINDS, TaskView
from domain.permissions import BRANCH_WIDE
from domain.referrals import Referral, ReferralReport
from domain.staff import StaffUser
from widgets.follow_up_actions import FollowUpActions
from widgets.inbox_controller import ALL_KINDS, MINE, InboxController
from widgets.inbox_words import TaskWords
from widgets.jobs_port import JobsPort
from widgets.labels import label
from widgets.referral_dialog import ReferralDialog
from widgets.referrals_report import ReferralsReport
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel, row_list

OVERDUE = QColor("#b00020")
DONE = QColor("#7a808a")  # a closed referral the referrer still sees
WHAT_COLUMN = 3  # the task's summary, in the table's columns below


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
        self.controller = InboxController(self, backend, runner)
        self.words = TaskWords(self)
        self.model = RowsModel(
            [
                Column(
                    lambda: self.tr("Due"),
                    self.words.due,
                    sort_key=lambda v: (v.due_on or date.max, v.due_time),
                ),
                Column(lambda: self.tr("Kind"), lambda v: label("task_kind", v.kind)),
                Column(
                    lambda: self.tr("Customer"),
                    lambda v: f"{v.customer_name} {v.customer_no}".strip(),
                ),
                Column(lambda: self.tr("What"), self.words.summary, tooltip=self.words.summary),
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
        self.filter.setVisible(user.role in BRANCH_WIDE)
        self.filter.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button = QPushButton(objectName="refresh")
        self.refresh_button.clicked.connect(lambda: self.load())
        self.kind_filter = QComboBox(objectName="kind_filter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_filter.addItem("", ALL_KINDS)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.controller.apply_filters())
        self.overdue_only = QCheckBox(objectName="overdue_only")
        self.urgent_only = QCheckBox(objectName="urgent_only")
        self.mine_only = QCheckBox(objectName="mine_only")
        for box in (self.overdue_only, self.urgent_only, self.mine_only):
            box.toggled.connect(lambda _on: self.controller.apply_filters())
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
    def _actionable(self, v) -> bool:
        """An open task this person acts on (not a referral they sent, shown to follow its outcome)."""
        if v.status != "open":
            return False
        if v.assignee_login == self.user.login:
            return True
        if not v.assignee_login and v.kind in SHARED_QUEUE_KINDS.get(self.user.role, ()):
            return True  # the supervisors' queue shares this kind with the role (the complaint officer's register)
        return self.user.role in BRANCH_WIDE and (not v.assignee_login or self.filter.currentData() != MINE)

    def _select(self) -> None:
        index = self.table.selectionModel().currentIndex()
        self._task = self.model.row(index.row()) if index.isValid() else None
        self.detail.setHtml(self.words.detail_html(self._task) if self._task else "")
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
    # -- actions -----------------------------------------------------------------------------------------------
    def open_customer(self) -> None:
        if self._task is not None and self._task.customer_no and self._open_customer is not None:
            self._open_customer(self._task.customer_no)

    # -- what it does (widgets/inbox_controller.py) ---------------------------------------------------------------
    def load(self) -> None:
        self.controller.load()

    def shown(self, v) -> bool:
        return self.controller.shown(v)

    def select_newest(self) -> None:
        self.controller.select_newest()

    def mark_done(self) -> None:
        self.controller.mark_done()

    def record_call(self, outcome: str, note: str) -> None:
        self.controller.record_call(outcome, note)

    def record_outcome(self, outcome: str) -> None:
        self.controller.record_outcome(outcome)

    def refer(self, customer_no: str = "") -> None:
        self.controller.refer(customer_no)

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
        self.controller.count_rows()
        self.tabs.setTabText(0, self.tr("Tasks"))
        self.tabs.setTabText(1, self.tr("Referrals report"))
