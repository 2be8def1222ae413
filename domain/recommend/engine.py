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
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from operator import attrgetter

from domain.catalog import ProductSpec
from domain.codes import ProductFamily
from domain.recommend.context import context
from domain.recommend.gate import CustomerGates, Gate, SuitabilityCache, variant_keys
from domain.recommend.model import (
    RISK_ASSESSMENT_NEEDED,
    TIER_GAP,
    Excluded,
    PeerStats,
    Reason,
    Recommendation,
    RecommendCustomer,
    Recommended,
)
from domain.recommend.prepared import Key, Prepared, Row
from domain.recommend.scoring import Scorer, Static
from domain.recommend.sorting import sort_catalogue
from domain.suitability import SaleChannel

_PRODUCT, _SCORE = attrgetter("product"), attrgetter("score")
_OF_A_KIND = 2  # products of one kind (terms of a deposit) before the other kinds


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
    if cache is None:
        own: dict[int, Gate] = {}  # products of one combo share a gate

        def gate_of(row: Row, combo: int) -> Gate:
            found = own.get(combo)
            if found is None:
                found = own[combo] = gates.gate(combo)
            return found

        sort = sort_catalogue(prepared, day, gate_of)
        static: Static = {}
        parts = None
    else:
        cache.serve(prepared)
        keys = variant_keys(facts, as_of, prepared.exclusive, rules)
        signature = (tuple(keys.values()), as_of, channel)
        found_sort = cache.sorted.get(signature)
        if found_sort is None:
            cache.misses += 1
            found_sort = cache.sorted[signature] = sort_catalogue(
                prepared, day, _shared_gates(cache, keys, as_of, channel, gates)
            )
        else:
            cache.hits += 1
        sort = found_sort
        static = cache.static.setdefault((ctx.static_key, as_of), {})
        parts = cache.parts
    recommended: list[Recommended] = []
    excluded = list(sort.excluded)
    near = ctx.near
    if near is not None:  # near the next tier: a tier block says what is missing
        for place, row, gate in sort.tier_blocked:
            assert row.spec is not None
            if near[0] in row.spec.tiers:
                gap = Reason(TIER_GAP, {"next_tier": near[0], "gap": near[1]})
                excluded[place] = Excluded(row.code, (*gate.blocks, gap))
    scorer = Scorer(ctx, prepared, channel, static, parts)
    held_codes, rested_codes = ctx.held, ctx.rested
    allowed = dict(sort.allowed)
    bundles: list[tuple[Row, ProductSpec, Gate, bool]] = []
    for row, gate in sort.open:
        spec = row.spec
        assert spec is not None
        code = row.code
        held = code in held_codes
        if held and row.no_repeat:
            excluded.append(prepared.held_exclusions[code])
            continue
        rested = rested_codes.get(code)
        if rested is not None:
            excluded.append(Excluded(code, (rested,)))
            continue
        blocked = None if held or row.minimum is None else scorer.money_block(row)
        if blocked is not None:
            allowed[code] = False
            excluded.append(blocked)
            continue
        if row.family == ProductFamily.BUNDLE:
            bundles.append((row, spec, gate, held))
            continue
        outcome = scorer.offer(row, spec, gate, held, None)
        (recommended if type(outcome) is Recommended else excluded).append(outcome)  # type: ignore[arg-type]
    # after the members: a bundle names only members the customer may have
    for row, spec, gate, held in bundles:
        outcome = scorer.offer(row, spec, gate, held, allowed)
        (recommended if type(outcome) is Recommended else excluded).append(outcome)  # type: ignore[arg-type]
    excluded.sort(key=_PRODUCT)  # the open products' exclusions among the gate's
    if bundles:
        recommended.sort(key=_PRODUCT)
    actions: tuple[Reason, ...] = ()
    if sort.assessment_only and ctx.valid_grade is None:
        state = "missing" if facts.assessed_on is None or facts.risk_grade is None else "expired"
        params = {"state": state, "assessed_on": facts.assessed_on, "products": sort.assessment_only}
        actions = (Reason(RISK_ASSESSMENT_NEEDED, params),)
    recommended.sort(key=_SCORE, reverse=True)  # stable: ties stay in product order
    recommended = _one_of_each_first(recommended, prepared.alike)
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


def _shared_gates(
    cache: SuitabilityCache, keys: dict[str, Key], as_of: date, channel: str, gates: CustomerGates
) -> Callable[[Row, int], Gate]:
    """Gates from the batch: per kind of product, customers with equal variant keys share them."""
    shared = {kind: cache.results.setdefault((variant, as_of, channel), {}) for kind, variant in keys.items()}

    def gate_of(row: Row, combo: int) -> Gate:
        results = shared[row.kind]
        found = results.get(combo)
        if found is None:
            found = results[combo] = gates.gate(combo)
        return found

    return gate_of


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


def _one_of_each_first(ranked: list[Recommended], alike: Mapping[str, Key]) -> list[Recommended]:
    """Best first, but at most two of a kind before the products of other kinds: five 整存整取 terms in a row
    crowd out everything else a manager would offer (each stays on the list, lower)."""
    seen: dict[Key, int] = {}
    first: list[Recommended] = []
    rest: list[Recommended] = []
    for item in ranked:
        key = alike.get(item.product, (item.product,))
        seen[key] = seen.get(key, 0) + 1
        (first if seen[key] <= _OF_A_KIND else rest).append(item)
    return first + rest
