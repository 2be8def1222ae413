"""The first screen after signing in: the figures of today for this person's scope, and what matures soon."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from domain.codes import Role
from domain.overview import HomeSummary
from domain.staff import StaffUser
from widgets.labels import day, money, whole_number
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel


class FigureCard(QFrame):
    def __init__(self, key: str) -> None:
        super().__init__()
        self.setObjectName(f"figure_{key}")
        self.setStyleSheet("QFrame { background: white; border: 1px solid #dde2ea; border-radius: 6px; }")
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #5a6270; border: none;")
        self.value = QLabel("—", objectName="value")
        self.value.setStyleSheet("font-size: 22px; font-weight: bold; color: #1d2330; border: none;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class HomeScreen(Screen):
    def __init__(self, user: StaffUser, load_summary: Callable[[], HomeSummary], runner, parent=None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("home_screen")
        self._user, self._load_summary = user, load_summary
        self.summary: HomeSummary | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.scope = QLabel()
        keys = ["customers", "aum", "maturing", "assessment_expired"]
        if user.role is not Role.MANAGER:
            keys.append("unassigned")
        if user.role is Role.ADMIN:
            keys = ["customers", "staff_accounts", "staff_locked"]
        self.cards = {key: FigureCard(key) for key in keys}
        grid = QGridLayout()
        for position, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, position)
        self.upcoming_title = QLabel()
        self.upcoming_title.setStyleSheet("font-size: 15px; font-weight: bold; margin-top: 12px;")
        self.upcoming = RowsModel(
            [
                Column(lambda: self.tr("Maturity date"), lambda r: day(r.maturity_on)),
                Column(lambda: self.tr("Customer no."), lambda r: r.customer_no),
                Column(lambda: self.tr("Name"), lambda r: r.customer_name),
                Column(lambda: self.tr("Product"), lambda r: r.product_name),
                Column(lambda: self.tr("Balance (yuan)"), lambda r: money(r.balance), align_right=True),
            ],
            self,
        )
        self.upcoming_view = QTableView(objectName="upcoming")
        self.upcoming_view.setModel(self.upcoming)
        self.upcoming_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.upcoming_view.verticalHeader().hide()
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.scope)
        self.layout_.addLayout(grid)
        show_upcoming = user.role is not Role.ADMIN
        self.upcoming_title.setVisible(show_upcoming)
        self.upcoming_view.setVisible(show_upcoming)
        self.layout_.addWidget(self.upcoming_title)
        self.layout_.addWidget(self.upcoming_view, 1)
        if not show_upcoming:
            self.layout_.addStretch(1)
        self.retranslate_ui()

    def load(self) -> None:
        self.runner.submit(self._load_summary, on_done=self._show, on_error=self.show_error, key="home")

    def _show(self, summary: HomeSummary) -> None:
        self.summary = summary
        self.banner.clear_message()
        values = {
            "customers": whole_number(summary.customers),
            "aum": money(summary.aum),
            "maturing": self.tr("{count} · {amount} yuan").format(
                count=whole_number(summary.maturing_count), amount=money(summary.maturing_amount)
            ),
            "assessment_expired": whole_number(summary.assessment_expired),
            "unassigned": whole_number(summary.unassigned),
            "staff_accounts": whole_number(summary.staff_accounts),
            "staff_locked": whole_number(summary.staff_locked),
        }
        for key, card in self.cards.items():
            card.value.setText(values[key])
        self.upcoming.set_rows(summary.upcoming)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Good day, {name}").format(name=self._user.name))
        if self.summary is not None:
            scope = self.tr("Your customers") if self.summary.scope == "book" else self.tr("Whole branch")
            self.scope.setText(
                self.tr("{scope} · figures as of {date}").format(scope=scope, date=day(self.summary.as_of))
            )
        captions = {
            "customers": self.tr("Customers"),
            "aum": self.tr("Assets under management (yuan)"),
            "maturing": self.tr("Maturing in 30 days"),
            "assessment_expired": self.tr("Risk assessments expired"),
            "unassigned": self.tr("Customers without a manager"),
            "staff_accounts": self.tr("Staff accounts"),
            "staff_locked": self.tr("Locked accounts"),
        }
        for key, card in self.cards.items():
            card.caption.setText(captions[key])
        self.upcoming_title.setText(self.tr("Upcoming maturities"))
        self.upcoming.retranslate()
