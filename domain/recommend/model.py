"""What a recommendation reads and returns: the customer's facts, the branch's peer figures, the ranked lists."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from domain.catalog import ProductSpec
from domain.suitability import SuitabilityCustomer


@dataclass(frozen=True)
class HoldingFact:
    """One holding as the needs read it (closed ones are left out by the caller)."""

    product: str  # the product code
    family: str
    balance: Decimal
    opened_on: date
    maturity_on: date | None = None
    liquidity: str | None = None  # the product's liquidity (high: demand-like)


@dataclass(frozen=True)
class AnswerFact:
    """The customer's recent answer to an offer (recommendation outcome): accepted, declined or later, and when."""

    product: str
    outcome: str
    on: date


@dataclass(frozen=True, kw_only=True)
class RecommendCustomer:
    """The facts about one customer a recommendation needs: the suitability facts plus what the needs read."""

    customer_no: str
    suitability: SuitabilityCustomer
    holdings: tuple[HoldingFact, ...] = ()
    annual_income: Decimal | None = None  # None: not declared, no income-band reason
    branch: str = ""  # which branch's peers are "similar customers"
    answers: tuple[AnswerFact, ...] = ()  # recent answers to offers: accepted/declined ones rest for a while
    children_born: tuple[date, ...] = ()  # birth dates of the household's children (household relation 子女)

    @property
    def held(self) -> frozenset[str]:
        return frozenset(h.product for h in self.holdings)

    @property
    def held_families(self) -> frozenset[str]:
        return frozenset(h.family for h in self.holdings)


@dataclass(frozen=True)
class CatalogueEntry:
    """One product as the catalogue holds it: the spec (None: unreadable) and whether it is switched on."""

    code: str
    spec: ProductSpec | None
    active: bool = True


@dataclass(frozen=True)
class PeerStats:
    """What similar customers hold: per segment, how many customers and how many of them hold each product."""

    segments: Mapping[tuple[str, ...], int] = field(default_factory=dict)
    holders: Mapping[tuple[str, ...], Mapping[str, int]] = field(default_factory=dict)

    def share(self, segment: tuple[str, ...], product: str) -> tuple[int, int]:
        """(holders, customers) of the segment; (0, 0) when the segment is unknown."""
        size = self.segments.get(segment, 0)
        if not size:
            return 0, 0
        return self.holders.get(segment, {}).get(product, 0), size


@dataclass(frozen=True)
class Reason:
    """Why a product is offered (or left out): a stable code, the parameters its words need, the points it adds."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)  # read-only by convention
    points: int = 0


@dataclass(frozen=True)
class Recommended:
    product: str
    score: int
    reasons: tuple[Reason, ...]
    warnings: tuple[Reason, ...]  # suitability warnings to acknowledge, then the customer's own alerts
    suggested_amount: Decimal | None = None  # from an event (maturing or inflow amount); None: none suggested
    monthly: bool = False  # the suggested amount is paid in every month (零存整取, 定投, 教育储蓄)


@dataclass(frozen=True)
class Excluded:
    product: str
    reasons: tuple[Reason, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


@dataclass(frozen=True)
class Recommendation:
    customer_no: str
    as_of: date
    risk_grade: str | None  # the grade of a valid assessment; None: missing or expired
    tier: str
    life_stage: str
    recommended: tuple[Recommended, ...]  # best first; ties by product code
    excluded: tuple[Excluded, ...]  # by product code
    rule_version: str  # suitability rules + weights file
    # What to do first when something blocks the offers (code `risk_assessment_needed`: 先做风险测评), best first.
    next_actions: tuple[Reason, ...] = ()

    @property
    def top_score(self) -> int:
        return self.recommended[0].score if self.recommended else 0

    def shown(self, limit: int) -> tuple[Recommended, ...]:
        return self.recommended[:limit]


# Codes the engine gives (an interface: the screens and the command line word them; never rename).
NO_IDENTIFIED_NEED = "no_identified_need"
ALREADY_HELD = "already_held"
PRODUCT_SPEC_UNREADABLE = "product_spec_unreadable"
NOT_ON_SALE = "not_on_sale"
ID_EXPIRING = "id_expiring"
RECENTLY_ANSWERED = "recently_answered"
FUNDS_BELOW_MINIMUM = "funds_below_minimum"
CAP_REACHED = "cap_reached"
RISK_ASSESSMENT_NEEDED = "risk_assessment_needed"
TIER_GAP = "tier_gap"
