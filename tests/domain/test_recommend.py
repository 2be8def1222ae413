"""The recommendation engine (DOMAIN §6), table-driven: the gate, each need and its reason, order, weights."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from domain.catalog import spec_from_dict, validate_catalog
from domain.paths import resource_path
from domain.recommend import (
    SHIPPED_FILE,
    AnswerFact,
    CatalogueEntry,
    HoldingFact,
    PeerStats,
    Reason,
    RecommendCustomer,
    WeightsInvalid,
    fit_amount,
    parse_weights,
    prepare,
    recommend,
    recommend_many,
    suitability_key,
)
from domain.recommend.gate import variants as _variants
from domain.strict_yaml import load_strict
from domain.suitability import SuitabilityCustomer, check

AS_OF = date(2026, 11, 23)
D = Decimal
WEIGHTS_TEXT = resource_path(*SHIPPED_FILE).read_text("utf-8")
WEIGHTS = parse_weights(WEIGHTS_TEXT)
SPECS = validate_catalog(load_strict(resource_path("catalog", "default.yaml").read_text("utf-8")))
CATALOGUE = [CatalogueEntry(s.code, s) for s in SPECS]
PREPARED = prepare(CATALOGUE, WEIGHTS)


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


def holding(code: str, balance: str = "10000", **changes: object) -> HoldingFact:
    spec = next(s for s in SPECS if s.code == code)
    values: dict[str, object] = {
        "product": code,
        "family": spec.family,
        "balance": D(balance),
        "opened_on": date(2025, 1, 1),
        "liquidity": spec.liquidity,
    }
    values.update(changes)
    return HoldingFact(**values)  # type: ignore[arg-type]


CASH = (holding("DEP-DEMAND", "100000"),)  # cash to place: 30% (at least 1万) kept, 7万 investable


def customer(holdings: tuple[HoldingFact, ...] = (), income: str | None = None, **changes: object):
    held = frozenset(h.product for h in holdings)
    return RecommendCustomer(
        customer_no="C0000000001",
        suitability=facts(held_products=held, **changes),
        holdings=holdings,
        annual_income=None if income is None else D(income),
    )


def reasons_of(result, code: str) -> dict[str, dict[str, object]]:
    for item in result.recommended:
        if item.product == code:
            return {r.code: dict(r.params) for r in item.reasons}
    raise AssertionError(f"{code} not recommended: {[e for e in result.excluded if e.product == code]}")


# --- the gate --------------------------------------------------------------------------------------------

VARIED = [
    facts(),
    facts(risk_grade=None, assessed_on=None),
    facts(assessed_on=date(2025, 11, 1)),  # expired
    facts(risk_grade="C1"),
    facts(risk_grade="C5", tier="T5", qualified_investor=True),
    facts(birth_date=date(1950, 1, 1), risk_grade="C5"),  # senior: warnings
    facts(birth_date=date(2010, 6, 1), civil_capacity="limited"),
    facts(kyc_status="pending"),
    facts(id_expiry=date(2026, 11, 1)),
    facts(lacks_decision_authority=True),
    facts(change_reported=True),
    facts(assessment_confirmed=False),
    facts(held_products=frozenset({"SI-SWEEP", "DEP-DEMAND"})),
    facts(qualified_investor=True, qualified_until=date(2026, 1, 1), tier="T4"),
    facts(has_bought_bank_wmp=False, has_branch_assessment=False, assessment_channel="online"),
    facts(birth_date=date(1961, 11, 23), risk_grade="C4"),  # 65 on one of the days
    facts(birth_date=date(1940, 2, 29), risk_grade="C5", civil_capacity="none"),
    facts(birth_date=date(2012, 1, 1), civil_capacity="limited", guardian_consent=True, risk_grade="C1"),
    facts(risk_valid_until=date(2026, 6, 1)),  # stored end earlier than the rule's
]


@pytest.mark.parametrize("person", VARIED, ids=range(len(VARIED)))
def test_every_product_once_and_nothing_blocked_is_recommended(person):
    result = recommend(RecommendCustomer(customer_no="C1", suitability=person), PREPARED, AS_OF)
    listed = [r.product for r in result.recommended] + [e.product for e in result.excluded]
    assert sorted(listed) == sorted(s.code for s in SPECS)
    for item in result.recommended:
        spec = next(s for s in SPECS if s.code == item.product)
        gate = check(person, spec, None, "branch", AS_OF)
        assert gate.allowed and item.reasons and item.score == sum(r.points for r in item.reasons)
        assert [w.code for w in item.warnings][: len(gate.warnings)] == list(gate.warning_codes)
    for item in result.excluded:
        spec = next(s for s in SPECS if s.code == item.product)
        gate = check(person, spec, None, "branch", AS_OF)
        assert item.codes == (gate.block_codes or item.codes)
        assert gate.allowed or item.codes == gate.block_codes


@pytest.mark.parametrize("person", VARIED, ids=range(len(VARIED)))
@pytest.mark.parametrize("as_of", [AS_OF, date(2026, 2, 28), date(2024, 2, 29), date(2030, 1, 1)])
def test_the_batch_key_gives_the_same_suitability_result(person, as_of):
    """What lets a batch share results: for every product, the variant of the key its kind reads gets exactly
    the customer's own result (codes, parameters, warnings)."""
    variants = _variants(suitability_key(person, as_of, PREPARED.exclusive), as_of, PREPARED.rules)
    for spec in SPECS:
        variant = variants[PREPARED.kinds[spec.code]]
        for channel in ("branch", "online"):
            expected = check(person, spec, None, channel, as_of)
            assert check(variant, spec, None, channel, as_of) == expected, spec.code


