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

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from operator import attrgetter

from domain.catalog import ProductSpec
from domain.codes import ProductFamily
from domain.recommend.context import context
from domain.recommend.gate import CustomerGates, Gate, SuitabilityCache, variant_keys
from domain.recommend.model import (
    NOT_ON_SALE,
    RISK_ASSESSMENT_NEEDED,
    TIER_GAP,
    Excluded,
    PeerStats,
    Reason,
    Recommendation,
    RecommendCustomer,
    Recommended,
)
from domain.recommend.prepared import Prepared, Row
from domain.recommend.scoring import Scorer, Static
from domain.suitability import SaleChannel

_INACTIVE = Reason(NOT_ON_SALE, {"reason": "inactive"})
_PRODUCT, _SCORE = attrgetter("product"), attrgetter("score")


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

    The suitability rules are the prepared catalogue's (`prepare(..., rules=)`). ValueError for a `cache` that
    served another prepared catalogue; InvalidValue `unknown_sale_channel` for an unknown channel."""
    rules = prepared.rules
    w = prepared.weights
    day = prepared.day(as_of, channel)
    ctx = context(customer, as_of, w, peers or PeerStats())
    facts = customer.suitability
    gates = CustomerGates(facts, prepared, as_of, day)
    own: dict[int, Gate] = {}  # without a batch cache: products of one combo share a gate
    shared: dict[str, dict[int, Gate]] = {}
    static: Static = {}
    if cache is not None:
        cache.serve(prepared)
        for variant_kind, variant in variant_keys(facts, as_of, prepared.exclusive, rules).items():
            found = cache.results.get((variant, as_of, channel))
            if found is None:
                found = cache.results[(variant, as_of, channel)] = {}
            shared[variant_kind] = found
        static = cache.static.setdefault((ctx.static_key, as_of), {})
    recommended: list[Recommended] = []
    excluded: list[Excluded] = []
    scorer = Scorer(ctx, prepared, channel, static)
    held_codes, rested_codes, near = ctx.held, ctx.rested, ctx.near
    allowed: dict[str, bool] = {}
    bundles: list[tuple[Row, ProductSpec, Gate, bool]] = []
    assessment_only = 0  # products blocked by nothing but the missing or expired assessment
    counting = cache is not None
    for row, combo in zip(prepared.rows, day.combo_of, strict=True):
        spec = row.spec
        if spec is None:  # unreadable entry
            assert row.unreadable is not None
            excluded.append(row.unreadable)
            continue
        code = row.code
        results = shared[row.kind] if counting else own
        gate = results.get(combo)
        if gate is None:
            gate = results[combo] = gates.gate(combo)
            if cache is not None:
                cache.misses += 1
        elif cache is not None:
            cache.hits += 1
        if not row.active:
            excluded.append(Excluded(code, (_INACTIVE, *gate.blocks)))
            continue
        if not gate.allowed:
            allowed[code] = False
            if gate.assessment_only:
                assessment_only += 1
            if near is not None and gate.tier_blocked and near[0] in spec.tiers:
                gap = Reason(TIER_GAP, {"next_tier": near[0], "gap": near[1]})
                excluded.append(Excluded(code, (*gate.blocks, gap)))
            else:
                excluded.append(gate.excluded(code))
            continue
        held = code in held_codes
        if held and row.no_repeat:
            allowed[code] = True
            excluded.append(prepared.held_exclusions[code])
            continue
        rested = rested_codes.get(code)
        if rested is not None:
            allowed[code] = True
            excluded.append(Excluded(code, (rested,)))
            continue
        blocked = None if held else scorer.money_block(row)
        if blocked is not None:
            allowed[code] = False
            excluded.append(blocked)
            continue
        allowed[code] = True
        if row.family == ProductFamily.BUNDLE:
            bundles.append((row, spec, gate, held))
            continue
        outcome = scorer.offer(row, spec, gate, held, None)
        (recommended if type(outcome) is Recommended else excluded).append(outcome)  # type: ignore[arg-type]
    # after the members: a bundle names only members the customer may have
    for row, spec, gate, held in bundles:
        outcome = scorer.offer(row, spec, gate, held, allowed)
        (recommended if type(outcome) is Recommended else excluded).append(outcome)  # type: ignore[arg-type]
    if bundles:
        excluded.sort(key=_PRODUCT)
        recommended.sort(key=_PRODUCT)
    actions: tuple[Reason, ...] = ()
    if assessment_only and ctx.valid_grade is None:
        state = "missing" if facts.assessed_on is None or facts.risk_grade is None else "expired"
        params = {"state": state, "assessed_on": facts.assessed_on, "products": assessment_only}
        actions = (Reason(RISK_ASSESSMENT_NEEDED, params),)
    recommended.sort(key=_SCORE, reverse=True)  # stable: ties stay in product order
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
