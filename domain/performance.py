"""Branch performance figures (DOMAIN §9): what a dashboard, a printed report and an export show.

Services compute every number in the database; these frozen views carry them, and the arithmetic DOMAIN §9 fixes
(percent of plan, growth, ratios: computed from exact values, rounded once, to one decimal) lives here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from domain.periods import Period

ZERO = Decimal("0.00")
_ONE_DECIMAL = Decimal("0.1")
TIERS = ("T0", "T1", "T2", "T3", "T4", "T5")
MID_HIGH_TIERS = ("T2", "T3", "T4", "T5")  # 中高端: 优质 and above, whose retention is watched
# Contact plan (DOMAIN §3 service column): the longest gap allowed between contacts, in days, per tier.
CONTACT_INTERVAL_DAYS = {"T1": 182, "T2": 91, "T3": 30, "T4": 30, "T5": 30}
# Families whose sales earn the bank a fee (代销 and intermediary business) rather than a deposit.
FEE_FAMILIES = ("wealth", "fund", "insurance", "bond", "gold")


def percent(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """part ÷ whole × 100 to one decimal (39,793 ÷ 16,000 → 248.7); None when there is no whole."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def growth(current: Decimal | int, base: Decimal | int) -> Decimal | None:
    """(current − base) ÷ base in percent, one decimal; negative when it fell; None without a base."""
    return percent(Decimal(current) - Decimal(base), base) if base else None


