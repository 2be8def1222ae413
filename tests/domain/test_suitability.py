from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from db.catalog_file import parse_catalog_text
from domain.catalog import ProductSpec, spec_from_dict, validate_catalog
from domain.errors import InvalidValue
from domain.paths import resource_path
from domain.suitability import (
    NEXT_STEPS,
    RULE_VERSION,
    WARNINGS,
    Reason,
    SuitabilityCustomer,
    SuitabilityResult,
    SuitabilityRules,
    assessment_valid_until,
    check,
    next_step,
)

AS_OF = date(2026, 6, 15)
D = Decimal


def customer(**changes: object) -> SuitabilityCustomer:
    """A 46-year-old, fully capable, verified T3 customer with a valid C5 branch assessment: passes everything."""
    fields: dict[str, object] = {
        "birth_date": date(1980, 5, 20),
        "civil_capacity": "full",
        "tier": "T3",
        "kyc_status": "verified",
        "id_expiry": None,
        "aml_edd_pending": False,
        "risk_grade": "C5",
        "assessed_on": date(2026, 1, 10),
        "assessment_channel": "branch",
        "has_branch_assessment": True,
        "has_bought_bank_wmp": True,
    }
    fields.update(changes)
    return SuitabilityCustomer(**fields)  # type: ignore[arg-type]


def product(**changes: object) -> ProductSpec:
    """An R3 agency fund with no limits at all, unless changed."""
    raw: dict[str, object] = {"code": "FUND-X", "name": "测试混合基金", "family": "fund", "currency": "CNY"}
    raw["risk_level"] = 3
    raw.update(changes)
    return spec_from_dict(raw)


DEPOSIT = {"family": "deposit", "risk_level": 1, "code": "DEP-X", "name": "测试存款"}


def run(
    cust: SuitabilityCustomer | None = None,
    prod: ProductSpec | None = None,
    amount: str | None = None,
    channel: str = "online",
    as_of: date = AS_OF,
    rules: SuitabilityRules | None = None,
) -> SuitabilityResult:
    args = (cust or customer(), prod or product(), D(amount) if amount is not None else None, channel, as_of)
    return check(*args) if rules is None else check(*args, rules=rules)


def blocks(result: SuitabilityResult) -> set[str]:
    return set(result.block_codes)


def finding(result: SuitabilityResult, code: str):
    return next(f for f in result.blocks + result.warnings if f.code == code)


# -- the baseline --------------------------------------------------------------------------------------------


def test_the_baseline_passes_with_nothing_to_say():
    result = run()
    assert result.allowed and result.blocks == () and result.warnings == ()
    assert result.rule_version == RULE_VERSION


def test_the_rule_version_travels_with_the_result():
    assert run(rules=SuitabilityRules(version="branch-2026.7")).rule_version == "branch-2026.7"


# -- assessment validity -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("assessed_on", "last_valid_day"),
    [
        (date(2025, 11, 24), date(2026, 11, 23)),  # DOMAIN's example
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2024, 12, 31), date(2025, 12, 30)),
        (date(2024, 2, 29), date(2025, 2, 27)),  # 29 February counts as 28 February the next year
        (date(2023, 2, 28), date(2024, 2, 27)),
        (date(2023, 3, 1), date(2024, 2, 29)),  # ends on a leap day
        (date(2027, 3, 1), date(2028, 2, 29)),
    ],
)
def test_assessment_valid_until(assessed_on, last_valid_day):
    assert assessment_valid_until(assessed_on) == last_valid_day


@pytest.mark.parametrize(
    ("assessed_on", "as_of", "expired"),
    [
        (date(2025, 11, 24), date(2026, 11, 22), False),  # the day before the last day
        (date(2025, 11, 24), date(2026, 11, 23), False),  # the last valid day
        (date(2025, 11, 24), date(2026, 11, 24), True),  # the day it expires
        (date(2024, 2, 29), date(2025, 2, 27), False),
        (date(2024, 2, 29), date(2025, 2, 28), True),
        (date(2026, 6, 15), date(2026, 6, 15), False),  # made today
    ],
)
def test_assessment_expiry_boundaries(assessed_on, as_of, expired):
    result = run(customer(assessed_on=assessed_on), as_of=as_of)
    assert blocks(result) == ({"risk_assessment_expired"} if expired else set())
    if expired:
        params = finding(result, "risk_assessment_expired").params
        assert params["valid_until"] == assessment_valid_until(assessed_on)
        assert params["reason"] == "expired"


