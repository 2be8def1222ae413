"""The product catalogue as the bank's product team writes it, checked entry by entry and as a whole.

`validate_catalog(raw)` takes the parsed catalogue file (a mapping whose `products` is a list of mappings; numbers
already exact: int, Decimal or text, never float) and returns one `ProductSpec` per entry, or raises a single
`CatalogInvalid` listing every problem found. Each problem names the product (its code, or `#n` for the n-th
entry when the code is unusable) and the field, so the product team can fix the whole file in one pass.

Required in every entry: `code`, `name`, `family`, `currency`; `risk_level` too when the product needs a risk
assessment (`requires_assessment`, else the family default), and `members` for bundles. Everything else is
optional: null or left out means "not set" (no limit, no rate, all tiers, the family's default template).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.codes import ProductFamily, Tier
from domain.errors import DomainError
from domain.template_ids import AGREEMENT_TEMPLATES
from domain.text import text_problem

FAMILIES = tuple(f.value for f in ProductFamily)
TIERS = tuple(t.value for t in Tier)
BUSINESS_TYPES = ("liability", "asset", "intermediary")
LIQUIDITY = ("high", "medium", "low")
FUNCTIONS = ("preserve", "tax_free", "invest")
LIFE_STAGES = ("young", "middle", "senior")
SALE_MODES = ("own", "agency")
TEMPLATES = AGREEMENT_TEMPLATES
CURRENCIES = ("CNY", "USD", "HKD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "SGD", "NZD", "MOP")

# Investment families need a valid questionnaire (DOMAIN.md §5). Bonds default to "no" because savings and
# certificate bonds need none; book-entry bond entries set `requires_assessment: true` themselves.
_ASSESSED_FAMILIES = frozenset({"wealth", "fund", "insurance", "gold", "fx"})
# A family whose products all sign the same kind of agreement has a default template. The others (deposits:
# demand, time, notice ... each its own terms; bonds, gold, FX, cards, e-banking) name theirs in each entry:
# one left without is refused at issue (agreement_template_missing), never printed on another kind's document.
_FAMILY_TEMPLATES = {
    "wealth": "wealth_subscription",
    "fund": "fund_subscription",
    "insurance": "insurance_agency",
    "loan": "loan_application",
}

MAX_AMOUNT = Decimal(10) ** 15  # what the integer-fen money columns hold with room to spare
MAX_RATE_PLACES = 8
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_TERM = re.compile(r"^[1-9]\d{0,3}[DMY]$")
_PLAIN_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TEXT_LIMITS = {"code": 40, "name": 100, "name_en": 150, "issuer": 100}


def default_requires_assessment(family: str) -> bool:
    return family in _ASSESSED_FAMILIES


# The families whose every sale signs a service agreement (DOMAIN §8); agency services and bundles only when the
# entry names one (standing instructions, deposit certificates).
AGREEMENT_FAMILIES = frozenset(FAMILIES) - {"service", "bundle"}


def default_agreement_template(family: str) -> str | None:
    """The agreement a sale of this family prints when the entry names none (None: no agreement)."""
    return _FAMILY_TEMPLATES.get(family)


@dataclass(frozen=True, kw_only=True)
class ProductSpec:
    """One catalogue entry with typed values; field names and order are the file's (the product team's)."""

    code: str
    name: str
    name_en: str = ""
    family: str
    business_type: str | None = None
    liquidity: str | None = None
    function: str | None = None
    risk_level: int | None = None
    currency: str
    min_amount: Decimal | None = None
    step_amount: Decimal | None = None
    max_amount: Decimal | None = None
    min_remaining_balance: Decimal | None = None
    terms: tuple[str, ...] = ()
    rate: Decimal | None = None
    age_min: int | None = None
    age_max: int | None = None
    tiers: tuple[str, ...] = ()  # empty: every tier
    private: bool = False
    cooling_off_hours: int | None = None
    dual_recording: bool = False
    first_purchase_in_branch: bool = False
    monthly: bool = False  # the amount is a monthly contribution (零存整取, 定投, 教育储蓄), not a lump sum
    exclusive: bool = False
    requires_assessment: bool | None = None  # None: the family default
    sale_start: date | None = None
    sale_end: date | None = None
    life_stages: tuple[str, ...] = ()
    agreement_template: str | None = None  # None: the family default
    members: tuple[str, ...] = ()
    issuer: str | None = None
    sale_mode: str | None = None

    @property
    def needs_assessment(self) -> bool:
        if self.requires_assessment is not None:
            return self.requires_assessment
        return default_requires_assessment(self.family)

    @property
    def template(self) -> str | None:
        return self.agreement_template or default_agreement_template(self.family)


FIELDS = tuple(f.name for f in fields(ProductSpec))
REQUIRED = ("code", "name", "family", "currency")


@dataclass(frozen=True)
class ProductView:
    """A catalogue row as screens list it."""

    code: str
    name: str
    name_en: str
    family: str
    risk_level: int | None
    currency: str
    min_amount: Decimal | None
    rate: Decimal | None
    terms: tuple[str, ...]
    version: int
    active: bool
    sale_start: date | None = None
    sale_end: date | None = None
    on_sale: bool = True  # today within the sale period (either end open when not set)


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    pending: tuple[
        int, ...
    ] = ()  # ids of the pending versions a second supervisor approves (not applied yet)
    requests: tuple[int, ...] = ()  # their approval requests (`branchdesk approvals approve ID`)


@dataclass(frozen=True)
class CatalogProblem:
    """One thing wrong in the file. `product` is the entry's code, `#n` for the n-th entry, "" for the file."""

    code: str
    product: str
    field: str = ""
    value: str = ""

    @property
    def params(self) -> dict[str, str]:
        return {"product": self.product, "field": self.field, "value": self.value}


