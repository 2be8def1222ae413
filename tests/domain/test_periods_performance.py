from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.errors import InvalidValue
from domain.performance import PlanMetric, PlanRow, growth, percent, ratio
from domain.periods import Cadence, Period, custom_period, month_ends, period_containing, previous, year_ago


@pytest.mark.parametrize(
    ("cadence", "day", "first", "last"),
    [
        (Cadence.DAY, date(2026, 11, 23), date(2026, 11, 23), date(2026, 11, 23)),
        (Cadence.WEEK, date(2026, 11, 23), date(2026, 11, 23), date(2026, 11, 29)),  # a Monday
        (Cadence.WEEK, date(2026, 11, 29), date(2026, 11, 23), date(2026, 11, 29)),  # a Sunday
        (Cadence.XUN, date(2026, 11, 10), date(2026, 11, 1), date(2026, 11, 10)),
        (Cadence.XUN, date(2026, 11, 11), date(2026, 11, 11), date(2026, 11, 20)),
        (Cadence.XUN, date(2026, 2, 21), date(2026, 2, 21), date(2026, 2, 28)),  # 下旬 of a short month
        (Cadence.XUN, date(2028, 2, 29), date(2028, 2, 21), date(2028, 2, 29)),
        (Cadence.XUN, date(2026, 12, 31), date(2026, 12, 21), date(2026, 12, 31)),
        (Cadence.MONTH, date(2026, 11, 23), date(2026, 11, 1), date(2026, 11, 30)),
        (Cadence.QUARTER, date(2026, 11, 23), date(2026, 10, 1), date(2026, 12, 31)),
        (Cadence.QUARTER, date(2026, 3, 31), date(2026, 1, 1), date(2026, 3, 31)),
        (Cadence.YEAR, date(2026, 11, 23), date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_a_period_runs_over_the_days_its_cadence_says(cadence, day, first, last):
    assert period_containing(cadence, day) == Period(cadence, first, last)


def test_the_previous_period_is_the_one_just_before():
    assert previous(period_containing(Cadence.XUN, date(2026, 3, 5))) == Period(
        Cadence.XUN, date(2026, 2, 21), date(2026, 2, 28)
    )
    assert previous(period_containing(Cadence.QUARTER, date(2026, 1, 5))).first == date(2025, 10, 1)
    custom = custom_period(date(2026, 11, 3), date(2026, 11, 9))
    assert custom.cadence is Cadence.CUSTOM
    assert previous(custom) == Period(Cadence.CUSTOM, date(2026, 10, 27), date(2026, 11, 2))


def test_a_typed_period_is_named_by_its_cadence_when_it_is_one():
    assert custom_period(date(2026, 10, 1), date(2026, 12, 31)).cadence is Cadence.QUARTER
    assert custom_period(date(2026, 11, 11), date(2026, 11, 20)).cadence is Cadence.XUN
    with pytest.raises(InvalidValue) as error:
        custom_period(date(2026, 11, 20), date(2026, 11, 11))
    assert error.value.code == "period_reversed"


def test_same_day_last_year_and_month_ends():
    assert year_ago(date(2028, 2, 29)) == date(2027, 2, 28)
    assert year_ago(date(2026, 11, 23)) == date(2025, 11, 23)
    assert month_ends(date(2026, 1, 31), date(2026, 4, 29)) == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
    ]
    assert month_ends(date(2026, 11, 1), date(2026, 11, 23)) == []


def test_percent_of_plan_is_rounded_once_to_one_decimal():
    assert percent(39_793, 16_000) == Decimal("248.7")  # DOMAIN §9's example
    assert percent(1, 3) == Decimal("33.3")
    assert percent(2, 3) == Decimal("66.7")
    assert percent(5, 0) is None
    assert growth(Decimal("90"), Decimal("100")) == Decimal("-10.0")
    assert ratio(7, 3) == Decimal("2.33")


def test_negative_growth_gives_a_negative_completion():
    row = PlanRow(
        PlanMetric.DEPOSIT_GROWTH,
        date(2026, 11, 1),
        date(2026, 11, 30),
        Decimal("1000000"),
        Decimal("-250000"),
    )
    assert row.completion == Decimal("-25.0")
    assert PlanMetric.DEPOSIT_GROWTH.is_money and not PlanMetric.NEW_CUSTOMERS.is_money


def test_acceptance_counts_decisions_only():
    """DOMAIN §6: accepted ÷ (accepted + declined); a "later" is not a decision yet."""
    from domain.performance import ActivityFigures, RecommendationRow

    rows = (RecommendationRow("A", "a", 3, 1, 4), RecommendationRow("B", "b", 0, 0, 2))
    assert rows[0].acceptance == Decimal("75.0") and rows[1].acceptance is None
    activity = ActivityFigures(0, 0, 0, 0, 0, rows, (), (), (), Decimal("0.00"), 0, 0)
    assert activity.recommendations_answered == 10
    assert activity.recommendation_acceptance == Decimal("75.0")
