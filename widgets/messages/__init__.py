"""Codes to words. Lower layers raise codes with parameters; this is the one place they become sentences.

Each area module holds `MESSAGES = {code: QT_TRANSLATE_NOOP("Messages", "English text with {param}")}`;
the English text is the Qt Linguist source string, translated in resources/translations/*.ts.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from db.errors import StorageError
from domain.errors import DomainError
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
        return text.format(**{k: ("" if v is None else v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return text


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