@pytest.mark.parametrize(
    ("stored", "as_of", "expired"),
    [
        (date(2026, 3, 1), date(2026, 3, 1), False),  # an earlier stored last day is honoured...
        (date(2026, 3, 1), date(2026, 3, 2), True),
        (date(2028, 1, 1), date(2027, 1, 9), False),  # ...a later one never stretches the 12 months
        (date(2028, 1, 1), date(2027, 1, 10), True),
    ],
)
def test_a_stored_last_day_counts_only_when_earlier(stored, as_of, expired):
    result = run(customer(risk_valid_until=stored), as_of=as_of)
    assert ("risk_assessment_expired" in blocks(result)) is expired


@pytest.mark.parametrize(
    "changes",
    [
        {"risk_grade": None, "assessed_on": None},
        {"risk_grade": None},
        {"assessed_on": None},
        {"assessed_on": AS_OF + timedelta(days=1)},  # made after the day checked: not on file that day
    ],
)
def test_no_assessment_on_file(changes):
    result = run(customer(**changes))
    assert blocks(result) == {"risk_assessment_missing"}
    assert next_step("risk_assessment_missing") == "assess"


def test_a_reported_change_expires_the_assessment():
    result = run(customer(change_reported=True))
    assert blocks(result) == {"risk_assessment_expired"}
    assert finding(result, "risk_assessment_expired").params["reason"] == "change_reported"
    assert next_step("risk_assessment_expired") == "reassess"


def test_a_changed_grade_not_reconfirmed_blocks():
    result = run(customer(assessment_confirmed=False, risk_grade="C2"))
    assert blocks(result) == {"assessment_change_not_reconfirmed", "risk_mismatch"}


# -- risk match ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("grade", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_risk_match_every_grade_and_level(grade, level):
    result = run(customer(risk_grade=f"C{grade}"), product(risk_level=level))
    if level > grade:
        assert blocks(result) == {"risk_mismatch"}
        assert dict(finding(result, "risk_mismatch").params) == {
            "customer_grade": f"C{grade}",
            "product_level": f"R{level}",
            "max_level": f"R{grade}",
        }
    else:
        assert blocks(result) == set()


def test_an_expired_assessment_is_not_compared_with_the_product():
    result = run(customer(risk_grade="C1", assessed_on=date(2025, 1, 1)), product(risk_level=5))
    assert blocks(result) == {"risk_assessment_expired"}


# -- which products need an assessment -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "needs"),
    [
        (DEPOSIT, False),
        ({"family": "bond", "risk_level": 1}, False),  # savings and certificate bonds
        ({"family": "bond", "risk_level": 2, "requires_assessment": True}, True),  # book-entry bonds
        ({"family": "insurance", "risk_level": 1, "requires_assessment": False}, False),  # no investment part
        ({"family": "insurance", "risk_level": 2}, True),
        ({"family": "deposit", "risk_level": 2, "requires_assessment": True}, True),  # structured deposit
        ({"family": "wealth", "risk_level": 2, "sale_mode": "agency"}, True),
        ({"family": "fund", "risk_level": 1}, True),
        ({"family": "gold", "risk_level": 3}, True),
        ({"family": "fx", "risk_level": 4}, True),
        ({"family": "loan", "risk_level": None}, False),
        ({"family": "card", "risk_level": None}, False),
    ],
)
def test_products_without_an_assessment_requirement_ignore_a_missing_assessment(changes, needs):
    result = run(customer(risk_grade=None, assessed_on=None), product(**changes))
    assert blocks(result) == ({"risk_assessment_missing"} if needs else set())


def test_products_without_an_assessment_requirement_skip_capacity_senior_and_means():
    no_one = customer(
        risk_grade=None,
        assessed_on=None,
        civil_capacity="none",
        birth_date=date(1940, 1, 1),
        financial_assets=D("100"),
    )
    result = run(no_one, product(**DEPOSIT), amount="5000")
    assert result.allowed and result.warnings == ()


# -- age -------------------------------------------------------------------------------------------------------

ADULTS = {**DEPOSIT, "age_min": 18, "age_max": 65}


