"""Holdings: every account and product, upcoming maturities on top, balances, rates, maturity dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from domain.profile import CustomerProfile, holdings_in_order, maturing_soon
from widgets.labels import day, label, money, rate
from widgets.profile.base import TableSection
from widgets.table_model import Column, RowsModel

SOON_BACKGROUND = QColor("#fff4e5")


class _HoldingsModel(RowsModel):
    """Rows maturing within 30 days are tinted."""

    today = None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and self.today is not None:
            return SOON_BACKGROUND if maturing_soon(self.row(index.row()), self.today) else None
        return super().data(index, role)


class HoldingsSection(TableSection):
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

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Holdings"))
        p: CustomerProfile | None = self.profile
        self.model.today = p.today if p else None
        rows = holdings_in_order(p.holdings, p.today) if p else ()
        soon = sum(1 for h in rows if p and maturing_soon(h, p.today))
        if soon:
            self.setTitle(self.tr("Holdings: %n maturing within 30 days", "", soon))
        self.set_rows(rows, self.tr("No holdings"))
