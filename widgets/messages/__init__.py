"""Codes to words. Lower layers raise codes with parameters; this is the one place they become sentences.

Each area module holds `MESSAGES = {code: QT_TRANSLATE_NOOP("Messages", "English text with {param}")}`;
the English text is the Qt Linguist source string, translated in resources/translations/*.ts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from db.errors import StorageError
from domain.errors import DomainError
from widgets.labels import label, labels, term, terms
from widgets.messages import (
    agreements,
    auth,
    calendar,
    catalog,
    catalog_versions,
    complaints,
    imports,
    performance,
    profile,
    questionnaire,
    recommend,
    security,
    storage,
    suitability,
    tiers,
    workqueue,
)

_ALL: dict[str, str] = {}
for _module in (
    auth,
    calendar,
    catalog,
    catalog_versions,
    complaints,
    imports,
    storage,
    questionnaire,
    suitability,
    recommend,
    profile,
    agreements,
    workqueue,
    performance,
    tiers,
    security,
):
    _ALL.update(_module.MESSAGES)


def describe(code: str, params: Mapping[str, object] | None = None) -> str:
    """The sentence for a code in the current language; an unknown code shows as itself, never as nothing."""
    source = _ALL.get(code)
    if source is None:
        return code
    text = QCoreApplication.translate("Messages", source)
    if not params:
        return text
    try:
        return text.format(**{k: _shown(k, v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return text


def _list(codes: object) -> list[str]:
    return [c.strip() for c in codes.split(",")] if isinstance(codes, str) else [str(c) for c in codes]  # type: ignore[attr-defined]


# Parameters that carry codes, put in words: a tier (T1) as 潜力客户, tiers as 优质客户、贵宾客户, terms (3M) as 3个月.
_CODED_PARAMS: dict[str, Callable[[Any], str]] = {
    "tier": lambda code: label("tier", str(code)),
    "next_tier": lambda code: label("tier", str(code)),
    "tiers": lambda codes: labels("tier", _list(codes)),
    "term": lambda code: term(str(code)),
    "terms": lambda codes: terms(_list(codes)),
    "offered": lambda codes: terms(_list(codes)),
    "family": lambda code: label("family", str(code)),
    "role": lambda code: label("role", str(code)),
    "purpose": lambda code: label("consent", str(code)),
    "kyc_status": lambda code: label("kyc", str(code)),
    "check": lambda code: label(
        "daily_check", str(code)
    ),  # a complaint duty's daily check (opinion book, online)
}


def _shown(name: str, value: object) -> object:
    if value is None:
        return ""
    if name in _CODED_PARAMS and value:
        return _CODED_PARAMS[name](value)
    return value


def is_explained(error: BaseException) -> bool:
    """A situation to tell the person about (a rule said no, the database is busy), not a bug.

    Only our own error types count: driver exceptions also carry a `code` ("e3q8"), and they are bugs."""
    return isinstance(error, DomainError | StorageError)


def describe_error(error: BaseException) -> str:
    code = getattr(error, "code", None) if is_explained(error) else None
    if not code:
        return str(error)
    return describe(code, getattr(error, "params", None))


def describe_finding(code: str, params: Mapping[str, object] | None = None) -> str:
    """The sentence for one suitability finding (its variant chosen by the parameters, amounts and dates shown
    as on screen)."""
    params = params or {}
    return describe(suitability.finding_key(code, params), suitability.display_params(params))


def describe_next_step(step: str) -> str:
    """What would let the sale pass, for a `domain.suitability.next_step` code."""
    return describe(f"next.{step}")


def describe_reason(code: str, params: Mapping[str, object] | None = None) -> str:
    """The sentence for one recommendation reason or exclusion: the recommendation's own codes, else the
    suitability finding's words."""
    params = params or {}
    if code in suitability.MESSAGES or suitability.finding_key(code, params) in suitability.MESSAGES:
        return describe_finding(code, params)
    key = recommend.reason_key(code, params)
    return describe(key, suitability.display_params(recommend.family_params(params)))


def known_codes() -> frozenset[str]:
    return frozenset(_ALL)