@pytest.mark.parametrize(
    ("birth", "as_of", "age", "blocked"),
    [
        (date(2008, 6, 15), date(2026, 6, 14), 17, True),  # the eve of the 18th birthday
        (date(2008, 6, 15), date(2026, 6, 15), 18, False),  # the 18th birthday
        (date(2008, 2, 29), date(2026, 2, 27), 17, True),  # born on a leap day
        (date(2008, 2, 29), date(2026, 2, 28), 18, False),  # ... is a year older on 28 Feb in common years
        (date(1960, 6, 15), date(2026, 6, 14), 65, False),  # the day before the 66th birthday
        (date(1960, 6, 15), date(2026, 6, 15), 66, True),  # the 66th birthday
        (date(1990, 1, 1), AS_OF, 36, False),
    ],
)
def test_age_range_is_inclusive_at_both_ends(birth, as_of, age, blocked):
    result = run(customer(birth_date=birth), product(**ADULTS), as_of=as_of)
    assert blocks(result) == ({"age_out_of_range"} if blocked else set())
    if blocked:
        assert dict(finding(result, "age_out_of_range").params) == {"age": age, "age_min": 18, "age_max": 65}


@pytest.mark.parametrize(
    ("limits", "birth", "blocked"),
    [
        ({"age_min": 60}, date(1966, 6, 16), True),  # 59
        ({"age_min": 60}, date(1966, 6, 15), False),
        ({"age_max": 17}, date(2008, 6, 15), True),  # 18
        ({"age_max": 17}, date(2008, 6, 16), False),
    ],
)
def test_one_sided_age_limits(limits, birth, blocked):
    result = run(customer(birth_date=birth), product(**DEPOSIT, **limits))
    assert ("age_out_of_range" in blocks(result)) is blocked


# -- senior special care -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "level", "warned"),
    [
        (date(2026, 6, 14), 5, False),  # the eve of the 65th birthday
        (date(2026, 6, 15), 5, True),  # the 65th birthday
        (date(2026, 6, 15), 4, True),
        (date(2026, 6, 15), 3, False),  # not high risk
        (date(2036, 6, 15), 3, False),
    ],
)
def test_senior_special_care_from_the_65th_birthday_for_r4_r5(as_of, level, warned):
    senior = customer(birth_date=date(1961, 6, 15), assessed_on=as_of - timedelta(days=30))
    result = run(senior, product(risk_level=level), as_of=as_of)
    assert result.allowed  # a warning never blocks
    assert result.warning_codes == (("senior_special_care",) if warned else ())
    if warned:
        assert dict(finding(result, "senior_special_care").params) == {
            "age": 65,
            "product_level": f"R{level}",
        }


def test_senior_rules_are_configurable():
    rules = SuitabilityRules(senior_age=60, senior_high_risk_levels=frozenset({3, 4, 5}))
    result = run(customer(birth_date=date(1966, 6, 15)), product(risk_level=3), rules=rules)
    assert result.warning_codes == ("senior_special_care",)


# -- civil capacity ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("capacity", "consent", "level", "expected"),
    [
        ("full", False, 5, set()),
        ("none", True, 1, {"no_civil_capacity"}),
        ("none", False, 1, {"no_civil_capacity"}),
        ("limited", True, 1, set()),
        ("limited", True, 2, {"limited_capacity"}),
        ("limited", False, 1, {"limited_capacity_guardian_consent_missing"}),
        ("limited", False, 3, {"limited_capacity", "limited_capacity_guardian_consent_missing"}),
    ],
)
def test_civil_capacity(capacity, consent, level, expected):
    result = run(customer(civil_capacity=capacity, guardian_consent=consent), product(risk_level=level))
    assert blocks(result) == expected


def test_the_limited_capacity_level_is_configurable():
    minor = customer(civil_capacity="limited", guardian_consent=True)
    assert run(minor, product(risk_level=2), rules=SuitabilityRules(limited_capacity_max_level=2)).allowed
    result = run(minor, product(risk_level=2))
    assert dict(finding(result, "limited_capacity").params) == {"product_level": "R2", "max_level": "R1"}


# -- identity and decision -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"kyc_status": "pending"}, {"kyc_not_verified"}),
        ({"kyc_status": "re_identification_required"}, {"kyc_not_verified"}),
        ({"id_expiry": AS_OF}, set()),  # valid through its expiry day
        ({"id_expiry": AS_OF - timedelta(days=1)}, {"id_document_expired"}),
        ({"id_expiry": None}, set()),  # long-term
        ({"aml_edd_pending": True}, {"aml_edd_pending"}),
        ({"lacks_decision_authority": True}, {"customer_lacks_decision_authority"}),
    ],
)
@pytest.mark.parametrize("family", [DEPOSIT, {}])
def test_identity_and_decision_rules_apply_to_every_product(changes, expected, family):
    assert blocks(run(customer(**changes), product(**family))) == expected


