"""The tunable part of recommendations: points per need, portfolio templates, thresholds (resources/recommend/).

`parse_weights(text)` reads the YAML a supervisor edits (format: the comment at the top of
resources/recommend/weights.yaml) strictly: unknown keys, wrong types and negative points are refused with every
problem listed (`WeightsInvalid`). Weights only order what suitability allows: nothing here can let a blocked
product through, and points cannot be negative (a need never pushes a product down below "no need").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from domain.catalog import FAMILIES, FUNCTIONS, LIFE_STAGES, LIQUIDITY, TIERS, ProductSpec
from domain.codes import RiskGrade
from domain.errors import DomainError
from domain.strict_yaml import YamlRefused, load_strict, plain_words

SHIPPED_FILE = ("recommend", "weights.yaml")

# Every need and the points key it reads (the reason codes are the keys: an interface, never rename).
NEEDS = (
    "risk_profile",
    "life_stage",
    "tier_privilege",
    "near_next_tier",
    "income_band",
    "basket_gap",
    "coverage_gap",
    "bundle_completes",
    "maturity_reinvest",
    "large_inflow",
    "assessment_expiring",
    "peers_hold",
    "idle_balance",
    "household_child",
)
RISK_TYPES = ("conservative", "moderate", "balanced", "aggressive")
INCOME_BANDS = ("general", "middle_high", "ultra_high")
_TOP_KEYS = (
    "version",
    "max_shown",
    "points",
    "risk_types",
    "templates",
    "life_stages",
    "tiers",
    "income_bands",
    "coverage",
    "events",
    "peers",
    "no_repeat_families",
    "for_children",
)
_OPTIONAL_KEYS = ("money", "answers")  # newer keys: a file without them gets the defaults


@dataclass(frozen=True)
class Selector:
    """Which products a template line means: every given condition must hold (none given: every product)."""

    families: frozenset[str] | None = None
    codes: frozenset[str] | None = None
    functions: frozenset[str] | None = None
    liquidity: frozenset[str] | None = None
    min_level: int | None = None
    max_level: int | None = None
    private: bool | None = None

    def matches(self, spec: ProductSpec) -> bool:
        if self.families is not None and spec.family not in self.families:
            return False
        if self.codes is not None and spec.code not in self.codes:
            return False
        if self.functions is not None and spec.function not in self.functions:
            return False
        if self.liquidity is not None and spec.liquidity not in self.liquidity:
            return False
        level = spec.risk_level if spec.risk_level is not None else (5 if spec.needs_assessment else 1)
        if self.min_level is not None and level < self.min_level:
            return False
        if self.max_level is not None and level > self.max_level:
            return False
        return self.private is None or spec.private == self.private


def any_match(selectors: Sequence[Selector], spec: ProductSpec) -> bool:
    return any(s.matches(spec) for s in selectors)


@dataclass(frozen=True, kw_only=True)
class Weights:
    version: str
    max_shown: int = 5
    points: Mapping[str, int] = field(default_factory=dict)
    risk_types: Mapping[str, str] = field(default_factory=dict)  # C1..C5 and "none" -> a template name
    templates: Mapping[str, tuple[Selector, ...]] = field(default_factory=dict)
    life_stages: Mapping[str, tuple[Selector, ...]] = field(default_factory=dict)
    tier_floors: Mapping[str, Decimal] = field(default_factory=dict)  # T1..T5: AUM from
    near_ratio: Decimal = Decimal("0.8")
    lifting: tuple[Selector, ...] = ()  # what raises AUM: near-tier, maturity and inflow offers
    privilege_tiers: frozenset[str] = frozenset()  # tiers whose tier-restricted products get a reason
    income_bands: tuple[tuple[str, Decimal | None], ...] = ()  # (band, annual income below); None: no limit
    income_products: Mapping[str, tuple[Selector, ...]] = field(default_factory=dict)
    basket: tuple[str, ...] = ()  # families every customer should have
    gaps: tuple[tuple[str, str], ...] = ()  # (holds family, lacks family)
    maturity_days: int = 30
    assessment_days: int = 30
    id_days: int = 30
    inflow_days: int = 7
    inflow_min: Decimal = Decimal("50000")
    peer_min_share: Decimal = Decimal("0.3")
    peer_min_customers: int = 10
    no_repeat_families: frozenset[str] = frozenset()
    # Products opened in a child's name (教育储蓄): an adult is offered one only for a household child of the
    # product's ages, with that child named in the reason.
    for_children: frozenset[str] = frozenset()
    idle_min: Decimal = Decimal("50000")  # investable demand money from this much is an idle balance to place
    keep_share: Decimal = Decimal("0.3")  # of the cash-like balance kept liquid, never suggested ...
    keep_min: Decimal = Decimal("10000")  # ... and at least this much
    monthly_share: Decimal = Decimal("0.1")  # of the declared monthly income: a monthly contribution's size
    accepted_days: int = 30  # an accepted offer is not offered again for this many days
    declined_days: int = 90  # a declined one comes back after this many days

    def point(self, need: str) -> int:
        return self.points.get(need, 0)

    def income_band(self, income: Decimal | None) -> str | None:
        if income is None:
            return None
        for band, below in self.income_bands:
            if below is None or income < below:
                return band
        return None


class WeightsInvalid(DomainError):
    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("recommend_weights_invalid", count=len(self.problems), first=self.problems[0])


def parse_weights(text: str) -> Weights:
    try:
        raw = load_strict(text)
    except YamlRefused as refused:
        if refused.duplicates:
            raise WeightsInvalid([f"repeated key {k} (line {n})" for k, n in refused.duplicates]) from None
        raise WeightsInvalid([plain_words(refused)]) from None
    return validate_weights(raw)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def mapping(self, raw: object, where: str, allowed: Sequence[str] | None = None) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            self.fail(where, "not a mapping")
            return {}
        if allowed is not None:
            for key in raw:
                if key not in allowed:
                    self.fail(where, f"unknown key {key}")
        return raw

    def whole(self, raw: object, where: str, low: int = 0, high: int = 10_000) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw <= high:
            self.fail(where, f"not a whole number from {low} to {high}")
            return low
        return raw

    def decimal(self, raw: object, where: str) -> Decimal:
        if isinstance(raw, bool) or not isinstance(raw, (int, Decimal, str)):
            self.fail(where, "not a number")
            return Decimal(0)
        try:
            number = Decimal(str(raw))
        except ArithmeticError:
            self.fail(where, "not a number")
            return Decimal(0)
        if not number.is_finite() or number < 0:
            self.fail(where, "not a number of zero or more")
            return Decimal(0)
        return number

    def names(self, raw: object, where: str, allowed: Sequence[str] | None) -> tuple[str, ...]:
        items = raw if isinstance(raw, list) else [raw]
        out = []
        for item in items:
            if not isinstance(item, str) or (allowed is not None and item not in allowed):
                self.fail(where, f"unknown value {item}")
            else:
                out.append(item)
        return tuple(out)

    def selector(self, raw: object, where: str) -> Selector:
        keys = ("family", "code", "function", "liquidity", "min_level", "max_level", "private")
        m = self.mapping(raw, where, keys)
        level = {k: self.whole(m[k], f"{where}.{k}", 1, 5) for k in ("min_level", "max_level") if k in m}
        private = m.get("private")
        if private is not None and not isinstance(private, bool):
            self.fail(f"{where}.private", "not yes/no")
            private = None

        def names(key: str, allowed: Sequence[str] | None) -> frozenset[str] | None:
            return frozenset(self.names(m[key], f"{where}.{key}", allowed)) if key in m else None

        return Selector(
            families=names("family", FAMILIES),
            codes=names("code", None),
            functions=names("function", FUNCTIONS),
            liquidity=names("liquidity", LIQUIDITY),
            min_level=level.get("min_level"),
            max_level=level.get("max_level"),
            private=private,
        )

    def selectors(self, raw: object, where: str) -> tuple[Selector, ...]:
        if not isinstance(raw, list):
            self.fail(where, "not a list")
            return ()
        return tuple(self.selector(item, f"{where}[{i}]") for i, item in enumerate(raw))


def validate_weights(raw: object) -> Weights:
    r = _Reader()
    top = r.mapping(raw, "file", _TOP_KEYS + _OPTIONAL_KEYS)
    for key in _TOP_KEYS:
        if key not in top:
            r.fail("file", f"missing {key}")
    version = top.get("version")
    if not isinstance(version, str) or not 0 < len(version) <= 40:
        r.fail("version", "not a text of 1 to 40 characters")
        version = "?"
    points_raw = r.mapping(top.get("points", {}), "points", NEEDS)
    points = {k: r.whole(v, f"points.{k}") for k, v in points_raw.items()}
    risk_raw = r.mapping(top.get("risk_types", {}), "risk_types", (*[g.value for g in RiskGrade], "none"))
    risk_types = {
        k: (r.names(v, f"risk_types.{k}", RISK_TYPES) or ("conservative",))[0] for k, v in risk_raw.items()
    }
    templates_raw = r.mapping(top.get("templates", {}), "templates", RISK_TYPES)
    templates = {k: r.selectors(v, f"templates.{k}") for k, v in templates_raw.items()}
    for used in set(risk_types.values()) - set(templates):
        r.fail("templates", f"missing {used}")
    stages_raw = r.mapping(top.get("life_stages", {}), "life_stages", ("minor", *LIFE_STAGES))
    life_stages = {k: r.selectors(v, f"life_stages.{k}") for k, v in stages_raw.items()}
    tiers = r.mapping(top.get("tiers", {}), "tiers", ("floors", "near_ratio", "lifting", "privilege_tiers"))
    floors_raw = r.mapping(tiers.get("floors", {}), "tiers.floors", TIERS)
    floors = {k: r.decimal(v, f"tiers.floors.{k}") for k, v in floors_raw.items()}
    ordered = [floors[t] for t in TIERS if t in floors]
    if ordered != sorted(ordered):
        r.fail("tiers.floors", "not rising from tier to tier")
    near_ratio = r.decimal(tiers.get("near_ratio", "0.8"), "tiers.near_ratio")
    if not 0 < near_ratio < 1:
        r.fail("tiers.near_ratio", "not between 0 and 1")
    bands_raw = r.mapping(top.get("income_bands", {}), "income_bands", ("limits", "products"))
    limits_raw = bands_raw.get("limits", [])
    bands: list[tuple[str, Decimal | None]] = []
    if not isinstance(limits_raw, list):
        r.fail("income_bands.limits", "not a list")
        limits_raw = []
    for i, item in enumerate(limits_raw):
        m = r.mapping(item, f"income_bands.limits[{i}]", ("band", "below"))
        band = r.names(m.get("band"), f"income_bands.limits[{i}].band", INCOME_BANDS)
        below = m.get("below")
        bands.append(
            (band[0] if band else "general", None if below is None else r.decimal(below, f"income_bands.{i}"))
        )
    products_raw = r.mapping(bands_raw.get("products", {}), "income_bands.products", INCOME_BANDS)
    income_products = {k: r.selectors(v, f"income_bands.products.{k}") for k, v in products_raw.items()}
    coverage = r.mapping(top.get("coverage", {}), "coverage", ("basket", "gaps"))
    basket = r.names(coverage.get("basket", []), "coverage.basket", FAMILIES)
    gaps = []
    for i, item in enumerate(coverage.get("gaps", []) or []):
        m = r.mapping(item, f"coverage.gaps[{i}]", ("holds", "lacks"))
        holds = r.names(m.get("holds"), f"coverage.gaps[{i}].holds", FAMILIES)
        lacks = r.names(m.get("lacks"), f"coverage.gaps[{i}].lacks", FAMILIES)
        if holds and lacks:
            gaps.append((holds[0], lacks[0]))
    events = r.mapping(
        top.get("events", {}),
        "events",
        ("maturity_days", "assessment_days", "id_days", "inflow_days", "inflow_min"),
    )
    peers = r.mapping(top.get("peers", {}), "peers", ("min_share", "min_customers"))
    min_share = r.decimal(peers.get("min_share", "0.3"), "peers.min_share")
    if min_share > 1:
        r.fail("peers.min_share", "more than 1")
    money = r.mapping(top.get("money", {}), "money", ("idle_min", "keep_share", "keep_min", "monthly_share"))
    keep_share = r.decimal(money.get("keep_share", "0.3"), "money.keep_share")
    if keep_share > 1:
        r.fail("money.keep_share", "more than 1")
    monthly_share = r.decimal(money.get("monthly_share", "0.1"), "money.monthly_share")
    if monthly_share > 1:
        r.fail("money.monthly_share", "more than 1")
    answers = r.mapping(top.get("answers", {}), "answers", ("accepted_days", "declined_days"))
    weights = Weights(
        version=version,
        max_shown=r.whole(top.get("max_shown", 5), "max_shown", 1, 100),
        points=points,
        risk_types=risk_types,
        templates=templates,
        life_stages=life_stages,
        tier_floors=floors,
        near_ratio=near_ratio,
        lifting=r.selectors(tiers.get("lifting", []), "tiers.lifting"),
        privilege_tiers=frozenset(r.names(tiers.get("privilege_tiers", []), "tiers.privilege_tiers", TIERS)),
        income_bands=tuple(bands),
        income_products=income_products,
        basket=basket,
        gaps=tuple(gaps),
        maturity_days=r.whole(events.get("maturity_days", 30), "events.maturity_days", 0, 366),
        assessment_days=r.whole(events.get("assessment_days", 30), "events.assessment_days", 0, 366),
        id_days=r.whole(events.get("id_days", 30), "events.id_days", 0, 366),
        inflow_days=r.whole(events.get("inflow_days", 7), "events.inflow_days", 0, 366),
        inflow_min=r.decimal(events.get("inflow_min", "50000"), "events.inflow_min"),
        peer_min_share=min_share,
        peer_min_customers=r.whole(peers.get("min_customers", 10), "peers.min_customers", 1, 1_000_000),
        idle_min=r.decimal(money.get("idle_min", "50000"), "money.idle_min"),
        keep_share=keep_share,
        keep_min=r.decimal(money.get("keep_min", "10000"), "money.keep_min"),
        monthly_share=monthly_share,
        accepted_days=r.whole(answers.get("accepted_days", 30), "answers.accepted_days", 0, 3660),
        declined_days=r.whole(answers.get("declined_days", 90), "answers.declined_days", 0, 3660),
        for_children=frozenset(r.names(top.get("for_children", []), "for_children", None)),
        no_repeat_families=frozenset(
            r.names(top.get("no_repeat_families", []), "no_repeat_families", FAMILIES)
        ),
    )
    if r.problems:
        raise WeightsInvalid(r.problems)
    return weights