def test_a_batch_shares_results_and_matches_one_by_one():
    people = [RecommendCustomer(customer_no=f"C{i}", suitability=p) for i, p in enumerate(VARIED * 3)]
    batch = recommend_many(people, PREPARED, AS_OF)
    assert batch == [recommend(p, PREPARED, AS_OF) for p in people]


def test_no_weight_can_lift_a_blocked_product():
    loud = dataclasses.replace(WEIGHTS, points={k: 10_000 for k in WEIGHTS.points})
    person = customer(risk_grade="C1")
    result = recommend(person, prepare(CATALOGUE, loud), AS_OF)
    excluded = {e.product: e.codes for e in result.excluded}
    assert excluded["FUND-EQUITY"] == ("risk_mismatch",)
    assert "FUND-EQUITY" not in [r.product for r in result.recommended]


def test_switched_off_and_unreadable_products_are_excluded_with_a_code():
    entries = [CatalogueEntry("DEP-DEMAND", SPECS[0], active=False), CatalogueEntry("BROKEN", None)]
    result = recommend(customer(), prepare(entries, WEIGHTS), AS_OF)
    assert result.recommended == ()
    assert [(e.product, e.codes) for e in result.excluded] == [
        ("BROKEN", ("product_spec_unreadable",)),
        ("DEP-DEMAND", ("not_on_sale",)),
    ]


# --- the needs -------------------------------------------------------------------------------------------