# -- the product ---------------------------------------------------------------------------------------------

WINDOW = {"sale_start": "2026-11-01", "sale_end": "2026-12-20"}


@pytest.mark.parametrize(
    ("window", "as_of", "blocked"),
    [
        (WINDOW, date(2026, 10, 31), True),
        (WINDOW, date(2026, 11, 1), False),  # the first day
        (WINDOW, date(2026, 12, 20), False),  # the last day
        (WINDOW, date(2026, 12, 21), True),
        ({"sale_start": "2026-11-01"}, date(2030, 1, 1), False),
        ({"sale_end": "2026-12-20"}, date(2020, 1, 1), False),
        ({"sale_end": "2026-12-20"}, date(2026, 12, 21), True),
    ],
)
def test_sale_window_is_inclusive(window, as_of, blocked):
    result = run(customer(assessed_on=as_of), product(**window), as_of=as_of)
    assert blocks(result) == ({"not_on_sale"} if blocked else set())


@pytest.mark.parametrize(
    ("tiers", "tier", "blocked"),
    [(["T3", "T4", "T5"], "T2", True), (["T3", "T4", "T5"], "T3", False), ([], "T0", False)],
)
def test_tier_restriction(tiers, tier, blocked):
    result = run(customer(tier=tier), product(tiers=tiers))
    assert blocks(result) == ({"tier_not_eligible"} if blocked else set())


@pytest.mark.parametrize(
    ("exclusive", "held", "blocked"),
    [(True, {"FUND-X"}, True), (True, {"FUND-Y"}, False), (False, {"FUND-X"}, False)],
)
def test_one_per_customer(exclusive, held, blocked):
    result = run(customer(held_products=frozenset(held)), product(exclusive=exclusive))
    assert blocks(result) == ({"already_holds"} if blocked else set())


BANK_WMP = {"family": "wealth", "risk_level": 2, "sale_mode": "own", "code": "WM-X"}
FIRST_TIMER = {"has_bought_bank_wmp": False, "has_branch_assessment": False, "assessment_channel": "online"}


@pytest.mark.parametrize(
    ("changes", "customer_changes", "blocked"),
    [
        (BANK_WMP, {}, True),  # an own WMP: the rule applies without the flag
        (BANK_WMP, {"has_branch_assessment": True}, False),
        (BANK_WMP, {"assessment_channel": "branch"}, False),  # the latest assessment was at the branch
        (BANK_WMP, {"has_bought_bank_wmp": True}, False),  # not the first purchase
        ({**BANK_WMP, "sale_mode": "agency"}, {}, False),  # 理财子: online allowed
        ({**BANK_WMP, "sale_mode": "agency", "first_purchase_in_branch": True}, {}, True),
        ({"first_purchase_in_branch": True}, {}, True),  # the flag on any investment product
        ({**DEPOSIT, "first_purchase_in_branch": True}, {}, False),  # no assessment, no rule
    ],
)
def test_first_bank_wmp_purchase_needs_a_branch_assessment(changes, customer_changes, blocked):
    result = run(customer(**{**FIRST_TIMER, **customer_changes}), product(**changes), channel="branch")
    assert blocks(result) == ({"first_purchase_requires_branch"} if blocked else set())


@pytest.mark.parametrize(
    ("channel", "warned"), [("branch", True), ("online", False), ("self_service", False)]
)
def test_dual_recording_at_the_branch_only(channel, warned):
    result = run(prod=product(dual_recording=True), channel=channel)
    assert result.allowed
    assert result.warning_codes == (("dual_recording_required",) if warned else ())


def test_an_unknown_channel_is_refused():
    with pytest.raises(InvalidValue) as caught:
        run(channel="phone")
    assert caught.value.code == "unknown_sale_channel"


# -- private products ----------------------------------------------------------------------------------------

PRIVATE = {"family": "wealth", "risk_level": 2, "private": True, "code": "WM-PRIV", "sale_mode": "agency"}


