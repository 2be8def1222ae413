from __future__ import annotations

from datetime import date, datetime, time, timedelta

import chinese_calendar
import pytest

from domain.errors import InvalidValue
from domain.paths import resource_path
from domain.workdays import (
    CalendarRow,
    DayKind,
    WorkCalendar,
    calendar_from_chinese_calendar,
    chinese_calendar_rows,
    chinese_calendar_years,
    merge_overrides,
    parse_overrides,
)

CAL = calendar_from_chinese_calendar(range(2023, 2028))
D = date


def at(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm, ss))


# DOMAIN.md §10's golden tests (2024), then holidays of 2024–2026 as the State Council announced them.
@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2024, 3, 4), 3, D(2024, 3, 7)),
        (D(2024, 3, 8), 3, D(2024, 3, 13)),
        (D(2024, 3, 4), 7, D(2024, 3, 13)),
        (D(2024, 3, 4), 10, D(2024, 3, 18)),
        (D(2024, 9, 30), 3, D(2024, 10, 10)),  # 10-01..07 off, Sat 10-12 worked
        (D(2024, 9, 27), 3, D(2024, 10, 8)),  # Sun 09-29 is a make-up workday
        (D(2024, 3, 4), 0, D(2024, 3, 4)),
        # Spring Festival 2024: 02-10..17 off; Sun 02-04 and Sun 02-18 worked; 除夕 02-09 is a working day.
        (D(2024, 2, 8), 3, D(2024, 2, 19)),
        (D(2024, 2, 9), 3, D(2024, 2, 20)),
        (D(2024, 2, 2), 3, D(2024, 2, 6)),  # Sun 02-04 is day 1
        # Spring Festival 2025: 01-28..02-04 off; Sun 01-26 and Sat 02-08 worked.
        (D(2025, 1, 24), 2, D(2025, 1, 27)),  # Sun 01-26 is day 1
        (D(2025, 1, 24), 3, D(2025, 2, 5)),
        (D(2025, 1, 27), 3, D(2025, 2, 7)),
        (D(2025, 1, 27), 4, D(2025, 2, 8)),
        (D(2025, 1, 27), 5, D(2025, 2, 10)),
        # National Day + Mid-Autumn 2025: 10-01..08 off; Sun 09-28 and Sat 10-11 worked.
        (D(2025, 9, 26), 3, D(2025, 9, 30)),
        (D(2025, 9, 30), 3, D(2025, 10, 11)),
        (D(2025, 9, 30), 10, D(2025, 10, 21)),
        # Year end: 2026-01-01..03 off, Sun 2026-01-04 worked.
        (D(2025, 12, 31), 3, D(2026, 1, 6)),
        (D(2025, 12, 29), 3, D(2026, 1, 4)),
        (D(2025, 12, 30), 10, D(2026, 1, 14)),
    ],
)
def test_deadlines_across_holidays(start, n, due):
    assert CAL.add_workdays(start, n) == due
    assert CAL.add_workdays(at(start, 9), n) == due
    assert CAL.workdays_between(start, due) == n


def test_the_2025_national_day_matches_the_package():
    off = [D(2025, 10, d) for d in range(1, 9)]
    assert all(not CAL.is_workday(d) for d in off)
    assert CAL.is_workday(D(2025, 9, 28)) and CAL.is_workday(D(2025, 10, 11))
    assert CAL.is_workday(D(2025, 10, 9))


def test_receipt_after_the_cutoff_counts_from_the_next_working_day():
    monday = D(2024, 3, 4)
    assert CAL.add_workdays(at(monday, 16, 59), 3) == D(2024, 3, 7)
    assert CAL.add_workdays(at(monday, 17, 0, 0), 3) == D(2024, 3, 7)  # 17:00 sharp is still that day
    assert CAL.add_workdays(at(monday, 17, 0, 1), 3) == D(2024, 3, 8)
    assert CAL.add_workdays(at(monday, 17, 1), 3) == D(2024, 3, 8)
    assert CAL.day_zero(at(monday, 17, 1)) == D(2024, 3, 5)
    # Friday evening before National Day: day 0 is the first day after the holiday.
    assert CAL.day_zero(at(D(2024, 9, 30), 18)) == D(2024, 10, 8)
    assert CAL.add_workdays(at(D(2024, 9, 30), 18), 3) == D(2024, 10, 11)