NEEDS = [
    # (case, customer, product, reason code, expected params subset)
    ("template C3 balanced", customer(CASH), "FUND-MIXED", "risk_profile",
     {"risk_type": "balanced", "grade": "C3", "level": "R3"}),
    ("template C1 conservative", customer(CASH, risk_grade="C1"), "FUND-MMF", "risk_profile",
     {"risk_type": "conservative"}),
    ("no assessment: safe deposits", customer(CASH, risk_grade=None, assessed_on=None), "DEP-TD-1Y",
     "risk_profile", {"grade": None}),
    ("idle cash", customer(CASH), "FUND-MIXED", "idle_balance", {"amount": D("100000"), "investable": D("70000")}),
    ("young: cards", customer(birth_date=date(2000, 1, 1)), "CARD-CREDIT-CLASSIC", "life_stage",
     {"stage": "young"}),
    ("senior: bonds", customer(CASH, birth_date=date(1955, 1, 1)), "BOND-ESAVE-3Y", "life_stage", {"stage": "senior"}),
    ("VIP privilege", customer((holding("DEP-DEMAND", "600000"),), tier="T3", qualified_investor=True),
     "WM-PRIVATE-2Y", "tier_privilege", {"tier": "T3"}),
    ("near T3", customer((holding("DEP-TD-1Y", "430000"), holding("DEP-DEMAND", "20000"))), "FUND-MIXED",
     "near_next_tier",
     {"next_tier": "T3", "gap": D("50000")}),
    ("middle-high income", customer(CASH, income="300000"), "FUND-BOND", "income_band", {"band": "middle_high"}),
    ("basket: no e-banking", customer(), "EB-ONLINE", "basket_gap", {"family": "ebanking"}),
    ("debit card without e-banking", customer((holding("CARD-DEBIT", "0"),)), "EB-ONLINE", "coverage_gap",
     {"held_family": "card", "missing_family": "ebanking"}),
    ("bundle partly held",
     customer((holding("CARD-DEBIT", "0"), holding("DEP-DEMAND"), holding("EB-ONLINE", "0"))),
     "BDL-ACCOUNT-OPENING", "bundle_completes",
     {"missing": "手机银行、账户变动短信通知", "missing_codes": ("EB-MOBILE", "EB-SMS")}),
    ("maturity in 20 days", customer((holding("DEP-TD-1Y", "120000.50", maturity_on=AS_OF + timedelta(20)),)),
     "DEP-TD-1Y", "maturity_reinvest",
     {"product": "DEP-TD-1Y", "maturity_on": AS_OF + timedelta(20), "amount": D("120000.50")}),
    ("maturity sized to the step", customer((holding("DEP-TD-1Y", "234567.89", maturity_on=AS_OF),)),
     "DEP-LCD-3Y", "maturity_reinvest", {"amount": D("234567.89"), "product_name": "整存整取定期存款（一年）"}),
    ("large inflow", customer((holding("DEP-DEMAND", "80000", opened_on=AS_OF - timedelta(2)),)),
     "FUND-MIXED", "large_inflow", {"amount": D("80000.00"), "opened_on": AS_OF - timedelta(2)}),
    ("assessment expiring", customer(CASH, assessed_on=date(2025, 12, 10)), "FUND-MIXED", "assessment_expiring",
     {"valid_until": date(2026, 12, 9)}),
]  # fmt: skip


@pytest.mark.parametrize(("case", "person", "product", "code", "params"), NEEDS, ids=[n[0] for n in NEEDS])
def test_each_need_gives_its_reason(case, person, product, code, params):
    found = reasons_of(recommend(person, PREPARED, AS_OF), product)
    assert code in found, found
    for name, value in params.items():
        assert found[code][name] == value


ABSENT = [
    ("maturity in 31 days", customer((holding("DEP-TD-1Y", "50000", maturity_on=AS_OF + timedelta(31)),)),
     "maturity_reinvest"),
    ("inflow below 5万", customer((holding("DEP-DEMAND", "49999.99", opened_on=AS_OF),)), "large_inflow"),
    ("inflow 8 days ago", customer((holding("DEP-DEMAND", "90000", opened_on=AS_OF - timedelta(8)),)),
     "large_inflow"),
    ("assessment valid for long", customer(), "assessment_expiring"),
    ("AUM below 80% of T3", customer((holding("DEP-TD-1Y", "399999.99"),)), "near_next_tier"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "person", "code"), ABSENT, ids=[a[0] for a in ABSENT])
def test_needs_outside_their_window_give_no_reason(case, person, code):
    result = recommend(person, PREPARED, AS_OF)
    assert all(r.code != code for item in result.recommended for r in item.reasons)


