"""The sales plans dialog: period picker, table, a form that checks the target as typed, delete with a question;
reads and writes on the job runner, refusals in words and nothing written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel

from domain.errors import DomainError
from domain.performance import PlanMetric
from services.sales_plans import PlanView, parse_metric, parse_target
from widgets.plans_dialog import PlansDialog, open_plans_dialog

TODAY = date(2026, 11, 23)


class FakePlans:
    """The backend's four callables over a list; refuses as the service does."""

    def __init__(self, supervisor: bool = True) -> None:
        self.rows: list[PlanView] = [
            PlanView(
                1, PlanMetric.DEPOSIT_GROWTH, "", "", date(2026, 11, 1), date(2026, 11, 30), Decimal("5e6")
            ),
            PlanView(
                2,
                PlanMetric.AGREEMENTS,
                "manager1",
                "陈静",
                date(2026, 10, 1),
                date(2026, 12, 31),
                Decimal(9),
            ),
        ]
        self.supervisor, self.writes, self.asked = supervisor, 0, []

    def load(self, first: date, last: date):
        self.asked.append((first, last))
        return [p for p in self.rows if p.first <= last and p.last >= first]

    def save(self, metric: str, period, text: str, login: str):
        if not self.supervisor:
            raise DomainError("plans_need_supervisor")
        code = parse_metric(metric)
        target = parse_target(text, code)
        self.writes += 1
        self.rows = [
            p
            for p in self.rows
            if (p.metric, p.staff_login, p.first, p.last) != (code, login, period.first, period.last)
        ]
        view = PlanView(
            10 + self.writes, code, login, "陈静" if login else "", period.first, period.last, target
        )
        self.rows.append(view)
        return view

    def delete(self, plan_id: int) -> None:
        self.writes += 1
        self.rows = [p for p in self.rows if p.id != plan_id]

    def staff(self):
        return [("manager1", "陈静", "manager"), ("teller1", "李婷", "teller")]


def dialog_for(qtbot, runner, plans: FakePlans, answer: bool = True) -> PlansDialog:
    dialog = PlansDialog(
        plans.load, plans.save, plans.delete, plans.staff, runner, today=lambda: TODAY,
        confirm=lambda text: plans.asked.append(text) or answer,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    return dialog


def test_lists_the_period_and_moves_with_the_picker(qtbot, runner):
    plans = FakePlans()
    dialog = dialog_for(qtbot, runner, plans)
    assert plans.asked[-1] == (date(2026, 11, 1), date(2026, 11, 30))
    assert dialog.model.rowCount() == 2 and dialog.range_label.text() == "2026-11-01 – 2026-11-30"
    assert dialog.model.data(dialog.model.index(0, 1)) == "Whole branch"
    assert dialog.model.data(dialog.model.index(1, 1)) == "陈静 (manager1)"
    assert dialog.scope.count() == 3
    dialog.cadence.setCurrentIndex(2)  # year
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert plans.asked[-1] == (date(2026, 1, 1), date(2026, 12, 31))
    dialog.anchor.setDate(dialog.anchor.date().addYears(-1))
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert dialog.model.rowCount() == 0


def test_the_target_is_checked_as_typed(qtbot, runner):
    plans = FakePlans()
    dialog = dialog_for(qtbot, runner, plans)
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("wealth_sales"))
    assert not dialog.save_button.isEnabled() and dialog.unit.text() == "yuan"
    qtbot.keyClicks(dialog.target, "12a3.456")  # letters and a third decimal are not taken
    assert dialog.target.text() == "123.45" and dialog.save_button.isEnabled()
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("new_customers"))
    assert dialog.unit.text() == "count" and dialog.target.text() == ""  # a money text is no count
    qtbot.keyClicks(dialog.target, "7.5")
    assert dialog.target.text() == "75"
    dialog.target.setText("0")
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.banner.text() == "The target must be above zero." and plans.writes == 0


def test_save_replaces_and_a_refusal_writes_nothing(qtbot, runner):
    plans = FakePlans()
    dialog = dialog_for(qtbot, runner, plans)
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("agreements"))
    dialog.cadence.setCurrentIndex(1)  # quarter
    dialog.scope.setCurrentIndex(dialog.scope.findData("manager1"))
    qtbot.keyClicks(dialog.target, "12")
    dialog.save_button.click()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert plans.writes == 1 and dialog.model.rowCount() == 2  # the quarter's plan replaced, not added
    assert "Saved" in dialog.banner.text() and dialog.target.text() == ""
    shown = {dialog.model.data(dialog.model.index(r, 3)) for r in range(dialog.model.rowCount())}
    assert "12" in shown and "9" not in shown

    refusing = FakePlans(supervisor=False)
    other = dialog_for(qtbot, runner, refusing)
    qtbot.keyClicks(other.target, "1000")
    other.save_button.click()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert other.banner.kind == "error" and "Only a supervisor" in other.banner.text()
    assert refusing.writes == 0


@pytest.mark.parametrize("answer", [False, True])
def test_delete_asks_first(qtbot, runner, answer):
    plans = FakePlans()
    dialog = dialog_for(qtbot, runner, plans, answer=answer)
    assert not dialog.delete_button.isEnabled()
    dialog.table.selectionModel().select(
        dialog.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert "Delete the plan Agreements signed for 陈静 (manager1)" in plans.asked[-1] or plans.writes == 1
    assert plans.writes == (1 if answer else 0)
    assert dialog.model.rowCount() == (1 if answer else 2)


def test_open_plans_dialog_shows_it(qtbot, runner):
    plans = FakePlans()
    dialog = open_plans_dialog(
        None, plans.load, plans.save, plans.delete, plans.staff, runner, today=lambda: TODAY
    )
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert dialog.isVisible() and dialog.windowTitle() == "Sales plans" and dialog.model.rowCount() == 2
    dialog.close()  # deleted on close
