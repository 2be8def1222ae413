"""Sales plans (计划, DOMAIN §9) for supervisors: the targets of a month, quarter or year, per branch or person.

The period picker names a month, quarter or year (any day inside it); the table lists the plans running in it
(metric, 全网点 or the person, period, target). The form sets one: metric, scope, target - money in 元 with at
most two decimals, counts whole - checked as it is typed; a plan for the same metric, scope and period is
replaced. Deleting asks first. Every read and write runs on the job runner (writes on its write lane); a refusal
is shown in words and nothing is written. The service (services/sales_plans.py) checks the same rules again.

`open_plans_dialog(parent, load_plans, save_plan, delete_plan, staff_choices, runner)` is the one entry point
(the performance screen's 计划 button); desktop/backend.Backend has the four callables.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from domain.performance import PlanMetric
from domain.periods import Cadence, Period, period_containing
from widgets.jobs_port import JobsPort
from widgets.labels import label, money
from widgets.messages import describe_error, is_explained
from widgets.screen import MessageBanner
from widgets.table_model import Column, RowsModel

CADENCES = (Cadence.MONTH, Cadence.QUARTER, Cadence.YEAR)
MONEY_TEXT = QRegularExpression(r"^\d{0,13}(\.\d{0,2})?$")
COUNT_TEXT = QRegularExpression(r"^\d{0,13}$")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PlansDialog(QDialog):
    """`load_plans(first, last)`, `save_plan(metric_code, period, target_text, staff_login)`,
    `delete_plan(plan_id)`, `staff_choices() -> [(login, name, role)]`; `confirm(text) -> bool` asks before a
    delete (a message box unless a test gives its own)."""

    def __init__(
        self,
        load_plans: Callable,
        save_plan: Callable,
        delete_plan: Callable,
        staff_choices: Callable,
        runner: JobsPort,
        today: Callable[[], date] = date.today,
        confirm: Callable[[str], bool] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plans_dialog")
        self.runner = runner
        self._load, self._save, self._delete, self._staff = load_plans, save_plan, delete_plan, staff_choices
        self._confirm = confirm or self._ask
        self.plans: list = []

        self.cadence = QComboBox(objectName="cadence")
        for cadence in CADENCES:
            self.cadence.addItem("", cadence.value)
        self.anchor = QDateEdit(
            _qdate(today()), objectName="anchor", calendarPopup=True, displayFormat="yyyy-MM-dd"
        )
        self.range_label = QLabel(objectName="range")
        self.range_label.setStyleSheet("color: #5a6270;")
        self.cadence.currentIndexChanged.connect(lambda _i: self.load())
        self.anchor.dateChanged.connect(lambda _d: self.load())
        self.period_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.cadence)
        top.addWidget(self.anchor)
        top.addWidget(self.range_label, 1)

        self.model = RowsModel(
            [
                Column(lambda: self.tr("Metric"), lambda p: label("plan", p.metric.value)),
                Column(lambda: self.tr("For"), self._scope_text),
                Column(lambda: self.tr("Period"), lambda p: f"{p.first.isoformat()} – {p.last.isoformat()}"),
                Column(lambda: self.tr("Target"), self._target_text, align_right=True),
            ],
            self,
        )
        self.table = QTableView(objectName="plans")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.delete_button = QPushButton(objectName="delete")
        self.delete_button.clicked.connect(self.delete_selected)

        self.metric_combo = QComboBox(objectName="metric")
        for metric in PlanMetric:
            self.metric_combo.addItem(label("plan", metric.value), metric.value)
        self.metric_combo.currentIndexChanged.connect(lambda _i: self._metric_changed())
        self.scope = QComboBox(objectName="scope")
        self.scope.addItem("", "")
        self.target = QLineEdit(objectName="target")
        self.target.textChanged.connect(lambda _t: self._update_buttons())
        self.unit = QLabel(objectName="unit")
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.unit)
        self.save_button = QPushButton(objectName="save")
        self.save_button.clicked.connect(self.save)
        self.form_box = QGroupBox()
        self.form = QFormLayout(self.form_box)
        self.metric_label, self.scope_label, self.target_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.metric_label, self.metric_combo)
        self.form.addRow(self.scope_label, self.scope)
        self.form.addRow(self.target_label, target_row)
        self.form.addRow("", self.save_button)

        self.banner = MessageBanner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        table_row = QHBoxLayout()
        table_row.addStretch(1)
        table_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(table_row)
        layout.addWidget(self.form_box)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.retranslate_ui()
        self._metric_changed()
        self.runner.submit(self._staff, on_done=self._fill_staff, on_error=self._failed, key="plan_staff")
        self.load()

    # -- reading ----------------------------------------------------------------------------------------------
    def period(self) -> Period:
        return period_containing(Cadence(self.cadence.currentData()), _day(self.anchor.date()))

    def load(self) -> None:
        period = self.period()
        self.range_label.setText(f"{period.first.isoformat()} – {period.last.isoformat()}")
        self.runner.submit(
            self._load, period.first, period.last, on_done=self._show, on_error=self._failed, key="plans"
        )

    def _show(self, plans) -> None:
        self.plans = list(plans)
        self.model.set_rows(self.plans)
        self._update_buttons()

    def _fill_staff(self, people) -> None:
        for login, name, _role in people:
            self.scope.addItem(f"{name} ({login})", login)

    def _failed(self, error: BaseException) -> None:
        if not is_explained(error):
            raise error
        self.banner.show_message(describe_error(error), "error")
        self._update_buttons()

    # -- the form ---------------------------------------------------------------------------------------------
    def metric_code(self) -> PlanMetric:
        return PlanMetric(self.metric_combo.currentData())

    def _metric_changed(self) -> None:
        money_metric = self.metric_code().is_money
        self.target.setValidator(
            QRegularExpressionValidator(MONEY_TEXT if money_metric else COUNT_TEXT, self)
        )
        if not self.target.hasAcceptableInput():
            self.target.clear()
        self.unit.setText(self.tr("yuan") if money_metric else self.tr("count"))
        self.target.setPlaceholderText(
            self.tr("Yuan, at most two decimals") if money_metric else self.tr("A whole number")
        )
        self._update_buttons()

    def target_problem(self) -> str:
        """Why the typed target cannot be saved ("" when it can): checked before anything is sent."""
        text = self.target.text().strip()
        if not text or text == ".":
            return self.tr("Enter a target.")
        if not self.target.hasAcceptableInput():
            return (
                self.tr("Enter yuan with at most two decimals.")
                if self.metric_code().is_money
                else self.tr("Enter a whole number.")
            )
        try:
            positive = Decimal(text) > 0  # money is never a float, even for a comparison
        except InvalidOperation:  # the validator lets "1." or "." through while typing
            positive = False
        if not positive:
            return self.tr("The target must be above zero.")
        return ""

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.target_problem())
        self.delete_button.setEnabled(self.selected() is not None)

    def save(self) -> None:
        problem = self.target_problem()
        if problem:
            self.banner.show_message(problem, "error")
            return
        self.banner.clear_message()
        self.save_button.setEnabled(False)
        self.runner.submit(
            self._save,
            self.metric_combo.currentData(),
            self.period(),
            self.target.text().strip(),
            self.scope.currentData() or "",
            on_done=self._saved,
            on_error=self._failed,
            write=True,
        )

    def _saved(self, view) -> None:
        self.target.clear()
        self.banner.show_message(
            self.tr("Saved: {metric} {target} for {scope}.").format(
                metric=label("plan", view.metric.value),
                target=self._target_text(view),
                scope=self._scope_text(view),
            ),
            "info",
        )
        self.load()

    # -- deleting ---------------------------------------------------------------------------------------------
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def delete_selected(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        question = self.tr(
            "Delete the plan {metric} for {scope}, {first} – {last} (target {target})?"
        ).format(
            metric=label("plan", plan.metric.value),
            scope=self._scope_text(plan),
            first=plan.first.isoformat(),
            last=plan.last.isoformat(),
            target=self._target_text(plan),
        )
        if not self._confirm(question):
            return
        self.runner.submit(
            self._delete, plan.id, on_done=lambda _r: self._deleted(), on_error=self._failed, write=True
        )

    def _deleted(self) -> None:
        self.banner.show_message(self.tr("The plan was deleted."), "info")
        self.load()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete plan"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- words ------------------------------------------------------------------------------------------------
    def _scope_text(self, plan) -> str:
        return f"{plan.staff_name} ({plan.staff_login})" if plan.staff_login else self.tr("Whole branch")

    def _target_text(self, plan) -> str:
        return money(plan.target) if plan.metric.is_money else f"{plan.target:,.0f}"

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sales plans"))
        self.period_label.setText(self.tr("Period"))
        for index, word in enumerate((self.tr("Month"), self.tr("Quarter"), self.tr("Year"))):
            self.cadence.setItemText(index, word)
        self.scope.setItemText(0, self.tr("Whole branch"))
        self.form_box.setTitle(self.tr("Set a target (replaces the same metric, person and period)"))
        self.metric_label.setText(self.tr("Metric"))
        self.scope_label.setText(self.tr("For"))
        self.target_label.setText(self.tr("Target"))
        self.save_button.setText(self.tr("Save target"))
        self.delete_button.setText(self.tr("Delete plan…"))
        for index, metric in enumerate(PlanMetric):
            self.metric_combo.setItemText(index, label("plan", metric.value))
        self._metric_changed()
        self.model.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_plans_dialog(
    parent,
    load_plans: Callable,
    save_plan: Callable,
    delete_plan: Callable,
    staff_choices: Callable,
    runner: JobsPort,
    today: Callable[[], date] = date.today,
) -> PlansDialog:
    """Show the dialog (non-modal, deleted on close) and return it."""
    dialog = PlansDialog(
        load_plans, save_plan, delete_plan, staff_choices, runner, today=today, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
