from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.capitals import accepted_forms, amount_in_capitals, date_in_capitals, parse_capitals
from domain.errors import InvalidValue

# DOMAIN.md §8 (the PBOC examples), then BranchDesk's own decisions.
GOLDEN = [
    ("50000", "人民币伍万元整"),
    ("100010", "人民币壹拾万零壹拾元整"),
    ("1234567.89", "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
    ("1409.50", "人民币壹仟肆佰零玖元伍角"),
    ("1680.32", "人民币壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "人民币壹拾万柒仟元零伍角叁分"),
    ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
    ("100000001", "人民币壹亿零壹元整"),
]
DECISIONS = [
    ("0", "人民币零元整"),
    ("0.00", "人民币零元整"),
    ("0.05", "人民币伍分"),
    ("0.50", "人民币伍角"),
    ("0.55", "人民币伍角伍分"),
    ("1", "人民币壹元整"),
    ("10", "人民币壹拾元整"),
    ("15", "人民币壹拾伍元整"),
    ("10.05", "人民币壹拾元零伍分"),
    ("10.50", "人民币壹拾元零伍角"),
    ("1000.50", "人民币壹仟元零伍角"),
    ("100000", "人民币壹拾万元整"),
    ("101000", "人民币壹拾万壹仟元整"),
    ("1001000", "人民币壹佰万壹仟元整"),
    ("1000100", "人民币壹佰万零壹佰元整"),
    ("100005000", "人民币壹亿零伍仟元整"),  # no 万 written, so the 零 stays
    ("110005000", "人民币壹亿壹仟万伍仟元整"),
    ("100000000", "人民币壹亿元整"),
    ("1050000000", "人民币壹拾亿零伍仟万元整"),  # optional 零 is for 万位/元位 only
    ("123456789012.34", "人民币壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
    ("1000000000000", "人民币壹万亿元整"),
    ("1000100000000", "人民币壹万零壹亿元整"),
    ("1000000010000", "人民币壹万亿零壹万元整"),
    ("1200000000000", "人民币壹万贰仟亿元整"),
    ("9999999999999999.99", "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("figures", "capitals"), GOLDEN + DECISIONS)
def test_amounts_are_written_as_the_rules_say(figures, capitals):
    assert amount_in_capitals(Decimal(figures)) == capitals
    assert parse_capitals(capitals) == Decimal(figures)


@pytest.mark.parametrize(
    ("figures", "variant"),
    [
        ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
        ("107000.53", "人民币壹拾万零柒仟元伍角叁分"),
        ("107000.53", "人民币壹拾万柒仟元伍角叁分"),
        ("107000.53", "人民币壹拾万零柒仟元零伍角叁分"),
        ("100005000", "人民币壹亿伍仟元整"),
        ("1000.50", "人民币壹仟元伍角"),
    ],
)
def test_the_validator_accepts_both_optional_zero_forms(figures, variant):
    assert parse_capitals(variant) == Decimal(figures)
    assert variant in accepted_forms(Decimal(figures))


def test_the_validator_reads_traditional_forms_and_a_missing_prefix():
    assert parse_capitals("人民币貳萬圓整") == Decimal("20000.00")
    assert parse_capitals("壹億陸仟萬圓整") == Decimal("160000000.00")
    assert parse_capitals("  伍分 ") == Decimal("0.05")


@pytest.mark.parametrize(
    ("text", "char"),
    [
        ("人民币一万元整", "一"),
        ("人民币十元整", "十"),
        ("人民币两万元整", "两"),
        ("人民币念元整", "念"),
        ("人民币伍毛", "毛"),
        ("人民币壹佰另伍元整", "另"),
        ("人民币壹佰0伍元整", "0"),
        ("人民币壹佰〇伍元整", "〇"),
    ],
)
def test_forbidden_characters_are_named(text, char):
    with pytest.raises(InvalidValue) as caught:
        parse_capitals(text)
    assert caught.value.code == "capitals_forbidden_character"
    assert caught.value.params == {"char": char}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人民币拾元整", "人民币壹拾元整"),  # always 壹 before 拾
        ("人民币拾万元整", "人民币壹拾万元整"),
        ("人民币壹佰玖元整", "人民币壹佰零玖元整"),  # 零 between digits is mandatory
        ("人民币壹拾万壹拾元整", "人民币壹拾万零壹拾元整"),
        ("人民币壹万陆仟肆佰零玖元贰分", "人民币壹万陆仟肆佰零玖元零贰分"),  # 角 = 0, 分 ≠ 0
        ("人民币壹佰零零玖元整", "人民币壹佰零玖元整"),  # one 零 for a run
        ("人民币壹仟肆佰零玖元伍角整", "人民币壹仟肆佰零玖元伍角"),  # BranchDesk omits 整 after 角
        ("人民币壹元伍角伍分整", "人民币壹元伍角伍分"),  # never 整 after 分
        ("人民币伍万元", "人民币伍万元整"),  # 整 after 元
        ("人民币零元伍分", "人民币伍分"),
        ("人民币零伍分", "人民币伍分"),
        ("人民币壹拾元零整", "人民币壹拾元整"),
        ("人民币壹拾亿伍仟万元整", "人民币壹拾亿零伍仟万元整"),
    ],
)
def test_readable_but_nonstandard_writing_is_refused_with_the_standard_form(text, expected):
    with pytest.raises(InvalidValue) as caught:
        parse_capitals(text)
    assert caught.value.code == "capitals_not_standard"
    assert caught.value.params == {"expected": expected}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "capitals_empty"),
        ("人民币", "capitals_empty"),
        ("人民币 伍元整", "capitals_gap"),
        ("人民币伍元 整", "capitals_gap"),
        ("人民币伍美元整", "capitals_unknown_character"),
        ("¥伍元整", "capitals_unknown_character"),
        ("人民币壹贰元整", "capitals_malformed"),
        ("人民币元整", "capitals_malformed"),
        ("人民币整", "capitals_malformed"),
        ("人民币伍元伍元整", "capitals_malformed"),
        ("人民币伍分伍角", "capitals_malformed"),
        ("人民币伍元整整", "capitals_malformed"),
        ("人民币伍角元整", "capitals_malformed"),
        ("人民币伍仟万万元整", "capitals_malformed"),
        ("人民币万元整", "capitals_malformed"),
        ("人民币零亿元整", "capitals_malformed"),
        ("人民币壹亿壹亿元整", "amount_too_large"),
    ],
)
def test_unreadable_text_is_refused(text, code):
    with pytest.raises(InvalidValue) as caught:
        parse_capitals(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (Decimal("-0.01"), "amount_negative"),
        (Decimal("-50000"), "amount_negative"),
        (Decimal("1.005"), "amount_too_precise"),
        (Decimal("0.001"), "amount_too_precise"),
        (Decimal("10000000000000000"), "amount_too_large"),
        (Decimal("NaN"), "malformed_amount"),
        (Decimal("Infinity"), "malformed_amount"),
    ],
)
def test_impossible_amounts_are_refused(amount, code):
    with pytest.raises(InvalidValue) as caught:
        amount_in_capitals(amount)
    assert caught.value.code == code


