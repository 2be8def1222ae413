"""The staged check (customer rules once, product rules once per day, pair rules by what they read) gives
exactly `check`'s result, and every pair rule reads of a product only what its `reads` says."""

from __future__ import annotations

import dataclasses
import itertools
from collections import defaultdict
from datetime import date

import pytest

from domain.catalog import validate_catalog
from domain.paths import resource_path
from domain.strict_yaml import load_strict
from domain.suitability import DEFAULT_RULES, SuitabilityCustomer, check
from domain.suitability.engine import PAIR_RULES
from domain.suitability.sale import Sale
from domain.suitability.staged import (
    PairChecker,
    customer_findings,
    pair_reads,
    product_findings,
    staged_check,
)

AS_OF = date(2026, 11, 23)
SPECS = validate_catalog(load_strict(resource_path("catalog", "default.yaml").read_text("utf-8")))


def facts(**changes: object) -> SuitabilityCustomer:
    """A 46-year-old verified T2 customer with a valid C3 branch assessment, holding nothing."""
    fields: dict[str, object] = {
        "birth_date": date(1980, 5, 20),
        "civil_capacity": "full",
        "tier": "T2",
        "kyc_status": "verified",
        "id_expiry": None,
        "aml_edd_pending": False,
        "risk_grade": "C3",
        "assessed_on": date(2026, 3, 10),
        "assessment_channel": "branch",
        "has_branch_assessment": True,
        "has_bought_bank_wmp": True,
    }
    fields.update(changes)
    return SuitabilityCustomer(**fields)  # type: ignore[arg-type]


PEOPLE = [
    facts(),
    facts(risk_grade=None, assessed_on=None, has_bought_bank_wmp=False, has_branch_assessment=False),
    facts(assessed_on=date(2025, 11, 1)),  # expired
    facts(risk_grade="C5", tier="T5", qualified_investor=True),
    facts(risk_grade="C5", tier="T4", qualified_investor=True, qualified_until=date(2026, 1, 1)),
    facts(birth_date=date(1950, 1, 1), risk_grade="C5"),  # senior
    facts(birth_date=date(2010, 6, 1), civil_capacity="limited"),
    facts(birth_date=date(2012, 1, 1), civil_capacity="limited", guardian_consent=True, risk_grade="C1"),
    facts(birth_date=date(1940, 2, 29), civil_capacity="none"),
    facts(kyc_status="pending", id_expiry=date(2026, 11, 1), aml_edd_pending=True),
    facts(lacks_decision_authority=True, change_reported=True),
    facts(assessment_confirmed=False, risk_grade="C2"),
    facts(held_products=frozenset(s.code for s in SPECS if s.exclusive)),
    facts(has_bought_bank_wmp=False, has_branch_assessment=False, assessment_channel="online"),
]


def _variants(spec):
    """The product as it is, and with what the pair and product rules read changed one way or another."""
    yield spec
    yield dataclasses.replace(
        spec, code=f"{spec.code}-T", tiers=("T3", "T4", "T5"), exclusive=not spec.exclusive
    )
    yield dataclasses.replace(spec, code=f"{spec.code}-A", age_min=18, age_max=65, risk_level=5, private=True)
    yield dataclasses.replace(spec, code=f"{spec.code}-W", sale_start=date(2026, 12, 1), dual_recording=True,
                              cooling_off_hours=48, requires_assessment=True, first_purchase_in_branch=True)  # fmt: skip


PRODUCTS = [v for s in SPECS for v in _variants(s)]


@pytest.mark.parametrize("as_of", [AS_OF, date(2026, 2, 28), date(2030, 1, 1)])
@pytest.mark.parametrize("channel", ["branch", "online", "self_service"])
def test_the_stages_give_checks_result(as_of, channel):
    for person, product in itertools.product(PEOPLE, PRODUCTS):
        assert staged_check(person, product, channel, as_of) == check(person, product, None, channel, as_of)


def test_one_checker_serves_a_whole_catalogue():
    """The checker runs a rule once per thing it reads and hands the findings to every product alike."""
    for person in PEOPLE:
        checker = PairChecker(person, AS_OF)
        mine = customer_findings(person, AS_OF)
        for product in PRODUCTS:
            blocks, warnings = checker.findings(product, pair_reads(product))
            product_blocks, product_warnings = product_findings(product, AS_OF, "online")
            result = check(person, product, None, "online", AS_OF)
            assert result.blocks == mine + product_blocks + blocks, product.code
            assert result.warnings == warnings + product_warnings, product.code


@pytest.mark.parametrize("pair", PAIR_RULES, ids=lambda p: p.rule.__name__)
def test_products_a_pair_rule_reads_alike_get_its_same_findings(pair):
    groups = defaultdict(list)
    for product in PRODUCTS:
        groups[pair.reads(product)].append(product)
    assert any(len(g) > 1 for g in groups.values())  # the test compares something
    for person in PEOPLE:
        for group in groups.values():
            first = list(pair.rule(Sale(person, group[0], None, "branch", AS_OF, DEFAULT_RULES)))
            for other in group[1:]:
                assert list(pair.rule(Sale(person, other, None, "online", AS_OF, DEFAULT_RULES))) == first