def ratio(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """part ÷ whole to two decimals (products per customer)."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class PlanMetric(StrEnum):
    """What a branch head sets a target for. Money metrics are in yuan, the others are counts."""

    DEPOSIT_GROWTH = "deposit_growth"  # deposits at the period's end minus at its start
    NEW_CUSTOMERS = "new_customers"
    WEALTH_SALES = "wealth_sales"
    FUND_SALES = "fund_sales"
    INSURANCE_SALES = "insurance_sales"
    GOLD_SALES = "gold_sales"
    AGREEMENTS = "agreements"
    REFERRALS_CONVERTED = "referrals_converted"

    @property
    def is_money(self) -> bool:
        return self in _MONEY_METRICS


_MONEY_METRICS = frozenset(
    {
        PlanMetric.DEPOSIT_GROWTH,
        PlanMetric.WEALTH_SALES,
        PlanMetric.FUND_SALES,
        PlanMetric.INSURANCE_SALES,
        PlanMetric.GOLD_SALES,
    }
)


class Figure(StrEnum):
    """A figure that opens to the customers behind it (drill-down)."""

    BOOK = "book"  # customers in the book at the period's end; with a tier: that tier only
    NEW_CUSTOMERS = "new_customers"
    MOVED_UP = "moved_up"
    MOVED_DOWN = "moved_down"
    MID_HIGH_LOST = "mid_high_lost"  # mid/high-tier at the start, no longer at the end
    CONTACT_DUE = "contact_due"  # due a contact under the plan and not contacted in time
    REFERRALS_CONVERTED = "referrals_converted"
    RECOMMENDATIONS_ACCEPTED = "recommendations_accepted"
    AGREEMENTS = "agreements"
    OVERDUE_TASKS = "overdue_tasks"


@dataclass(frozen=True)
class TierRow:
    tier: str
    customers: int
    aum: Decimal


@dataclass(frozen=True)
class TierMove:
    from_tier: str
    to_tier: str
    customers: int

    @property
    def up(self) -> bool:
        return self.to_tier > self.from_tier


@dataclass(frozen=True)
class TrendPoint:
    day: date
    customers: int
    aum: Decimal
    deposits: Decimal


@dataclass(frozen=True)
class BookFigures:
    """A book (one manager's customers, or the whole branch) over a period."""

    customers_start: int
    customers_end: int
    new_customers: int
    aum_start: Decimal
    aum_end: Decimal
    deposits_start: Decimal
    deposits_end: Decimal
    deposits_daily_average: Decimal  # Σ end-of-day deposits ÷ calendar days of the period so far
    deposits_year_start: Decimal  # 年初: the end of last year
    deposits_last_year: Decimal | None  # 同期: the same day a year before, when that day was recorded
    tiers: tuple[TierRow, ...]  # at the end, T0..T5, adding up to customers_end and aum_end
    moves: tuple[TierMove, ...]  # between the month ends inside the period
    holdings: int  # active holdings at the end
    families: int  # Σ over customers of the product families each holds
    mid_high_start: int
    mid_high_kept: int
    contact_due: int  # customers of T1+ due a contact under the plan
    contacted: int  # of them, contacted within their tier's interval
    trend: tuple[TrendPoint, ...]

    @property
    def moved_up(self) -> int:
        return sum(m.customers for m in self.moves if m.up)

    @property
    def moved_down(self) -> int:
        return sum(m.customers for m in self.moves if not m.up)

    @property
    def aum_growth(self) -> Decimal | None:
        return growth(self.aum_end, self.aum_start)

    @property
    def deposits_growth_ytd(self) -> Decimal | None:
        return growth(self.deposits_end, self.deposits_year_start)

    @property
    def deposits_growth_yoy(self) -> Decimal | None:
        return None if self.deposits_last_year is None else growth(self.deposits_end, self.deposits_last_year)

    @property
    def products_per_customer(self) -> Decimal | None:
        return ratio(self.holdings, self.customers_end)

    @property
    def families_per_customer(self) -> Decimal | None:
        return ratio(self.families, self.customers_end)

    @property
    def retention(self) -> Decimal | None:
        return percent(self.mid_high_kept, self.mid_high_start)

    @property
    def contact_coverage(self) -> Decimal | None:
        return percent(self.contacted, self.contact_due)


@dataclass(frozen=True)
class CountRow:
    """One line of a breakdown: a code (product, family, service, reason), how many, how much."""

    code: str
    label: str
    count: int
    amount: Decimal = ZERO


@dataclass(frozen=True)
class RecommendationRow:
    product_code: str
    product_name: str
    accepted: int
    declined: int
    later: int

    @property
    def answered(self) -> int:
        return self.accepted + self.declined + self.later

    @property
    def acceptance(self) -> Decimal | None:
        """accepted ÷ (accepted + declined), DOMAIN §6: a "later" is not a decision yet."""
        return percent(self.accepted, self.accepted + self.declined)


@dataclass(frozen=True)
class ActivityFigures:
    referrals_made: int  # as the referring teller
    referrals_made_converted: int
    referrals_received: int  # as the receiving manager
    referrals_contacted: int
    referrals_converted: int
    recommendations: tuple[RecommendationRow, ...]  # answers recorded by the person (or branch), by product
    decline_reasons: tuple[CountRow, ...]
    agreements: tuple[CountRow, ...]  # issued (not voided), by product family: count and amount
    receipts: tuple[CountRow, ...]  # counter services, by service: count and amount
    receipt_fees: Decimal
    open_tasks: int
    overdue_tasks: int

    @property
    def agreements_issued(self) -> int:
        return sum(r.count for r in self.agreements)

    @property
    def fee_business(self) -> Decimal:
        """Amount sold of fee-earning families (代销, bonds, gold)."""
        return sum((r.amount for r in self.agreements if r.code in FEE_FAMILIES), ZERO)

    @property
    def recommendations_answered(self) -> int:
        return sum(r.answered for r in self.recommendations)

    @property
    def recommendations_accepted(self) -> int:
        return sum(r.accepted for r in self.recommendations)

    @property
    def recommendations_declined(self) -> int:
        return sum(r.declined for r in self.recommendations)

    @property
    def recommendation_acceptance(self) -> Decimal | None:
        """accepted ÷ (accepted + declined) over every product (DOMAIN §6)."""
        return percent(
            self.recommendations_accepted, self.recommendations_accepted + self.recommendations_declined
        )

    @property
    def referral_conversion(self) -> Decimal | None:
        return percent(self.referrals_made_converted, self.referrals_made)

    @property
    def services(self) -> int:
        return sum(r.count for r in self.receipts)


@dataclass(frozen=True)
class PlanRow:
    """A plan running during the report's period; the actual runs from the plan's first day to the report's."""

    metric: PlanMetric
    first: date
    last: date
    target: Decimal  # yuan for money metrics, a count otherwise
    actual: Decimal

    @property
    def completion(self) -> Decimal | None:
        """% of plan; negative growth gives a negative completion (DOMAIN §9)."""
        return percent(self.actual, self.target)


@dataclass(frozen=True)
class ComplaintFigures:
    total: int
    by_category: tuple[CountRow, ...]
    by_channel: tuple[CountRow, ...]
    answered: int
    on_time: int
    satisfied: int  # satisfied or basically satisfied
    rated: int  # with a satisfaction recorded
    major: int

    @property
    def on_time_rate(self) -> Decimal | None:
        return percent(self.on_time, self.answered)

    @property
    def satisfaction_rate(self) -> Decimal | None:
        return percent(self.satisfied, self.rated)


@dataclass(frozen=True)
class StaffRow:
    """One person's share of the branch: the columns add up to the branch's figures (unassigned in its row)."""

    login: str  # "" for customers with no manager
    name: str
    role: str
    customers: int
    aum: Decimal
    deposits: Decimal
    referrals_made: int
    referrals_converted: int
    agreements: int
    recommendations_accepted: int
    overdue_tasks: int


@dataclass(frozen=True)
class Scorecard:
    """Everything one dashboard, report or export shows, for one scope and period."""

    bank_name: str
    branch_code: str
    branch_name: str
    period: Period
    as_of: date  # figures run to this day (the period's end, or today while it runs)
    scope_login: str  # "" = the whole branch
    scope_name: str
    scope_role: str
    generated_at: datetime
    book: BookFigures | None  # None for a teller, who has no book
    activity: ActivityFigures
    plans: tuple[PlanRow, ...]
    complaints: ComplaintFigures | None  # branch scope only
    staff: tuple[StaffRow, ...]  # branch scope only


@dataclass(frozen=True)
class DrillRow:
    customer_no: str
    name: str  # masked for those who may not see it
    tier: str
    manager: str
    aum: Decimal
    detail: str  # what ties the customer to the figure: the move (T2→T3), product, date, task
    amount: Decimal | None = (
        None  # the amount of the thing counted, where the figure sums one (an agreement's)
    )


@dataclass(frozen=True)
class DrillDown:
    figure: Figure
    tier: str  # "" for every tier
    total: int
    rows: tuple[DrillRow, ...]  # at most the first N, largest AUM first (largest amount, where rows have one)
    amount_total: Decimal | None = (
        None  # the sum of every row's amount (not only those listed): the card's figure
    )


@dataclass(frozen=True)
class PositionsRun:
    day: date
    groups: int  # manager × tier rows written for the day
    carried_days: int  # earlier days (re)written by the first run of a day
    month_end: date | None  # the month end recorded by this run, if any
    transitions: int


@dataclass(frozen=True)
class PlanView:
    id: int
    metric: PlanMetric
    staff_login: str  # "" = the whole branch
    staff_name: str
    first: date
    last: date
    target: Decimal
