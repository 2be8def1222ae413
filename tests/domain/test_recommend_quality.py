"""The recommendation quality set (tests/recommend_quality): no "never" product shown, top-3 precision >= 80%."""

from decimal import Decimal

from tests.recommend_quality.cases import CASES
from tests.recommend_quality.score import score


def test_the_set_is_large_and_varied():
    assert len(CASES) >= 40
    ages = {c.age for c in CASES}
    assert (
        min(ages) < 18
        and max(ages) >= 65
        and any(18 <= a < 35 for a in ages)
        and any(35 <= a < 60 for a in ages)
    )
    grades = {c.grade for c in CASES}
    assert None in grades and any(g and g.startswith("expired:") for g in grades)
    assert {f"C{n}" for n in range(1, 6)} <= grades


def test_no_never_violations_and_top3_precision_at_least_80_percent():
    result = score()
    problems = [f"{r.case.id}: {v}" for r in result.results for v in r.violations]
    assert problems == []
    assert result.top3 >= Decimal(80)
