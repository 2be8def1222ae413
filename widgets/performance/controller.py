"""What the performance dashboard does, apart from how it looks (widgets/performance/view.py shows it).

The controller keeps the scorecard on show and makes every call to the service port through the job runner: a
newer request of the same key drops the result of an older one, the positions job runs on the write lane. It
decides what the view may offer (Print and Export need a scorecard; a drill-down lists the customers of the scope
on show) and reports back through the `PerformanceView` protocol, so it can be driven without widgets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from domain.performance import DrillDown, Figure, PlanView, PositionsRun, Scorecard
from domain.periods import Period
from widgets.jobs_port import JobsPort


class PerformanceView(Protocol):
    def alive(self) -> bool: ...  # False once the screen is closed and deleted: answers are dropped
    def show_card(self, card: Scorecard) -> None: ...
    def set_people(self, people: list[tuple[str, str, str]]) -> None: ...
    def show_drill(self, result: DrillDown) -> None: ...
    def show_report(self, card: Scorecard, data: bytes) -> None: ...
    def show_exported(self, path: str) -> None: ...
    def show_write_failed(self, error: OSError) -> None: ...
    def set_refreshing(self, busy: bool) -> None: ...
    def show_refreshed(self) -> None: ...
    def show_error(self, error: BaseException) -> None: ...


def _while_shown(answer: Callable[..., None]) -> Callable[..., None]:
    """An answer from the runner for a screen that may have been closed (and deleted) meanwhile: dropped then."""

    @functools.wraps(answer)
    def guarded(self: PerformanceController, *args: Any) -> None:
        if self.view.alive():
            answer(self, *args)

    return guarded


def write_workbook(build: Callable[[Scorecard], bytes], card: Scorecard, path: str) -> str:
    """On a worker: the workbook's bytes written to `path`."""
    Path(path).write_bytes(build(card))
    return path


class PerformancePort(Protocol):
    """The figures calls the screen makes (desktop/backend.py binds them to the signed-in person)."""

    def performance_scorecard(self, period: Period, staff_login: str | None = None) -> Scorecard: ...
    def performance_drill(
        self,
        figure: Figure,
        period: Period,
        staff_login: str | None = None,
        tier: str = "",
        move: tuple[str, str] | None = None,
    ) -> DrillDown: ...
    def performance_staff(self) -> list[tuple[str, str, str]]: ...
    def record_positions(self) -> PositionsRun | None: ...
    def performance_report(self, card: Scorecard) -> bytes: ...
    def performance_workbook(self, card: Scorecard) -> bytes: ...
    def print_setup(self) -> tuple[str, str]: ...
    def save_print_setup(self, printer_name: str, paper_size: str) -> None: ...
    def plans(self, first: date, last: date) -> list[PlanView]: ...
    def set_plan(self, metric: str, period: Period, target_text: str, staff_login: str = "") -> PlanView: ...
    def delete_plan(self, plan_id: int) -> None: ...


class PerformanceController:
    def __init__(
        self, view: PerformanceView, backend: PerformancePort, runner: JobsPort, *, supervisor: bool
    ) -> None:
        self.view, self.backend, self.runner, self.supervisor = view, backend, runner, supervisor
        self.card: Scorecard | None = None
        self.exported: str | None = None

    # -- loading ---------------------------------------------------------------------------------------------------
    def load_people(self) -> None:
        """Whose figures a supervisor may choose from (others only ever see their own)."""
        if self.supervisor:
            self.runner.submit(self.backend.performance_staff, on_done=self.view.set_people,
                               on_error=self.view.show_error, key="performance_staff")  # fmt: skip

    def load(self, period: Period, staff_login: str | None) -> None:
        """The scorecard of `period` for `staff_login` ("" the branch, None one's own)."""
        self.runner.submit(
            self.backend.performance_scorecard,
            period,
            staff_login,
            on_done=self._loaded,
            on_error=self.view.show_error,
            key="performance",
        )

    @_while_shown
    def _loaded(self, card: Scorecard) -> None:
        self.card = card
        self.view.show_card(card)

    @property
    def can_report(self) -> bool:
        """Print and Export apply once a scorecard is on show."""
        return self.card is not None

    # -- drill-down ------------------------------------------------------------------------------------------------
    def drill(self, figure: Figure, tier: str = "", move: tuple[str, str] | None = None) -> None:
        """The customers behind a figure of the scorecard on show, with the figure's own conditions."""
        card = self.card
        if card is None:
            return
        self.runner.submit(
            self.backend.performance_drill,
            figure,
            card.period,
            card.scope_login or ("" if self.supervisor else None),
            tier,
            move,
            on_done=self.view.show_drill,
            on_error=self.view.show_error,
            key="performance_drill",
        )

    # -- actions ---------------------------------------------------------------------------------------------------
    def refresh_today(self) -> None:
        """Run the daily positions job on the write lane; the view reloads when it is done."""
        self.view.set_refreshing(True)
        self.runner.submit(self.backend.record_positions, on_done=self._refreshed,
                           on_error=self._refresh_failed, write=True)  # fmt: skip

    @_while_shown
    def _refreshed(self, _run: object) -> None:
        self.view.set_refreshing(False)
        self.view.show_refreshed()

    @_while_shown
    def _refresh_failed(self, error: BaseException) -> None:
        self.view.set_refreshing(False)
        self.view.show_error(error)

    def print_report(self) -> None:
        card = self.card
        if card is None:
            return
        self.runner.submit(self.backend.performance_report, card, on_done=lambda data: self._report(card, data),
                           on_error=self.view.show_error, key="performance_pdf")  # fmt: skip

    @_while_shown
    def _report(self, card: Scorecard, data: bytes) -> None:
        self.view.show_report(card, data)

    def export(self, path: str) -> None:
        """The workbook of the scorecard on show, written to `path` (.xlsx added when missing) on a worker."""
        card = self.card
        if card is None or not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.runner.submit(write_workbook, self.backend.performance_workbook, card, path,
                           on_done=self._exported, on_error=self._export_failed, key="performance_xlsx")  # fmt: skip

    @_while_shown
    def _exported(self, path: str) -> None:
        self.exported = path
        self.view.show_exported(path)

    @_while_shown
    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.view.show_write_failed(error)
        else:
            self.view.show_error(error)

    # -- plans -----------------------------------------------------------------------------------------------------
    def plan_calls(self) -> tuple:
        """What the plans dialog needs from the port: list, set, delete plans and the people."""
        b = self.backend
        return b.plans, b.set_plan, b.delete_plan, b.performance_staff

    def print_setup_calls(self) -> tuple:
        return self.backend.print_setup, self.backend.save_print_setup
