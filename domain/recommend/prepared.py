"""A catalogue made ready for many customers (`prepare`): what the weights match, and what the suitability rules
read of each product, worked out once per catalogue version; the product-only findings once per day and channel.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from domain.catalog import ProductSpec
from domain.codes import ProductFamily
from domain.recommend.model import (
    ALREADY_HELD,
    NO_IDENTIFIED_NEED,
    PRODUCT_SPEC_UNREADABLE,
    CatalogueEntry,
    Excluded,
    Reason,
)
from domain.recommend.weights import Weights, any_match
from domain.suitability import DEFAULT_RULES, Finding, SuitabilityRules
from domain.suitability.staged import pair_reads, product_findings

Key = tuple[Hashable, ...]  # plain values standing for a customer or a product, compared and hashed
Reasons = tuple[Reason, ...]
# Families where an amount makes no sense for an offer (an account, a card, a service, an application).
AMOUNTLESS_FAMILIES = frozenset({"card", "ebanking", "service", "bundle", "loan"})
LIFE_STAGES = ("minor", "young", "middle", "senior")


class Row:
    """One catalogue entry ready for checking and scoring, with what the engine asks of it per customer worked
    out once. An unreadable entry carries only `unreadable` (its exclusion); a readable one its spec, `kind`
    (see `kind_of`), `pair` (the index of its pair-rule reads in `Prepared.pairs`) and `scoring` (the index of
    its scoring class in `Prepared.scoring`)."""

    __slots__ = (
        "code", "spec", "kind", "pair", "active", "no_repeat", "unreadable", "scoring", "family",
        "needs_assessment", "amountless", "bundle", "lifting", "minimum", "maximum",
    )  # fmt: skip

    def __init__(
        self,
        code: str,
        spec: ProductSpec | None,
        kind: str = "",
        pair: int = -1,
        active: bool = True,
        no_repeat: bool = False,
        unreadable: Excluded | None = None,
        scoring: int = -1,
        lifting: bool = False,
    ) -> None:
        self.code, self.spec, self.kind, self.pair, self.active = code, spec, kind, pair, active
        self.no_repeat, self.unreadable, self.scoring = no_repeat, unreadable, scoring
        family = self.family = spec.family if spec is not None else ""
        self.needs_assessment = spec is not None and spec.needs_assessment
        # Families where an amount makes no sense (an account, a card, a service, an application).
        self.amountless = family in AMOUNTLESS_FAMILIES
        self.bundle = spec is not None and family == ProductFamily.BUNDLE and bool(spec.members)
        demand = spec is not None and family == ProductFamily.DEPOSIT and spec.liquidity == "high"
        # Events lift AUM through the weights' lifting products, never a demand-like deposit.
        self.lifting = lifting and not demand
        # The least an offer asks (None: never out of reach: no amount, or a demand account where money
        # arrives), and the per-customer maximum.
        self.minimum = None if spec is None or self.amountless or demand else spec.min_amount or Decimal(0)
        self.maximum = spec.max_amount if spec is not None else None


@dataclass(frozen=True)
class Fit:
    """The products (codes) each template line of the weights matches, worked out once per catalogue."""

    templates: dict[str, frozenset[str]]
    stages: dict[str, frozenset[str]]
    lifting: frozenset[str]
    income: dict[str, frozenset[str]]


@dataclass(frozen=True)
class Day:
    """The catalogue on one day through one channel: per row, the index of its gate (`combos`: the product
    rules' blocks and warnings as reasons, and the row's pair index). Rows with one combo get one gate."""

    combo_of: tuple[int, ...]
    combos: tuple[tuple[Reasons, Reasons, int], ...]


@dataclass(frozen=True)
class Prepared:
    """A catalogue ready for many customers: entries by code, the one-per-customer codes, template matches."""

    entries: tuple[CatalogueEntry, ...]
    exclusive: frozenset[str]
    fit: Fit
    weights: Weights
    rules: SuitabilityRules
    kinds: dict[str, str]  # product code -> which facts of the customer its check can see (see `kind_of`)
    rows: tuple[Row, ...] = ()
    # Per pair index: what the pair rules read, as one number per rule (equal numbers, equal reads), and a
    # product that reads so (see domain.suitability.staged).
    pairs: tuple[tuple[tuple[int, ...], ProductSpec], ...] = ()
    # Per scoring class: a product of the class (the needs that depend on who the customer is read only it).
    scoring: tuple[ProductSpec, ...] = ()
    no_need: dict[str, Excluded] = field(default_factory=dict)
    held_exclusions: dict[str, Excluded] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # product code -> its name, for reasons' words
    names_en: dict[str, str] = field(default_factory=dict)  # product code -> its English name (or none)
    alike: dict[str, Key] = field(default_factory=dict)  # product code -> its `alike_of` group
    _days: dict[tuple[date, str], Day] = field(default_factory=dict, compare=False, repr=False)

    def day(self, as_of: date, channel: str) -> Day:
        """The product rules' findings for `as_of` and `channel`, worked out at the first call (a race between
        two threads works them out twice, alike)."""
        found = self._days.get((as_of, channel))
        if found is None:
            found = self._days[(as_of, channel)] = _day(self, as_of, channel)
        return found


def _reasons(findings: tuple[Finding, ...]) -> Reasons:
    return tuple(Reason(str(f.code), dict(f.params)) for f in findings)


def _day(prepared: Prepared, as_of: date, channel: str) -> Day:
    combos: dict[tuple[Key, Key, int], int] = {}
    values: list[tuple[Reasons, Reasons, int]] = []
    combo_of = []
    for row in prepared.rows:
        if row.spec is None:
            combo_of.append(-1)
            continue
        blocks, warnings = product_findings(row.spec, as_of, channel, prepared.rules)
        key = (tuple(blocks), tuple(warnings), row.pair)
        index = combos.get(key)
        if index is None:
            index = combos[key] = len(values)
            values.append((_reasons(blocks), _reasons(warnings), row.pair))
        combo_of.append(index)
    return Day(tuple(combo_of), tuple(values))


def kind_of(spec: ProductSpec, rules: SuitabilityRules) -> str:
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


def alike_of(spec: ProductSpec) -> Key:
    """Products a customer manager offers as one choice: the same kind of product in different terms (整存整取
    3个月 to 5年, 大额存单 1年 and 3年). The first of each goes before a second of any (engine)."""
    return (spec.family, spec.template, spec.risk_level, spec.function, spec.liquidity, spec.monthly)


def gate_profile(spec: ProductSpec) -> Key:
    """What the suitability rules read of a product when there is no amount (domain/suitability/*_rules.py):
    products with the same profile get the same result for a customer. The amount fields are not read without
    an amount; the code only by `already_holds` (exclusive products keep their own profile). The tests hold
    `check` to this (tests/domain/test_recommend.py)."""
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


def scoring_class(spec: ProductSpec, fit: Fit, weights: Weights) -> Key:
    """What the needs that depend only on who the customer is (risk type, life stage, tier, income band: see
    `scoring.profile_reasons`) read of a product: products of one class get the same reasons for a customer."""
    code = spec.code
    return (
        frozenset(name for name, codes in fit.templates.items() if code in codes),
        frozenset(stage for stage, codes in fit.stages.items() if code in codes),
        spec.life_stages,
        spec.risk_level if spec.risk_level is not None else 1,
        frozenset(spec.tiers) & weights.privilege_tiers if spec.tiers else frozenset(),
        frozenset(band for band, codes in fit.income.items() if code in codes),
    )


def prepare(
    catalogue: Iterable[CatalogueEntry], weights: Weights, rules: SuitabilityRules = DEFAULT_RULES
) -> Prepared:
    entries = tuple(sorted(catalogue, key=lambda e: e.code))
    specs = [e.spec for e in entries if e.spec is not None]

    def codes(selectors: Any) -> frozenset[str]:
        return frozenset(s.code for s in specs if any_match(selectors, s))

    fit = Fit(
        templates={name: codes(sel) for name, sel in weights.templates.items()},
        stages={
            stage: frozenset(
                s.code
                for s in specs
                if stage in s.life_stages
                or any(x.matches(s) for x in sel if not s.life_stages or x.codes is not None)
            )
            for stage, sel in {**{st: () for st in LIFE_STAGES}, **weights.life_stages}.items()
        },
        lifting=codes(weights.lifting),
        income={band: codes(sel) for band, sel in weights.income_products.items()},
    )
    kinds = {s.code: kind_of(s, rules) for s in specs}
    pairs: dict[Key, int] = {}
    pair_specs: list[tuple[tuple[int, ...], ProductSpec]] = []
    numbers: dict[tuple[int, Hashable], int] = {}  # (rule, what it reads) -> a number of its own
    classes: dict[Key, int] = {}
    class_specs: list[ProductSpec] = []
    rows = []
    for e in entries:
        if e.spec is None:
            unreadable = Excluded(e.code, (Reason(PRODUCT_SPEC_UNREADABLE, {"product": e.code}),))
            rows.append(Row(e.code, None, active=e.active, unreadable=unreadable))
            continue
        reads = pair_reads(e.spec)
        pair = pairs.get(reads)
        if pair is None:
            pair = pairs[reads] = len(pair_specs)
            keys = tuple(numbers.setdefault((n, value), len(numbers)) for n, value in enumerate(reads))
            pair_specs.append((keys, e.spec))
        key = scoring_class(e.spec, fit, weights)
        scoring = classes.get(key)
        if scoring is None:
            scoring = classes[key] = len(class_specs)
            class_specs.append(e.spec)
        no_repeat = e.spec.family in weights.no_repeat_families
        lifting = e.code in fit.lifting
        rows.append(Row(e.code, e.spec, kinds[e.code], pair, e.active, no_repeat, None, scoring, lifting))
    return Prepared(
        entries,
        frozenset(s.code for s in specs if s.exclusive),
        fit,
        weights,
        rules,
        kinds,
        tuple(rows),
        tuple(pair_specs),
        tuple(class_specs),
        no_need={e.code: Excluded(e.code, (Reason(NO_IDENTIFIED_NEED),)) for e in entries},
        alike={e.code: alike_of(e.spec) for e in entries if e.spec is not None},
        held_exclusions={
            e.code: Excluded(
                e.code,
                (
                    Reason(
                        ALREADY_HELD,
                        {
                            "product": e.code,
                            "product_name": e.spec.name if e.spec else e.code,
                            "product_name_en": e.spec.name_en if e.spec else "",
                        },
                    ),
                ),
            )
            for e in entries
        },
        names={s.code: s.name for s in specs},
        names_en={s.code: s.name_en for s in specs if s.name_en},
    )
