from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.catalog import (
    CatalogInvalid,
    ProductSpec,
    default_agreement_template,
    default_requires_assessment,
    spec_to_dict,
    validate_catalog,
)
from domain.errors import DomainError


def _entry(**changes):
    entry = {
        "code": "P1",
        "name": "七天通知存款",
        "name_en": "Notice deposit, 7 days",
        "family": "deposit",
        "currency": "CNY",
        "min_amount": "50000",
        "min_remaining_balance": "50000",
        "terms": ["7D"],
        "rate": "0.0045",
    }
    entry.update(changes)
    return {key: value for key, value in entry.items() if value is not ...}


def _problems(*entries, known=()):
    with pytest.raises(CatalogInvalid) as caught:
        validate_catalog({"products": list(entries)}, known_codes=known)
    return [(p.code, p.product, p.field) for p in caught.value.problems]


def test_a_minimal_entry_gets_the_family_defaults():
    (spec,) = validate_catalog({"products": [_entry()]})
    assert spec.min_amount == Decimal("50000")
    assert spec.terms == ("7D",)
    assert spec.tiers == () and spec.private is False and spec.risk_level is None
    assert not spec.needs_assessment
    assert spec.template is None  # deposits differ by kind: the entry names its own, none is assumed


@pytest.mark.parametrize(
    ("family", "assessed", "template"),
    [
        ("wealth", True, "wealth_subscription"),
        ("fund", True, "fund_subscription"),
        ("insurance", True, "insurance_agency"),
        ("gold", True, None),
        ("fx", True, None),
        ("bond", False, None),
        ("deposit", False, None),
        ("loan", False, "loan_application"),
        ("card", False, None),
        ("service", False, None),
    ],
)
def test_family_defaults(family, assessed, template):
    assert default_requires_assessment(family) is assessed
    assert default_agreement_template(family) == template


def test_an_entry_overrides_the_family_defaults():
    (book_entry, medical) = validate_catalog(
        {
            "products": [
                _entry(code="BOND-BOOK", family="bond", requires_assessment=True, risk_level=2),
                _entry(code="INS-MED", family="insurance", requires_assessment=False, agreement_template=""),
            ]
        }
    )
    assert book_entry.needs_assessment and not medical.needs_assessment
    assert medical.template == "insurance_agency"  # empty template: the family's


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"colour": "red"}, "catalog_unknown_field", "colour"),
        ({"name": ...}, "catalog_missing_field", "name"),
        ({"currency": None}, "catalog_missing_field", "currency"),
        ({"name": "  "}, "catalog_missing_field", "name"),
        ({"name": 5}, "catalog_not_text", "name"),
        ({"name": "长" * 101}, "catalog_text_too_long", "name"),
        ({"family": "stocks"}, "catalog_unknown_value", "family"),
        ({"currency": "RMB"}, "catalog_unknown_value", "currency"),
        ({"business_type": "deposit"}, "catalog_unknown_value", "business_type"),
        ({"liquidity": "strong"}, "catalog_unknown_value", "liquidity"),
        ({"function": "growth"}, "catalog_unknown_value", "function"),
        ({"sale_mode": "proxy"}, "catalog_unknown_value", "sale_mode"),
        ({"agreement_template": "mortgage"}, "catalog_unknown_value", "agreement_template"),
        ({"tiers": ["T2", "T6"]}, "catalog_unknown_value", "tiers"),
        ({"life_stages": ["retired"]}, "catalog_unknown_value", "life_stages"),
        ({"risk_level": 6}, "catalog_risk_level_out_of_range", "risk_level"),
        ({"risk_level": 0}, "catalog_risk_level_out_of_range", "risk_level"),
        ({"risk_level": "R3"}, "catalog_not_whole_number", "risk_level"),
        ({"risk_level": True}, "catalog_not_whole_number", "risk_level"),
        ({"min_amount": "100000", "max_amount": "50000"}, "catalog_min_above_max", "min_amount"),
        ({"step_amount": "0"}, "catalog_step_not_positive", "step_amount"),
        ({"step_amount": "-100"}, "catalog_negative", "step_amount"),
        ({"min_amount": "1,000"}, "catalog_not_amount", "min_amount"),
        ({"min_amount": 50000.0}, "catalog_not_amount", "min_amount"),
        ({"min_amount": "0.001"}, "catalog_amount_too_precise", "min_amount"),
        ({"max_amount": "1000000000000000"}, "catalog_amount_too_large", "max_amount"),
        ({"rate": "-0.01"}, "catalog_negative", "rate"),
        ({"rate": 0.0045}, "catalog_not_rate", "rate"),
        ({"rate": "1.35"}, "catalog_rate_not_fraction", "rate"),
        ({"rate": "0.000000001"}, "catalog_rate_too_precise", "rate"),
        ({"terms": "7D"}, "catalog_not_list", "terms"),
        ({"terms": ["7X"]}, "catalog_bad_term", "terms"),
        ({"age_min": 66, "age_max": 18}, "catalog_age_min_above_max", "age_min"),
        ({"age_max": 200}, "catalog_out_of_range", "age_max"),
        ({"age_min": -1}, "catalog_negative", "age_min"),
        ({"cooling_off_hours": "24"}, "catalog_not_whole_number", "cooling_off_hours"),
        ({"private": "yes"}, "catalog_not_yes_no", "private"),
        ({"sale_start": "2026-02-30"}, "catalog_not_date", "sale_start"),
        ({"sale_start": date(2026, 12, 1), "sale_end": "2026-01-01"}, "catalog_end_before_start", "sale_end"),
        ({"family": "wealth"}, "catalog_missing_field", "risk_level"),
        ({"members": ["P2"]}, "catalog_members_not_bundle", "members"),
        ({"family": "bundle"}, "catalog_missing_field", "members"),
    ],
)
def test_each_broken_entry_is_refused_naming_product_and_field(changes, code, field):
    assert (code, "P1", field) in _problems(_entry(**changes))


