"""The dashboard's tables: per person (whole branch only, full width), then the sections that fit the scorecard in
two columns without gaps — tier moves (a row opens its customers), plans, recommendations and why they were
declined, agreements, counter services, complaints by category and channel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from domain.performance import PlanRow, Scorecard, StaffRow, TierMove
from widgets.labels import day, label, money, whole_number
from widgets.messages import describe
from widgets.performance_parts import NONE, Section, pct, wan
from widgets.table_model import Column


class PerformanceSections(QWidget):
    def __init__(self, on_move: Callable[[TierMove], None], parent=None) -> None:
        super().__init__(parent, objectName="sections")
        self._on_move = on_move
        self.sections = self._make_sections()
        moves = self.sections["moves"].table
        moves.doubleClicked.connect(lambda index: self._open_move(index.row()))
        moves.clicked.connect(lambda index: self._open_move(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.sections["staff"])
        grid = self.grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

    def _make_sections(self) -> dict[str, Section]:
        tier = lambda code: label("tier", code)  # noqa: E731
        number = lambda n: whole_number(int(n))  # noqa: E731
        columns: dict[str, list[Column]] = {
            "staff": [
                Column(lambda: self.tr("Staff"), self._staff_name),
                Column(lambda: self.tr("Role"), lambda r: label("role", r.role)),
                Column(lambda: self.tr("Customer count"), lambda r: number(r.customers), True),
                Column(
                    lambda: self.tr("AUM (10k yuan)"),
                    lambda r: wan(r.aum),
                    True,
                    tooltip=lambda r: self._exact_yuan(r.aum),
                ),
                Column(
                    lambda: self.tr("Deposits (10k yuan)"),
                    lambda r: wan(r.deposits),
                    True,
                    tooltip=lambda r: self._exact_yuan(r.deposits),
                ),
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
                Column(lambda: self.tr("Plan period"), lambda r: f"{day(r.first)} – {day(r.last)}"),
                Column(
                    lambda: self.tr("Target"),
                    lambda r: self._plan_value(r, r.target),
                    True,
                    tooltip=lambda r: self._plan_exact(r, r.target),
                ),
                Column(
                    lambda: self.tr("Actual"),
                    lambda r: self._plan_value(r, r.actual),
                    True,
                    tooltip=lambda r: self._plan_exact(r, r.actual),
                ),
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
                Column(
                    lambda: self.tr("Amount (10k yuan)"), lambda r: wan(r.amount), True, tooltip=self._exact
                ),
            ],
            "receipts": [
                Column(lambda: self.tr("Service"), lambda r: r.label or r.code),
                Column(lambda: self.tr("Count"), lambda r: number(r.count), True),
                Column(
                    lambda: self.tr("Amount (10k yuan)"), lambda r: wan(r.amount), True, tooltip=self._exact
                ),
            ],
            "complaint_categories": [
                Column(lambda: self.tr("Category"), lambda r: label("complaint_category", r.code)),
                Column(lambda: self.tr("Complaints"), lambda r: number(r.count), True),
            ],
            "complaint_channels": [
                Column(lambda: self.tr("Channel"), lambda r: label("complaint_channel", r.code)),
                Column(lambda: self.tr("Complaints"), lambda r: number(r.count), True),
            ],
        }
        sections = {
            key: Section(key, cols, self, max_rows=12 if key == "staff" else 10)
            for key, cols in columns.items()
        }
        return sections

    def _staff_name(self, row: StaffRow) -> str:
        return row.name or row.login if row.login else self.tr("Customers without a manager")

    def _plan_value(self, row: PlanRow, value: Decimal) -> str:
        """Money in 万元, as everywhere on this screen (the exact yuan on hover); counts as they are."""
        return (
            self.tr("{amount} (10k yuan)").format(amount=wan(value))
            if row.metric.is_money
            else whole_number(int(value))
        )

    def _plan_exact(self, row: PlanRow, value: Decimal) -> str:
        return self._exact_yuan(value) if row.metric.is_money else ""

    def _exact(self, row) -> str:
        return self._exact_yuan(row.amount)

    def _exact_yuan(self, amount: Decimal) -> str:
        return self.tr("Exactly {amount} yuan").format(amount=money(amount))

    def _open_move(self, row: int) -> None:
        section = self.sections["moves"]
        if 0 <= row < section.model.rowCount():
            self._on_move(section.model.row(row))

    def retranslate_ui(self) -> None:
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

    def set_card(self, card: Scorecard) -> None:
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
                self.grid.removeWidget(section)
        for position, key in enumerate(order):  # two columns of the sections shown, without gaps
            self.grid.addWidget(self.sections[key], position // 2, position % 2, Qt.AlignmentFlag.AlignTop)
        # After the placing: the first addWidget moves a section into the body, which hides it until a queued
        # show, so visibility set before it could be lost for an event-loop turn (or for good, in tests).
        for key, section in self.sections.items():
            if key != "staff":
                section.setVisible(key in shown)
