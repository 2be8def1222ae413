"""Statutory working days (工作日, DOMAIN.md §10) and deadlines counted in them.

Counting [CFG defaults]: the day of receipt is day 0 and a deadline of N WD ends at 24:00 on the Nth working
day, so `add_workdays` returns that date. A receipt strictly after the cut-off (17:00:00 still counts that day) or
on a non-working day is deemed received on the next working day, which becomes day 0: a Saturday receipt gets
the same deadline as one on Monday morning. A bare date counts as received before the cut-off.

Years the calendar does not know fall back to Mon–Fri; `unknown_years` tells the UI when to warn.

The calendar is built from plain sets. `calendar_from_chinese_calendar` reads them from the `chinese_calendar`
package, which is pure data (no I/O), so it may live in the domain; override files arrive as text.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

import chinese_calendar

from domain.errors import InvalidValue

CUTOFF = time(17, 0)
OVERRIDE_HEADER = ("date", "kind", "name", "source")
_ONE_DAY = timedelta(days=1)


class DayKind(StrEnum):
    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"  # 调休: a Saturday or Sunday worked in lieu


@dataclass(frozen=True)
class CalendarRow:
    """One row of the calendar table and of the override file."""

    day: date
    kind: DayKind
    name: str
    source: str


@dataclass(frozen=True)
class WorkdayAnswer:
    """N working days after a start, and the years counted as plain Mon–Fri because no schedule is loaded."""

    start: date
    workdays: int
    due: date
    unknown_years: tuple[int, ...]

    @property
    def provisional(self) -> bool:
        return bool(self.unknown_years)


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = field(default_factory=frozenset)
    makeup_workdays: frozenset[date] = field(default_factory=frozenset)
    known_years: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # Accept plain sets; keep the calendar immutable so one instance can be shared between threads.
        for name in ("holidays", "makeup_workdays", "known_years"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        both = self.holidays & self.makeup_workdays
        if both:
            raise InvalidValue("calendar_day_conflict", day=min(both).isoformat())

    def is_workday(self, d: date) -> bool:
        d = _day(d)
        if d in self.makeup_workdays:
            return True
        return d not in self.holidays and d.weekday() < 5

    def next_workday(self, d: date) -> date:
        """`d` itself when it is a working day, else the first one after it."""
        d = _day(d)
        while not self.is_workday(d):
            d += _ONE_DAY
        return d

    def day_zero(self, received: datetime | date, cutoff: time = CUTOFF) -> date:
        """The working day a receipt counts from (see the module's counting rule)."""
        day = _day(received)
        if isinstance(received, datetime) and received.time() > cutoff and self.is_workday(day):
            day += _ONE_DAY
        return self.next_workday(day)

    def add_workdays(self, start: datetime | date, n: int, cutoff: time = CUTOFF) -> date:
        """The Nth working day after day 0; the deadline ends at 24:00 on it."""
        if n < 0:
            raise InvalidValue("negative_workdays", value=n)
        day = self.day_zero(start, cutoff)
        for _ in range(n):
            day = self.next_workday(day + _ONE_DAY)
        return day

    def workdays_between(self, a: date, b: date) -> int:
        """Working days in (a, b]: how many have passed since day 0 `a` by the end of `b`; negative if b < a."""
        a, b = _day(a), _day(b)
        if b < a:
            return -self.workdays_between(b, a)
        return sum(1 for offset in range(1, (b - a).days + 1) if self.is_workday(a + timedelta(days=offset)))

    def add_workdays_answer(self, start: datetime | date, n: int, cutoff: time = CUTOFF) -> WorkdayAnswer:
        """`add_workdays`, saying whether a year on the way is unknown (then the date is provisional)."""
        due = self.add_workdays(start, n, cutoff)
        return WorkdayAnswer(_day(start), n, due, self.unknown_years(start, due))

    def unknown_years(self, start: date, end: date) -> tuple[int, ...]:
        """Years between the two dates (either order) the calendar has no notice for: Mon–Fri was assumed."""
        low, high = sorted((_day(start).year, _day(end).year))
        return tuple(year for year in range(low, high + 1) if year not in self.known_years)


def calendar_from_rows(rows: Iterable[CalendarRow], known_years: Iterable[int]) -> WorkCalendar:
    rows = list(rows)
    return WorkCalendar(
        holidays=frozenset(row.day for row in rows if row.kind is DayKind.HOLIDAY),
        makeup_workdays=frozenset(row.day for row in rows if row.kind is DayKind.MAKEUP_WORKDAY),
        known_years=frozenset(known_years),
    )


def merge_overrides(calendar: WorkCalendar, rows: Iterable[CalendarRow]) -> WorkCalendar:
    """Apply a branch's override rows: each row decides its date, whatever the base said.

    A year with override rows counts as known: the override file is where a new State Council notice goes
    before the package catches up, and it is entered whole (the shipped file says so).
    """
    holidays, makeups, years = (
        set(calendar.holidays),
        set(calendar.makeup_workdays),
        set(calendar.known_years),
    )
    for row in rows:
        if row.kind is DayKind.HOLIDAY:
            holidays.add(row.day)
            makeups.discard(row.day)
        else:
            makeups.add(row.day)
            holidays.discard(row.day)
        years.add(row.day.year)
    return WorkCalendar(frozenset(holidays), frozenset(makeups), frozenset(years))


def parse_overrides(text: str) -> list[CalendarRow]:
    """Read an override file's text: CSV `date,kind,name,source`; `#` lines and blank lines are skipped.

    `makeup_workday` means "a working day" and `holiday` "not one", so a row can also correct a base entry.
    Every row needs a name and a source (the notice it comes from): overrides move statutory deadlines.
    """
    rows: list[CalendarRow] = []
    seen: set[date] = set()
    header_seen = False
    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in next(csv.reader([line]))]
        if not header_seen:
            if tuple(cell.lower() for cell in cells) != OVERRIDE_HEADER:
                raise InvalidValue(
                    "calendar_override_header", line=number, expected=",".join(OVERRIDE_HEADER)
                )
            header_seen = True
            continue
        row = _override_row(cells, number)
        if row.day in seen:
            raise InvalidValue("calendar_override_duplicate", line=number, day=row.day.isoformat())
        seen.add(row.day)
        rows.append(row)
    return rows


