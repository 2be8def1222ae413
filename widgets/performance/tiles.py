"""The dashboard's tiles: one figure each, with its unit and a detail line; a tile with customers behind it opens
the drill-down (the view passes `on_drill`). Which tiles show follows the scorecard: a teller's counter work, a
manager's book and activity, and for the whole branch also fees, plans and complaints."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QWidget

from domain.performance import Figure, Scorecard, growth
from widgets.labels import label, money, whole_number
from widgets.performance_parts import NONE, TILE_COLUMNS, KpiTile, change, pct, signed, wan


class PerformanceTiles(QWidget):
    def __init__(self, on_drill: Callable[[Figure], None], parent=None) -> None:
        super().__init__(parent, objectName="tiles")
        self._on_drill = on_drill
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.tiles: dict[str, KpiTile] = {}

    def set_card(self, card: Scorecard) -> None:
        self._place(self._tile_specs(card))

    def _place(self, specs: list[tuple]) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        count = len(specs)
        columns = (
            min(count, TILE_COLUMNS)
            if count <= TILE_COLUMNS
            else math.ceil(count / math.ceil(count / TILE_COLUMNS))
        )
        for position, (key, figure, caption, value, unit, detail, alert) in enumerate(specs):
            tile = KpiTile(key, figure, self)
            tile.set_content(caption, value, unit, detail, alert)
            if figure is not None:
                tile.sig_clicked.connect(lambda f=figure: self._on_drill(f))
                tile.setToolTip(self.tr("Click to list the customers"))
            self.tiles[key] = tile
            self.grid.addWidget(tile, position // columns, position % columns)
        for column in range(TILE_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

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

    def tile_unit(self) -> str:
        # The unit beside a tile's figure: short, so "13,569.20" and its unit fit a tile at 1366 px in English too.
        return self.tr("¥10k")


def _ratio(value: Decimal | None) -> str:
    return NONE if value is None else f"{value}"
