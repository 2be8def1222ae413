"""The customer's side of a recommendation, worked out once per customer before any product is scored: the
valid grade, life stage and segment, events (maturities, inflows, idle cash, the next tier), cash within reach,
answers that rest an offer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from domain.codes import ProductFamily
from domain.people import age_on, life_stage
from domain.recommend.model import RECENTLY_ANSWERED, HoldingFact, PeerStats, Reason, RecommendCustomer
from domain.recommend.prepared import Key
from domain.recommend.weights import Weights
from domain.suitability import SuitabilityCustomer
from domain.suitability.assessment_rules import last_valid_day

TIER_ORDER = ("T0", "T1", "T2", "T3", "T4", "T5")
_CASH_FAMILIES = frozenset({ProductFamily.DEPOSIT, ProductFamily.WEALTH})  # with high liquidity: cash-like
_CENT = Decimal("0.01")


@dataclass(slots=True)
class Context:
    """The customer's needs worked out once, before any product is scored (read-only by convention: not
    frozen, because a book builds one per customer and a frozen dataclass costs more to build)."""

    customer: RecommendCustomer
    as_of: date
    stage: str
    valid_grade: str | None
    risk_type: str | None
    held: frozenset[str]
    held_families: frozenset[str]
    near: tuple[str, Decimal] | None  # (next tier, gap) in 临界区间
    band: str | None
    maturing: tuple[HoldingFact, ...]
    inflow: tuple[Decimal, date] | None
    assessment_ends: date | None  # last valid day, when within the look-ahead
    id_ends: date | None
    segment: tuple[str, ...]
    tier: str
    peers: PeerStats
    peer_size: int  # customers in the segment
    peer_holders: Mapping[str, int]  # product code -> holders in the segment
    has_events: bool  # something matures, arrived, lies idle, or the next tier is near
    cash: Decimal = Decimal(0)  # cash-like balances (demand deposits, cash-management products)
    investable: Decimal = Decimal(0)  # cash beyond what is kept liquid (weights' money.keep_*)
    in_reach: Decimal = Decimal(0)  # cash plus what matures within the window: the most any offer may ask
    monthly: Decimal | None = None  # what the customer can pay in every month (weights' money.monthly_share)
    children_ages: tuple[int, ...] = ()  # the household's children today, youngest first
    held_balance: Mapping[str, Decimal] = field(default_factory=dict)
    rested: Mapping[str, Reason] = field(default_factory=dict)  # recently accepted/declined products

    @property
    def static_key(self) -> Key:
        return (self.risk_type, self.valid_grade, self.stage, self.tier, self.band)


def valid_grade(c: SuitabilityCustomer, as_of: date) -> tuple[str | None, date | None]:
    if c.risk_grade is None or c.assessed_on is None or c.assessed_on > as_of:
        return None, None
    last = last_valid_day(c.assessed_on, c.risk_valid_until)
    if as_of > last or c.change_reported or not c.assessment_confirmed:
        return None, None
    return c.risk_grade, last


def aum(customer: RecommendCustomer) -> Decimal:
    """Assets under management as the tier rule counts them: every holding but loans (DOMAIN §3)."""
    return sum((h.balance for h in customer.holdings if h.family != ProductFamily.LOAN), Decimal(0))


def _near_next_tier(tier: str, assets: Decimal, w: Weights) -> tuple[str, Decimal] | None:
    if tier not in TIER_ORDER or tier == TIER_ORDER[-1]:
        return None
    nxt = TIER_ORDER[TIER_ORDER.index(tier) + 1]
    floor = w.tier_floors.get(nxt)
    if floor is None or not floor * w.near_ratio <= assets < floor:
        return None
    return nxt, floor - assets


def _round_down(amount: Decimal) -> Decimal:
    """A sum to suggest as a person would: 206,719.89 as 206,000 (thousands from 1万, hundreds from 1千)."""
    unit = Decimal(1000) if amount >= 10_000 else Decimal(100) if amount >= 1000 else Decimal(1)
    return max(Decimal(0), (amount // unit) * unit)


def _monthly(annual_income: Decimal | None, w: Weights) -> Decimal | None:
    """A monthly contribution the customer's declared income carries, in whole hundreds (None: none declared)."""
    if annual_income is None or annual_income <= 0:
        return None
    share = annual_income / 12 * w.monthly_share
    return (share // 100) * 100 if share >= 100 else share.quantize(Decimal("1"))


def segment_of(tier: str, birth_date: date, as_of: date) -> tuple[str, ...]:
    """Similar customers: same tier and life stage (DOMAIN §6; the risk grade is left out so segments stay
    large enough at a branch)."""
    return (tier, life_stage(birth_date, as_of))


def context(customer: RecommendCustomer, as_of: date, w: Weights, peers: PeerStats) -> Context:
    s = customer.suitability
    grade, last = valid_grade(s, as_of)
    risk_type = w.risk_types.get(grade or "none")
    horizon = as_of + timedelta(days=w.maturity_days)
    maturing = tuple(
        sorted(
            (h for h in customer.holdings if h.maturity_on is not None and as_of <= h.maturity_on <= horizon),
            key=lambda h: (h.maturity_on, -h.balance, h.product),
        )
    )
    since = as_of - timedelta(days=w.inflow_days)
    recent = [
        h
        for h in customer.holdings
        if h.family == ProductFamily.DEPOSIT and h.liquidity == "high" and since <= h.opened_on <= as_of
    ]
    inflow_total = sum((h.balance for h in recent), Decimal(0))
    inflow = (
        (inflow_total, max(h.opened_on for h in recent)) if recent and inflow_total >= w.inflow_min else None
    )
    assessment_ends = last if last is not None and last <= as_of + timedelta(days=w.assessment_days) else None
    id_end = s.id_expiry
    stage = life_stage(s.birth_date, as_of)
    segment = (s.tier, stage)  # segment_of
    near = _near_next_tier(s.tier, aum(customer), w)
    id_ends = id_end if id_end is not None and as_of <= id_end <= as_of + timedelta(days=w.id_days) else None
    cash = sum(
        (h.balance for h in customer.holdings if h.liquidity == "high" and h.family in _CASH_FAMILIES),
        Decimal(0),
    )
    keep = min(cash, max(w.keep_min, (cash * w.keep_share).quantize(_CENT)))
    investable = _round_down(cash - keep)
    in_reach = cash + sum((h.balance for h in maturing), Decimal(0))
    held_balance: dict[str, Decimal] = {}
    for h in customer.holdings:
        held_balance[h.product] = held_balance.get(h.product, Decimal(0)) + h.balance
    rested: dict[str, Reason] = {}
    for a in sorted(customer.answers, key=lambda a: a.on):
        days = {"accepted": w.accepted_days, "declined": w.declined_days}.get(a.outcome)
        if days is None or a.on > as_of:
            continue
        until = a.on + timedelta(days=days)
        if as_of < until:
            rested[a.product] = Reason(RECENTLY_ANSWERED, {"outcome": a.outcome, "on": a.on, "until": until})
        else:
            rested.pop(a.product, None)
    return Context(
        customer=customer,
        as_of=as_of,
        stage=stage,
        valid_grade=grade,
        risk_type=risk_type,
        held=customer.held,
        held_families=customer.held_families,
        near=near,
        band=w.income_band(customer.annual_income),
        maturing=maturing,
        inflow=inflow,
        assessment_ends=assessment_ends,
        id_ends=id_ends,
        segment=segment,
        tier=s.tier,
        peers=peers,
        peer_size=peers.segments.get(segment, 0),
        peer_holders=peers.holders.get(segment, {}),
        has_events=bool(maturing) or inflow is not None or near is not None or investable >= w.idle_min,
        cash=cash,
        investable=investable,
        in_reach=in_reach,
        monthly=_monthly(customer.annual_income, w),
        children_ages=tuple(sorted(age_on(born, as_of) for born in customer.children_born if born <= as_of)),
        held_balance=held_balance,
        rested=rested,
    )
