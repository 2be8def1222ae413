"""The controllers of the performance dashboard and the issue dialog, driven without widgets: a fake view records
what it is told, a runner answers at once. What they decide is what a person notices: which buttons apply, whose
customers a drill-down lists, where an export goes, when Issue may be pressed."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace

import pytest

from domain.performance import Figure
from domain.suitability import Finding, SuitabilityResult
from widgets.agreement.controller import AgreementIssue
from widgets.performance.controller import PerformanceController


class AtOnce:
    """A job runner that runs the job on the spot and reports as the real one does."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, tuple, bool]] = []

    def submit(self, fn, *args, on_done=None, on_error=None, key=None, write=False):
        self.jobs.append((getattr(fn, "__name__", "job"), args, write))
        try:
            result = fn(*args)
        except BaseException as error:  # noqa: BLE001 - handed to on_error like the real runner does
            if on_error is None:
                raise
            on_error(error)
            return 0
        if on_done is not None:
            on_done(result)
        return 0


@dataclass
class Told:
    """A view that writes down every call."""

    calls: list[tuple[str, tuple]] = field(default_factory=list)
    on_screen: tuple[str, Decimal | None] | None = None

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kw: self.calls.append((name, args + tuple(kw.values())))

    def alive(self) -> bool:
        return True

    def inputs(self):
        return self.on_screen

    def names(self) -> list[str]:
        return [name for name, _args in self.calls]


CARD = SimpleNamespace(period="this month", scope_login="")


def backend(**calls):
    defaults = dict(
        performance_scorecard=lambda period, login: CARD,
        performance_drill=lambda *args: ("drill", args),
        performance_workbook=lambda card: b"xlsx",
        performance_report=lambda card: b"%PDF",
        record_positions=lambda: None,
    )
    return SimpleNamespace(**(defaults | calls))


@pytest.mark.parametrize("supervisor, scope", [(True, ""), (False, None)])
def test_drill_down_lists_the_scope_on_show_and_needs_a_scorecard(supervisor, scope):
    view, runner = Told(), AtOnce()
    controller = PerformanceController(view, backend(), runner, supervisor=supervisor)
    controller.drill(Figure.BOOK)
    assert (
        runner.jobs == [] and not controller.can_report
    )  # nothing on show: nothing to list, print or export
    controller.load("this month", scope)
    controller.drill(Figure.BOOK, "T3")
    assert controller.can_report and view.names() == ["show_card", "show_drill"]
    assert view.calls[-1][1][0] == ("drill", (Figure.BOOK, "this month", scope, "T3", None))


def test_export_adds_the_extension_and_words_a_file_that_cannot_be_written(tmp_path):
    view, runner = Told(), AtOnce()
    controller = PerformanceController(view, backend(), runner, supervisor=True)
    controller.load("this month", "")
    controller.export(str(tmp_path / "figures"))
    assert controller.exported == str(tmp_path / "figures.xlsx")
    assert (tmp_path / "figures.xlsx").read_bytes() == b"xlsx"
    controller.export(str(tmp_path / "missing" / "figures.xlsx"))
    assert view.names()[-1] == "show_write_failed"
    controller.export("")  # the save dialog cancelled
    assert view.names()[-1] == "show_write_failed" and len(runner.jobs) == 3


def test_refreshing_runs_on_the_write_lane_and_frees_the_button_after():
    view, runner = Told(), AtOnce()
    PerformanceController(view, backend(), runner, supervisor=False).refresh_today()
    assert runner.jobs[-1][2] is True
    assert view.calls == [("set_refreshing", (True,)), ("set_refreshing", (False,)), ("show_refreshed", ())]


def _result(*warnings: str, allowed: bool = True) -> SuitabilityResult:
    blocks = () if allowed else (Finding("age_out_of_range"),)
    return SuitabilityResult(
        allowed, blocks, tuple(Finding(w, blocking=False) for w in warnings), "suitability-1"
    )


def _issue(view, result):
    issue = AgreementIssue(view, "C0000000001", load_products=list, check=lambda *a: result,
                           issue=lambda *a: SimpleNamespace(number="0001-2026-000001", args=a), runner=AtOnce())  # fmt: skip
    issue.load_products()  # Issue waits for the product list (the form's first load)
    return issue


def test_issue_applies_only_to_a_check_of_the_inputs_on_screen():
    view = Told(on_screen=("WM-R2", Decimal("50000")))
    issue = _issue(view, _result("dual_recording_required"))
    ready = dict(term_missing=False, all_acknowledged=True, recording_id="REC-1")
    assert not issue.can_issue(**ready)  # not checked yet
    issue.run_check()
    assert issue.can_issue(**ready)
    assert not issue.can_issue(**(ready | {"recording_id": " "}))  # a dual-recorded sale needs the recording
    assert not issue.can_issue(**(ready | {"all_acknowledged": False}))
    assert not issue.can_issue(**(ready | {"term_missing": True}))
    view.on_screen = ("WM-R2", Decimal("60000"))  # the amount changed: the result shown is for another sale
    assert not issue.can_issue(**ready)


def test_a_blocked_sale_or_an_invalid_amount_cannot_be_issued_and_an_issued_one_not_twice():
    assert not _checked(_result(allowed=False), Decimal("50000")).can_issue(
        term_missing=False, all_acknowledged=True, recording_id=""
    )
    assert not _checked(_result(), None).can_issue(term_missing=False, all_acknowledged=True, recording_id="")
    issue = _checked(_result(), Decimal("50000"))
    issue.issue(None, (), "")
    assert issue.issued.number == "0001-2026-000001" and not issue.editable
    assert not issue.can_issue(term_missing=False, all_acknowledged=True, recording_id="")


def _checked(result, amount):
    issue = _issue(Told(on_screen=("WM-R2", amount)), result)
    issue.run_check()
    return issue


def test_a_check_answering_for_inputs_changed_meanwhile_is_dropped():
    view = Told(on_screen=("WM-R2", Decimal("50000")))
    issue = _issue(view, _result())
    issue._checked(("WM-R2", Decimal("1")), _result())
    assert issue.result is None and "show_result" not in view.names()
