"""`recommend`: every catalogue product through the suitability gate, then scored by the customer's needs.

Pipeline (DOMAIN §6): each product first goes through `domain.suitability.check` (no amount: a recommendation
has none yet); a blocked product is excluded with its block codes, whatever it would score. An allowed product
is scored by the needs (`domain.recommend.weights.NEEDS`), each need that applies adding a `Reason` with its
points and parameters. An allowed product no need speaks for is excluded as `no_identified_need`; a held
product of a no-repeat family (cards, e-banking...) as `already_held`. So every product appears exactly once.

Deterministic: products are visited by code; recommendations are sorted by score, best first, ties by code.
Speed (issue 5: one customer × 300 products < 5 ms, 100,000 customers < 60 s), with results identical to
checking every product for every customer (the tests compare them):
- `prepare` works out once per catalogue the template matches, each product's `gate_profile` (what a check
  without an amount reads of it: products with one profile are checked once per customer) and its `_kind`
  (which customer facts its rules read);
- a batch shares a `SuitabilityCache`: per kind, customers the rules cannot tell apart (`_variant_keys`: same
  age where the age matters, same status, assessments and documents valid alike) share the gate results, and
  customers of one risk type, life stage, tier and income band share the reasons that depend only on those;
- a suggested amount is checked again only when a rule beyond the product's limits reads it
  (`amount_rules_apply`); `recommend_many` pauses the cyclic collector (no cycles in the results).
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from domain.catalog import ProductSpec
from domain.codes import ProductFamily
from domain.people import age_on, life_stage
from domain.recommend.model import (
    CatalogueEntry,
    Excluded,
    HoldingFact,
    PeerStats,
    Reason,
    Recommendation,
    RecommendCustomer,
    Recommended,
)
from domain.recommend.weights import Weights, any_match
from domain.suitability import (
    DEFAULT_RULES,
    SaleChannel,
    SuitabilityCustomer,
    SuitabilityResult,
    SuitabilityRules,
    check,
)
from domain.suitability.assessment_rules import last_valid_day

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
# Reasons true of a whole group of customers (risk type, income band, tier): never enough on their own.
GENERIC_REASONS = frozenset({"risk_profile", "income_band", "tier_privilege", "assessment_expiring"})
# Families where an amount makes no sense for an offer (an account, a card, a service, an application).
AMOUNTLESS_FAMILIES = frozenset({"card", "ebanking", "service", "bundle", "loan"})
ASSESSMENT_BLOCKS = frozenset(
    {"risk_assessment_missing", "risk_assessment_expired", "assessment_change_not_reconfirmed"}
)
TIER_ORDER = ("T0", "T1", "T2", "T3", "T4", "T5")
_CASH_FAMILIES = frozenset({ProductFamily.DEPOSIT, ProductFamily.WEALTH})  # with high liquidity: cash-like
_CENT = Decimal("0.01")
_EVENTS = frozenset({"maturity_reinvest", "large_inflow", "near_next_tier", "idle_balance"})
_INACTIVE = Reason(NOT_ON_SALE, {"reason": "inactive"})

Key = tuple[Hashable, ...]  # plain values standing for a customer or a product, compared and hashed
# A catalogue entry ready for checking: (code, spec, kind, profile, active, no-repeat family, exclusion when
# unreadable); spec, kind and profile are None exactly when the exclusion is not.
_Row = tuple[str, ProductSpec | None, str | None, Key | None, bool, bool, "Excluded | None"]


@dataclass(frozen=True)
class _Fit:
    """The products (codes) each template line of the weights matches, worked out once per catalogue."""

    templates: dict[str, frozenset[str]]
    stages: dict[str, frozenset[str]]
    lifting: frozenset[str]
    income: dict[str, frozenset[str]]


@dataclass(frozen=True)
class Prepared:
    """A catalogue ready for many customers: entries by code, the one-per-customer codes, template matches."""

    entries: tuple[CatalogueEntry, ...]
    exclusive: frozenset[str]
    fit: _Fit
    weights: Weights
    rules: SuitabilityRules
    kinds: dict[str, str]  # product code -> which facts of the customer its check can see (see `_variants`)
    profiles: dict[str, Key]  # product code -> what its check without an amount reads (see `gate_profile`)
    # Per entry, by code: (code, spec, kind, profile, active, no-repeat family, exclusion when unreadable).
    rows: tuple[_Row, ...] = ()
    no_need: dict[str, Excluded] = field(default_factory=dict)
    held_exclusions: dict[str, Excluded] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # product code -> its name, for reasons' words


def _kind(spec: ProductSpec, rules: SuitabilityRules) -> str:
    """Which customer facts the suitability rules read for this product (domain/suitability/*_rules.py):
    `exact` everything, the age included (an investment with age limits); `senior` whether 65+ and then the age
    (high-risk investment); `invest` no age; `plain` neither the age nor the assessment, capacity or purchase
    history (not an investment); `aged` like plain but with the age (age limits)."""
    aged = spec.age_min is not None or spec.age_max is not None
    if not spec.needs_assessment:
        return "aged" if aged else "plain"
    if aged:
        return "exact"
    level = spec.risk_level if spec.risk_level is not None else 5
    return "senior" if level in rules.senior_high_risk_levels else "invest"


def gate_profile(spec: ProductSpec) -> Key:
    """What the suitability rules read of a product when there is no amount (domain/suitability/*_rules.py):
    products with the same profile get the same result for a customer, so a catalogue is checked once per
    profile. The amount fields are not read without an amount; the code only by `already_holds` (exclusive
    products keep their own profile). The tests hold `check` to this (tests/domain/test_recommend.py)."""
    level = spec.risk_level if spec.risk_level is not None else (5 if spec.needs_assessment else 1)
    own_wealth_rule = spec.first_purchase_in_branch or (
        spec.family == ProductFamily.WEALTH and spec.sale_mode == "own"
    )
    return (
        spec.needs_assessment,
        level,
        spec.tiers,
        spec.code if spec.exclusive else None,
        spec.private,
        spec.age_min,
        spec.age_max,
        spec.sale_start,
        spec.sale_end,
        spec.cooling_off_hours,
        spec.dual_recording,
        own_wealth_rule,
    )


def prepare(
    catalogue: Iterable[CatalogueEntry], weights: Weights, rules: SuitabilityRules = DEFAULT_RULES
) -> Prepared:
    entries = tuple(sorted(catalogue, key=lambda e: e.code))
    specs = [e.spec for e in entries if e.spec is not None]

    def codes(selectors: Any) -> frozenset[str]:
        return frozenset(s.code for s in specs if any_match(selectors, s))

    fit = _Fit(
        templates={name: codes(sel) for name, sel in weights.templates.items()},
        stages={
            stage: frozenset(
                s.code
                for s in specs
                if stage in s.life_stages
                or any(x.matches(s) for x in sel if not s.life_stages or x.codes is not None)
            )
            for stage, sel in {
                **{st: () for st in ("minor", "young", "middle", "senior")},
                **weights.life_stages,
            }.items()
        },
        lifting=codes(weights.lifting),
        income={band: codes(sel) for band, sel in weights.income_products.items()},
    )
    exclusive = frozenset(s.code for s in specs if s.exclusive)
    kinds = {s.code: _kind(s, rules) for s in specs}
    profiles = {s.code: gate_profile(s) for s in specs}
    rows = tuple(
        (
            e.code,
            None,
            None,
            None,
            e.active,
            False,
            Excluded(e.code, (Reason(PRODUCT_SPEC_UNREADABLE, {"product": e.code}),)),
        )
        if e.spec is None
        else (
            e.code,
            e.spec,
            kinds[e.code],
            profiles[e.code],
            e.active,
            e.spec.family in weights.no_repeat_families,
            None,
        )
        for e in entries
    )
    return Prepared(
        entries,
        exclusive,
        fit,
        weights,
        rules,
        kinds,
        profiles,
        rows,
        no_need={e.code: Excluded(e.code, (Reason(NO_IDENTIFIED_NEED),)) for e in entries},
        held_exclusions={
            e.code: Excluded(
                e.code,
                (
                    Reason(
                        ALREADY_HELD, {"product": e.code, "product_name": e.spec.name if e.spec else e.code}
                    ),
                ),
            )
            for e in entries
        },
        names={s.code: s.name for s in specs},
    )


@dataclass
class SuitabilityCache:
    """Suitability results shared across one batch: customers whose facts the rules cannot tell apart on the
    day (same age, same tier, same status; see `suitability_key`) get the same result for a product."""

    results: dict[tuple[Key, date, str], dict[Key, _Gate]] = field(default_factory=dict)
    static: dict[Key, dict[str, tuple[tuple[Reason, ...], bool]]] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0


def suitability_key(c: SuitabilityCustomer, as_of: date, exclusive: frozenset[str]) -> SuitabilityCustomer:
    """The customer reduced to what the suitability rules can see on `as_of`: the age instead of the birth date,
    current documents and assessments without their dates (dates show only in the findings of expired ones),
    only the one-per-customer holdings. `check` gives the same result for the key as for the customer; the
    tests hold every rule to that (tests/domain/test_recommend.py), so a new rule must keep it true."""
    changes: dict[str, Any] = {}  # field name -> value, for dataclasses.replace
    age = age_on(c.birth_date, as_of)
    changes["birth_date"] = date(as_of.year - age, 1, 1)
    held = c.held_products & exclusive
    if held != c.held_products:
        changes["held_products"] = held
    if c.id_expiry is not None and c.id_expiry >= as_of:
        changes["id_expiry"] = None
    if c.qualified_investor and c.qualified_until is not None and c.qualified_until >= as_of:
        changes["qualified_until"] = None
    if c.risk_grade is None or c.assessed_on is None or c.assessed_on > as_of:
        changes.update(risk_grade=None, assessed_on=None, risk_valid_until=None, assessment_channel=None,
                       assessment_confirmed=True)  # fmt: skip
    elif not c.change_reported and as_of <= last_valid_day(c.assessed_on, c.risk_valid_until):
        changes.update(assessed_on=as_of, risk_valid_until=None)
    return dataclasses.replace(c, **changes)


_PLAIN: dict[str, Any] = {  # field name -> value, for dataclasses.replace
    "risk_grade": None,
    "assessed_on": None,
    "risk_valid_until": None,
    "assessment_channel": None,
    "assessment_confirmed": True,
    "change_reported": False,
    "has_branch_assessment": False,
    "has_bought_bank_wmp": False,
    "civil_capacity": "full",
    "guardian_consent": False,
    "financial_assets": None,
}


def _variants(
    key: SuitabilityCustomer, as_of: date, rules: SuitabilityRules
) -> dict[str, SuitabilityCustomer]:
    """The key as each kind of product sees it (see `_kind`): facts a kind's rules never read are set to one
    value, so customers who differ only there share results. The tests hold `check` to giving the same result
    for the variant as for the customer, product by product."""
    middle = dataclasses.replace(key, birth_date=date(as_of.year - 40, 1, 1))
    senior = key if age_on(key.birth_date, as_of) >= rules.senior_age else middle
    return {
        "exact": key,
        "senior": senior,
        "invest": middle,
        "plain": dataclasses.replace(middle, **_PLAIN),
        "aged": dataclasses.replace(key, **_PLAIN),
    }


def _variant_keys(
    c: SuitabilityCustomer, as_of: date, exclusive: frozenset[str], rules: SuitabilityRules
) -> dict[str, Key]:
    """`_variants` as plain tuples, built straight from the customer (a batch builds five per customer, so no
    dataclass copies). Two customers with equal tuples have equal variants (the tests hold the two together)."""
    age = age_on(c.birth_date, as_of)
    id_expiry = None if c.id_expiry is not None and c.id_expiry >= as_of else c.id_expiry
    until = c.qualified_until
    if c.qualified_investor and until is not None and until >= as_of:
        until = None
    assessed = c.assessed_on
    if c.risk_grade is None or assessed is None or assessed > as_of:
        assessment: Key = (None, None, None, None, True)
    elif not c.change_reported and as_of <= last_valid_day(assessed, c.risk_valid_until):
        assessment = (c.risk_grade, as_of, None, c.assessment_channel, c.assessment_confirmed)
    else:
        assessment = (
            c.risk_grade,
            assessed,
            c.risk_valid_until,
            c.assessment_channel,
            c.assessment_confirmed,
        )
    common = (
        c.tier,
        c.kyc_status,
        id_expiry,
        c.aml_edd_pending,
        c.qualified_investor,
        until,
        c.held_products & exclusive,
        c.lacks_decision_authority,
    )
    invest = (
        c.civil_capacity,
        c.guardian_consent,
        assessment,
        c.change_reported,
        c.has_branch_assessment,
        c.has_bought_bank_wmp,
        c.financial_assets,
    )
    return {
        "exact": ("exact", age, common, invest),
        "senior": ("senior", age if age >= rules.senior_age else None, common, invest),
        "invest": ("invest", common, invest),
        "plain": ("plain", common),
        "aged": ("aged", age, common),
    }


@dataclass(frozen=True)
class _Context:
    """The customer's needs worked out once, before any product is scored."""

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
    held_balance: Mapping[str, Decimal] = field(default_factory=dict)
    rested: Mapping[str, Reason] = field(default_factory=dict)  # recently accepted/declined products

    @property
    def static_key(self) -> Key:
        return (self.risk_type, self.valid_grade, self.stage, self.tier, self.band)


def _valid_grade(c: SuitabilityCustomer, as_of: date) -> tuple[str | None, date | None]:
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


def segment_of(tier: str, birth_date: date, as_of: date) -> tuple[str, ...]:
    """Similar customers: same tier and life stage (DOMAIN §6; the risk grade is left out so segments stay
    large enough at a branch)."""
    return (tier, life_stage(birth_date, as_of))


def _context(customer: RecommendCustomer, as_of: date, w: Weights, peers: PeerStats) -> _Context:
    s = customer.suitability
    grade, last = _valid_grade(s, as_of)
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
    segment = segment_of(s.tier, s.birth_date, as_of)
    near = _near_next_tier(s.tier, aum(customer), w)
    id_ends = id_end if id_end is not None and as_of <= id_end <= as_of + timedelta(days=w.id_days) else None
    cash = sum(
        (h.balance for h in customer.holdings if h.liquidity == "high" and h.family in _CASH_FAMILIES),
        Decimal(0),
    )
    keep = min(cash, max(w.keep_min, (cash * w.keep_share).quantize(_CENT)))
    investable = cash - keep
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
    return _Context(
        customer=customer,
        as_of=as_of,
        stage=life_stage(s.birth_date, as_of),
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
        held_balance=held_balance,
        rested=rested,
    )


def fit_amount(spec: ProductSpec, amount: Decimal) -> Decimal | None:
    """The largest amount up to `amount` the product takes (minimum, step, maximum); None: not even the minimum."""
    base = spec.min_amount or Decimal(0)
    if amount < base or amount <= 0:
        return None
    top = amount if spec.max_amount is None else min(amount, spec.max_amount)
    if spec.step_amount:
        top = base + ((top - base) // spec.step_amount) * spec.step_amount
    top = top.quantize(_CENT)
    return top if top > 0 and top >= base else None


def amount_rules_apply(spec: ProductSpec, customer: SuitabilityCustomer) -> bool:
    """Whether a rule beyond the product's minimum, step and maximum (which `fit_amount` already meets) reads
    the amount: the private-product minimum, and the financial capacity of an investment when assets are
    declared (domain/suitability/amount_rules.py). The tests hold `check` to this."""
    return spec.private or (spec.needs_assessment and customer.financial_assets is not None)


def _amount_passes(
    ctx: _Context, spec: ProductSpec, amount: Decimal, channel: str, rules: SuitabilityRules
) -> bool:
    """A suggested amount (already fitted to the product's limits) passes the amount rules: checked in full
    only when some other rule reads the amount."""
    facts = ctx.customer.suitability
    if not amount_rules_apply(spec, facts):
        return True
    return check(facts, spec, amount, channel, ctx.as_of, rules).allowed


def _static(ctx: _Context, spec: ProductSpec, prepared: Prepared) -> tuple[tuple[Reason, ...], bool]:
    """The reasons that depend only on who the customer is (risk type, life stage, tier, income band), and
    whether the product fits the profile (risk template or life stage). Shared by every customer alike."""
    w, fit, code, points = prepared.weights, prepared.fit, spec.code, prepared.weights.points
    reasons: list[Reason] = []
    in_profile = False
    if ctx.risk_type is not None and code in fit.templates.get(ctx.risk_type, ()):
        in_profile = True
        level = spec.risk_level if spec.risk_level is not None else 1
        params: dict[str, object] = {
            "risk_type": ctx.risk_type,
            "grade": ctx.valid_grade,
            "level": f"R{level}",
        }
        reasons.append(Reason("risk_profile", params, points.get("risk_profile", 0)))
    if code in fit.stages.get(ctx.stage, ()):
        in_profile = True
        reasons.append(Reason("life_stage", {"stage": ctx.stage}, points.get("life_stage", 0)))
    elif spec.life_stages and ctx.stage not in spec.life_stages:
        in_profile = (
            False  # made for other ages (定投 or education savings at 66): the risk type alone is no fit
        )
    tier = ctx.tier
    if spec.tiers and tier in spec.tiers and tier in w.privilege_tiers:
        reasons.append(Reason("tier_privilege", {"tier": tier}, points.get("tier_privilege", 0)))
    if ctx.band is not None and code in fit.income.get(ctx.band, ()):
        reasons.append(Reason("income_band", {"band": ctx.band}, points.get("income_band", 0)))
    return tuple(r for r in reasons if r.points > 0), in_profile


def _gaps(ctx: _Context, w: Weights) -> dict[str, tuple[Reason, ...]]:
    """Per family the customer lacks, the gap reasons a product of that family answers."""
    found: dict[str, list[Reason]] = {}
    if ctx.stage == "minor":
        return {}  # the basic set (card, e-banking) is an adult's; a child's account is the guardian's choice
    held = ctx.held_families
    for family in w.basket:
        if family not in held:
            found.setdefault(family, []).append(
                Reason("basket_gap", {"family": family}, w.point("basket_gap"))
            )
    for holds, lacks in w.gaps:
        if holds in held and lacks not in held:
            params = {"held_family": holds, "missing_family": lacks}
            found.setdefault(lacks, []).append(Reason("coverage_gap", params, w.point("coverage_gap")))
    return {k: tuple(r for r in v if r.points > 0) for k, v in found.items()}


def _peer_reasons(ctx: _Context, w: Weights) -> dict[str, Reason]:
    """Per product held by enough similar customers, its reason (DOMAIN §6: a share of at least min_share)."""
    size, weight = ctx.peer_size, w.point("peers_hold")
    if size < w.peer_min_customers or not weight:
        return {}
    return {
        code: Reason(
            "peers_hold",
            {"share": n * 100 // size, "customers": size, "tier": ctx.tier, "stage": ctx.stage},
            max(1, weight * n // size),
        )
        for code, n in ctx.peer_holders.items()
        if n and n >= w.peer_min_share * size
    }


def _score(
    ctx: _Context,
    spec: ProductSpec,
    prepared: Prepared,
    channel: str,
    static: dict[str, tuple[tuple[Reason, ...], bool]],
    gaps: dict[str, tuple[Reason, ...]],
    peer_reasons: dict[str, Reason],
    allowed: Mapping[str, bool] | None = None,
) -> tuple[list[Reason], Decimal | None]:
    code, family, points = spec.code, spec.family, prepared.weights.points
    own = static.get(code)
    if own is None:
        own = static[code] = _static(ctx, spec, prepared)
    fixed, in_profile = own
    reasons = list(fixed)
    held = code in ctx.held
    if not held and family in gaps:
        reasons.extend(gaps[family])
    if family == ProductFamily.BUNDLE and spec.members and allowed is not None:
        reasons.extend(_bundle_reasons(ctx, spec, prepared, allowed))
    suggested: Decimal | None = None
    # Events and the next tier lift AUM: offered through products that fit the customer's profile (risk
    # template or life stage), never a demand-like deposit, and for a maturity also the same family.
    if (
        ctx.has_events
        and code in prepared.fit.lifting
        and not (family == ProductFamily.DEPOSIT and spec.liquidity == "high")
    ):
        if ctx.near is not None and in_profile:
            nxt, gap = ctx.near
            params = {"next_tier": nxt, "gap": gap}
            reasons.append(Reason("near_next_tier", params, points.get("near_next_tier", 0)))
        for h in ctx.maturing:
            if not (in_profile or h.family == family):
                continue
            amount = _fitted(ctx, spec, h.balance)
            if amount is not None and _amount_passes(ctx, spec, amount, channel, prepared.rules):
                params = {
                    "product": h.product,
                    "product_name": prepared.names.get(h.product, h.product),
                    "maturity_on": h.maturity_on,
                    "amount": h.balance,
                }
                # renewing into the same product is the first thing a manager offers
                bonus = 30 if h.product == code else 0
                reasons.append(
                    Reason("maturity_reinvest", params, points.get("maturity_reinvest", 0) + bonus)
                )
                suggested = amount
                break
        if ctx.inflow is not None and in_profile:
            total, on = ctx.inflow
            amount = _fitted(ctx, spec, total)
            if amount is not None and _amount_passes(ctx, spec, amount, channel, prepared.rules):
                params = {"amount": total, "opened_on": on}
                reasons.append(Reason("large_inflow", params, points.get("large_inflow", 0)))
                suggested = suggested or amount
        elif ctx.investable >= prepared.weights.idle_min and in_profile and suggested is None and not held:
            amount = _fitted(ctx, spec, ctx.investable)
            if amount is not None and _amount_passes(ctx, spec, amount, channel, prepared.rules):
                params = {"amount": ctx.cash, "investable": ctx.investable}
                reasons.append(Reason("idle_balance", params, points.get("idle_balance", 0)))
                suggested = suggested or amount
        reasons = [r for r in reasons if r.points > 0]
    if not held:
        peer = peer_reasons.get(code)
        if peer is not None:
            reasons.append(peer)
    elif not any(r.code == "maturity_reinvest" for r in reasons):
        return [], None  # a product the customer has is offered again only when it matures (a rollover)
    if all(r.code in GENERIC_REASONS for r in reasons):
        return [], None  # nothing about this customer in particular calls for it
    # Urgency only sharpens a need that is already there: an expiring assessment is no reason to buy by itself.
    urgent = points.get("assessment_expiring", 0)
    if reasons and urgent > 0 and ctx.assessment_ends is not None and spec.needs_assessment:
        reasons.append(Reason("assessment_expiring", {"valid_until": ctx.assessment_ends}, urgent))
    if suggested is None and family not in AMOUNTLESS_FAMILIES and ctx.investable > 0:
        amount = _fitted(ctx, spec, ctx.investable)
        if amount is not None and _amount_passes(ctx, spec, amount, channel, prepared.rules):
            suggested = amount
    return reasons, suggested


def _fitted(ctx: _Context, spec: ProductSpec, amount: Decimal) -> Decimal | None:
    """`fit_amount` within what is left of a per-customer maximum (education savings' 2万 principal cap)."""
    if spec.family in AMOUNTLESS_FAMILIES:
        return None
    if spec.max_amount is not None:
        amount = min(amount, spec.max_amount - ctx.held_balance.get(spec.code, Decimal(0)))
    return fit_amount(spec, amount)


def _money_block(ctx: _Context, spec: ProductSpec) -> Reason | None:
    """Why an amount product is out of reach: its minimum beyond the customer's cash and maturing money, or its
    per-customer maximum used up. A demand account (where money arrives) is never out of reach."""
    if spec.family in AMOUNTLESS_FAMILIES or (
        spec.family == ProductFamily.DEPOSIT and spec.liquidity == "high"
    ):
        return None
    minimum = spec.min_amount or Decimal(0)
    if minimum > ctx.in_reach:
        return Reason(FUNDS_BELOW_MINIMUM, {"minimum": minimum, "available": ctx.in_reach})
    if spec.max_amount is not None and ctx.held_balance.get(spec.code, Decimal(0)) >= spec.max_amount:
        return Reason(CAP_REACHED, {"maximum": spec.max_amount})
    return None


def _bundle_reasons(
    ctx: _Context, spec: ProductSpec, prepared: Prepared, allowed: Mapping[str, bool]
) -> list[Reason]:
    """A bundle completes what the customer partly holds: at least one member held, every missing member one the
    customer may have; never for the tiers with their own manager's plan (DOMAIN §6: no auto-bundle)."""
    points = prepared.weights.points.get("bundle_completes", 0)
    if points <= 0 or ctx.tier in prepared.weights.privilege_tiers or ctx.stage == "minor":
        return []
    missing = [m for m in spec.members if m not in ctx.held]
    if not missing or 2 * len(missing) > len(spec.members) or not all(allowed.get(m, False) for m in missing):
        return []  # nothing missing, or most of it: then the members themselves are the offer
    names = [prepared.names.get(m, m) for m in missing]
    return [
        Reason("bundle_completes", {"missing": "、".join(names), "missing_codes": tuple(missing)}, points)
    ]


def _offer(
    ctx: _Context,
    spec: ProductSpec,
    prepared: Prepared,
    channel: str,
    static: dict[str, tuple[tuple[Reason, ...], bool]],
    gaps: dict[str, tuple[Reason, ...]],
    peer_reasons: dict[str, Reason],
    gate: _Gate,
    held: bool,
    id_warning: tuple[Reason, ...],
    allowed: Mapping[str, bool] | None,
    recommended: list[Recommended],
    excluded: list[Excluded],
) -> None:
    """Score one product that passed the gate: recommended with its reasons, or excluded (no need, held)."""
    reasons, suggested = _score(ctx, spec, prepared, channel, static, gaps, peer_reasons, allowed)
    code = spec.code
    if not reasons:
        excluded.append(prepared.held_exclusions[code] if held else prepared.no_need[code])
        return
    score = 0
    for r in reasons:
        score += r.points
    recommended.append(Recommended(code, score, tuple(reasons), gate.warnings + id_warning, suggested))


@dataclass(frozen=True)
class _Gate:
    """A suitability result as the recommendation lists it (worked out once, shared through the cache)."""

    allowed: bool
    blocks: tuple[Reason, ...]
    warnings: tuple[Reason, ...]
    _excluded: dict[str, Excluded] = field(default_factory=dict, compare=False, repr=False)

    @property
    def assessment_only(self) -> bool:
        return bool(self.blocks) and all(b.code in ASSESSMENT_BLOCKS for b in self.blocks)

    @property
    def tier_blocked(self) -> bool:
        return any(b.code == "tier_not_eligible" for b in self.blocks)

    def excluded(self, code: str) -> Excluded:
        """The exclusion of product `code` for these blocks (one object per product, shared like the gate)."""
        found = self._excluded.get(code)
        if found is None:
            found = self._excluded[code] = Excluded(code, self.blocks)
        return found


def _gate(result: SuitabilityResult) -> _Gate:
    return _Gate(
        result.allowed,
        tuple(Reason(str(f.code), dict(f.params)) for f in result.blocks),
        tuple(Reason(str(f.code), dict(f.params)) for f in result.warnings),
    )


def recommend(
    customer: RecommendCustomer,
    prepared: Prepared,
    as_of: date,
    peers: PeerStats | None = None,
    *,
    channel: str = SaleChannel.BRANCH.value,
    cache: SuitabilityCache | None = None,
) -> Recommendation:
    """Every product of the prepared catalogue exactly once: recommended (best first) or excluded (by code).

    The suitability rules are the prepared catalogue's (`prepare(..., rules=)`)."""
    rules = prepared.rules
    w = prepared.weights
    ctx = _context(customer, as_of, w, peers or PeerStats())
    facts = customer.suitability
    shared: dict[str, dict[Key, _Gate]] = {}
    if cache is not None:
        for variant_kind, variant in _variant_keys(facts, as_of, prepared.exclusive, rules).items():
            found = cache.results.get((variant, as_of, channel))
            if found is None:
                found = cache.results[(variant, as_of, channel)] = {}
            shared[variant_kind] = found
    recommended: list[Recommended] = []
    excluded: list[Excluded] = []
    id_warning = (Reason(ID_EXPIRING, {"id_expiry": ctx.id_ends}),) if ctx.id_ends is not None else ()
    static: dict[str, tuple[tuple[Reason, ...], bool]] = {}
    if cache is not None:
        static = cache.static.setdefault((ctx.static_key, as_of), {})
    gaps, peer_reasons = _gaps(ctx, w), _peer_reasons(ctx, w)
    own: dict[Key, _Gate] = {}  # without a batch cache: products of one profile are checked once
    held_codes = ctx.held
    allowed: dict[str, bool] = {}
    bundles: list[tuple[str, ProductSpec, _Gate, bool]] = []
    assessment_only = 0  # products blocked by nothing but the missing or expired assessment
    for code, spec, kind, profile, active, no_repeat, fixed in prepared.rows:
        if fixed is not None:  # unreadable entry
            excluded.append(fixed)
            continue
        assert spec is not None and kind is not None and profile is not None  # a readable entry has all three
        results = shared[kind] if cache is not None else own
        gate = results.get(profile)
        if gate is None:
            gate = results[profile] = _gate(check(facts, spec, None, channel, as_of, rules))
            if cache is not None:
                cache.misses += 1
        elif cache is not None:
            cache.hits += 1
        if not active:
            excluded.append(Excluded(code, (_INACTIVE, *gate.blocks)))
            continue
        allowed[code] = gate.allowed
        if not gate.allowed:
            if gate.assessment_only:
                assessment_only += 1
            if ctx.near is not None and gate.tier_blocked and ctx.near[0] in spec.tiers:
                nxt, gap = ctx.near
                excluded.append(
                    Excluded(code, (*gate.blocks, Reason(TIER_GAP, {"next_tier": nxt, "gap": gap})))
                )
            else:
                excluded.append(gate.excluded(code))
            continue
        held = code in held_codes
        if held and no_repeat:
            excluded.append(prepared.held_exclusions[code])
            continue
        rested = ctx.rested.get(code)
        if rested is not None:
            excluded.append(Excluded(code, (rested,)))
            continue
        blocked = None if held else _money_block(ctx, spec)
        if blocked is not None:
            allowed[code] = False
            excluded.append(Excluded(code, (blocked,)))
            continue
        if spec.family == ProductFamily.BUNDLE:
            bundles.append((code, spec, gate, held))
            continue
        _offer(ctx, spec, prepared, channel, static, gaps, peer_reasons, gate, held, id_warning, None,
               recommended, excluded)  # fmt: skip
    # after the members: a bundle names only members the customer may have
    for _code, spec, gate, held in bundles:
        _offer(ctx, spec, prepared, channel, static, gaps, peer_reasons, gate, held, id_warning, allowed,
               recommended, excluded)  # fmt: skip
    if bundles:
        excluded.sort(key=lambda e: e.product)
    actions: tuple[Reason, ...] = ()
    if assessment_only and ctx.valid_grade is None:
        state = "missing" if facts.assessed_on is None or facts.risk_grade is None else "expired"
        params = {"state": state, "assessed_on": facts.assessed_on, "products": assessment_only}
        actions = (Reason(RISK_ASSESSMENT_NEEDED, params),)
    recommended.sort(key=lambda r: (-r.score, r.product))
    return Recommendation(
        customer_no=customer.customer_no,
        as_of=as_of,
        risk_grade=facts.risk_grade if facts.assessed_on is not None and facts.assessed_on <= as_of else None,
        tier=facts.tier,
        life_stage=ctx.stage,
        recommended=tuple(recommended),
        excluded=tuple(excluded),
        rule_version=f"{rules.version}+{w.version}",
        next_actions=actions,
    )


@contextmanager
def batch_collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during a batch: recommendations hold no reference cycles, and with
    hundreds of thousands of result objects alive the collector's full passes cost a third of the run."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def recommend_many(
    customers: Sequence[RecommendCustomer],
    prepared: Prepared,
    as_of: date,
    peers: PeerStats | None = None,
    *,
    channel: str = SaleChannel.BRANCH.value,
) -> list[Recommendation]:
    """A batch (a manager's book, a branch): one shared suitability cache, the collector paused."""
    cache = SuitabilityCache()
    with batch_collection_paused():
        return [recommend(c, prepared, as_of, peers, channel=channel, cache=cache) for c in customers]
