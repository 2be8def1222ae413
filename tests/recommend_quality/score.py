"""Run the engine over the quality set (cases.py) and count: top-3 / top-5 precision and "never" violations.

Precision@k of a case = good products among the first k shown / min(k, number of good products); the set's figure
is the sum of hits over the sum of those denominators. A violation is a product of the case's `never` list among
the shown ones, or a breach of one of `GLOBAL_RULES` by a shown product, or a missing first action.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from domain.catalog import ProductSpec, validate_catalog
from domain.paths import resource_path
from domain.people import life_stage
from domain.recommend import (
    SHIPPED_FILE,
    CatalogueEntry,
    HoldingFact,
    RecommendCustomer,
    parse_weights,
    prepare,
)
from domain.recommend import model as recommend_model
from domain.recommend import recommend as run_engine
from domain.strict_yaml import load_strict
from domain.suitability import SuitabilityCustomer
from tests.recommend_quality.cases import AS_OF_ISO, CASES, Case

AS_OF = date.fromisoformat(AS_OF_ISO)
AMOUNTLESS = frozenset({"card", "ebanking", "service", "bundle", "loan"})
GENERIC = frozenset({"risk_profile", "income_band", "tier_privilege", "assessment_expiring"})
SMALL_MINIMUM = Decimal(
    "1000"
)  # a minimum up to this is pocket money: not held against a customer without cash


def catalogue() -> list[ProductSpec]:
    return validate_catalog(load_strict(resource_path("catalog", "default.yaml").read_text("utf-8")))


def prepared():
    weights = parse_weights(resource_path(*SHIPPED_FILE).read_text("utf-8"))
    return prepare([CatalogueEntry(s.code, s) for s in catalogue()], weights)


def born(age: int) -> date:
    return date(AS_OF.year - age, AS_OF.month, AS_OF.day) - timedelta(days=30)


def customer(case: Case, specs: dict[str, ProductSpec]) -> RecommendCustomer:
    holdings = tuple(
        HoldingFact(
            product=h.code,
            family=specs[h.code].family,
            balance=Decimal(h.balance),
            opened_on=AS_OF - timedelta(days=h.opened_days_ago),
            maturity_on=None if h.matures_in is None else AS_OF + timedelta(days=h.matures_in),
            liquidity=specs[h.code].liquidity,
        )
        for h in case.holdings
    )
    grade, assessed = None, None
    if case.grade is not None:
        expired = case.grade.startswith("expired:")
        grade = case.grade.removeprefix("expired:")
        assessed = AS_OF - timedelta(days=400 if expired else 60)
    capacity = "none" if case.age < 8 else "limited" if case.age < 18 else "full"
    facts = SuitabilityCustomer(
        birth_date=born(case.age),
        civil_capacity=capacity,
        tier=case.tier,
        kyc_status="verified",
        id_expiry=None if case.id_expires_in is None else AS_OF + timedelta(days=case.id_expires_in),
        aml_edd_pending=False,
        qualified_investor=case.qualified,
        risk_grade=grade,
        assessed_on=assessed,
        assessment_channel="branch" if grade else None,
        has_branch_assessment=grade is not None,
        held_products=frozenset(h.product for h in holdings),
        has_bought_bank_wmp=any(h.product.startswith("WM-") for h in holdings),
    )
    extra: dict[str, object] = {}
    answer_type = getattr(recommend_model, "AnswerFact", None)
    if answer_type is not None:
        extra["answers"] = tuple(
            answer_type(product, outcome, AS_OF - timedelta(days=days))
            for product, outcome, days in case.answers
        )
    return RecommendCustomer(
        customer_no=f"Q-{case.id}",
        suitability=facts,
        holdings=holdings,
        annual_income=None if case.income is None else Decimal(case.income),
        children_born=tuple(
            AS_OF.replace(year=AS_OF.year - age) - timedelta(days=30) for age in case.children
        ),
        **extra,  # type: ignore[arg-type]
    )


def money_in_reach(case: Case, horizon_days: int = 30) -> Decimal:
    """What the customer holds in cash-like products or receives within the horizon: the most any suggestion or
    minimum may ask for."""
    specs = {s.code: s for s in catalogue()}
    total = Decimal(0)
    for h in case.holdings:
        spec = specs[h.code]
        cash_like = (
            spec.liquidity == "high"
            and spec.family in {"deposit", "wealth", "fund"}
            and (spec.risk_level or 1) <= 1
        )
        maturing = h.matures_in is not None and h.matures_in <= horizon_days
        if cash_like or maturing:
            total += Decimal(h.balance)
    return total


Rule = Callable[[Case, object, ProductSpec], str | None]


def _amountless(case, item, spec):
    if spec.family in AMOUNTLESS and item.suggested_amount is not None:
        return f"an amount ({item.suggested_amount}) for {spec.family} product"
    return None


def _amount_in_reach(case, item, spec):
    amount = item.suggested_amount
    if amount is None:
        return None
    if amount > money_in_reach(case):
        return f"suggests {amount}, beyond the {money_in_reach(case)} in reach"
    if spec.min_amount is not None and amount < spec.min_amount:
        return f"suggests {amount}, below the minimum {spec.min_amount}"
    if spec.max_amount is not None and amount > spec.max_amount:
        return f"suggests {amount}, above the maximum {spec.max_amount}"
    if spec.step_amount and spec.min_amount is not None and (amount - spec.min_amount) % spec.step_amount:
        return f"suggests {amount}, off the step {spec.step_amount}"
    return None


def _minimum_in_reach(case, item, spec):
    minimum = spec.min_amount
    if spec.family in AMOUNTLESS or minimum is None or minimum <= SMALL_MINIMUM:
        return None
    if minimum > money_in_reach(case):
        return f"minimum {minimum} beyond the {money_in_reach(case)} in reach"
    return None


def _education_age(case, item, spec):
    if spec.code == "DEP-EDUCATION" and not 9 <= case.age < 60:
        return f"education savings at {case.age}"
    return None


def _not_only_generic(case, item, spec):
    if all(r.code in GENERIC for r in item.reasons):
        return "only generic reasons: " + ", ".join(r.code for r in item.reasons)
    return None


def _stage_right(case, item, spec):
    stage = life_stage(born(case.age), AS_OF)
    for r in item.reasons:
        if r.code == "life_stage" and r.params.get("stage") != stage:
            return f"life-stage reason for {r.params.get('stage')}, customer is {stage}"
    return None


GLOBAL_RULES: tuple[Rule, ...] = (
    _amountless,
    _amount_in_reach,
    _minimum_in_reach,
    _education_age,
    _not_only_generic,
    _stage_right,
)


@dataclass
class CaseResult:
    case: Case
    shown: tuple[str, ...]
    hits3: int
    den3: int
    hits5: int
    den5: int
    violations: list[str]
    actions: tuple[str, ...]


@dataclass
class Score:
    results: list[CaseResult]

    @property
    def top3(self) -> Decimal:
        return _share(sum(r.hits3 for r in self.results), sum(r.den3 for r in self.results))

    @property
    def top5(self) -> Decimal:
        return _share(sum(r.hits5 for r in self.results), sum(r.den5 for r in self.results))

    @property
    def violations(self) -> int:
        return sum(len(r.violations) for r in self.results)


def _share(hits: int, total: int) -> Decimal:
    return (Decimal(hits) / total * 100).quantize(Decimal("0.1")) if total else Decimal(0)


def score(cases: Iterable[Case] = CASES) -> Score:
    prep = prepared()
    specs = {s.code: s for s in catalogue()}
    shown_count = prep.weights.max_shown
    results = []
    for case in cases:
        rec = run_engine(customer(case, specs), prep, AS_OF)
        shown = rec.shown(shown_count)
        codes = tuple(item.product for item in shown)
        violations = [f"{c}: never for this customer" for c in codes if c in case.never]
        for item in shown:
            for rule in GLOBAL_RULES:
                found = rule(case, item, specs[item.product])
                if found:
                    violations.append(f"{item.product}: {found}")
        actions = tuple(a.code for a in getattr(rec, "next_actions", ()))
        if case.action == "assessment" and (not actions or actions[0] != "risk_assessment_needed"):
            violations.append("first action is not the risk assessment")
        den3, den5 = min(3, len(case.good)), min(5, len(case.good))
        results.append(
            CaseResult(
                case,
                codes,
                sum(1 for c in codes[:3] if c in case.good),
                den3,
                sum(1 for c in codes[:5] if c in case.good),
                den5,
                violations,
                actions,
            )
        )
    return Score(results)


def replace_case(case: Case, **changes: object) -> Case:
    return dataclasses.replace(case, **changes)
