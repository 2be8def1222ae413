"""What the inbox does (widgets/inbox_screen.py is what it shows): reads the tasks through the job runner, applies
the filters and counts what the rows show, and records what the person does with a task (done, a referral's
outcome, a follow-up call's, a new referral)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from domain.permissions import BRANCH_WIDE
from widgets.labels import day, label
from widgets.messages import describe_error, is_explained

if TYPE_CHECKING:
    from widgets.inbox_screen import InboxPort, InboxScreen
    from widgets.jobs_port import JobsPort

EVERYONE, MINE, QUEUE = "*", "", "queue"
ALL_KINDS = ""


class InboxController(QObject):
    def __init__(self, view: InboxScreen, backend: InboxPort, runner: JobsPort) -> None:
        super().__init__(view)
        self.view, self.backend, self.runner = view, backend, runner
        self._views: list = []  # every task loaded; the table shows those the filters let through
        self._newest_wanted = False  # a notice was opened: select the newest task once the list is read

    def load(self) -> None:
        if self.view.user.role in BRANCH_WIDE and self.view.filter.count() == 0:
            self.runner.submit(
                self.backend.task_assignees,
                on_done=self._set_assignees,
                on_error=self.view.show_error,
                key="task_assignees",
            )
        choice = self.view.filter.currentData() if self.view.filter.count() else MINE
        everyone = choice not in (None, MINE)
        self.runner.submit(
            self.backend.tasks,
            everyone,
            None if choice in (None, MINE, EVERYONE) else choice,
            on_done=self._show,
            on_error=self.view.show_error,
            key="inbox",
        )

    def _set_assignees(self, people: list[tuple[str, str]]) -> None:
        self.view.filter.blockSignals(True)
        self.view.filter.clear()
        self.view.filter.addItem(self.tr("Mine and the supervisors' queue"), MINE)
        self.view.filter.addItem(self.tr("Everyone"), EVERYONE)
        self.view.filter.addItem(self.tr("Supervisors' queue only"), QUEUE)
        for login, name in people:
            self.view.filter.addItem(f"{name} ({login})", login)
        self.view.filter.blockSignals(False)

    def _show(self, views) -> None:
        self._views = list(views)
        self.view.sig_open_count.emit(sum(1 for v in views if self.view._actionable(v)))
        kinds = sorted(
            {v.kind for v in views} | {self.view.kind_filter.currentData() or ALL_KINDS} - {ALL_KINDS}
        )
        chosen_kind = self.view.kind_filter.currentData()
        self.view.kind_filter.blockSignals(True)
        while self.view.kind_filter.count() > 1:
            self.view.kind_filter.removeItem(1)
        for kind in kinds:
            self.view.kind_filter.addItem(label("task_kind", kind), kind)
        self.view.kind_filter.setCurrentIndex(max(0, self.view.kind_filter.findData(chosen_kind)))
        self.view.kind_filter.blockSignals(False)
        self.apply_filters()
        if self._newest_wanted:
            self._select_newest_row()

    def shown(self, v) -> bool:
        """Whether the filters let task `v` through."""
        kind = self.view.kind_filter.currentData()
        return (
            (not kind or v.kind == kind)
            and (not self.view.overdue_only.isChecked() or v.overdue)
            and (not self.view.urgent_only.isChecked() or v.urgent)
            and (not self.view.mine_only.isChecked() or v.assignee_login == self.view.user.login)
        )

    def apply_filters(self) -> None:
        chosen = self.view._task.id if self.view._task else None
        views = [v for v in self._views if self.shown(v)]
        self.view.model.set_rows(views)
        self.count_rows()
        for row in range(self.view.model.rowCount()):
            if self.view.model.row(row).id == chosen:
                self.view.table.selectRow(row)
                return
        self.view._task = None
        self.view.detail.clear()
        self.view._update_actions()

    def count_rows(self) -> None:
        """The count and the banner say what the rows show: the red rows are the overdue ones counted."""
        rows = [self.view.model.row(r) for r in range(self.view.model.rowCount())]
        overdue = sum(1 for v in rows if v.overdue)
        urgent = sum(1 for v in rows if v.urgent)
        text = self.tr("%n task(s) shown", "", len(rows))
        if len(rows) != len(self._views):
            text = self.tr("{shown} of {total} tasks shown").format(shown=len(rows), total=len(self._views))
        self.view.count_label.setText(text)
        parts = []
        if urgent:
            parts.append(
                self.tr(
                    "%n urgent referral(s): the customer is waiting (on top, in bold).",
                    "",
                    urgent,
                )
            )
        if overdue:
            parts.append(self.tr("%n task(s) overdue (in red).", "", overdue))
        if parts:
            self.view.banner.show_message(" ".join(parts), "warning")
        elif self.view.banner.kind == "warning":
            self.view.banner.clear_message()

    def select_newest(self) -> None:
        """Select the task that arrived last (an urgent one first): what a notice of new tasks opens. The list is
        read again first, so the selection is made among the rows that include what arrived."""
        self._newest_wanted = True
        self.load()

    def _select_newest_row(self) -> None:
        self._newest_wanted = False
        rows = [self.view.model.row(r) for r in range(self.view.model.rowCount())]
        if rows:
            newest = max(rows, key=lambda v: (v.urgent, v.status == "open", v.created_at))
            self.view.table.selectRow(rows.index(newest))
            self.view.table.setFocus()

    def mark_done(self) -> None:
        task = self.view._task
        if task is None:
            return
        self.runner.submit(
            self.backend.complete_task,
            task.id,
            task.version,
            on_done=lambda _r: self._changed(),
            on_error=self._refused,
            write=True,
        )

    def record_call(self, outcome: str, note: str) -> None:
        task = self.view._task
        if task is None:
            return
        number = task.details.get("agreement", task.title)
        self.runner.submit(
            self.backend.record_follow_up_call,
            number,
            outcome,
            note,
            on_done=lambda _r: self._changed(),
            on_error=self._refused,
            write=True,
        )

    def record_outcome(self, outcome: str) -> None:
        task = self.view._task
        if task is None:
            return
        self.runner.submit(
            self.backend.referral_outcome,
            task.id,
            outcome,
            task.version,
            on_done=lambda _r: self._changed(),
            on_error=self._refused,
            write=True,
        )

    def _find_customers(self, text: str, answer) -> None:
        self.runner.submit(
            self.backend.search_customers,
            text,
            on_done=answer,
            on_error=self.view.show_error,
            key="referral_find",
        )

    def _open_referral(self, choices, customer_no: str) -> None:
        managers, products = choices
        dialog = self.view._referral_dialog(
            managers, customer_no, self.view, products=products, find=self._find_customers
        )

        def submit() -> None:
            values = dialog.values()
            self.runner.submit(
                self.backend.refer,
                values,
                on_done=lambda view: self._referred(dialog, view),
                on_error=lambda e: self._refer_failed(dialog, e),
                write=True,
            )

        dialog.accepted.connect(submit)
        dialog.open()

    def _referred(self, dialog, view) -> None:
        dialog.deleteLater()
        self.view.banner.show_message(
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
        self.view.show_error(error)
        self.load()

    def _changed(self) -> None:
        self.view.banner.clear_message()
        self.load()

    def refer(self, customer_no: str = "") -> None:
        self.runner.submit(
            self.backend.referral_choices,
            on_done=lambda c: self._open_referral(c, customer_no),
            on_error=self.view.show_error,
            key="referral_choices",
        )
