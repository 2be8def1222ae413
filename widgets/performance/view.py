"""The performance dashboard on screen (业绩, DOMAIN §9): one person's or the whole branch's figures over a period.

It opens on this month as far as today. The top bar picks the cadence (day, week, 旬, month, quarter, year, or
from-to), the day the period contains, and — for supervisors — whose figures (全网点 or anyone of the branch);
others always see their own. What shows follows the figures: a teller's counter work (services, referrals made,
recommendations at the counter), a manager's book (customers, AUM, deposits, tiers and moves, coverage,
retention, contact plan) and activity, and for the whole branch also fee business, plans, complaints and the
staff breakdown. A tile whose figure has customers behind it, a tier bar or a tier-move row opens the list
(widgets/performance_drill_dialog.py). "Update today's figures" runs the daily positions job on the write lane.
Print builds the PDF report and Export the Excel workbook, both on the job runner.

This module is the view: widgets, layout and words. What happens — the calls to the service port, the scorecard
on show, what may be offered — is `PerformanceController` (widgets/performance/controller.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.performance import DrillDown, Figure, Scorecard, TierMove
from domain.periods import Cadence, Period, custom_period, period_containing
from domain.permissions import BRANCH_WIDE
from domain.staff import StaffUser
from widgets.jobs_port import JobsPort
from widgets.labels import label
from widgets.pdf_preview import open_pdf_dialog
from widgets.performance.charts import PerformanceCharts
from widgets.performance.controller import PerformanceController, PerformancePort
from widgets.performance.names import CADENCES, default_file_name, report_name
from widgets.performance.sections import PerformanceSections
from widgets.performance.tiles import PerformanceTiles
from widgets.performance_drill_dialog import PerformanceDrillDialog
from widgets.performance_parts import KpiTile, Section
from widgets.plans_dialog import open_plans_dialog
from widgets.screen import Screen


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(name: str, value: date, latest: date) -> QDateEdit:
    edit = QDateEdit(_qdate(value), objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(_qdate(latest))
    return edit


class PerformanceScreen(Screen):
    def __init__(
        self,
        user: StaffUser,
        backend: PerformancePort,
        runner: JobsPort,
        open_customer: Callable[[str], None] | None = None,
        dialogs: dict[str, Callable] | None = None,
        today: Callable[[], date] = date.today,
        parent=None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("performance_screen")
        self.user, self._open_customer, self._today = user, open_customer, today
        self.supervisor = user.role in BRANCH_WIDE  # everyone's figures
        self.controller = PerformanceController(self, backend, runner, supervisor=self.supervisor)
        self._dialogs = {
            "preview": open_pdf_dialog,
            "save_file": QFileDialog.getSaveFileName,
            "drill": PerformanceDrillDialog,
            "plans": open_plans_dialog,
        } | (dialogs or {})
        self.drill_dialog = None
        self.preview_dialog = None
        self._people: list[tuple[str, str, str]] = []
        self._build_top_bar()
        self._build_body()
        self.retranslate_ui()
        self._cadence_changed(load=False)

    # -- what tests and the shell read -----------------------------------------------------------------------------
    def alive(self) -> bool:
        return shiboken6.isValid(self)

    @property
    def card(self) -> Scorecard | None:
        return self.controller.card

    @property
    def exported(self) -> str | None:
        return self.controller.exported

    @property
    def tiles(self) -> dict[str, KpiTile]:
        return self.tile_panel.tiles

    @property
    def sections(self) -> dict[str, Section]:
        return self.section_panel.sections

    # -- building --------------------------------------------------------------------------------------------------
    def _build_top_bar(self) -> None:
        today = self._today()
        self.cadence = QComboBox(objectName="cadence")
        for cadence in CADENCES:
            self.cadence.addItem("", cadence.value)
        self.cadence.setCurrentIndex(CADENCES.index(Cadence.MONTH))
        self.day_edit = _date_edit("day", today, today)
        self.from_edit = _date_edit("from", today.replace(day=1), today)
        self.to_edit = _date_edit("to", today, today)
        self.range_dash = QLabel("–")
        self.staff = QComboBox(objectName="staff")
        self.staff.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if not self.supervisor:  # one's own figures only
            self.staff.addItem(self.user.name, self.user.login)
            self.staff.setEnabled(False)
        self.refresh_button = QPushButton(objectName="refresh_today")
        self.plans_button = QPushButton(objectName="plans")  # the branch head sets the targets
        self.plans_button.setVisible(self.supervisor)
        self.print_button = QPushButton(objectName="print")
        self.export_button = QPushButton(objectName="export")
        self.as_of_label = QLabel(objectName="as_of")
        self.as_of_label.setStyleSheet("color: #5a6270;")
        self.heading = QLabel(objectName="heading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.cadence.currentIndexChanged.connect(lambda _i: self._cadence_changed())
        for edit in (self.day_edit, self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.load())
        self.staff.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button.clicked.connect(lambda: self.controller.refresh_today())
        self.plans_button.clicked.connect(lambda: self.open_plans())
        self.print_button.clicked.connect(lambda: self.controller.print_report())
        self.export_button.clicked.connect(lambda: self.export_workbook())
        self._enable_reports()
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.period_label, self.staff_label = QLabel(), QLabel()
        bar.addWidget(self.period_label)
        for widget in (self.cadence, self.day_edit, self.from_edit, self.range_dash, self.to_edit):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.staff_label)
        bar.addWidget(self.staff)
        bar.addStretch(1)
        for widget in (self.refresh_button, self.plans_button, self.print_button, self.export_button):
            bar.addWidget(widget)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addStretch(1)
        title_row.addWidget(self.as_of_label)
        self.layout_.addLayout(bar)
        self.layout_.addLayout(title_row)

    def _build_body(self) -> None:
        self.tile_panel = PerformanceTiles(self.drill)
        self.chart_panel = PerformanceCharts()
        self.tier_bars, self.service_bars = self.chart_panel.tier_bars, self.chart_panel.service_bars
        self.tier_bars.sig_tier_clicked.connect(lambda tier: self.drill(Figure.BOOK, tier))
        self.section_panel = PerformanceSections(self._open_move)
        body = QWidget(objectName="body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(10)
        layout.addWidget(self.tile_panel)
        layout.addWidget(self.chart_panel)
        layout.addWidget(self.section_panel)
        layout.addStretch(1)
        self.scroll = QScrollArea(objectName="scroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.layout_.addWidget(self.scroll, 1)

    # -- the period and whose figures ------------------------------------------------------------------------------
    def period(self) -> Period | None:
        cadence = Cadence(self.cadence.currentData())
        if cadence is Cadence.CUSTOM:
            try:
                return custom_period(self.from_edit.date().toPython(), self.to_edit.date().toPython())
            except DomainError as error:
                self.show_error(error)
                return None
        return period_containing(cadence, self.day_edit.date().toPython())

    def staff_login(self) -> str | None:
        """Whose figures: "" the whole branch (supervisors), a login, or None for one's own."""
        if not self.supervisor:
            return None
        return self.staff.currentData() or ""

    def load(self) -> None:
        if self.staff.count() == 0:
            self.controller.load_people()
        period = self.period()
        if period is not None:
            self.controller.load(period, self.staff_login())

    def set_people(self, people: list[tuple[str, str, str]]) -> None:
        self._people = list(people)
        chosen = self.staff.currentData() or ""
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Whole branch"), "")
        for login, name, role in people:
            self.staff.addItem(f"{name} · {label('role', role)}", login)
        self.staff.setCurrentIndex(max(self.staff.findData(chosen), 0))
        self.staff.blockSignals(False)

    def _cadence_changed(self, load: bool = True) -> None:
        custom = Cadence(self.cadence.currentData()) is Cadence.CUSTOM
        self.day_edit.setVisible(not custom)
        for widget in (self.from_edit, self.range_dash, self.to_edit):
            widget.setVisible(custom)
        if load:
            self.load()

    # -- showing ---------------------------------------------------------------------------------------------------
    def show_card(self, card: Scorecard) -> None:
        if self.banner.kind == "error":
            self.banner.clear_message()
        self._enable_reports()
        self._render()

    def _enable_reports(self) -> None:
        for button in (self.print_button, self.export_button):
            button.setEnabled(self.controller.can_report)

    def _render(self) -> None:
        card = self.card
        if card is None:
            self.heading.setText(self.tr("Performance"))
            return
        self.heading.setText(
            self.tr("{scope} · {cadence} {first} to {last}").format(
                scope=self._scope_words(card),
                cadence=label("cadence", card.period.cadence.value),
                first=card.period.first.isoformat(),
                last=card.period.last.isoformat(),
            )
        )
        self.as_of_label.setText(
            self.tr("Figures to {date} · {branch}").format(
                date=card.as_of.isoformat(), branch=card.branch_name
            )
        )
        self.tile_panel.set_card(card)
        self.chart_panel.set_card(card)
        self.section_panel.set_card(card)

    def _scope_words(self, card: Scorecard) -> str:
        if not card.scope_login:
            return self.tr("Whole branch")
        return f"{card.scope_name}（{label('role', card.scope_role)}）"

    # -- drill-down ------------------------------------------------------------------------------------------------
    def drill(self, figure: Figure, tier: str = "", move: tuple[str, str] | None = None) -> None:
        self.controller.drill(figure, tier, move)

    def _open_move(self, move: TierMove) -> None:
        self.drill(Figure.MOVED_UP if move.up else Figure.MOVED_DOWN, move=(move.from_tier, move.to_tier))

    def show_drill(self, result: DrillDown) -> None:
        title = self.figure_title(result.figure, result.tier)
        if self.drill_dialog is not None:
            self.drill_dialog.close()
        dialog = self._dialogs["drill"](result, title, self._open_customer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "drill_dialog", None))
        self.drill_dialog = dialog
        dialog.show()

    def figure_title(self, figure: Figure, tier: str = "") -> str:
        words = {
            Figure.BOOK: self.tr("Customers in the book"),
            Figure.NEW_CUSTOMERS: self.tr("New customers"),
            Figure.MOVED_UP: self.tr("Customers who moved up a tier"),
            Figure.MOVED_DOWN: self.tr("Customers who moved down a tier"),
            Figure.MID_HIGH_LOST: self.tr("Mid/high-tier customers lost"),
            Figure.CONTACT_DUE: self.tr("Customers due a contact, not contacted in time"),
            Figure.REFERRALS_CONVERTED: self.tr("Referrals converted"),
            Figure.RECOMMENDATIONS_ACCEPTED: self.tr("Recommendations accepted"),
            Figure.AGREEMENTS: self.tr("Agreements issued"),
            Figure.OVERDUE_TASKS: self.tr("Customers with overdue tasks"),
        }
        text = words[figure]
        if tier:
            text = f"{text} · {label('tier', tier)}"
        return f"{text} · {self._scope_words(self.card)}" if self.card else text

    # -- actions ---------------------------------------------------------------------------------------------------
    def open_plans(self):
        """The plans dialog; the figures reload when it closes, so a new target shows against its actual."""
        dialog = self._dialogs["plans"](self, *self.controller.plan_calls(), self.runner)
        dialog.finished.connect(lambda _result: self.load())
        return dialog

    def set_refreshing(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)

    def show_refreshed(self) -> None:
        self.banner.show_message(self.tr("Today's figures are up to date."), "info")
        self.load()

    def show_report(self, card: Scorecard, data: bytes) -> None:
        title = f"{report_name(card.period.cadence)} · {self._scope_words(card)}"
        print_setup, save_print_setup = self.controller.print_setup_calls()
        self.preview_dialog = self._dialogs["preview"](
            self, data, title, print_setup=print_setup, save_print_setup=save_print_setup
        )

    def export_workbook(self) -> None:
        card = self.card
        if card is None:
            return
        name = default_file_name(card, self.tr("Performance"), report_name(card.period.cadence))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = self._dialogs["save_file"](
            self, self.tr("Export figures"), str(Path(folder) / name), self.tr("Excel workbook (*.xlsx)")
        )
        self.controller.export(path)

    def show_exported(self, path: str) -> None:
        self.banner.show_message(self.tr("Figures exported to {path}.").format(path=path), "info")

    def show_write_failed(self, error: OSError) -> None:
        reason = error.strerror or str(error)
        self.banner.show_message(
            self.tr("The file could not be written: {reason}").format(reason=reason), "error"
        )

    # -- words -----------------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for i, cadence in enumerate(CADENCES):
            self.cadence.setItemText(i, label("cadence", cadence.value))
        self.period_label.setText(self.tr("Period"))
        self.staff_label.setText(self.tr("Figures of"))
        if self.supervisor and self.staff.count():
            self.staff.setItemText(0, self.tr("Whole branch"))
            for i, (_login, name, role) in enumerate(self._people, start=1):
                self.staff.setItemText(i, f"{name} · {label('role', role)}")
        self.refresh_button.setText(self.tr("Update today's figures"))
        self.plans_button.setText(self.tr("Sales plans..."))
        self.print_button.setText(self.tr("Print..."))
        self.export_button.setText(self.tr("Export to Excel..."))
        self.section_panel.retranslate_ui()
        self._render()
