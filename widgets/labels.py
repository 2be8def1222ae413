"""Words for codes shown on screens (roles, tiers, families, terms...), in the current language."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QLocale

from domain import vocabulary
from domain.money import format_yuan

LANGUAGES = vocabulary.LANGUAGES  # Simplified Chinese first: the default
DEFAULT_LANGUAGE = "zh_CN"


def language() -> str:
    """The language the screens speak now (desktop/i18n.py sets Qt's default locale with the translator)."""
    name = QLocale().name()
    return name if name in LANGUAGES else "en" if name.startswith("en") else DEFAULT_LANGUAGE


def label(kind: str, code: str | None) -> str:
    """The word for a code in the current language (domain/vocabulary.py holds every code's words)."""
    return vocabulary.word(kind, code, language())


def labels(kind: str, codes: Iterable[str] | str) -> str:
    """Several codes as one phrase: 优质客户、贵宾客户."""
    return vocabulary.words(kind, codes, language())


def separator() -> str:
    """Between the items of a list in a sentence: 、 in Chinese, a comma in English."""
    return vocabulary.separator(language())


class Named(Protocol):  # a catalogue entry (ProductSpec) or a catalogue row (ProductView)
    @property
    def name(self) -> str: ...
    @property
    def name_en(self) -> str: ...


def catalogue_name(entry: Named | None, code: str) -> str:
    """A catalogue product by its name in the current language; its code when the catalogue does not know it."""
    return product_name((entry.name, entry.name_en) if entry is not None else None, code)


def product_name(names: tuple[str, str] | None, code: str = "") -> str:
    """A product by its name in the current language ((Chinese name, English name)); its code if unknown."""
    if not names:
        return code
    return (names[1] or names[0]) if language() == "en" else names[0]


def term(code: str | None) -> str:
    """3M as 3个月 / 3 months."""
    return vocabulary.term(code, language())


def terms(codes: Iterable[str]) -> str:
    return vocabulary.terms(codes, language())


def edition(number: int | str) -> str:
    """第1版 / version 1."""
    return vocabulary.edition(number, language())


def score(points: int | str) -> str:
    """70分 / 70 points."""
    return vocabulary.score(points, language())


def days_before(days: int) -> str:
    """到期前7天 / 7 days before."""
    return vocabulary.days_before(days, language())


def questionnaire_version(code: str | None) -> str:
    """2025年第1版 / 2025, version 1."""
    return vocabulary.questionnaire_version(code, language())


def money(amount: Decimal | None) -> str:
    return "" if amount is None else format_yuan(amount)


def day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def long_date(value: date) -> str:
    """A day in a sentence: 2027年3月12日 / 12 Mar 2027."""
    return vocabulary.long_date(value, language())


def rate(value: Decimal | None) -> str:
    return "" if value is None else f"{(value * 100).normalize():f}%"


def whole_number(value: int) -> str:
    return QLocale().toString(value)