def test_floats_are_refused_not_rounded():
    with pytest.raises(TypeError):
        amount_in_capitals(0.1)  # type: ignore[arg-type]


def test_trailing_zeros_in_the_decimal_do_not_matter():
    assert amount_in_capitals(Decimal("1409.5")) == amount_in_capitals(Decimal("1409.500"))
    assert amount_in_capitals(Decimal("5E+4")) == "人民币伍万元整"


amounts = st.integers(min_value=0, max_value=10**14).map(lambda fen: Decimal(fen).scaleb(-2))


@given(amounts)
def test_every_amount_round_trips(amount):
    capitals = amount_in_capitals(amount)
    assert parse_capitals(capitals) == amount
    assert set(capitals[3:]) <= set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
    assert "零零" not in capitals and not capitals.endswith("零")


@given(amounts)
def test_every_accepted_form_reads_back_to_its_amount(amount):
    forms = accepted_forms(amount)
    assert forms[0] == amount_in_capitals(amount)
    for form in forms:
        assert parse_capitals(form) == amount


@given(amounts, st.data())
def test_dropping_a_mandatory_zero_is_never_accepted(amount, data):
    capitals = amount_in_capitals(amount)
    positions = [i for i, ch in enumerate(capitals) if ch == "零"]
    if not positions:
        return
    i = data.draw(st.sampled_from(positions))
    shorter = capitals[:i] + capitals[i + 1 :]
    if shorter in accepted_forms(amount):
        return  # that 零 was an optional one
    with pytest.raises(InvalidValue):
        parse_capitals(shorter)


@pytest.mark.parametrize(
    ("day", "capitals"),
    [
        (date(2026, 10, 20), "贰零贰陆年零壹拾月零贰拾日"),
        (date(2026, 1, 15), "贰零贰陆年零壹月壹拾伍日"),
        (date(2026, 2, 1), "贰零贰陆年零贰月零壹日"),
        (date(2026, 2, 10), "贰零贰陆年零贰月零壹拾日"),
        (date(2026, 3, 9), "贰零贰陆年叁月零玖日"),
        (date(2026, 9, 11), "贰零贰陆年玖月壹拾壹日"),
        (date(2026, 9, 19), "贰零贰陆年玖月壹拾玖日"),
        (date(2026, 9, 21), "贰零贰陆年玖月贰拾壹日"),
        (date(2026, 11, 30), "贰零贰陆年壹拾壹月零叁拾日"),
        (date(2026, 12, 31), "贰零贰陆年壹拾贰月叁拾壹日"),
        (date(2000, 5, 5), "贰零零零年伍月零伍日"),
    ],
)
def test_dates_on_instruments(day, capitals):
    assert date_in_capitals(day) == capitals


@given(st.dates())
def test_every_date_uses_only_capital_characters(day):
    text = date_in_capitals(day)
    assert set(text) <= set("零壹贰叁肆伍陆柒捌玖拾年月日")
    assert not re.search("(?<![壹贰叁])拾", text)  # never a bare 拾
    assert text.count("零") - text.split("年")[0].count("零") <= 2