def test_a_maturity_is_sized_to_what_the_product_takes():
    person = customer((holding("DEP-TD-1Y", "150000", maturity_on=AS_OF + timedelta(5)),))
    result = recommend(person, PREPARED, AS_OF)
    item = next(r for r in result.recommended if r.product == "DEP-TD-1Y")
    assert item.suggested_amount == D("150000.00")
    # a large CD needs 20万: a 15万 maturity is no reason to offer it
    assert "maturity_reinvest" not in {r.code for r in next(
        (x.reasons for x in result.recommended if x.product == "DEP-LCD-1Y"), ())}  # fmt: skip


def test_peers_hold_needs_a_share_and_a_large_enough_segment():
    segment = ("T2", "middle")
    peers = PeerStats(segments={segment: 50}, holders={segment: {"GOLD-BAR": 19, "FUND-BOND": 14}})
    result = recommend(customer(), PREPARED, AS_OF, peers)
    assert reasons_of(result, "GOLD-BAR")["peers_hold"] == {
        "share": 38,
        "customers": 50,
        "tier": "T2",
        "stage": "middle",
    }
    assert "peers_hold" not in {
        r.code for x in result.recommended if x.product == "FUND-BOND" for r in x.reasons
    }
    small = PeerStats(segments={segment: 5}, holders={segment: {"GOLD-BAR": 5}})
    result = recommend(customer(), PREPARED, AS_OF, small)
    assert all(r.code != "peers_hold" for x in result.recommended for r in x.reasons)


def test_an_id_about_to_expire_warns_on_every_recommendation():
    result = recommend(customer(id_expiry=AS_OF + timedelta(10)), PREPARED, AS_OF)
    assert result.recommended
    assert all(item.warnings[-1].code == "id_expiring" for item in result.recommended)


def test_held_cards_are_not_offered_again_and_held_deposits_only_for_a_rollover():
    person = customer((holding("CARD-DEBIT", "0"), holding("DEP-TD-3Y")))
    result = recommend(person, PREPARED, AS_OF)
    excluded = {e.product: e.codes for e in result.excluded}
    assert excluded["CARD-DEBIT"] == ("already_held",)
    assert excluded["DEP-TD-3Y"] == ("already_held",)


def test_terms_of_one_deposit_do_not_crowd_out_the_rest():
    """A 12-year-old with idle gift money: not five 整存整取 terms in a row (issue 13's demo); two at most,
    then the other kinds of product."""
    child = customer((holding("DEP-DEMAND", "89000"),), birth_date=date(2014, 8, 5), risk_grade=None,
                     assessed_on=None, civil_capacity="limited")  # fmt: skip
    top = [item.product for item in recommend(child, PREPARED, AS_OF).recommended[:5]]
    time_deposits = [code for code in top if code.startswith("DEP-TD-")]
    assert 1 <= len(time_deposits) <= 2, top


def test_order_is_by_score_then_code_and_repeatable():
    first = recommend(customer(income="300000"), PREPARED, AS_OF)
    keys = [(-r.score, r.product) for r in first.recommended]
    # by score and code, except that a third product of a kind waits until every other kind had its turn
    count: dict[object, int] = {}
    head, third = [], []
    for key in keys:
        kind = PREPARED.alike[key[1]]
        count[kind] = count.get(kind, 0) + 1
        (head if count[kind] <= 2 else third).append(key)
    assert head == sorted(head) and third == sorted(third) and keys == head + third
    shuffled = prepare(list(reversed(CATALOGUE)), WEIGHTS)
    assert recommend(customer(income="300000"), shuffled, AS_OF) == first


# --- amounts and weights ---------------------------------------------------------------------------------

AMOUNTS = [
    ({}, "1234.56", "1234.56"),
    ({"min_amount": "50000"}, "49999.99", None),
    ({"min_amount": "10000", "step_amount": "1000"}, "25500", "25000.00"),
    ({"max_amount": "20000"}, "50000", "20000.00"),
    ({"min_amount": "10000", "step_amount": "1000", "max_amount": "20500"}, "50000", "20000.00"),
]


@pytest.mark.parametrize(("limits", "amount", "expected"), AMOUNTS)
def test_fit_amount(limits, amount, expected):
    spec = spec_from_dict({"code": "X", "name": "x", "family": "deposit", "currency": "CNY", **limits})
    assert fit_amount(spec, D(amount)) == (None if expected is None else D(expected))