def test_the_cutoff_is_a_parameter():
    assert CAL.add_workdays(at(D(2024, 3, 4), 16, 30), 3, cutoff=time(16, 0)) == D(2024, 3, 8)
    assert CAL.add_workdays(at(D(2024, 3, 4), 23, 59), 3, cutoff=time(23, 59, 59)) == D(2024, 3, 7)


def test_a_make_up_saturday_is_a_working_day_an_ordinary_saturday_is_not():
    makeup = D(2024, 10, 12)
    ordinary = D(2024, 10, 19)
    assert CAL.is_workday(makeup) and not CAL.is_workday(ordinary)
    assert CAL.add_workdays(at(makeup, 10), 3) == D(2024, 10, 16)
    assert CAL.add_workdays(at(ordinary, 10), 3) == D(2024, 10, 24)  # counts from Monday 10-21
    assert CAL.add_workdays(at(ordinary, 10), 3) == CAL.add_workdays(at(D(2024, 10, 21), 9), 3)
    assert CAL.add_workdays(at(makeup, 17, 30), 3) == D(2024, 10, 17)  # cut-off applies on make-up days too
    assert CAL.add_workdays(at(ordinary, 18), 3) == D(2024, 10, 24)  # ...but not on days already off


def test_a_receipt_on_a_holiday_counts_from_the_first_day_back():
    assert CAL.day_zero(at(D(2024, 10, 3), 11)) == D(2024, 10, 8)
    assert CAL.add_workdays(D(2024, 10, 3), 3) == D(2024, 10, 11)


def test_an_unannounced_year_falls_back_to_monday_to_friday_and_says_so():
    assert CAL.unknown_years(D(2027, 3, 1), D(2027, 3, 4)) == (2027,)
    assert CAL.unknown_years(D(2026, 12, 31), D(2027, 1, 5)) == (2027,)
    assert CAL.unknown_years(D(2027, 1, 5), D(2026, 12, 31)) == (2027,)
    assert CAL.unknown_years(D(2024, 1, 1), D(2026, 12, 31)) == ()
    assert CAL.add_workdays(D(2027, 3, 1), 3) == D(2027, 3, 4)
    assert CAL.add_workdays(D(2027, 3, 5), 3) == D(2027, 3, 10)
    assert CAL.is_workday(D(2027, 1, 1))  # New Year's Day unknown: a Friday, so counted
    assert CAL.add_workdays(D(2026, 12, 31), 3) == D(2027, 1, 5)


def test_the_package_raises_for_2027_and_the_loader_leaves_it_unknown():
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(2027, 1, 4))
    assert 2027 not in chinese_calendar_years()
    assert chinese_calendar_rows([2027]) == []
    assert calendar_from_chinese_calendar([2027]).known_years == frozenset()


def test_the_loaded_calendar_agrees_with_the_package_on_every_covered_day():
    years = chinese_calendar_years()
    cal = calendar_from_chinese_calendar(years)
    day, last = D(years[0], 1, 1), D(years[-1], 12, 31)
    while day <= last:
        assert cal.is_workday(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)


def test_loaded_rows_carry_chinese_names_and_the_package_version():
    rows = {row.day: row for row in chinese_calendar_rows([2025])}
    assert rows[D(2025, 10, 6)] == CalendarRow(
        D(2025, 10, 6), DayKind.HOLIDAY, "中秋", "chinese_calendar 1.11.0"
    )
    assert rows[D(2025, 9, 28)].kind is DayKind.MAKEUP_WORKDAY and rows[D(2025, 9, 28)].name == "国庆节"
    assert rows[D(2025, 2, 1)].kind is DayKind.HOLIDAY  # holidays on a weekend are listed too
    assert sum(1 for row in rows.values() if row.kind is DayKind.MAKEUP_WORKDAY) == 5


def test_workdays_between_counts_the_half_open_interval():
    assert CAL.workdays_between(D(2024, 3, 4), D(2024, 3, 4)) == 0
    assert CAL.workdays_between(D(2024, 3, 8), D(2024, 3, 10)) == 0
    assert CAL.workdays_between(D(2024, 3, 8), D(2024, 3, 11)) == 1
    assert CAL.workdays_between(D(2024, 3, 11), D(2024, 3, 8)) == -1
    assert CAL.workdays_between(at(D(2024, 9, 30), 9), at(D(2024, 10, 12), 9)) == 5  # 10-08..11 and Sat 10-12


