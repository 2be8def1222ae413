"""The first screen after signing in: the figures of today for this person's scope, and what matures soon.

Money on the cards is in 万元, the unit of the performance screen too, with the exact yuan on hover; a card that
counts things and sums their amounts shows the count and, below it, the amount."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from domain.codes import Role
from domain.overview import HomeSummary
from domain.permissions import BOOK_HOLDERS, HOLDINGS_VISIBLE
from domain.staff import StaffUser
from widgets.jobs_port import JobsPort
from widgets.labels import day, money, whole_number
from widgets.pdf_preview import open_pdf_dialog
from widgets.performance_parts import wan
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
        self.detail = QLabel(objectName="detail")
        self.detail.setStyleSheet("color: #4b5563; border: none;")
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)


class HomeScreen(Screen):
    """`closing_sheet` (supervisors and administrators): makes today's closing sheet (日终) and returns its PDF,
    shown in the preview to print and sign."""

    def __init__(
        self,
        user: StaffUser,
        load_summary: Callable[[], HomeSummary],
        runner: JobsPort,
        parent=None,
        *,
        closing_sheet: Callable[[], bytes] | None = None,
        print_setup: tuple[Callable, Callable] | None = None,
        preview=open_pdf_dialog,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("home_screen")
        self._user, self._load_summary = user, load_summary
        self._closing_sheet, self._print_setup, self._preview = closing_sheet, print_setup, preview
        self.preview_dialog = None
        self.summary: HomeSummary | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.closing_button = QPushButton(objectName="closing_sheet")
        self.closing_button.setVisible(closing_sheet is not None)
        self.closing_button.clicked.connect(self.print_closing_sheet)
        self.scope = QLabel()
        keys = ["customers", "aum", "maturing", "assessment_expired"]
        if user.role not in BOOK_HOLDERS:
            keys.append("unassigned")
        if user.role not in HOLDINGS_VISIBLE:  # the lobby manager, the complaint officer: no balances
            keys = ["customers", "assessment_expired", "unassigned"]
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
                Column(
                    lambda: self.tr("Balance (10k yuan)"),
                    lambda r: wan(r.balance),
                    align_right=True,
                    tooltip=lambda r: self.tr("Exactly {amount} yuan").format(amount=money(r.balance)),
                ),
            ],
            self,
        )
        self.upcoming_view = QTableView(objectName="upcoming")
        self.upcoming_view.setModel(self.upcoming)
        self.upcoming_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.upcoming_view.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.closing_button)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.scope)
        self.layout_.addLayout(grid)
        show_upcoming = user.role in HOLDINGS_VISIBLE
        self.upcoming_title.setVisible(show_upcoming)
        self.upcoming_view.setVisible(show_upcoming)
        self.layout_.addWidget(self.upcoming_title)
        self.layout_.addWidget(self.upcoming_view, 1)
        if not show_upcoming:
            self.layout_.addStretch(1)
        self.retranslate_ui()

    def load(self) -> None:
        self.runner.submit(self._load_summary, on_done=self._show, on_error=self.show_error, key="home")

    def print_closing_sheet(self) -> None:
        if self._closing_sheet is None:
            return
        self.closing_button.setEnabled(False)
        self.runner.submit(
            self._closing_sheet,
            on_done=self._show_closing_sheet,
            on_error=self._closing_sheet_failed,
            key="closing_sheet",
            write=True,
        )

    def _show_closing_sheet(self, data: bytes) -> None:
        self.closing_button.setEnabled(True)
        title = self.tr("Daily closing sheet {date}").format(date=day(date.today()))
        setup, save = self._print_setup or (None, None)
        self.preview_dialog = self._preview(self, data, title, print_setup=setup, save_print_setup=save)

    def _closing_sheet_failed(self, error: BaseException) -> None:
        self.closing_button.setEnabled(True)
        self.show_error(error)

    def _show(self, summary: HomeSummary) -> None:
        self.summary = summary
        self.banner.clear_message()
        values = {
            "customers": whole_number(summary.customers),
            "aum": wan(summary.aum),
            "maturing": whole_number(summary.maturing_count),
            "assessment_expired": whole_number(summary.assessment_expired),
            "unassigned": whole_number(summary.unassigned),
            "staff_accounts": whole_number(summary.staff_accounts),
            "staff_locked": whole_number(summary.staff_locked),
        }
        for key, card in self.cards.items():
            card.value.setText(values[key])
        self.upcoming.set_rows(summary.upcoming)
        self.retranslate_ui()

    def _word_amounts(self, summary: HomeSummary) -> None:
        exact = self.tr("Exactly {amount} yuan")
        if "aum" in self.cards:
            self.cards["aum"].setToolTip(exact.format(amount=money(summary.aum)))
        if "maturing" in self.cards:
            card = self.cards["maturing"]
            card.detail.setText(self.tr("{amount} (10k yuan)").format(amount=wan(summary.maturing_amount)))
            card.detail.show()
            card.setToolTip(exact.format(amount=money(summary.maturing_amount)))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Good day, {name}").format(name=self._user.name))
        self.closing_button.setText(self.tr("Daily closing sheet..."))
        self.closing_button.setToolTip(
            self.tr("Today's audit entries by kind and the last audit chain hash, to print and sign")
        )
        if self.summary is not None:
            self._word_amounts(self.summary)
            scope = self.tr("Your customers") if self.summary.scope == "book" else self.tr("Whole branch")
            self.scope.setText(
                self.tr("{scope} · figures as of {date}").format(scope=scope, date=day(self.summary.as_of))
            )
        captions = {
            "customers": self.tr("Customers"),
            "aum": self.tr("Assets under management (10k yuan)"),
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