BAD_WEIGHTS = [
    ("  risk_profile: 10", "  risk_profile: 10\n  peers: 20", "unknown key peers"),
    ("risk_profile: 10", "risk_profile: -1", "whole number"),
    ("max_shown: 5", "max_shown: 0", "max_shown"),
    ("C3: balanced", "C3: reckless", "risk_types.C3"),
    ("{family: fx, min_level: 3}", "{family: crypto, min_level: 3}", "unknown value crypto"),
    ('near_ratio: "0.8"', 'near_ratio: "1.5"', "near_ratio"),
    (
        "version: weights-2026-12-issue13",
        "version: weights-2026-12-issue13\nversion: again",
        "repeated key version",
    ),
]


@pytest.mark.parametrize(("old", "new", "words"), BAD_WEIGHTS)
def test_a_bad_weights_file_is_refused_with_its_problems(old, new, words):
    assert old in WEIGHTS_TEXT
    with pytest.raises(WeightsInvalid) as refused:
        parse_weights(WEIGHTS_TEXT.replace(old, new, 1))
    assert any(words in p for p in refused.value.problems), refused.value.problems


def test_the_shipped_weights_read_as_written():
    assert WEIGHTS.point("maturity_reinvest") == 50
    assert WEIGHTS.risk_types["C1"] == "conservative" and WEIGHTS.tier_floors["T3"] == D("500000")
    assert (
        WEIGHTS.income_band(D("99999.99")) == "general" and WEIGHTS.income_band(D("5000000")) == "ultra_high"
    )


def _twin(spec):
    """The product with everything a check without an amount does not read changed."""
    return dataclasses.replace(
        spec,
        code=spec.code if spec.exclusive else f"{spec.code}-TWIN",
        name="另一个产品",
        name_en="Another product",
        min_amount=D("123456"),
        step_amount=D("7"),
        max_amount=D("9999999"),
        min_remaining_balance=D("1"),
        rate=D("0.0333"),
        terms=("9M",),
        liquidity="low",
        function="invest",
        life_stages=("young",),
        issuer="别家",
        business_type="asset",
    )


@pytest.mark.parametrize("person", VARIED, ids=range(len(VARIED)))
def test_products_with_one_gate_profile_get_one_result(person):
    from domain.recommend.prepared import gate_profile

    for spec in SPECS:
        twin = _twin(spec)
        assert gate_profile(twin) == gate_profile(spec)
        for channel in ("branch", "self_service"):
            assert check(person, twin, None, channel, AS_OF) == check(person, spec, None, channel, AS_OF)


def test_a_shared_profile_still_lists_each_product_under_its_own_code():
    twins = [CatalogueEntry(s.code, s) for s in SPECS] + [CatalogueEntry(_twin(s).code, _twin(s)) for s in SPECS
                                                          if not s.exclusive]  # fmt: skip
    prepared = prepare(twins, WEIGHTS)
    for person in VARIED:
        result = recommend(RecommendCustomer(customer_no="C1", suitability=person), prepared, AS_OF)
        excluded = {e.product: e.codes for e in result.excluded}
        for spec in SPECS:
            if spec.code in excluded and not spec.exclusive:
                twin_codes = excluded.get(f"{spec.code}-TWIN")
                gate = check(person, spec, None, "branch", AS_OF)
                if not gate.allowed:
                    assert twin_codes == excluded[spec.code] == gate.block_codes


@pytest.mark.parametrize("person", VARIED + [facts(financial_assets=D("30000"))], ids=range(len(VARIED) + 1))
def test_a_fitted_amount_passes_unless_an_amount_rule_applies(person):
    """What lets the engine skip checking a suggested amount: when the gate passes and no private or
    financial-capacity rule reads the amount, the amount fitted to the product's limits passes too."""
    from domain.recommend.scoring import amount_rules_apply

    for spec in SPECS:
        gate = check(person, spec, None, "branch", AS_OF)
        for raw in ("1", "49999.99", "123456.78", "2000000", "99999999"):
            amount = fit_amount(spec, D(raw))
            if not gate.allowed or amount is None or amount_rules_apply(spec, person):
                continue
            assert check(person, spec, amount, "branch", AS_OF).allowed, (spec.code, amount)