CALENDAR_FILE_HEADER = ("date", "kind", "name")
_FILE_KINDS = {
    "holiday": DayKind.HOLIDAY,
    "workday": DayKind.MAKEUP_WORKDAY,
    "makeup_workday": DayKind.MAKEUP_WORKDAY,
}


def parse_calendar_file(text: str, source: str) -> list[CalendarRow]:
    """A year's schedule as the administrator loads it: CSV `date,kind,name` (an optional fourth column `source`).

    `kind` is `holiday` (a day off, weekend or not) or `workday` (a weekend day worked in lieu, 调休). A file is
    taken whole or not at all: the first bad line is named. Each year in the file replaces that year's schedule,
    so a year must come with every holiday and make-up day of the State Council's notice.
    """
    rows: list[CalendarRow] = []
    seen: set[date] = set()
    header: tuple[str, ...] | None = None
    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in next(csv.reader([line]))]
        if header is None:
            header = tuple(cell.lower() for cell in cells)
            if header not in (CALENDAR_FILE_HEADER, OVERRIDE_HEADER):
                raise InvalidValue(
                    "calendar_file_header", line=number, expected=",".join(CALENDAR_FILE_HEADER)
                )
            continue
        if len(cells) != len(header):
            raise InvalidValue("calendar_override_columns", line=number, expected=len(header))
        day_text, kind_text, name = cells[:3]
        row_source = cells[3] if len(cells) > 3 and cells[3] else source
        kind = _FILE_KINDS.get(kind_text.lower())
        if kind is None:
            raise InvalidValue("calendar_file_kind", line=number, value=kind_text)
        row = _override_row([day_text, kind.value, name, row_source], number)
        if row.kind is DayKind.MAKEUP_WORKDAY and row.day.weekday() < 5:
            raise InvalidValue("calendar_workday_not_weekend", line=number, day=row.day.isoformat())
        if row.day in seen:
            raise InvalidValue("calendar_override_duplicate", line=number, day=row.day.isoformat())
        seen.add(row.day)
        rows.append(row)
    if not rows:
        raise InvalidValue("calendar_file_empty")
    return rows