class CatalogInvalid(DomainError):
    """The file was refused as a whole; `problems` lists every reason."""

    def __init__(self, problems: Iterable[CatalogProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("catalog_invalid", count=len(self.problems))


@dataclass
class _Entry:
    """Reads one raw entry field by field, recording problems instead of stopping at the first."""

    raw: Mapping[str, Any]
    label: str
    problems: list[CatalogProblem] = field(default_factory=list)

    def fail(self, code: str, name: str, value: object = "") -> None:
        self.problems.append(CatalogProblem(code, self.label, name, _short(value)))

    def get(self, name: str) -> Any:
        value = self.raw.get(name)
        if isinstance(value, str) and not value.strip():
            value = None  # a blank field is a field left out
        if value is None and name in REQUIRED:
            self.fail("catalog_missing_field", name)
        return value

    def text(self, name: str) -> str | None:
        value = self.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail("catalog_not_text", name, value)
            return None
        limit = _TEXT_LIMITS.get(name)
        if limit and len(value) > limit:
            self.fail("catalog_text_too_long", name, limit)
            return None
        hidden = text_problem(value)
        if hidden is not None:  # a product name printed backwards on an agreement, or cut short by a NUL
            self.fail("catalog_control_character", name, hidden["character"])
            return None
        return value

    def choice(self, name: str, allowed: tuple[str, ...]) -> str | None:
        value = self.text(name)
        if value is not None and value not in allowed:
            self.fail("catalog_unknown_value", name, value)
            return None
        return value

    def flag(self, name: str) -> bool | None:
        value = self.get(name)
        if value is not None and not isinstance(value, bool):
            self.fail("catalog_not_yes_no", name, value)
            return None
        return value

    def whole(self, name: str, low: int, high: int, code: str = "catalog_out_of_range") -> int | None:
        value = self.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail("catalog_not_whole_number", name, value)
            return None
        if value < 0:
            self.fail("catalog_negative", name, value)
            return None
        if not low <= value <= high:
            self.fail(code, name, value)
            return None
        return value

    def decimal(self, name: str, kind: str) -> Decimal | None:
        value = self.get(name)
        if value is None:
            return None
        number = _exact_decimal(value)
        if number is None:
            self.fail(f"catalog_not_{kind}", name, value)
            return None
        if number < 0:
            self.fail("catalog_negative", name, value)
            return None
        return number

    def amount(self, name: str) -> Decimal | None:
        number = self.decimal(name, "amount")
        if number is None:
            return None
        if (number * 100) != (number * 100).to_integral_value():
            self.fail("catalog_amount_too_precise", name, number)
            return None
        if number >= MAX_AMOUNT:
            self.fail("catalog_amount_too_large", name, number)
            return None
        return number

    def rate(self) -> Decimal | None:
        number = self.decimal("rate", "rate")
        if number is None:
            return None
        if number >= 1:  # an annual fraction: 1.35 means someone wrote a percentage
            self.fail("catalog_rate_not_fraction", "rate", number)
            return None
        if -int(number.normalize().as_tuple().exponent) > MAX_RATE_PLACES:
            self.fail("catalog_rate_too_precise", "rate", number)
            return None
        return number

    def day(self, name: str) -> date | None:
        value = self.get(name)
        if value is None:
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str) and _DATE.match(value.strip()):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail("catalog_not_date", name, value)
        return None

    def text_list(self, name: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        value = self.get(name)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail("catalog_not_list", name, value)
            return ()
        for item in value:
            if allowed is not None and item not in allowed:
                self.fail("catalog_unknown_value", name, item)
            elif name == "terms" and not _TERM.match(item):
                self.fail("catalog_bad_term", name, item)
        return tuple(value)


def _short(value: object) -> str:
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _exact_decimal(value: object) -> Decimal | None:
    """int, Decimal or plain decimal text; never float (it would already be inexact) or bool."""
    if isinstance(value, (bool, float)):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, str) and _PLAIN_DECIMAL.match(value.strip()):
        try:
            return Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern already guards this
            return None
    return None


def _label(raw: object, index: int) -> str:
    if isinstance(raw, Mapping):
        code = raw.get("code")
        if isinstance(code, str) and _CODE.match(code) and len(code) <= _TEXT_LIMITS["code"]:
            return code
    return f"#{index + 1}"


def _read_entry(raw: Mapping[str, Any], label: str) -> tuple[ProductSpec | None, list[CatalogProblem]]:
    e = _Entry(raw, label)
    for key in raw:
        if key not in FIELDS:
            e.fail("catalog_unknown_field", str(key))
    code = e.text("code")
    if code is not None and not _CODE.match(code):
        e.fail("catalog_bad_code", "code", code)
    family = e.choice("family", FAMILIES)
    values: dict[str, Any] = {
        "code": code,
        "name": e.text("name"),
        "family": family,
        "currency": e.choice("currency", CURRENCIES),
        "name_en": e.text("name_en") or "",
        "business_type": e.choice("business_type", BUSINESS_TYPES),
        "liquidity": e.choice("liquidity", LIQUIDITY),
        "function": e.choice("function", FUNCTIONS),
        "risk_level": e.whole("risk_level", 1, 5, "catalog_risk_level_out_of_range"),
        "min_amount": e.amount("min_amount"),
        "step_amount": e.amount("step_amount"),
        "max_amount": e.amount("max_amount"),
        "min_remaining_balance": e.amount("min_remaining_balance"),
        "terms": e.text_list("terms"),
        "rate": e.rate(),
        "age_min": e.whole("age_min", 0, 150),
        "age_max": e.whole("age_max", 0, 150),
        "tiers": e.text_list("tiers", TIERS),
        "private": e.flag("private") or False,
        "cooling_off_hours": e.whole("cooling_off_hours", 0, 24 * 366),
        "dual_recording": e.flag("dual_recording") or False,
        "first_purchase_in_branch": e.flag("first_purchase_in_branch") or False,
        "monthly": e.flag("monthly") or False,
        "exclusive": e.flag("exclusive") or False,
        "requires_assessment": e.flag("requires_assessment"),
        "sale_start": e.day("sale_start"),
        "sale_end": e.day("sale_end"),
        "life_stages": e.text_list("life_stages", LIFE_STAGES),
        "agreement_template": e.choice("agreement_template", TEMPLATES),
        "members": e.text_list("members"),
        "issuer": e.text("issuer"),
        "sale_mode": e.choice("sale_mode", SALE_MODES),
    }
    _check_together(e, values)
    if e.problems:
        return None, e.problems
    return ProductSpec(**values), []


def _check_together(e: _Entry, v: dict[str, Any]) -> None:
    """Rules between fields of one entry (each side already valid on its own)."""
    if v["min_amount"] is not None and v["max_amount"] is not None and v["min_amount"] > v["max_amount"]:
        e.fail("catalog_min_above_max", "min_amount", v["min_amount"])
    if v["step_amount"] is not None and v["step_amount"] <= 0:
        e.fail("catalog_step_not_positive", "step_amount", v["step_amount"])
    if v["age_min"] is not None and v["age_max"] is not None and v["age_min"] > v["age_max"]:
        e.fail("catalog_age_min_above_max", "age_min", v["age_min"])
    if v["sale_start"] is not None and v["sale_end"] is not None and v["sale_end"] < v["sale_start"]:
        e.fail("catalog_end_before_start", "sale_end", v["sale_end"])
    family = v["family"]
    if family is None:
        return
    assessed = v["requires_assessment"]
    if assessed is None:
        assessed = default_requires_assessment(family)
    if assessed and v["risk_level"] is None and "risk_level" not in {p.field for p in e.problems}:
        e.fail("catalog_missing_field", "risk_level")
    if family == ProductFamily.BUNDLE and not v["members"] and "members" not in {p.field for p in e.problems}:
        e.fail("catalog_missing_field", "members")
    if family != ProductFamily.BUNDLE and v["members"]:
        e.fail("catalog_members_not_bundle", "members")


def spec_from_dict(raw: Mapping[str, Any]) -> ProductSpec:
    """One stored entry back to a spec (no cross-entry checks: those ran when it was imported)."""
    spec, problems = _read_entry(raw, _label(raw, 0))
    if spec is None:
        raise CatalogInvalid(problems)
    return spec


def validate_catalog(raw: object, known_codes: Iterable[str] = ()) -> list[ProductSpec]:
    """All entries, or CatalogInvalid with every problem. Bundles may name members already in `known_codes`."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("products"), list):
        raise CatalogInvalid([CatalogProblem("catalog_no_products_list", "", "products")])
    problems = [CatalogProblem("catalog_unknown_top_level_key", "", str(k)) for k in raw if k != "products"]
    entries = raw["products"]
    labels = [_label(entry, index) for index, entry in enumerate(entries)]
    available = {label for label in labels if not label.startswith("#")} | set(known_codes)
    specs: list[ProductSpec] = []
    seen: set[str] = set()
    for index, (entry, label) in enumerate(zip(entries, labels, strict=True)):
        if not isinstance(entry, Mapping):
            problems.append(CatalogProblem("catalog_entry_not_mapping", label))
            continue
        if label in seen:
            problems.append(CatalogProblem("catalog_duplicate_code", label, "code", f"#{index + 1}"))
        seen.add(label)
        spec, entry_problems = _read_entry(entry, label)
        problems.extend(entry_problems)
        problems.extend(_member_problems(entry.get("members"), label, available))
        if spec is not None:
            specs.append(spec)
    if problems:
        raise CatalogInvalid(problems)
    return specs


def _member_problems(members: object, label: str, available: set[str]) -> list[CatalogProblem]:
    """Bundle members must be products of this file or already in the catalogue (checked even if the entry has
    other problems, so one pass shows everything)."""
    if not isinstance(members, list):
        return []
    problems = []
    for member in members:
        if not isinstance(member, str):
            continue  # already reported as a malformed list
        if member == label:
            problems.append(CatalogProblem("catalog_bundle_contains_itself", label, "members", member))
        elif member not in available:
            problems.append(CatalogProblem("catalog_unknown_member", label, "members", member))
    return problems


_DEFAULTS = {f.name: f.default for f in fields(ProductSpec)}


def spec_to_dict(spec: ProductSpec) -> dict[str, Any]:
    """The entry as the file writes it: amounts and rates as exact text, dates as YYYY-MM-DD, defaults left out."""
    out: dict[str, Any] = {}
    for name in FIELDS:
        value = getattr(spec, name)
        if name not in REQUIRED and value == _DEFAULTS[name]:
            continue
        if isinstance(value, Decimal):
            value = format(value, "f")
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return out
