"""The YAML reader against hostile files: each is refused with a reason and a line, fast, never a traceback."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from domain import strict_yaml
from domain.strict_yaml import YamlRefused, load_strict


def billion_laughs(levels: int = 9) -> str:
    text = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    previous = "a"
    for name in "bcdefghij"[: levels - 1]:
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text


def refusal(text: str) -> YamlRefused:
    with pytest.raises(YamlRefused) as caught:
        load_strict(text)
    return caught.value


def test_a_billion_laughs_file_is_refused_in_well_under_a_second():
    text = billion_laughs()
    assert len(text) < 1000  # a few hundred bytes that would expand to 9^9 values
    started = time.perf_counter()
    refused = refusal(text)
    assert time.perf_counter() - started < 0.2
    assert refused.reason == strict_yaml.TOO_MANY_NODES


def test_a_few_honest_aliases_still_work():
    data = load_strict("base: &base {rate: 0.0135, terms: [3M, 1Y]}\nother: *base\n")
    assert data["other"] == {"rate": Decimal("0.0135"), "terms": ["3M", "1Y"]}


def test_an_alias_to_its_own_collection_is_refused():
    assert refusal("a: &a [1, *a]\n").reason == strict_yaml.SYNTAX


@pytest.mark.parametrize("text", ["a: " + "[" * 5000 + "]" * 5000, "a: " + "{b: " * 200 + "1" + "}" * 200])
def test_deep_nesting_is_refused_before_python_recursion_can_fail(text):
    refused = refusal(text)
    assert refused.reason == strict_yaml.TOO_DEEP and refused.line == "1"


def test_nesting_a_real_file_uses_is_read():
    assert load_strict("a:\n  b:\n    c:\n      - d: [1, 2]\n")["a"]["b"]["c"][0]["d"] == [1, 2]


@pytest.mark.parametrize("text", ["? [a, b]\n: 1\n", "? {a: 1}\n: 2\n", "x:\n  ? [1]\n  : y\n"])
def test_a_list_or_mapping_as_a_key_is_refused_with_its_line(text):
    refused = refusal(text)
    assert refused.reason == strict_yaml.KEY_NOT_TEXT
    assert refused.line == str(text.count("\n", 0, text.index("[") if "[" in text else text.index("{")) + 1)


@pytest.mark.parametrize(
    ("text", "line"),
    [("sale_start: 2026-01-01\nsale_end: 2026-02-30\n", "2"), ("n: " + "9" * 5000 + "\n", "1")],
)
def test_impossible_values_are_refused_by_line(text, line):
    refused = refusal(text)
    assert (refused.reason, refused.line) == (strict_yaml.IMPOSSIBLE_VALUE, line)


def test_a_file_over_the_size_cap_is_refused_without_being_parsed():
    text = "a: " + "x" * strict_yaml.MAX_BYTES + "\n"
    started = time.perf_counter()
    assert refusal(text).reason == strict_yaml.TOO_LARGE
    assert time.perf_counter() - started < 0.2


def test_a_repeated_key_is_still_reported():
    assert refusal("a: 1\na: 2\n").duplicates == (("a", 2),)
