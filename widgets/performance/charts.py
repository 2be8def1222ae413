"""The dashboard's charts: with a book, deposits and AUM day by day and customers by tier (a tier bar opens its
customers); without one (a teller), counter services by kind and recommendations accepted by product."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from domain.performance import Scorecard
from widgets.charts import Bar, BarChart, Series, TierBars, TrendChart
from widgets.labels import label, money, whole_number
from widgets.performance_parts import wan


class PerformanceCharts(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="charts")
        self.deposit_trend = TrendChart(object_name="deposit_trend")
        self.aum_trend = TrendChart(object_name="aum_trend")
        self.tier_bars = TierBars()
        self.service_bars = BarChart(clickable=False, object_name="service_bars")
        self.product_bars = BarChart(clickable=False, object_name="product_bars")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for chart in (
            self.deposit_trend,
            self.aum_trend,
            self.tier_bars,
            self.service_bars,
            self.product_bars,
        ):
            chart.setStyleSheet("background: white;")
            chart.setAutoFillBackground(True)
            row.addWidget(chart, 1)
        self.setFixedHeight(210)

    def set_card(self, card: Scorecard) -> None:
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
                    (r.tier, label('tier', r.tier), r.customers,
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
