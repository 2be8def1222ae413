"""Reporting periods (DOMAIN §9 cadence): day, week, 旬 (days 1-10, 11-20, 21-end), month, quarter, year."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.errors import InvalidValue


class Cadence(StrEnum):
    DAY = "day"
    WEEK = "week"
    XUN = "xun"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"  # from-to typed by hand


@dataclass(frozen=True)
class Period:
    cadence: Cadence
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def clipped(self, today: date) -> Period:
        """The part that has happened: a period still running ends today."""
        return self if self.last <= today else Period(self.cadence, self.first, max(today, self.first))


def parse_cadence(value: str) -> Cadence:
    try:
        return Cadence(value)
    except ValueError:
        raise InvalidValue("unknown_cadence", value=value) from None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period_containing(cadence: Cadence, day: date) -> Period:
    if cadence is Cadence.DAY or cadence is Cadence.CUSTOM:
        return Period(cadence, day, day)
    if cadence is Cadence.WEEK:  # Monday to Sunday
        first = day - timedelta(days=day.weekday())
        return Period(cadence, first, first + timedelta(days=6))
    if cadence is Cadence.XUN:
        if day.day <= 10:
            return Period(cadence, day.replace(day=1), day.replace(day=10))
        if day.day <= 20:
            return Period(cadence, day.replace(day=11), day.replace(day=20))
        return Period(cadence, day.replace(day=21), _month_end(day.year, day.month))
    if cadence is Cadence.MONTH:
        return Period(cadence, day.replace(day=1), _month_end(day.year, day.month))
    if cadence is Cadence.QUARTER:
        start_month = 3 * ((day.month - 1) // 3) + 1
        return Period(cadence, date(day.year, start_month, 1), _month_end(day.year, start_month + 2))
    return Period(cadence, date(day.year, 1, 1), date(day.year, 12, 31))


def previous(period: Period) -> Period:
    if period.cadence is Cadence.CUSTOM:  # as many days just before
        return Period(
            period.cadence, period.first - timedelta(days=period.days), period.first - timedelta(days=1)
        )
    return period_containing(period.cadence, period.first - timedelta(days=1))


def year_ago(day: date) -> date:
    """The same day last year (同期); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def custom_period(first: date, last: date) -> Period:
    """A period typed by hand (from-to): named by its cadence when it is exactly one (a whole month, say)."""
    if last < first:
        raise InvalidValue("period_reversed", first=first.isoformat(), last=last.isoformat())
    for cadence in Cadence:
        if cadence is not Cadence.CUSTOM and period_containing(cadence, first) == Period(
            cadence, first, last
        ):
            return Period(cadence, first, last)
    return Period(Cadence.CUSTOM, first, last)


def month_ends(first: date, last: date) -> list[date]:
    """Every month's last day in [first, last]."""
    ends: list[date] = []
    year, month = first.year, first.month
    while True:
        end = _month_end(year, month)
        if end > last:
            return ends
        if end >= first:
            ends.append(end)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
