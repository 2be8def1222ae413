"""What the search box input means (domain/search.py): lookups per kind of input, prefix ranges, ranking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.search import Candidate, Field, Mode, Rank, best_first, plan, prefix_end


def fields(text: str) -> list[tuple[Field, Mode, Rank]]:
    return [(lookup.field, lookup.mode, lookup.rank) for lookup in plan(text)]


def test_a_full_resident_id_is_an_exact_identifier_first():
    assert fields("11010519491231002x")[0] == (Field.ID_NUMBER, Mode.EXACT, Rank.EXACT_IDENTIFIER)
    assert plan("11010519491231002x")[0].value == "11010519491231002X"


def test_a_mobile_is_exact_and_its_first_digits_a_prefix():
    assert fields("13812345678")[0] == (Field.PHONE, Mode.EXACT, Rank.EXACT_IDENTIFIER)
    assert (Field.PHONE, Mode.PREFIX, Rank.PARTIAL) in fields("1381234")


def test_four_digits_are_an_id_tail_and_a_mobile_tail():
    tail = plan("0019")[0]
    assert tail.field is Field.ID_TAIL and tail.mode is Mode.ANY_OF and len(tail.values) == 100
    assert "170019" in tail.values
    assert (Field.PHONE_TAIL, Mode.EXACT, Rank.PARTIAL) in fields("0019")


def test_letters_are_pinyin_and_initials():
    assert fields("ZhangWei") == [
        (Field.PINYIN, Mode.EXACT, Rank.EXACT_NAME),
        (Field.INITIALS, Mode.EXACT, Rank.EXACT_INITIALS),
        (Field.PINYIN, Mode.PREFIX, Rank.PARTIAL),
        (Field.INITIALS, Mode.PREFIX, Rank.PARTIAL),
    ]
    assert plan("lü")[0].value == "lv"


def test_customer_numbers_with_or_without_the_c():
    assert plan("c123")[0].value == "C0000000123"
    assert plan("C0000000123") == plan("c0000000123")
    assert (Field.CUSTOMER_NO, Mode.EXACT, Rank.PARTIAL) in fields("123456")


@pytest.mark.parametrize("text", ["", " ", "%", "_", "a%", "1_2", "12", "!?", "x" * 41, "12ab", "1234567X8"])
def test_nothing_sensible_plans_nothing(text):
    assert plan(text) == ()


def test_prefix_end_is_just_above_every_extension():
    assert prefix_end("zh") == "zi"
    assert prefix_end("张") == chr(ord("张") + 1)
    assert prefix_end("a\ud7ff") == "a\ue000"


@given(st.text(min_size=1, max_size=8), st.text(max_size=8))
def test_every_extension_of_a_prefix_lies_in_its_range(prefix, rest):
    assert prefix <= prefix + rest < prefix_end(prefix)


def test_best_first_keeps_each_customers_best_match():
    found = [
        Candidate(2, Rank.PARTIAL, 3, "zhangsanfeng", Field.PINYIN),
        Candidate(1, Rank.PARTIAL, 2, "zhangsan", Field.PINYIN),
        Candidate(1, Rank.EXACT_NAME, 0, "zhangsan", Field.PINYIN),
    ]
    assert [(c.customer_id, c.rank) for c in best_first(found, 10)] == [
        (1, Rank.EXACT_NAME),
        (2, Rank.PARTIAL),
    ]
    assert len(best_first(found, 1)) == 1


def test_blanks_inside_a_name_in_characters_are_dropped():
    assert plan("张 三")[0].value == "张三"
    assert plan("  张三 ")[0].value == "张三"
