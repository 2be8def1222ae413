"""The referrals report (DOMAIN §7.1 and §9: referrals and conversions), a tab of the inbox.

Over a chosen period (default: this month), per referring staff member: referred, contacted, converted, not
interested, still open, overdue and the conversion rate; per receiving manager: received, contacted, contacted in
time, converted, open, overdue. A bold totals line closes each table. Supervisors see everyone; a teller or a
manager sees their own lines. The counting is done by the database (services/referrals.report); the screen
asks on the job runner, never on the UI thread, and a newer period drops the answer for an older one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
)

from domain.permissions import BOOK_HOLDERS, BRANCH_WIDE
from domain.referrals import month_of
from domain.staff import StaffUser
from widgets.jobs_port import JobsPort
from widgets.screen import Screen
from widgets.table_model import Column, RowsModel


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate:.0%}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _table(name: str, model: RowsModel) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionMode(QTableView.SelectionMode.NoSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(64)  # short Chinese headers still leave room for four-digit counts
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class ReferralsReport(Screen):
    def __init__(
        self,
        user: StaffUser,
        load_report: Callable[[date, date], object],
        runner: JobsPort,
        today: Callable[[], date] = date.today,
        parent=None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("referrals_report")
        self.layout_.setContentsMargins(0, 8, 0, 0)
        self.user, self._load_report, self._today = user, load_report, today
        self.report = None
        first, last = month_of(today())
        self.first = QDateEdit(
            _qdate(first), objectName="report_from", calendarPopup=True, displayFormat="yyyy-MM-dd"
        )
        self.last = QDateEdit(
            _qdate(last), objectName="report_to", calendarPopup=True, displayFormat="yyyy-MM-dd"
        )
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self.load())
        self.from_label, self.to_label = QLabel(), QLabel()
        self.month_button = QPushButton(objectName="this_month")
        self.month_button.clicked.connect(lambda: self.set_period(*month_of(self._today())))
        self.refresh_button = QPushButton(objectName="report_refresh")
        self.refresh_button.clicked.connect(lambda: self.load())
        top = QHBoxLayout()
        top.addWidget(self.from_label)
        top.addWidget(self.first)
        top.addWidget(self.to_label)
        top.addWidget(self.last)
        top.addWidget(self.month_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.scope_label = QLabel(objectName="scope", wordWrap=True)
        self.scope_label.setStyleSheet("color: #5a6270;")

        def total(line) -> bool:
            return not line.login

        def who(line) -> str:
            return f"{line.name} ({line.login})" if line.login else self.tr("Total")

        def number(name: str) -> Callable:
            return lambda line: str(getattr(line, name))

        self.referrers = RowsModel(
            [
                Column(lambda: self.tr("Referred by"), who),
                Column(lambda: self.tr("Referrals made"), number("referred"), align_right=True),
                Column(lambda: self.tr("Contacted"), number("contacted"), align_right=True),
                Column(lambda: self.tr("Converted"), number("converted"), align_right=True),
                Column(lambda: self.tr("Not interested"), number("not_interested"), align_right=True),
                Column(lambda: self.tr("Still open"), number("open"), align_right=True),
                Column(lambda: self.tr("Overdue"), number("overdue"), align_right=True),
                Column(
                    lambda: self.tr("Conversion rate"),
                    lambda line: percent(line.conversion_rate),
                    align_right=True,
                ),
            ],
            self,
            bold=total,
        )
        self.managers = RowsModel(
            [
                Column(lambda: self.tr("Received by"), who),
                Column(lambda: self.tr("Referrals received"), number("received"), align_right=True),
                Column(lambda: self.tr("Contacted"), number("contacted"), align_right=True),
                Column(lambda: self.tr("Contacted in time"), number("contacted_in_time"), align_right=True),
                Column(lambda: self.tr("Converted"), number("converted"), align_right=True),
                Column(lambda: self.tr("Still open"), number("open"), align_right=True),
                Column(lambda: self.tr("Overdue"), number("overdue"), align_right=True),
            ],
            self,
            bold=total,
        )
        self.referrer_title = QLabel(objectName="referrer_title")
        self.manager_title = QLabel(objectName="manager_title")
        for title in (self.referrer_title, self.manager_title):
            title.setStyleSheet("font-weight: 600; margin-top: 6px;")
        self.referrer_table = _table("by_referrer", self.referrers)
        self.manager_table = _table("by_manager", self.managers)
        receives = (
            user.role in BOOK_HOLDERS | BRANCH_WIDE
        )  # tellers and the lobby are never referred a customer
        self.manager_title.setVisible(receives)
        self.manager_table.setVisible(receives)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.scope_label)
        self.layout_.addWidget(self.referrer_title)
        self.layout_.addWidget(self.referrer_table, 1)
        self.layout_.addWidget(self.manager_title)
        self.layout_.addWidget(self.manager_table, 1)
        self.retranslate_ui()

    def period(self) -> tuple[date, date]:
        return _day(self.first.date()), _day(self.last.date())

    def set_period(self, first: date, last: date) -> None:
        """Both dates at once: one request, not one per field."""
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.load()

    def load(self) -> None:
        first, last = self.period()
        self.runner.submit(
            self._load_report, first, last, on_done=self._show, on_error=self._failed, key="referral_report"
        )

    def _failed(self, error: BaseException) -> None:
        self.report = None
        self.referrers.set_rows([])
        self.managers.set_rows([])
        self.show_error(error)

    def _show(self, report) -> None:
        self.report = report
        self.banner.clear_message()
        self.referrers.set_rows([*report.referrers, report.referrer_total])
        self.managers.set_rows([*report.managers, report.manager_total])
        if not report.referrers and not report.managers:
            self.banner.show_message(self.tr("No referrals were made in this period."), "info")

    def retranslate_ui(self) -> None:
        self.from_label.setText(self.tr("Period from"))
        self.to_label.setText(self.tr("until"))
        self.month_button.setText(self.tr("This month"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.referrer_title.setText(self.tr("By referring staff member"))
        self.manager_title.setText(self.tr("By receiving manager"))
        if self.user.role in BRANCH_WIDE:
            scope = self.tr(
                "Referrals made in the period, by the day referred, of everyone; overdue as of today."
            )
        else:
            scope = self.tr(
                "Your own referrals made in the period, by the day referred; overdue as of today."
            )
        self.scope_label.setText(scope)
        self.referrers.retranslate()
        self.managers.retranslate()
