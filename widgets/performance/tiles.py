"""The dashboard's tiles: one figure each, with its unit and a detail line; a tile with customers behind it opens
the drill-down (the view passes `on_drill`). Which tiles show follows the scorecard: a teller's counter work, a
manager's book and activity, and for the whole branch also fees, plans and complaints.

One way to read them all: money in 万元 (the exact yuan on hover); a rate is the big figure, and its detail line
starts with the two numbers it divides, "part / whole", named (接受 10 / 已决定 26), so they agree at a glance."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QWidget

from domain.performance import Figure, Scorecard, growth, percent
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
        for position, (key, figure, caption, value, unit, detail, alert, hover) in enumerate(specs):
            tile = KpiTile(key, figure, self)
            tile.set_content(caption, value, unit, detail, alert)
            tips = [hover] if hover else []
            if figure is not None:
                tile.sig_clicked.connect(lambda f=figure: self._on_drill(f))
                tips.append(self._click_hint(figure))
            tile.setToolTip("\n".join(tips))
            self.tiles[key] = tile
            self.grid.addWidget(tile, position // columns, position % columns)
        for column in range(TILE_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _tile_specs(self, card: Scorecard) -> list[tuple]:
        book, act = card.book, card.activity
        specs: list[tuple] = []

        def tile(key, figure, caption, value, unit="", detail="", alert=False, hover="") -> None:
            specs.append((key, figure, caption, value, unit, detail, alert, hover))

        branch = not card.scope_login
        if book is None:  # a teller: the counter
            served = sum((r.amount for r in act.receipts), Decimal(0))
            tile("services", None, self.tr("Counter services"), whole_number(act.services), self.tr("transactions"),
                 self.tr("Amount {amount} {unit}<br>Fees {fees} {unit}").format(amount=wan(served), fees=wan(act.receipt_fees), unit=self.tile_unit()),
                 hover=self.tr("Amount {amount} yuan; fees {fees} yuan").format(amount=money(served), fees=money(act.receipt_fees)))  # fmt: skip
            tile("referrals_made", Figure.REFERRALS_CONVERTED, self.tr("Referral conversion"), pct(act.referral_conversion), "",
                 self.tr("Converted {part} / {whole} made").format(part=whole_number(act.referrals_made_converted), whole=whole_number(act.referrals_made)))  # fmt: skip
        else:
            tile("customers", Figure.BOOK, self.tr("Customer count"), whole_number(book.customers_end), "",
                 self.tr("vs start {change}").format(change=change(book.customers_end - book.customers_start,
                                                              signed(book.customers_end - book.customers_start))))  # fmt: skip
            tile("new_customers", Figure.NEW_CUSTOMERS, self.tr("New customers"), whole_number(book.new_customers), "",
                 self.tr("opened in the period"))  # fmt: skip
            tile("aum", None, self.tr("AUM"), wan(book.aum_end), self.tile_unit(),
                 self.tr("vs start {change}").format(change=change(book.aum_growth)), hover=self._exact(book.aum_end))  # fmt: skip
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
            deposits.append(self.tr("Daily average {amount} {unit}").format(amount=wan(book.deposits_daily_average),
                                                                           unit=self.tile_unit()))  # fmt: skip
            tile("deposits", None, self.tr("Deposit balance"), wan(book.deposits_end), self.tile_unit(), "<br>".join(deposits),
                 hover=self._exact(book.deposits_end))  # fmt: skip
            if branch:
                self._branch_tiles(card, tile)
            tile("moved_up", Figure.MOVED_UP, self.tr("Moved up a tier"), whole_number(book.moved_up), "",
                 self.tr("Month end to month end"))  # fmt: skip
            tile("moved_down", Figure.MOVED_DOWN, self.tr("Moved down a tier"), whole_number(book.moved_down), "",
                 self.tr("Month end to month end"), alert=book.moved_down > 0)  # fmt: skip
            lost = book.mid_high_start - book.mid_high_kept
            tile("retention", Figure.MID_HIGH_LOST, self.tr("Mid/high-tier retention"), pct(book.retention), "",
                 self.tr("Kept {part} / {whole} at the start · lost {lost}").format(part=whole_number(book.mid_high_kept),
                    whole=whole_number(book.mid_high_start), lost=whole_number(lost)))  # fmt: skip
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
                 self.tr("Contacted {part} / {whole} due · not yet {missing}").format(part=whole_number(book.contacted),
                    whole=whole_number(book.contact_due), missing=whole_number(missing)))  # fmt: skip
            tile("referrals", Figure.REFERRALS_CONVERTED, self.tr("Referral conversion"),
                 pct(percent(act.referrals_converted, act.referrals_received)), "",
                 self.tr("Converted {part} / {whole} received · contacted {contacted}").format(part=whole_number(act.referrals_converted),
                    whole=whole_number(act.referrals_received), contacted=whole_number(act.referrals_contacted)))  # fmt: skip
        decided = act.recommendations_accepted + act.recommendations_declined
        tile("recommendations", Figure.RECOMMENDATIONS_ACCEPTED, self.tr("Recommendation acceptance"),
             pct(act.recommendation_acceptance), "",
             self.tr("Accepted {part} / {whole} decided · later {later}").format(part=whole_number(act.recommendations_accepted),
                whole=whole_number(decided), later=whole_number(act.recommendations_answered - decided)))  # fmt: skip
        signed_amount = sum((r.amount for r in act.agreements), Decimal(0))
        tile("agreements", Figure.AGREEMENTS, self.tr("Agreements issued"), whole_number(act.agreements_issued), "",
             self.tr("Amount {amount} {unit}").format(amount=wan(signed_amount), unit=self.tile_unit()),
             hover=self._exact(signed_amount))  # fmt: skip
        tile("overdue", Figure.OVERDUE_TASKS, self.tr("Overdue tasks"), whole_number(act.overdue_tasks), "",
             self.tr("Open tasks {n}").format(n=whole_number(act.open_tasks)), alert=act.overdue_tasks > 0)  # fmt: skip
        return specs

    def _branch_tiles(self, card: Scorecard, tile) -> None:
        act = card.activity
        tile("fees", None, self.tr("Fee-earning sales"), wan(act.fee_business), self.tile_unit(),
             self.tr("Wealth, funds, insurance, bonds, gold"), hover=self._exact(act.fee_business))  # fmt: skip
        reached = sum(1 for p in card.plans if p.completion is not None and p.completion >= 100)
        lowest = min(
            card.plans, key=lambda p: p.completion if p.completion is not None else Decimal(0), default=None
        )
        tile("plans", None, self.tr("Plans reached"), f"{whole_number(reached)} / {whole_number(len(card.plans))}", "",
             "" if lowest is None else self.tr("Lowest: {plan} {rate}").format(plan=label("plan", lowest.metric.value),
                                                                          rate=pct(lowest.completion)))  # fmt: skip
        c = card.complaints
        if c is not None:
            tile("complaints", None, self.tr("Complaints"), whole_number(c.total), "",
                 self.tr("On time {on_time}<br>Satisfied {satisfied} · major {major}").format(
                     on_time=pct(c.on_time_rate), satisfied=pct(c.satisfaction_rate), major=whole_number(c.major)),
                 alert=c.major > 0)  # fmt: skip

    def _exact(self, amount: Decimal) -> str:
        return self.tr("Exactly {amount} yuan").format(amount=money(amount))

    def _click_hint(self, figure: Figure) -> str:
        """What a click lists: exactly what the tile counts."""
        return {
            Figure.CONTACT_DUE: self.tr("Click to list the customers not yet contacted"),
            Figure.REFERRALS_CONVERTED: self.tr("Click to list the converted referrals"),
            Figure.RECOMMENDATIONS_ACCEPTED: self.tr("Click to list the accepted recommendations"),
            Figure.AGREEMENTS: self.tr("Click to list the agreements with their amounts"),
            Figure.MID_HIGH_LOST: self.tr("Click to list the mid/high-tier customers lost"),
            Figure.OVERDUE_TASKS: self.tr("Click to list the overdue tasks"),
        }.get(figure, self.tr("Click to list the customers"))

    def tile_unit(self) -> str:
        # The unit beside a tile's figure: short, so "13,569.20" and its unit fit a tile at 1366 px in English too.
        return self.tr("¥10k")


def _ratio(value: Decimal | None) -> str:
    return NONE if value is None else f"{value}"
