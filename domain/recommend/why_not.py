""" "Not offered" in groups a customer manager can read at a glance (issue 13): the sales rules that block a
product come first, each with its reasons; products waiting for a risk assessment, already held, recently
answered or with no need seen are only named, by group."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from enum import StrEnum

from domain.recommend.model import (
    ALREADY_HELD,
    CAP_REACHED,
    FUNDS_BELOW_MINIMUM,
    NO_IDENTIFIED_NEED,
    RECENTLY_ANSWERED,
    Excluded,
    Reason,
)


class WhyNot(StrEnum):
    RULES = "rules"  # a suitability or product rule blocks the sale
    ASSESSMENT = "assessment"  # offered once the customer has a valid risk assessment
    HELD = "held"
    ANSWERED = "answered"  # the customer answered it recently: it rests
    NO_NEED = "no_need"  # nothing in the customer's situation calls for it, or no money for it


_ASSESSMENT = frozenset({"risk_assessment_missing", "risk_assessment_expired"})
_HELD = frozenset({ALREADY_HELD, "already_holds"})
_NO_NEED = frozenset({NO_IDENTIFIED_NEED, FUNDS_BELOW_MINIMUM, CAP_REACHED})


def why_not(item: Excluded) -> WhyNot:
    codes = set(item.codes)
    blocking = codes - _ASSESSMENT - _HELD - _NO_NEED - {RECENTLY_ANSWERED}
    if blocking:
        return WhyNot.RULES
    if codes & _ASSESSMENT:
        return WhyNot.ASSESSMENT
    if codes & _HELD:
        return WhyNot.HELD
    if RECENTLY_ANSWERED in codes:
        return WhyNot.ANSWERED
    return WhyNot.NO_NEED


def grouped(excluded: Iterable[Excluded]) -> list[tuple[WhyNot, tuple[Excluded, ...]]]:
    """The groups in reading order, empty ones left out."""
    groups: dict[WhyNot, list[Excluded]] = {group: [] for group in WhyNot}
    for item in excluded:
        groups[why_not(item)].append(item)
    return [(group, tuple(items)) for group, items in groups.items() if items]


def same_words(reason: Reason) -> Hashable:
    """Reasons alike when code and parameters are: what a reader sees as the same sentence."""
    return (reason.code, repr(sorted(reason.params.items())))


def by_rule(
    items: Iterable[Excluded], alike: Callable[[Reason], Hashable] = same_words
) -> list[tuple[Reason, tuple[str, ...]]]:
    """The blocking reasons of `items`, each once with the products it blocks, most products first: one
    "identity check not complete" over sixty products reads as one line, not sixty. `alike` says which reasons
    are one (screens pass their sentence: two sale periods both read "not on sale on this day")."""
    products: dict[Hashable, list[str]] = {}
    first: dict[Hashable, Reason] = {}
    for item in items:
        for reason in item.reasons:
            key = alike(reason)
            first.setdefault(key, reason)
            products.setdefault(key, []).append(item.product)
    order = sorted(products, key=lambda key: -len(products[key]))  # stable: ties keep the products' order
    return [(first[key], tuple(products[key])) for key in order]
