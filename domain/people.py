"""Facts derived from a birth date: age on a day, life stage, senior flag. Never typed, always derived."""

from __future__ import annotations

from datetime import date

LIFE_STAGE_BOUNDS = (35, 60)  # [CFG] young 18-34, middle 35-59, senior 60+
SENIOR_CARE_AGE = 65


def age_on(birth: date, day: date) -> int:
    """Whole years; a 29 February birthday counts on 28 February in common years."""
    years = day.year - birth.year
    try:
        birthday_this_year = birth.replace(year=day.year)
    except ValueError:
        birthday_this_year = date(day.year, 2, 28)
    return years - (day < birthday_this_year)


def life_stage(birth: date, day: date) -> str:
    age = age_on(birth, day)
    if age < 18:
        return "minor"
    if age < LIFE_STAGE_BOUNDS[0]:
        return "young"
    if age < LIFE_STAGE_BOUNDS[1]:
        return "middle"
    return "senior"