def replace_years(calendar: WorkCalendar, years: Iterable[int], rows: Iterable[CalendarRow]) -> WorkCalendar:
    """The calendar with each of `years` taken wholly from `rows` (a loaded notice replaces what was there)."""
    years = set(years)
    holidays = {d for d in calendar.holidays if d.year not in years}
    makeups = {d for d in calendar.makeup_workdays if d.year not in years}
    for row in rows:
        if row.day.year in years:
            (holidays if row.kind is DayKind.HOLIDAY else makeups).add(row.day)
    return WorkCalendar(frozenset(holidays), frozenset(makeups), calendar.known_years | frozenset(years))


def _override_row(cells: list[str], number: int) -> CalendarRow:
    if len(cells) != len(OVERRIDE_HEADER):
        raise InvalidValue("calendar_override_columns", line=number, expected=len(OVERRIDE_HEADER))
    day_text, kind_text, name, source = cells
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise InvalidValue("calendar_override_date", line=number, value=day_text) from None
    if len(day_text) != 10:  # fromisoformat also takes 20270101; the file keeps one spelling
        raise InvalidValue("calendar_override_date", line=number, value=day_text)
    try:
        kind = DayKind(kind_text)
    except ValueError:
        raise InvalidValue("calendar_override_kind", line=number, value=kind_text) from None
    for field_name, value in (("name", name), ("source", source)):
        if not value:
            raise InvalidValue("calendar_override_missing", line=number, field=field_name)
    return CalendarRow(day, kind, name, source)


# --- the chinese_calendar package -------------------------------------------------------------------------


def chinese_calendar_years() -> range:
    """Years the installed package has the State Council's notices for (1.11.0: 2004–2026)."""
    years = {d.year for d in chinese_calendar.holidays}
    return range(min(years), max(years) + 1)


def chinese_calendar_rows(years: Iterable[int]) -> list[CalendarRow]:
    """Holiday and make-up rows for the requested years the package covers; other years are left out."""
    covered = chinese_calendar_years()
    source = f"chinese_calendar {getattr(chinese_calendar, '__version__', '')}".strip()
    rows: list[CalendarRow] = []
    for year in sorted(set(years)):
        if year not in covered:
            continue  # the package raises NotImplementedError for such years; they stay unknown instead
        first, last = date(year, 1, 1), date(year, 12, 31)
        # include_weekends=False gives the notice's holiday dates themselves, weekend ones included.
        for day in chinese_calendar.get_holidays(first, last, include_weekends=False):
            rows.append(CalendarRow(day, DayKind.HOLIDAY, _holiday_name(day), source))
        for day in chinese_calendar.get_workdays(first, last, include_weekends=True):
            if day.weekday() >= 5:
                rows.append(CalendarRow(day, DayKind.MAKEUP_WORKDAY, _holiday_name(day), source))
    return sorted(rows, key=lambda row: row.day)


def calendar_from_chinese_calendar(years: Iterable[int]) -> WorkCalendar:
    """The calendar for `years`; those the package does not cover stay unknown (Mon–Fri, with a warning)."""
    years = set(years)
    covered = chinese_calendar_years()
    return calendar_from_rows(chinese_calendar_rows(years), {year for year in years if year in covered})


def _holiday_name(day: date) -> str:
    _, english = chinese_calendar.get_holiday_detail(day)
    try:
        return str(chinese_calendar.Holiday(english).chinese)
    except ValueError:
        return english or ""


def _day(value: datetime | date) -> date:
    # datetime is a date subclass but never equal to one: normalise before looking up sets.
    return value.date() if isinstance(value, datetime) else value


# --- the branch's calendar ---------------------------------------------------------------------------------

OVERRIDES_FILE = ("calendar", "overrides.csv")


@functools.cache
def branch_calendar() -> WorkCalendar:
    """The package's years merged with the shipped override file; built once, shared (it is immutable)."""
    from domain.paths import resource_path

    text = resource_path(*OVERRIDES_FILE).read_text(encoding="utf-8")
    return merge_overrides(calendar_from_chinese_calendar(chinese_calendar_years()), parse_overrides(text))
