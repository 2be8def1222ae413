"""Tier and star rules (DOMAIN §3), as pure functions the month-end tier job applies.

[CFG] defaults, kept in `TierRule`:
- measure: the customer's AUM at the month end (deposits, wealth, funds, insurance, bonds, gold, FX at face value;
  loans excluded). Average daily balances per customer are not stored, so the point AUM is the only measure.
- upgrade at a month end as soon as the measure reaches the next floor (several tiers at once if it reaches them);
- downgrade only at a quarter end, and only when the measure was below the tier's floor at that quarter end and
  at the quarter end before it (two consecutive quarters), then to the tier the measure gives;
- a manual override (with a reason and an expiry) holds the tier until it expires; the computed tier stays
  visible beside it.
- stars follow the tier (T1 3 … T5 7); a T0 customer has 2 stars from 1万 of AUM, else 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

from domain.errors import InvalidValue
from domain.profile import RETENTION_BAND, TIER_FLOORS, UPGRADE_BAND

TIERS = tuple(code for code, _ in TIER_FLOORS)
MEASURES = ("month_end_aum",)


@dataclass(frozen=True)
class TierRule:
    floors: tuple[tuple[str, Decimal], ...] = TIER_FLOORS
    measure: str = "month_end_aum"
    downgrade_quarters: int = 2
    t0_second_star_from: Decimal = Decimal("10000")
    upgrade_band: Decimal = UPGRADE_BAND  # 临界区间: from 80% of the next floor
    retention_band: Decimal = RETENTION_BAND  # retention watch: below 110% of the current floor
    stars: dict[str, int] = field(
        default_factory=lambda: {"T0": 1, "T1": 3, "T2": 4, "T3": 5, "T4": 6, "T5": 7}
    )

    def tier_for(self, measure: Decimal) -> str:
        tier = self.floors[0][0]
        for code, floor in self.floors:
            if measure >= floor:
                tier = code
        return tier

    def floor_of(self, tier: str) -> Decimal:
        return dict(self.floors)[tier]

    def star_for(self, tier: str, measure: Decimal) -> int:
        stars = self.stars[tier]
        if tier == self.floors[0][0] and measure >= self.t0_second_star_from:
            stars += 1
        return stars


DEFAULT_RULE = TierRule()


def parse_tier(text: str) -> str:
    tier = text.strip().upper()
    if tier not in TIERS:
        raise InvalidValue("unknown_tier", value=text)  # worded in widgets/messages/performance.py
    return tier


def is_month_end(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


def is_quarter_end(day: date) -> bool:
    return is_month_end(day) and day.month in (3, 6, 9, 12)


def month_end_on_or_before(day: date) -> date:
    return day if is_month_end(day) else day.replace(day=1) - timedelta(days=1)


def quarter_ends_before(day: date, count: int) -> tuple[date, ...]:
    """The `count` quarter ends before the quarter end `day`, latest first."""
    ends = []
    current = day
    for _ in range(count):
        first_of_quarter = current.replace(day=1)
        for _ in range(2):
            first_of_quarter = (first_of_quarter - timedelta(days=1)).replace(day=1)
        current = first_of_quarter - timedelta(days=1)
        ends.append(current)
    return tuple(ends)


@dataclass(frozen=True)
class TierDecision:
    tier: str  # the tier after this month end
    star: int
    reason: str  # "" (no change) | upgrade | downgrade | override_expired


def decide(
    current: str,
    measure: Decimal,
    as_of: date,
    earlier_measures: tuple[Decimal | None, ...],
    rule: TierRule = DEFAULT_RULE,
) -> TierDecision:
    """The tier at month end `as_of`, from the tier on file and the measure; `earlier_measures` are the measures at
    the quarter ends before `as_of` (latest first, None where none was recorded): a downgrade needs them all below
    the tier's floor. An override in force is the caller's business: it does not call this."""
    computed = rule.tier_for(measure)
    if TIERS.index(computed) > TIERS.index(current):
        return TierDecision(computed, rule.star_for(computed, measure), "upgrade")
    if TIERS.index(computed) < TIERS.index(current) and is_quarter_end(as_of):
        floor = rule.floor_of(current)
        needed = earlier_measures[: rule.downgrade_quarters - 1]
        if len(needed) == rule.downgrade_quarters - 1 and all(m is not None and m < floor for m in needed):
            return TierDecision(computed, rule.star_for(computed, measure), "downgrade")
    return TierDecision(current, rule.star_for(current, measure), "")


@dataclass(frozen=True)
class NearThreshold:
    """A customer in the 临界区间: close to the next tier (upgrade list) or close to losing theirs (retention)."""

    customer_no: str
    name: str
    manager_login: str
    tier: str
    aum: Decimal
    kind: str  # upgrade | retention
    next_tier: str | None
    gap: (
        Decimal  # upgrade: AUM missing to the next floor; retention: AUM above the current floor (may be < 0)
    )


def near_threshold_kind(
    tier: str, aum: Decimal, rule: TierRule = DEFAULT_RULE
) -> tuple[str, str | None] | None:
    """('upgrade', next tier) at 80–100% of the next floor; ('retention', None) below 110% of the tier's floor."""
    index = TIERS.index(tier)
    if index + 1 < len(TIERS):
        next_tier = TIERS[index + 1]
        next_floor = rule.floor_of(next_tier)
        if rule.upgrade_band * next_floor <= aum < next_floor:
            return "upgrade", next_tier
    if index > 0 and aum < rule.floor_of(tier) * rule.retention_band:
        return "retention", None
    return None


@dataclass(frozen=True)
class Concentration:
    """80/20: how much of the AUM the top 20% of customers hold (DOMAIN §3)."""

    scope: str  # a manager's login, or "" for the branch
    customers: int
    top_customers: int  # the top 20%, rounded up
    aum: Decimal
    top_aum: Decimal

    @property
    def top_share(self) -> Decimal | None:
        return None if not self.aum else (self.top_aum / self.aum).quantize(Decimal("0.001"))


def concentration(
    scope: str, balances: list[Decimal], top_fraction: Decimal = Decimal("0.2")
) -> Concentration:
    ordered = sorted(balances, reverse=True)
    top = int((Decimal(len(ordered)) * top_fraction).to_integral_value(rounding=ROUND_CEILING))
    return Concentration(
        scope, len(ordered), top, sum(ordered, Decimal("0.00")), sum(ordered[:top], Decimal("0.00"))
    )