def test_an_entry_without_a_usable_code_is_named_by_its_position():
    assert ("catalog_missing_field", "#2", "code") in _problems(_entry(), _entry(code=...))
    assert ("catalog_bad_code", "#2", "code") in _problems(_entry(), _entry(code="P 2"))


def test_every_problem_of_every_entry_is_reported_at_once():
    problems = _problems(
        _entry(code="A", risk_level=9, rate="-1"),
        _entry(code="B"),
        _entry(code="C", family="bundle", members=["A", "NOPE"], age_min=70, age_max=18),
    )
    assert problems == [
        ("catalog_risk_level_out_of_range", "A", "risk_level"),
        ("catalog_negative", "A", "rate"),
        ("catalog_age_min_above_max", "C", "age_min"),
        ("catalog_unknown_member", "C", "members"),
    ]


def test_duplicate_codes_are_refused():
    assert ("catalog_duplicate_code", "P1", "code") in _problems(_entry(), _entry())


def test_bundle_members_may_be_in_the_file_or_already_in_the_catalogue():
    bundle = _entry(code="BDL", family="bundle", members=["P1", "CARD-DEBIT"])
    assert ("catalog_unknown_member", "BDL", "members") in _problems(_entry(), bundle)
    specs = validate_catalog({"products": [_entry(), bundle]}, known_codes={"CARD-DEBIT"})
    assert specs[1].members == ("P1", "CARD-DEBIT")
    assert ("catalog_bundle_contains_itself", "BDL", "members") in _problems(
        _entry(code="BDL", family="bundle", members=["BDL"])
    )


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ([], "catalog_no_products_list"),
        ({"product": []}, "catalog_no_products_list"),
        ({"products": [], "version": 2}, "catalog_unknown_top_level_key"),
        ({"products": ["P1"]}, "catalog_entry_not_mapping"),
    ],
)
def test_a_malformed_file_is_refused(raw, code):
    with pytest.raises(CatalogInvalid) as caught:
        validate_catalog(raw)
    assert code in [p.code for p in caught.value.problems]


def test_the_refusal_is_one_domain_error_counting_the_problems():
    with pytest.raises(DomainError) as caught:
        validate_catalog({"products": [_entry(risk_level=7, colour="red")]})
    assert caught.value.code == "catalog_invalid"
    assert caught.value.params == {"count": 2}


def test_amounts_and_rates_stay_exact():
    (spec,) = validate_catalog(
        {"products": [_entry(rate="0.1", min_amount="1234567890123.45", step_amount=Decimal("0.01"))]}
    )
    assert spec.rate == Decimal("0.1") and str(spec.rate) == "0.1"
    assert spec.min_amount == Decimal("1234567890123.45")
    assert spec_to_dict(spec)["min_amount"] == "1234567890123.45"
    assert spec_to_dict(spec)["rate"] == "0.1"


def test_spec_to_dict_round_trips_exactly():
    original = ProductSpec(
        code="WM-PRIVATE",
        name="私享固收",
        family="wealth",
        currency="CNY",
        risk_level=2,
        min_amount=Decimal("300000.00"),
        step_amount=Decimal("10000"),
        rate=Decimal("0.0360"),
        terms=("2Y",),
        tiers=("T4", "T5"),
        private=True,
        cooling_off_hours=24,
        requires_assessment=False,
        sale_start=date(2026, 11, 1),
        sale_end=date(2026, 12, 31),
        life_stages=("middle",),
        agreement_template="wealth_subscription",
        issuer="示范银行",
        sale_mode="own",
    )
    written = spec_to_dict(original)
    assert written["min_amount"] == "300000.00" and written["sale_start"] == "2026-11-01"
    assert "max_amount" not in written  # unset fields stay out of the file
    (again,) = validate_catalog({"products": [written]})
    assert again == original
    assert spec_to_dict(again) == written