TWINS = VARIED + [
    facts(birth_date=date(1980, 1, 2)),  # same age as the first on AS_OF, other birthday
    facts(id_expiry=date(2030, 1, 1)),  # a valid ID reads as long-term
    facts(assessed_on=date(2026, 5, 1)),  # another valid assessment day
    facts(birth_date=date(1950, 6, 1), risk_grade="C5"),  # another senior, other age
    facts(birth_date=date(1975, 6, 1), held_products=frozenset({"DEP-DEMAND"})),  # other age, a plain holding
    facts(assessed_on=date(2025, 10, 1)),  # another expired assessment
]


@pytest.mark.parametrize("as_of", [AS_OF, date(2024, 2, 29)])
def test_equal_batch_tuples_mean_equal_variants(as_of):
    from domain.recommend.gate import variant_keys as _variant_keys

    seen: dict[tuple, SuitabilityCustomer] = {}
    for person in TWINS:
        key = suitability_key(person, as_of, PREPARED.exclusive)
        variants = _variants(key, as_of, PREPARED.rules)
        for kind, fast in _variant_keys(person, as_of, PREPARED.exclusive, PREPARED.rules).items():
            assert seen.setdefault(fast, variants[kind]) == variants[kind], (kind, person)
    assert len(seen) < 5 * len(TWINS)  # the twins do share


# --- issue 13: reasons about this customer, amounts within reach, answered offers, next actions ---------------


def test_a_product_whose_only_reasons_are_generic_is_not_recommended():
    result = recommend(customer(CASH, tier="T3"), PREPARED, AS_OF)
    excluded = {e.product: e.codes for e in result.excluded}
    assert excluded["SVC-SAFE-BOX"] == ("no_identified_need",)  # only "reserved for T3"
    for item in result.recommended:
        assert {r.code for r in item.reasons} - {"risk_profile", "income_band", "tier_privilege"}


def test_amounts_stay_within_the_customers_cash_and_the_products_limits():
    child = customer((holding("DEP-DEMAND", "2900"),), birth_date=date(2020, 5, 1), risk_grade=None,
                     assessed_on=None, civil_capacity="none")  # fmt: skip
    result = recommend(child, PREPARED, AS_OF)
    excluded = {e.product: e for e in result.excluded}
    assert excluded["DEP-LCD-1Y"].codes == ("funds_below_minimum",)
    assert excluded["DEP-LCD-1Y"].reasons[0].params == {"minimum": D("200000"), "available": D("2900")}
    assert "DEP-EDUCATION" not in [r.product for r in result.recommended]  # 6 years old: not yet 4th grade
    rich = recommend(customer(CASH), PREPARED, AS_OF)
    for item in rich.recommended:
        spec = next(s for s in SPECS if s.code == item.product)
        if spec.family in {"card", "ebanking", "service", "bundle", "loan"}:
            assert item.suggested_amount is None, item.product
        elif item.suggested_amount is not None:
            assert item.suggested_amount <= D("70000"), item.product  # never the 3万 kept liquid
    parent = recommend(replace(customer(CASH), children_born=(date(2014, 8, 5),)), PREPARED, AS_OF)
    education = next(r for r in parent.recommended if r.product == "DEP-EDUCATION")
    assert education.suggested_amount is None  # paid in monthly: no income declared, no amount to suggest


