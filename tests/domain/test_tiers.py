"""Tier rules at their boundaries (DOMAIN §3): one fen below / at a floor, month and quarter ends, two quarters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.errors import InvalidValue
from domain.tiers import (
    concentration,
    decide,
    is_quarter_end,
    month_end_on_or_before,
    near_threshold_kind,
    parse_tier,
    quarter_ends_before,
)

FEN = Decimal("0.01")
T3_FLOOR = Decimal("500000")


@pytest.mark.parametrize(
    ("aum", "tier"), [(T3_FLOOR - FEN, "T2"), (T3_FLOOR, "T3"), (Decimal("850000"), "T3")]
)
def test_upgrade_at_a_month_end_when_the_measure_reaches_the_floor(aum, tier):
    decision = decide("T0", aum, date(2026, 11, 30), ())
    assert decision.tier == tier and decision.reason == "upgrade"


def test_an_upgrade_may_skip_tiers_and_stars_follow():
    decision = decide("T0", Decimal("2000000"), date(2026, 11, 30), ())
    assert (decision.tier, decision.star) == ("T4", 6)


def test_a_downgrade_waits_for_a_quarter_end():
    assert decide("T3", Decimal("100"), date(2026, 11, 30), (Decimal("100"),)).tier == "T3"


def test_a_downgrade_needs_the_quarter_end_before_below_too():
    below, at = T3_FLOOR - FEN, T3_FLOOR
    assert decide("T3", below, date(2026, 12, 31), (below,)).reason == "downgrade"
    assert decide("T3", below, date(2026, 12, 31), (below,)).tier == "T2"
    assert decide("T3", below, date(2026, 12, 31), (at,)).tier == "T3"  # one quarter below only
    assert decide("T3", below, date(2026, 12, 31), (None,)).tier == "T3"  # nothing recorded: never down


def test_t0_stars():
    assert decide("T0", Decimal("9999.99"), date(2026, 11, 30), ()).star == 1
    assert decide("T0", Decimal("10000"), date(2026, 11, 30), ()).star == 2


def test_month_and_quarter_ends():
    assert month_end_on_or_before(date(2026, 12, 7)) == date(2026, 11, 30)
    assert month_end_on_or_before(date(2026, 11, 30)) == date(2026, 11, 30)
    assert month_end_on_or_before(date(2024, 3, 1)) == date(2024, 2, 29)
    assert not is_quarter_end(date(2026, 12, 30)) and is_quarter_end(date(2026, 12, 31))
    assert quarter_ends_before(date(2026, 3, 31), 2) == (date(2025, 12, 31), date(2025, 9, 30))


def test_near_threshold_bands():
    assert near_threshold_kind("T2", Decimal("400000") - FEN) is None  # 80% of 50万 is 40万
    assert near_threshold_kind("T2", Decimal("400000")) == ("upgrade", "T3")
    assert near_threshold_kind("T2", T3_FLOOR - FEN) == ("upgrade", "T3")
    assert near_threshold_kind("T3", Decimal("550000") - FEN) == ("retention", None)  # below 110% of 50万
    assert near_threshold_kind("T3", Decimal("550000")) is None


def test_eighty_twenty():
    report = concentration("", [Decimal(v) for v in (800, 50, 50, 50, 50)])
    assert (report.top_customers, report.top_aum, report.top_share) == (1, Decimal(800), Decimal("0.800"))
    assert concentration("", []).top_share is None


def test_a_tier_typed_by_hand():
    assert parse_tier(" t3 ") == "T3"
    with pytest.raises(InvalidValue):
        parse_tier("T6")
