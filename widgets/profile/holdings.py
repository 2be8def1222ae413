"""Holdings: every account and product, upcoming maturities on top, balances, rates, maturity dates. A holding's
counter receipt is asked for from its context menu, a double-click or Enter on the row (`sig_receipt_requested`
with the account as the profile shows it), or F4 with the row selected."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu

from domain.profile import CustomerProfile, holdings_in_order, maturing_soon
from widgets.labels import day, label, money, rate
from widgets.profile.base import TableSection
from widgets.shortcuts import keys
from widgets.table_model import Column, RowsModel

SOON_BACKGROUND = QColor("#fff4e5")


class _HoldingsModel(RowsModel):
    """Rows maturing within 30 days are tinted."""

    today: date | None = None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and self.today is not None:
            return SOON_BACKGROUND if maturing_soon(self.row(index.row()), self.today) else None
        return super().data(index, role)


class HoldingsSection(TableSection):
    sig_receipt_requested = Signal(str)  # the holding's account, as shown

    def __init__(self, parent=None) -> None:
        columns = [
            Column(lambda: self.tr("Maturity"), lambda h: day(h.maturity_on)),
            Column(lambda: self.tr("Product"), lambda h: h.product_name),
            Column(lambda: self.tr("Type"), lambda h: label("family", h.family)),
            Column(lambda: self.tr("Account"), lambda h: h.account_no),
            Column(lambda: self.tr("Balance (yuan)"), lambda h: money(h.balance), align_right=True),
            Column(lambda: self.tr("Rate"), lambda h: rate(h.rate), align_right=True),
            Column(lambda: self.tr("Status"), lambda h: label("holding_status", h.status)),
        ]
        super().__init__(
            "holdings", columns, stretch=1, parent=parent, rows_shown=6, model_class=_HoldingsModel
        )
        self.may_receipt = False  # the profile turns it on for roles that issue receipts
        self.menu: QMenu | None = None  # the context menu open now (tests read it)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda index: self._request(index.row()))  # double-click or Enter

    def selected_account(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).account_no if index.isValid() and self.table.isVisible() else None

    def _request(self, row: int) -> None:
        if self.may_receipt and 0 <= row < self.model.rowCount():
            self.sig_receipt_requested.emit(self.model.row(row).account_no)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid() or not self.may_receipt:
            return
        self.table.setCurrentIndex(index)
        self.menu = QMenu(self.table)
        self.menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = QAction(self.tr("Counter receipt for this account..."), self.menu)
        action.setShortcut(keys("receipt"))  # shown beside the entry; F4 itself is the window's
        row = index.row()
        action.triggered.connect(lambda _checked=False: self._request(row))
        self.menu.addAction(action)
        self.menu.popup(self.table.viewport().mapToGlobal(position))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Holdings"))
        p: CustomerProfile | None = self.profile
        cast(_HoldingsModel, self.model).today = p.today if p else None
        rows = holdings_in_order(p.holdings, p.today) if p else ()
        soon = sum(1 for h in rows if p and maturing_soon(h, p.today))
        if soon:
            self.setTitle(self.tr("Holdings: %n maturing within 30 days", "", soon))
        hidden = p is not None and not p.holdings_visible
        self.set_rows(
            rows, self.tr("Holdings are not shown to your role") if hidden else self.tr("No holdings")
        )