@pytest.mark.parametrize(
    ("qualified", "until", "reason"),
    [
        (False, None, "missing"),
        (True, AS_OF - timedelta(days=1), "expired"),
        (True, AS_OF, None),  # through its last day
        (True, None, None),  # no end recorded
    ],
)
def test_private_products_need_a_current_qualified_investor(qualified, until, reason):
    result = run(customer(qualified_investor=qualified, qualified_until=until), product(**PRIVATE))
    if reason is None:
        assert blocks(result) == set()
    else:
        assert blocks(result) == {"qualified_investor_required"}
        assert finding(result, "qualified_investor_required").params["reason"] == reason


def test_public_products_need_no_qualified_investor():
    assert blocks(run(customer(qualified_investor=False), product(private=False))) == set()


@pytest.mark.parametrize(
    ("level", "amount", "category", "minimum"),
    [
        (1, "299999.99", "fixed_income", "300000"),
        (1, "300000.00", None, None),
        (2, "299999.99", "fixed_income", "300000"),
        (2, "300000", None, None),
        (3, "399999.99", "mixed", "400000"),
        (3, "400000", None, None),
        (4, "999999.99", "equity_derivatives", "1000000"),
        (4, "1000000", None, None),
        (5, "999999.99", "equity_derivatives", "1000000"),
        (5, "1000000.00", None, None),
    ],
)
def test_private_minimum_per_category(level, amount, category, minimum):
    qualified = customer(qualified_investor=True)
    result = run(qualified, product(**{**PRIVATE, "risk_level": level}), amount=amount)
    if category is None:
        assert blocks(result) == set()
    else:
        assert blocks(result) == {"private_min_amount_not_met"}
        params = finding(result, "private_min_amount_not_met").params
        assert params["category"] == category and params["minimum"] == D(minimum)


def test_private_minimums_are_configurable():
    rules = SuitabilityRules(
        private_minimums=(("fixed_income", D("500000")), ("mixed", D(1)), ("equity_derivatives", D(1)))
    )
    result = run(customer(qualified_investor=True), product(**PRIVATE), amount="400000", rules=rules)
    assert blocks(result) == {"private_min_amount_not_met"}


@pytest.mark.parametrize(
    ("changes", "hours"),
    [
        (PRIVATE, 24),
        ({**PRIVATE, "cooling_off_hours": 72}, 72),
        ({**PRIVATE, "cooling_off_hours": 0}, 24),  # never below the private-product minimum
        ({"cooling_off_hours": 48}, 48),  # a public product with its own window
        ({"cooling_off_hours": 0}, None),
        ({}, None),
    ],
)
def test_cooling_off_warning(changes, hours):
    result = run(customer(qualified_investor=True), product(**changes))
    assert result.allowed
    if hours is None:
        assert result.warnings == ()
    else:
        assert result.warning_codes == ("cooling_off",)
        assert finding(result, "cooling_off").params["hours"] == hours


# -- amounts -------------------------------------------------------------------------------------------------

LIMITS = {"min_amount": "10000", "step_amount": "1000", "max_amount": "50000"}


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("10000", set()),  # the minimum exactly
        ("10000.00", set()),
        ("9999.99", {"below_minimum"}),  # one fen below
        ("0.01", {"below_minimum"}),
        ("11000", set()),  # minimum + one step
        ("11000.01", {"step_mismatch"}),  # one fen over a step
        ("10999.99", {"step_mismatch"}),  # one fen under a step
        ("10500", {"step_mismatch"}),
        ("50000", set()),  # the maximum exactly
        ("50000.01", {"above_maximum", "step_mismatch"}),  # one fen above
        ("51000", {"above_maximum"}),
    ],
)
def test_amount_limits(amount, expected):
    assert blocks(run(prod=product(**LIMITS), amount=amount)) == expected


def test_a_step_mismatch_says_the_nearest_amounts():
    result = run(prod=product(**LIMITS), amount="12345.67")
    assert dict(finding(result, "step_mismatch").params) == {
        "amount": D("12345.67"),
        "minimum": D("10000"),
        "step": D("1000"),
        "nearest_lower": D("12000"),
        "nearest_higher": D("13000"),
    }
    assert next_step("step_mismatch") == "adjust_amount_to_step"


