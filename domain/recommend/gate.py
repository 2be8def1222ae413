"""The suitability gate as a recommendation runs it: every product's `check` without an amount, in stages.

Per customer the customer rules run once, the product rules come from the prepared catalogue (once per day and
channel), and the pair rules run once per distinct thing they read of a product (`domain.suitability.staged`);
products whose product findings and pair reads are alike (a `combo` of the day) share one `_Gate`. A batch
shares gates between customers the rules cannot tell apart (`SuitabilityCache`, `variant_keys`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.people import age_on
from domain.recommend.model import Excluded, Reason
from domain.recommend.prepared import Day, Key, Prepared, Reasons
from domain.suitability import Finding, SuitabilityCustomer, SuitabilityRules
from domain.suitability.assessment_rules import last_valid_day
from domain.suitability.staged import PairChecker, customer_findings

ASSESSMENT_BLOCKS = frozenset(
    {"risk_assessment_missing", "risk_assessment_expired", "assessment_change_not_reconfirmed"}
)


class Gate:
    """A suitability result as the recommendation lists it (worked out once, shared through the cache); what
    the engine asks of it per product is worked out here once."""

    __slots__ = ("allowed", "blocks", "warnings", "assessment_only", "tier_blocked", "_excluded")

    def __init__(self, blocks: Reasons, warnings: Reasons) -> None:
        self.allowed = not blocks
        self.blocks, self.warnings = blocks, warnings
        self.assessment_only = bool(blocks) and all(b.code in ASSESSMENT_BLOCKS for b in blocks)
        self.tier_blocked = any(b.code == "tier_not_eligible" for b in blocks)
        self._excluded: dict[str, Excluded] = {}

    def excluded(self, code: str) -> Excluded:
        """The exclusion of product `code` for these blocks (one object per product, shared like the gate)."""
        found = self._excluded.get(code)
        if found is None:
            found = self._excluded[code] = Excluded(code, self.blocks)
        return found


def _reasons(findings: tuple[Finding, ...]) -> Reasons:
    return tuple(Reason(str(f.code), dict(f.params)) for f in findings)


class CustomerGates:
    """The gates of one customer on one day: what the customer rules find (once, when first needed), what the
    pair rules find per pair index of the prepared catalogue, put together with the day's product findings."""

    __slots__ = ("_facts", "_prepared", "_as_of", "_day", "_checker", "_customer", "_pairs")

    def __init__(self, facts: SuitabilityCustomer, prepared: Prepared, as_of: date, day: Day) -> None:
        self._facts, self._prepared, self._as_of, self._day = facts, prepared, as_of, day
        self._checker: PairChecker | None = None
        self._customer: Reasons | None = None
        self._pairs: dict[int, tuple[Reasons, Reasons]] = {}

    def gate(self, combo: int) -> Gate:
        product_blocks, product_warnings, pair = self._day.combos[combo]
        if self._customer is None:
            self._customer = _reasons(customer_findings(self._facts, self._as_of))
        found = self._pairs.get(pair)
        if found is None:
            if self._checker is None:
                self._checker = PairChecker(self._facts, self._as_of, self._prepared.rules)
            reads, spec = self._prepared.pairs[pair]
            pair_blocks, pair_warnings = self._checker.findings(spec, reads)
            found = self._pairs[pair] = (_reasons(pair_blocks), _reasons(pair_warnings))
        return Gate(self._customer + product_blocks + found[0], found[1] + product_warnings)


@dataclass
class SuitabilityCache:
    """Gates shared across one batch over one prepared catalogue: customers whose facts the rules cannot tell
    apart on the day (same age, same tier, same status; see `suitability_key`) get the same gate."""

    results: dict[tuple[Key, date, str], dict[int, Gate]] = field(default_factory=dict)
    # (every kind's variant key, day, channel) -> the catalogue sorted by the gate for that class of customers
    sorted: dict[tuple[Key, date, str], Any] = field(default_factory=dict)
    static: dict[Key, dict[int, tuple[Reasons, bool, bool]]] = field(default_factory=dict)
    parts: dict[Key, Any] = field(default_factory=dict)  # gaps and peer reasons shared by customers alike
    hits: int = 0  # customers whose class was sorted already
    misses: int = 0
    prepared: Prepared | None = None  # the catalogue the gates' indexes belong to

    def serve(self, prepared: Prepared) -> None:
        """Tie the cache to `prepared` (the gates are kept by its indexes); ValueError for another catalogue."""
        if self.prepared is None:
            self.prepared = prepared
        elif self.prepared is not prepared:
            raise ValueError("a suitability cache serves one prepared catalogue")


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


def variants(
    key: SuitabilityCustomer, as_of: date, rules: SuitabilityRules
) -> dict[str, SuitabilityCustomer]:
    """The key as each kind of product sees it (see `prepared.kind_of`): facts a kind's rules never read are set
    to one value, so customers who differ only there share results. The tests hold `check` to giving the same
    result for the variant as for the customer, product by product."""
    middle = dataclasses.replace(key, birth_date=date(as_of.year - 40, 1, 1))
    senior = key if age_on(key.birth_date, as_of) >= rules.senior_age else middle
    return {
        "exact": key,
        "senior": senior,
        "invest": middle,
        "plain": dataclasses.replace(middle, **_PLAIN),
        "aged": dataclasses.replace(key, **_PLAIN),
    }


def variant_keys(
    c: SuitabilityCustomer, as_of: date, exclusive: frozenset[str], rules: SuitabilityRules
) -> dict[str, Key]:
    """`variants` as plain tuples, built straight from the customer (a batch builds five per customer, so no
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