def test_monthly_products_are_offered_for_a_monthly_sum_the_income_carries():
    """零存整取, 定投 and 教育储蓄 are paid in every month: never the maturing lump sum (issue 13's 3,621,000 元
    零存整取); a tenth of the declared monthly income in whole hundreds, 教育储蓄's 2万 cap spread over a year."""
    pupil = (date(2014, 8, 5),)  # a household child of 12: 教育储蓄 is opened in the child's name
    result = recommend(replace(customer(CASH, income="600000"), children_born=pupil), PREPARED, AS_OF)
    offered = {item.product: item for item in result.recommended}
    assert offered["FUND-SIP"].suggested_amount == D("5000.00") and offered["FUND-SIP"].monthly
    assert offered["DEP-EDUCATION"].suggested_amount == D("1600.00") and offered["DEP-EDUCATION"].monthly
    lump = [item for item in result.recommended if item.suggested_amount and not item.monthly]
    assert lump and all(item.suggested_amount > D("5000") for item in lump)
    modest = recommend(
        replace(customer(CASH, income="9000"), children_born=pupil), PREPARED, AS_OF
    )  # 75 yuan
    assert {i.product: i.suggested_amount for i in modest.recommended}.get("DEP-EDUCATION") == D("75.00")


def test_an_education_savings_at_its_cap_is_not_offered():
    person = customer((*CASH, holding("DEP-EDUCATION", "20000")))
    assert "DEP-EDUCATION" not in [r.product for r in recommend(person, PREPARED, AS_OF).recommended]


@pytest.mark.parametrize(
    ("outcome", "days_ago", "offered"),
    [("declined", 6, False), ("declined", 90, True), ("accepted", 10, False), ("accepted", 30, True),
     ("later", 1, True)],
)  # fmt: skip
def test_an_answered_offer_rests_for_the_configured_days(outcome, days_ago, offered):
    answers = (AnswerFact("FUND-MIXED", outcome, AS_OF - timedelta(days_ago)),)
    person = dataclasses.replace(customer(CASH), answers=answers)
    result = recommend(person, PREPARED, AS_OF)
    assert ("FUND-MIXED" in [r.product for r in result.recommended]) is offered
    if not offered:
        rest = next(e for e in result.excluded if e.product == "FUND-MIXED").reasons[0]
        assert rest.code == "recently_answered" and rest.params["outcome"] == outcome


@pytest.mark.parametrize(
    ("changes", "state"),
    [({"risk_grade": None, "assessed_on": None}, "missing"), ({"assessed_on": date(2025, 10, 1)}, "expired")],
)
def test_a_missing_or_expired_assessment_is_the_first_next_action(changes, state):
    result = recommend(customer(CASH, **changes), PREPARED, AS_OF)
    action = result.next_actions[0]
    assert action.code == "risk_assessment_needed" and action.params["state"] == state
    assert action.params["products"] > 0
    assert recommend(customer(CASH), PREPARED, AS_OF).next_actions == ()


def test_near_the_next_tier_a_tier_block_says_what_is_missing():
    person = customer((holding("DEP-TD-1Y", "150000"), holding("DEP-DEMAND", "20000")), tier="T1")
    excluded = {e.product: e for e in recommend(person, PREPARED, AS_OF).excluded}
    gap = excluded["CARD-PREMIUM"].reasons[-1]
    assert gap.code == "tier_gap" and gap.params == {"next_tier": "T2", "gap": D("30000")}


def test_education_savings_goes_to_a_parent_only_for_a_child_of_its_ages():
    """教育储蓄 is opened in a pupil's name (4th school year on): offered to an adult only with a household child
    of 9 to 17, that child's age in the reason (issue 13: it sat in the call plan's top five for anyone)."""

    def offered(*ages: int):
        born = tuple(AS_OF.replace(year=AS_OF.year - age) - timedelta(days=1) for age in ages)
        parent = replace(customer(CASH, income="300000"), children_born=born)
        result = recommend(parent, PREPARED, AS_OF)
        return next((item for item in result.recommended if item.product == "DEP-EDUCATION"), None)

    assert offered() is None
    assert offered(8) is None and offered(18) is None  # too young for the 4th school year; of age
    item = offered(8, 12)
    assert item is not None and Reason("household_child", {"age": 12}, 25) in item.reasons
    assert offered(9) is not None and offered(17) is not None
