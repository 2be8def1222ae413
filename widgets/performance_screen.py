"""The performance dashboard (业绩, DOMAIN §9): one person's or the whole branch's figures over a period.

It opens on this month as far as today. The top bar picks the cadence (day, week, 旬, month, quarter, year, or
from-to), the day the period contains, and — for supervisors — whose figures (全网点 or anyone of the branch);
others always see their own. What shows follows the figures: a teller's counter work (services, referrals made,
recommendations at the counter), a manager's book (customers, AUM, deposits, tiers and moves, coverage,
retention, contact plan) and activity, and for the whole branch also fee business, plans, complaints and the
staff breakdown. A tile whose figure has customers behind it, a tier bar or a tier-move row opens the list
(widgets/performance_drill_dialog.py). "Update today's figures" runs the daily positions job on the write lane.
Print builds the PDF report and Export the Excel workbook, both on the task runner. The screen gets plain
callables from desktop/backend.py; a newer request drops the result of an older one.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.codes import Role
from domain.errors import DomainError
from domain.performance import (
    DrillDown,
    Figure,
    PlanRow,
    Scorecard,
    StaffRow,
    TierMove,
    growth,
)
from domain.periods import Cadence, Period, custom_period, period_containing
from domain.staff import StaffUser
from widgets.charts import Bar, BarChart, Series, TierBars, TrendChart
from widgets.complaint_dialogs import word as complaint_word
from widgets.labels import label, money, whole_number
from widgets.messages import describe
from widgets.pdf_preview import open_pdf_dialog
from widgets.performance_drill_dialog import PerformanceDrillDialog
from widgets.performance_parts import (
    NONE,
    TILE_COLUMNS,
    KpiTile,
    Section,
    change,
    pct,
    signed,
    wan,
)
from widgets.plans_dialog import open_plans_dialog
from widgets.screen import Screen
from widgets.table_model import Column

CADENCES = (
    Cadence.DAY,
    Cadence.WEEK,
    Cadence.XUN,
    Cadence.MONTH,
    Cadence.QUARTER,
    Cadence.YEAR,
    Cadence.CUSTOM,
)


def default_file_name(card: Scorecard, performance: str, report: str) -> str:
    """业绩_3101_2026-11_月报.xlsx (业绩_3101_manager1_… for one person)."""
    p = card.period
    if p.cadence is Cadence.DAY:
        when = f"{p.first:%Y-%m-%d}"
    elif p.cadence is Cadence.MONTH:
        when = f"{p.first:%Y-%m}"
    elif p.cadence is Cadence.QUARTER:
        when = f"{p.first.year}-Q{(p.first.month - 1) // 3 + 1}"
    elif p.cadence is Cadence.YEAR:
        when = f"{p.first.year}"
    else:
        when = f"{p.first:%Y%m%d}-{p.last:%Y%m%d}"
    scope = f"{card.branch_code}_{card.scope_login}" if card.scope_login else card.branch_code
    return f"{performance}_{scope}_{when}_{report}.xlsx"


def _write_workbook(build: Callable[[Scorecard], bytes], card: Scorecard, path: str) -> str:
    Path(path).write_bytes(build(card))
    return path


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PerformanceScreen(Screen):
    def __init__(
        self,
        user: StaffUser,
        backend,
        runner,
        open_customer: Callable[[str], None] | None = None,
        dialogs: dict[str, Callable] | None = None,
        today: Callable[[], date] = date.today,
        parent=None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("performance_screen")
        self.user, self._backend, self._open_customer, self._today = user, backend, open_customer, today
        self._dialogs = {
            "preview": open_pdf_dialog,
            "save_file": QFileDialog.getSaveFileName,
            "drill": PerformanceDrillDialog,
            "plans": open_plans_dialog,
        } | (dialogs or {})
        self.card: Scorecard | None = None
        self.drill_dialog = None
        self.preview_dialog = None
        self.exported: str | None = None
        self.tiles: dict[str, KpiTile] = {}
        self._people: list[tuple[str, str, str]] = []
        self._build_top_bar()
        self._build_body()
        self.retranslate_ui()
        self._cadence_changed(load=False)

    # -- building ----------------------------------------------------------------------------------------------
    def _build_top_bar(self) -> None:
        today = self._today()
        self.cadence = QComboBox(objectName="cadence")
        for cadence in CADENCES:
            self.cadence.addItem("", cadence.value)
        self.cadence.setCurrentIndex(CADENCES.index(Cadence.MONTH))
        self.day_edit = self._date_edit("day", today)
        self.from_edit = self._date_edit("from", today.replace(day=1))
        self.to_edit = self._date_edit("to", today)
        self.range_dash = QLabel("–")
        self.staff = QComboBox(objectName="staff")
        self.staff.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.supervisor = self.user.role is Role.SUPERVISOR
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
        self.refresh_button.clicked.connect(lambda: self.refresh_today())
        self.plans_button.clicked.connect(lambda: self.open_plans())
        self.print_button.clicked.connect(lambda: self.print_report())
        self.export_button.clicked.connect(lambda: self.export_workbook())
        self.print_button.setEnabled(False)
        self.export_button.setEnabled(False)
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

    def _date_edit(self, name: str, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value), objectName=name, calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(_qdate(self._today()))
        return edit

    def _build_body(self) -> None:
        self.tiles_host = QWidget(objectName="tiles")
        self.tiles_grid = QGridLayout(self.tiles_host)
        self.tiles_grid.setContentsMargins(0, 0, 0, 0)
        self.tiles_grid.setSpacing(8)
        self.deposit_trend = TrendChart(object_name="deposit_trend")
        self.aum_trend = TrendChart(object_name="aum_trend")
        self.tier_bars = TierBars()
        self.tier_bars.sig_tier_clicked.connect(lambda tier: self.drill(Figure.BOOK, tier))
        self.service_bars = BarChart(clickable=False, object_name="service_bars")
        self.product_bars = BarChart(clickable=False, object_name="product_bars")
        self.charts = QWidget(objectName="charts")
        charts = QHBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(8)
        for chart in (
            self.deposit_trend,
            self.aum_trend,
            self.tier_bars,
            self.service_bars,
            self.product_bars,
        ):
            chart.setStyleSheet("background: white;")
            chart.setAutoFillBackground(True)
            charts.addWidget(chart, 1)
        self.charts.setFixedHeight(210)
        self.sections = self._make_sections()
        self.sections["moves"].table.doubleClicked.connect(lambda index: self._open_move(index.row()))
        self.sections["moves"].table.clicked.connect(lambda index: self._open_move(index.row()))
        grid = self.sections_grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget(objectName="body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(10)
        layout.addWidget(self.tiles_host)
        layout.addWidget(self.charts)
        layout.addWidget(self.sections["staff"])
        layout.addLayout(grid)
        layout.addStretch(1)
        self.scroll = QScrollArea(objectName="scroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.layout_.addWidget(self.scroll, 1)

    def _make_sections(self) -> dict[str, Section]:
        tier = lambda code: f"{code} {label('tier', code)}"  # noqa: E731
        number = lambda n: whole_number(int(n))  # noqa: E731
        columns: dict[str, list[Column]] = {
            "staff": [
                Column(lambda: self.tr("Staff"), self._staff_name),
                Column(lambda: self.tr("Role"), lambda r: label("role", r.role)),
                Column(lambda: self.tr("Customer count"), lambda r: number(r.customers), True),
                Column(lambda: self.tr("AUM (10k yuan)"), lambda r: wan(r.aum), True),
                Column(lambda: self.tr("Deposits (10k yuan)"), lambda r: wan(r.deposits), True),
                Column(lambda: self.tr("Referrals made"), lambda r: number(r.referrals_made), True),
                Column(lambda: self.tr("Referrals converted"), lambda r: number(r.referrals_converted), True),
                Column(lambda: self.tr("Agreements"), lambda r: number(r.agreements), True),
                Column(
                    lambda: self.tr("Recommendations accepted"),
                    lambda r: number(r.recommendations_accepted),
                    True,
                ),
                Column(lambda: self.tr("Overdue tasks"), lambda r: number(r.overdue_tasks), True),
            ],
            "moves": [
                Column(lambda: self.tr("From tier"), lambda m: tier(m.from_tier)),
                Column(lambda: self.tr("To tier"), lambda m: tier(m.to_tier)),
                Column(lambda: self.tr("Customer count"), lambda m: number(m.customers), True),
                Column(
                    lambda: self.tr("Direction"), lambda m: self.tr("▲ Up") if m.up else self.tr("▼ Down")
                ),
            ],
            "plans": [
                Column(lambda: self.tr("Plan"), lambda r: label("plan", r.metric.value)),
                Column(lambda: self.tr("Plan period"), lambda r: f"{r.first:%m-%d}–{r.last:%m-%d}"),
                Column(lambda: self.tr("Target"), lambda r: self._plan_value(r, r.target), True),
                Column(lambda: self.tr("Actual"), lambda r: self._plan_value(r, r.actual), True),
                Column(lambda: self.tr("% of plan"), lambda r: pct(r.completion), True),
            ],
            "recommendations": [
                Column(lambda: self.tr("Product"), lambda r: r.product_name),
                Column(lambda: self.tr("Accepted"), lambda r: number(r.accepted), True),
                Column(lambda: self.tr("Declined"), lambda r: number(r.declined), True),
                Column(lambda: self.tr("Later"), lambda r: number(r.later), True),
                Column(lambda: self.tr("Acceptance"), lambda r: pct(r.acceptance), True),
            ],
            "declines": [
                Column(
                    lambda: self.tr("Reason declined"),
                    lambda r: describe(f"decline.{r.code}") if r.code else NONE,
                ),
                Column(lambda: self.tr("Times"), lambda r: number(r.count), True),
            ],
            "agreements": [
                Column(lambda: self.tr("Product family"), lambda r: label("family", r.code)),
                Column(lambda: self.tr("Agreements"), lambda r: number(r.count), True),
                Column(lambda: self.tr("Amount (yuan)"), lambda r: money(r.amount), True),
            ],
            "receipts": [
                Column(lambda: self.tr("Service"), lambda r: r.label or r.code),
                Column(lambda: self.tr("Count"), lambda r: number(r.count), True),
                Column(lambda: self.tr("Amount (yuan)"), lambda r: money(r.amount), True),
            ],
            "complaint_categories": [
                Column(lambda: self.tr("Category"), lambda r: complaint_word("category", r.code)),
                Column(lambda: self.tr("Complaints"), lambda r: number(r.count), True),
            ],
            "complaint_channels": [
                Column(lambda: self.tr("Channel"), lambda r: complaint_word("channel", r.code)),
                Column(lambda: self.tr("Complaints"), lambda r: number(r.count), True),
            ],
        }
        sections = {
            key: Section(key, cols, self, max_rows=12 if key == "staff" else 10)
            for key, cols in columns.items()
        }
        return sections

    # -- loading -----------------------------------------------------------------------------------------------
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
        if self.supervisor and self.staff.count() == 0:
            self.runner.submit(self._backend.performance_staff, on_done=self._set_people,
                               on_error=self.show_error, key="performance_staff")  # fmt: skip
        period = self.period()
        if period is None:
            return
        self.runner.submit(
            self._backend.performance_scorecard,
            period,
            self.staff_login(),
            on_done=self._show,
            on_error=self.show_error,
            key="performance",
        )

    def _set_people(self, people: list[tuple[str, str, str]]) -> None:
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

    def _show(self, card: Scorecard) -> None:
        self.card = card
        if self.banner.kind == "error":
            self.banner.clear_message()
        self.print_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self._render()

    # -- showing -----------------------------------------------------------------------------------------------
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
        self._set_tiles(self._tile_specs(card))
        self._set_charts(card)
        self._set_sections(card)

    def _scope_words(self, card: Scorecard) -> str:
        if not card.scope_login:
            return self.tr("Whole branch")
        return f"{card.scope_name}（{label('role', card.scope_role)}）"

    def _staff_name(self, row: StaffRow) -> str:
        return row.name or row.login if row.login else self.tr("Customers without a manager")

    def _plan_value(self, row: PlanRow, value: Decimal) -> str:
        return money(value) if row.metric.is_money else whole_number(int(value))

    def _set_tiles(self, specs: list[tuple]) -> None:
        for tile in self.tiles.values():
            self.tiles_grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        count = len(specs)
        columns = (
            min(count, TILE_COLUMNS)
            if count <= TILE_COLUMNS
            else math.ceil(count / math.ceil(count / TILE_COLUMNS))
        )
        for position, (key, figure, caption, value, unit, detail, alert) in enumerate(specs):
            tile = KpiTile(key, figure, self.tiles_host)
            tile.set_content(caption, value, unit, detail, alert)
            if figure is not None:
                tile.sig_clicked.connect(lambda f=figure: self.drill(f))
                tile.setToolTip(self.tr("Click to list the customers"))
            self.tiles[key] = tile
            self.tiles_grid.addWidget(tile, position // columns, position % columns)
        for column in range(TILE_COLUMNS):
            self.tiles_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _tile_specs(self, card: Scorecard) -> list[tuple]:
        book, act = card.book, card.activity
        specs: list[tuple] = []

        def tile(key, figure, caption, value, unit="", detail="", alert=False) -> None:
            specs.append((key, figure, caption, value, unit, detail, alert))

        branch = not card.scope_login
        if book is None:  # a teller: the counter
            tile("services", None, self.tr("Counter services"), whole_number(act.services), self.tr("transactions"),
                 self.tr("Amount {amount} yuan<br>Fees {fees} yuan").format(amount=money(sum((r.amount for r in act.receipts), Decimal(0))), fees=money(act.receipt_fees)))  # fmt: skip
            tile("referrals_made", Figure.REFERRALS_CONVERTED, self.tr("Referrals converted"),
                 whole_number(act.referrals_made_converted), self.tr("of {n} made").format(n=whole_number(act.referrals_made)),
                 self.tr("Conversion {rate}").format(rate=pct(act.referral_conversion)))  # fmt: skip
        else:
            tile("customers", Figure.BOOK, self.tr("Customer count"), whole_number(book.customers_end), "",
                 self.tr("vs start {change}").format(change=change(book.customers_end - book.customers_start,
                                                              signed(book.customers_end - book.customers_start))))  # fmt: skip
            tile("new_customers", Figure.NEW_CUSTOMERS, self.tr("New customers"), whole_number(book.new_customers), "",
                 self.tr("opened in the period"))  # fmt: skip
            tile("aum", None, self.tr("AUM"), wan(book.aum_end), self.tile_unit(),
                 self.tr("vs start {change}").format(change=change(book.aum_growth)))  # fmt: skip
            deposits = [
                self.tr("vs start {change}").format(
                    change=change(growth(book.deposits_end, book.deposits_start))
                )
            ]
            deposits.append(self.tr("vs year start {change}").format(change=change(book.deposits_growth_ytd)))
            if branch:
                deposits.append(
                    self.tr("vs last year {change}").format(change=change(book.deposits_growth_yoy))
                )
            deposits.append(self.tr("Daily average {amount}").format(amount=wan(book.deposits_daily_average)))
            tile("deposits", None, self.tr("Deposit balance"), wan(book.deposits_end), self.tile_unit(), "<br>".join(deposits))  # fmt: skip
            if branch:
                self._branch_tiles(card, tile)
            tile("moved_up", Figure.MOVED_UP, self.tr("Moved up a tier"), whole_number(book.moved_up), "",
                 self.tr("Month end to month end"))  # fmt: skip
            tile("moved_down", Figure.MOVED_DOWN, self.tr("Moved down a tier"), whole_number(book.moved_down), "",
                 self.tr("Month end to month end"), alert=book.moved_down > 0)  # fmt: skip
            lost = book.mid_high_start - book.mid_high_kept
            tile("retention", Figure.MID_HIGH_LOST, self.tr("Mid/high-tier retention"), pct(book.retention), "",
                 self.tr("Kept {kept} of {start} · lost {lost}").format(kept=whole_number(book.mid_high_kept),
                    start=whole_number(book.mid_high_start), lost=whole_number(lost)))  # fmt: skip
            if branch:  # one tile, so the branch's sixteen fit two rows
                tile("coverage", None, self.tr("Products per customer"), _ratio(book.products_per_customer), "",
                     self.tr("Product families per customer {value}").format(value=_ratio(book.families_per_customer)))  # fmt: skip
            else:
                tile("coverage", None, self.tr("Products per customer"), _ratio(book.products_per_customer), "",
                     self.tr("Active holdings {n}").format(n=whole_number(book.holdings)))  # fmt: skip
                tile("families", None, self.tr("Product families per customer"), _ratio(book.families_per_customer),
                     "", self.tr("Product coverage of the book"))  # fmt: skip
            missing = book.contact_due - book.contacted
            tile("contact", Figure.CONTACT_DUE, self.tr("Contact-plan coverage"), pct(book.contact_coverage), "",
                 self.tr("Contacted {done} of {due} · not yet {missing}").format(done=whole_number(book.contacted),
                    due=whole_number(book.contact_due), missing=whole_number(missing)))  # fmt: skip
            tile("referrals", Figure.REFERRALS_CONVERTED, self.tr("Referrals converted"),
                 whole_number(act.referrals_converted), self.tr("of {n} received").format(n=whole_number(act.referrals_received)),
                 self.tr("Contacted {n}").format(n=whole_number(act.referrals_contacted)))  # fmt: skip
        tile("recommendations", Figure.RECOMMENDATIONS_ACCEPTED, self.tr("Recommendations accepted"),
             whole_number(act.recommendations_accepted), self.tr("of {n}").format(n=whole_number(act.recommendations_answered)),
             self.tr("Acceptance {rate}").format(rate=pct(act.recommendation_acceptance)))  # fmt: skip
        tile("agreements", Figure.AGREEMENTS, self.tr("Agreements issued"), whole_number(act.agreements_issued), "",
             self.tr("Amount {amount} (10k yuan)").format(amount=wan(sum((r.amount for r in act.agreements), Decimal(0)))))  # fmt: skip
        tile("overdue", Figure.OVERDUE_TASKS, self.tr("Overdue tasks"), whole_number(act.overdue_tasks), "",
             self.tr("Open tasks {n}").format(n=whole_number(act.open_tasks)), alert=act.overdue_tasks > 0)  # fmt: skip
        return specs

    def _branch_tiles(self, card: Scorecard, tile) -> None:
        act = card.activity
        tile("fees", None, self.tr("Fee-earning sales"), wan(act.fee_business), self.tile_unit(),
             self.tr("Wealth, funds, insurance, bonds, gold"))  # fmt: skip
        reached = sum(1 for p in card.plans if p.completion is not None and p.completion >= 100)
        lowest = min(
            card.plans, key=lambda p: p.completion if p.completion is not None else Decimal(0), default=None
        )
        tile("plans", None, self.tr("Plans reached"), whole_number(reached), self.tr("of {n}").format(n=len(card.plans)),
             "" if lowest is None else self.tr("Lowest: {plan} {rate}").format(plan=label("plan", lowest.metric.value),
                                                                          rate=pct(lowest.completion)))  # fmt: skip
        c = card.complaints
        if c is not None:
            tile("complaints", None, self.tr("Complaints"), whole_number(c.total), "",
                 self.tr("On time {on_time}<br>Satisfied {satisfied} · major {major}").format(
                     on_time=pct(c.on_time_rate), satisfied=pct(c.satisfaction_rate), major=whole_number(c.major)),
                 alert=c.major > 0)  # fmt: skip

    def _set_charts(self, card: Scorecard) -> None:
        book = card.book
        has_book = book is not None
        for chart in (self.deposit_trend, self.aum_trend, self.tier_bars):
            chart.setVisible(has_book)
        for chart in (self.service_bars, self.product_bars):
            chart.setVisible(not has_book)
        no_data = self.tr("No data")
        if has_book:
            days = [p.day for p in book.trend]
            self.deposit_trend.set_series(
                days, [Series(self.tr("Deposit balance"), tuple(p.deposits for p in book.trend))]
            )
            self.deposit_trend.set_texts(self.tr("Deposits, day by day"), self.tr("10k yuan"), no_data)
            self.aum_trend.set_series(days, [Series(self.tr("AUM"), tuple(p.aum for p in book.trend))])
            self.aum_trend.set_texts(self.tr("AUM, day by day"), self.tr("10k yuan"), no_data)
            self.tier_bars.set_tiers(
                [
                    (r.tier, f"{r.tier} {label('tier', r.tier)}", r.customers,
                     f"{whole_number(r.customers)} · {wan(r.aum)}")
                    for r in book.tiers
                ]
            )  # fmt: skip
            self.tier_bars.set_texts(self.tr("Customers by tier · AUM in 10k yuan"), no_data)
        else:
            act = card.activity
            self.service_bars.set_bars(
                [Bar(r.code, r.label or r.code, r.count, f"{whole_number(r.count)} · {money(r.amount)}")
                 for r in sorted(act.receipts, key=lambda r: -r.count)[:8]]
            )  # fmt: skip
            self.service_bars.set_texts(self.tr("Counter services by kind"), no_data)
            self.product_bars.set_bars(
                [Bar(r.product_code, r.product_name, r.accepted,
                     self.tr("{accepted} of {answered}").format(accepted=r.accepted, answered=r.answered))
                 for r in act.recommendations[:8]]
            )  # fmt: skip
            self.product_bars.set_texts(self.tr("Recommendations accepted, by product"), no_data)

    def _set_sections(self, card: Scorecard) -> None:
        book, act = card.book, card.activity
        branch = not card.scope_login
        rows: dict[str, Sequence] = {
            "staff": card.staff,
            "moves": sorted(book.moves, key=lambda m: (not m.up, m.from_tier, m.to_tier)) if book else (),
            "plans": card.plans,
            "recommendations": act.recommendations,
            "declines": act.decline_reasons,
            "agreements": act.agreements,
            "receipts": act.receipts,
            "complaint_categories": card.complaints.by_category if card.complaints else (),
            "complaint_channels": card.complaints.by_channel if card.complaints else (),
        }
        if branch:
            order = ["plans", "moves", "complaint_categories", "complaint_channels", "recommendations", "declines",
                     "agreements", "receipts"]  # fmt: skip
        elif book is None:
            order = ["receipts", "recommendations", "declines", "agreements", "plans"]
        else:
            order = ["moves", "plans", "recommendations", "declines", "agreements"] + (
                ["receipts"] if act.receipts else []
            )
        shown = set(order) | ({"staff"} if branch else set())
        self.sections["staff"].set_rows(rows["staff"])
        self.sections["staff"].setVisible(branch)
        for key, section in self.sections.items():
            if key != "staff":
                section.set_rows(rows[key])
                self.sections_grid.removeWidget(section)
        for position, key in enumerate(order):  # two columns of the sections shown, without gaps
            self.sections_grid.addWidget(
                self.sections[key], position // 2, position % 2, Qt.AlignmentFlag.AlignTop
            )
        # After the placing: the first addWidget moves a section into the body, which hides it until a queued
        # show, so visibility set before it could be lost for an event-loop turn (or for good, in tests).
        for key, section in self.sections.items():
            if key != "staff":
                section.setVisible(key in shown)

    def tile_unit(self) -> str:
        # The unit beside a tile's figure: short, so "13,569.20" and its unit fit a tile at 1366 px in English too.
        return self.tr("¥10k")

    def open_plans(self) -> None:
        """The plans dialog; the figures reload when it closes, so a new target shows against its actual."""
        b = self._backend
        dialog = self._dialogs["plans"](
            self, b.plans, b.set_plan, b.delete_plan, b.performance_staff, self.runner
        )
        dialog.finished.connect(lambda _result: self.load())
        return dialog

    # -- drill-down --------------------------------------------------------------------------------------------
    def drill(self, figure: Figure, tier: str = "", move: tuple[str, str] | None = None) -> None:
        card = self.card
        if card is None:
            return
        self.runner.submit(
            self._backend.performance_drill,
            figure,
            card.period,
            card.scope_login or ("" if self.supervisor else None),
            tier,
            move,
            on_done=lambda result: self._show_drill(result),
            on_error=self.show_error,
            key="performance_drill",
        )

    def _open_move(self, row: int) -> None:
        section = self.sections["moves"]
        if 0 <= row < section.model.rowCount():
            move: TierMove = section.model.row(row)
            self.drill(Figure.MOVED_UP if move.up else Figure.MOVED_DOWN, move=(move.from_tier, move.to_tier))

    def _show_drill(self, result: DrillDown) -> None:
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
            text = f"{text} · {tier} {label('tier', tier)}"
        return f"{text} · {self._scope_words(self.card)}" if self.card else text

    # -- actions -----------------------------------------------------------------------------------------------
    def refresh_today(self) -> None:
        self.refresh_button.setEnabled(False)
        self.runner.submit(self._backend.record_positions, on_done=self._refreshed,
                           on_error=self._refresh_failed, write=True)  # fmt: skip

    def _refreshed(self, _run) -> None:
        self.refresh_button.setEnabled(True)
        self.banner.show_message(self.tr("Today's figures are up to date."), "info")
        self.load()

    def _refresh_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.show_error(error)

    def report_name(self, cadence: Cadence) -> str:
        return {
            Cadence.DAY: self.tr("Daily report"),
            Cadence.WEEK: self.tr("Weekly report"),
            Cadence.XUN: self.tr("Ten-day report"),
            Cadence.MONTH: self.tr("Monthly report"),
            Cadence.QUARTER: self.tr("Quarterly report"),
            Cadence.YEAR: self.tr("Yearly report"),
            Cadence.CUSTOM: self.tr("Period report"),
        }[cadence]

    def print_report(self) -> None:
        card = self.card
        if card is None:
            return
        self.runner.submit(self._backend.performance_report, card, on_done=lambda data: self._preview(card, data),
                           on_error=self.show_error, key="performance_pdf")  # fmt: skip

    def _preview(self, card: Scorecard, data: bytes) -> None:
        title = f"{self.report_name(card.period.cadence)} · {self._scope_words(card)}"
        self.preview_dialog = self._dialogs["preview"](
            self,
            data,
            title,
            print_setup=self._backend.print_setup,
            save_print_setup=self._backend.save_print_setup,
        )

    def export_workbook(self) -> None:
        card = self.card
        if card is None:
            return
        name = default_file_name(card, self.tr("Performance"), self.report_name(card.period.cadence))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = self._dialogs["save_file"](
            self, self.tr("Export figures"), str(Path(folder) / name), self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.runner.submit(_write_workbook, self._backend.performance_workbook, card, path,
                           on_done=self._exported, on_error=self._export_failed, key="performance_xlsx")  # fmt: skip

    def _exported(self, path: str) -> None:
        self.exported = path
        self.banner.show_message(self.tr("Figures exported to {path}.").format(path=path), "info")

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.banner.show_message(
                self.tr("The file could not be written: {reason}").format(
                    reason=error.strerror or str(error)
                ),
                "error",
            )
            return
        self.show_error(error)

    # -- words -------------------------------------------------------------------------------------------------
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
        titles = {
            "staff": self.tr("By staff"),
            "moves": self.tr("Tier moves (click a row for the customers)"),
            "plans": self.tr("Sales against plan"),
            "recommendations": self.tr("Recommendations by product"),
            "declines": self.tr("Reasons declined"),
            "agreements": self.tr("Agreements by product family"),
            "receipts": self.tr("Counter services"),
            "complaint_categories": self.tr("Complaints by category"),
            "complaint_channels": self.tr("Complaints by channel"),
        }
        for key, section in self.sections.items():
            section.title.setText(titles[key])
            section.empty.setText(self.tr("None in this period."))
            section.model.retranslate()
        self._render()


def _ratio(value: Decimal | None) -> str:
    return NONE if value is None else f"{value}"