@pytest.mark.parametrize(
    ("limits", "amount", "expected"),
    [
        ({"step_amount": "0.01"}, "0.01", set()),  # no minimum: whole steps from zero
        ({"step_amount": "100"}, "250", {"step_mismatch"}),
        ({"step_amount": "100"}, "300", set()),
        ({"min_amount": "50", "step_amount": "0.01"}, "50.01", set()),
        ({"min_amount": "1000", "step_amount": "300"}, "1900", set()),  # steps count from the minimum
        ({"min_amount": "1000", "step_amount": "300"}, "1800", {"step_mismatch"}),
        ({"min_amount": "200000"}, "200000.01", set()),  # no step: any fen
        ({"max_amount": "20000"}, "20000.01", {"above_maximum"}),
    ],
)
def test_amount_limits_without_every_field(limits, amount, expected):
    assert blocks(run(prod=product(**limits), amount=amount)) == expected


def test_no_amount_skips_the_amount_rules():
    assert run(prod=product(**LIMITS, **PRIVATE), cust=customer(qualified_investor=True)).allowed


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (D("0"), "amount_not_positive"),
        (D("-5"), "amount_not_positive"),
        (D("10.001"), "amount_too_precise"),
        (D("NaN"), "malformed_amount"),
        (10000.0, "malformed_amount"),
    ],
)
def test_an_impossible_amount_is_refused(amount, code):
    with pytest.raises(InvalidValue) as caught:
        check(customer(), product(), amount, "branch", AS_OF)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("assets", "amount", "blocked"),
    [("100000", "100000", False), ("100000", "100000.01", True), (None, "99999999", False)],
)
def test_amount_beyond_declared_financial_assets(assets, amount, blocked):
    result = run(customer(financial_assets=D(assets) if assets else None), amount=amount)
    assert blocks(result) == ({"amount_exceeds_financial_capacity"} if blocked else set())


# -- the result as a whole ---------------------------------------------------------------------------------------


def test_warnings_travel_with_an_allowed_sale():
    senior = customer(birth_date=date(1950, 1, 1), qualified_investor=True)
    result = run(senior, product(**{**PRIVATE, "risk_level": 4, "dual_recording": True}), "1000000", "branch")
    assert result.allowed and result.blocks == ()
    assert result.warning_codes == ("senior_special_care", "cooling_off", "dual_recording_required")
    assert all(not f.blocking for f in result.warnings)


def test_every_reason_is_listed_at_once():
    everything_wrong = customer(
        kyc_status="pending",
        risk_grade="C1",
        tier="T0",
        civil_capacity="limited",
        held_products=frozenset({"WM-PRIV"}),
    )
    prod = product(**{**PRIVATE, "risk_level": 3, "tiers": ["T5"], "exclusive": True, **LIMITS, **WINDOW})
    result = run(everything_wrong, prod, amount="9999.99", as_of=date(2027, 2, 1))
    assert not result.allowed
    assert blocks(result) == {
        "kyc_not_verified",
        "not_on_sale",
        "tier_not_eligible",
        "already_holds",
        "limited_capacity",
        "limited_capacity_guardian_consent_missing",
        "risk_assessment_expired",
        "qualified_investor_required",
        "below_minimum",
        "private_min_amount_not_met",
    }
    assert all(f.blocking for f in result.blocks)


def test_findings_are_frozen():
    result = run(prod=product(**LIMITS), amount="1")
    with pytest.raises(TypeError):
        result.blocks[0].params["minimum"] = D(0)  # type: ignore[index]
    with pytest.raises(AttributeError):
        result.blocks[0].code = "x"  # type: ignore[misc]


def test_every_reason_has_a_next_step_and_the_warnings_are_the_three():
    assert set(NEXT_STEPS) == {r.value for r in Reason}
    assert sorted(WARNINGS) == ["cooling_off", "dual_recording_required", "senior_special_care"]
    assert next_step(Reason.NO_CIVIL_CAPACITY) == "no_remedy"


def test_the_shipped_catalogue_runs_through_the_check():
    specs = validate_catalog(parse_catalog_text(resource_path("catalog", "default.yaml").read_text("utf-8")))
    wmp = next(s for s in specs if s.code == "WM-PRIVATE-2Y")
    buyer = customer(qualified_investor=True, tier="T4", **FIRST_TIMER)
    result = check(buyer, wmp, D("300000"), "branch", date(2026, 11, 1))
    assert result.block_codes == ("first_purchase_requires_branch",)
    assert result.warning_codes == ("cooling_off", "dual_recording_required")