def test_negative_counts_are_refused():
    with pytest.raises(InvalidValue) as caught:
        CAL.add_workdays(D(2024, 3, 4), -1)
    assert caught.value.code == "negative_workdays"


def test_a_calendar_takes_plain_sets_and_refuses_a_day_both_ways():
    cal = WorkCalendar({D(2030, 1, 1)}, {D(2030, 1, 5)}, {2030})
    assert not cal.is_workday(D(2030, 1, 1)) and cal.is_workday(D(2030, 1, 5))
    assert isinstance(cal.holidays, frozenset)
    with pytest.raises(InvalidValue) as caught:
        WorkCalendar({D(2030, 1, 1)}, {D(2030, 1, 1)}, set())
    assert caught.value.code == "calendar_day_conflict"


OVERRIDES = """\ufeff# 2027 as a branch would enter it (dates made up for the test)
date,kind,name,source

2027-01-01,holiday,元旦,国办发明电〔2026〕1号
2027-01-02, holiday ,元旦,国办发明电〔2026〕1号
2027-02-06,makeup_workday,春节,国办发明电〔2026〕1号
# a correction: this day was wrongly a holiday
2026-05-05,makeup_workday,"劳动节, corrected",分行通知 2026-04
"""


def test_override_text_is_parsed():
    rows = parse_overrides(OVERRIDES)
    assert [row.day for row in rows] == [D(2027, 1, 1), D(2027, 1, 2), D(2027, 2, 6), D(2026, 5, 5)]
    assert rows[1].kind is DayKind.HOLIDAY
    assert rows[3] == CalendarRow(
        D(2026, 5, 5), DayKind.MAKEUP_WORKDAY, "劳动节, corrected", "分行通知 2026-04"
    )


def test_overrides_decide_their_dates_and_make_their_years_known():
    merged = merge_overrides(CAL, parse_overrides(OVERRIDES))
    assert not merged.is_workday(D(2027, 1, 1))
    assert merged.is_workday(D(2027, 2, 6))  # a Saturday
    assert merged.is_workday(D(2026, 5, 5))
    assert not CAL.is_workday(D(2026, 5, 5))  # the base calendar is untouched
    assert merged.unknown_years(D(2027, 1, 1), D(2027, 12, 31)) == ()
    assert merged.add_workdays(D(2026, 12, 31), 3) == D(2027, 1, 6)
    holiday_again = CalendarRow(D(2026, 5, 5), DayKind.HOLIDAY, "劳动节", "x")
    assert not merge_overrides(merged, [holiday_again]).is_workday(D(2026, 5, 5))


def test_the_shipped_override_file_is_empty_but_valid():
    text = resource_path("calendar", "overrides.csv").read_text(encoding="utf-8")
    assert parse_overrides(text) == []
    assert merge_overrides(CAL, []) == CAL


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        (
            "day,kind,name,source\n",
            "calendar_override_header",
            {"line": 1, "expected": "date,kind,name,source"},
        ),
        (
            "2027-01-01,holiday,元旦,x\n",
            "calendar_override_header",
            {"line": 1, "expected": "date,kind,name,source"},
        ),
        (
            "date,kind,name,source\n2027-13-01,holiday,a,b",
            "calendar_override_date",
            {"line": 2, "value": "2027-13-01"},
        ),
        (
            "date,kind,name,source\n20270101,holiday,a,b",
            "calendar_override_date",
            {"line": 2, "value": "20270101"},
        ),
        (
            "date,kind,name,source\n2027-01-01,workday,a,b",
            "calendar_override_kind",
            {"line": 2, "value": "workday"},
        ),
        (
            "date,kind,name,source\n2027-01-01,holiday,a",
            "calendar_override_columns",
            {"line": 2, "expected": 4},
        ),
        (
            "date,kind,name,source\n2027-01-01,holiday,,b",
            "calendar_override_missing",
            {"line": 2, "field": "name"},
        ),
        (
            "date,kind,name,source\n2027-01-01,holiday,a,",
            "calendar_override_missing",
            {"line": 2, "field": "source"},
        ),
        (
            "date,kind,name,source\n2027-01-01,holiday,a,b\n2027-01-01,makeup_workday,a,b",
            "calendar_override_duplicate",
            {"line": 3, "day": "2027-01-01"},
        ),
    ],
)
def test_bad_override_text_is_refused_with_its_line(text, code, params):
    with pytest.raises(InvalidValue) as caught:
        parse_overrides(text)
    assert caught.value.code == code
    assert caught.value.params == params
