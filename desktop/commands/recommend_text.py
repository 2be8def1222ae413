"""`recommend` and `opportunities` as a person reads them, in the language of `--lang`: products by name (the
code beside it), tiers and risk types in words, "not offered" in the panel's groups with each rule said once.
The same words as the recommendation panel: both take them from widgets/messages and widgets/labels."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TextIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.recommend import Reason, Recommendation, Recommended
from domain.recommend.why_not import WhyNot, by_rule, grouped
from services.recommend import Opportunity, ShownRecommendation
from widgets.labels import Named, catalogue_name, day, label, money, separator
from widgets.messages import describe, describe_reason

# Every sentence here, marked for pyside6-lupdate (which sees literals only), translated on use.
_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("RecommendCommand", "suggested {amount} yuan a month"),
        QT_TRANSLATE_NOOP("RecommendCommand", "suggested {amount} yuan"),
        QT_TRANSLATE_NOOP("RecommendCommand", "no valid risk assessment"),
        QT_TRANSLATE_NOOP("RecommendCommand", "risk type {name} ({grade})"),
        QT_TRANSLATE_NOOP("RecommendCommand", "First: {action}"),
        QT_TRANSLATE_NOOP("RecommendCommand", "Recommended ({count})"),
        QT_TRANSLATE_NOOP("RecommendCommand", "Not offered ({count})"),
        QT_TRANSLATE_NOOP("RecommendCommand", "Rules {version}"),
        QT_TRANSLATE_NOOP("RecommendCommand", "score {score}"),
        QT_TRANSLATE_NOOP("RecommendCommand", "{manager}  {day}  {count} customers"),
        QT_TRANSLATE_NOOP("RecommendCommand", "matures {day}: {amount} yuan"),
        QT_TRANSLATE_NOOP("RecommendCommand", "nothing maturing"),
    }
)


def _tr(text: str) -> str:
    assert text in _WORDS, text  # marked above, or lupdate never sees it and it stays English
    return QCoreApplication.translate("RecommendCommand", text)


def _name(products: Mapping[str, Named], code: str) -> str:
    return catalogue_name(products.get(code), code)


def _named(products: Mapping[str, Named], code: str) -> str:
    """稳健增利混合类理财（一年） WM-BALANCED-1Y: the name first, the code as a detail."""
    name = _name(products, code)
    return name if name == code else f"{name}  {code}"


def _amount(item: Recommended) -> str:
    if item.suggested_amount is None:
        return ""
    text = _tr("suggested {amount} yuan a month") if item.monthly else _tr("suggested {amount} yuan")
    return text.format(amount=money(item.suggested_amount))


def _risk(rec: Recommendation) -> str:
    if rec.risk_grade is None:
        return _tr("no valid risk assessment")
    return _tr("risk type {name} ({grade})").format(name=label("grade", rec.risk_grade), grade=rec.risk_grade)


def print_recommendation(shown: ShownRecommendation, out: TextIO) -> None:
    rec, products = shown.recommendation, shown.products
    print(f"{rec.customer_no}  {rec.as_of.isoformat()}  {label('tier', rec.tier)}  {_risk(rec)}", file=out)
    for action in rec.next_actions:
        print(_tr("First: {action}").format(action=describe_reason(action.code, action.params)), file=out)
    print("\n" + _tr("Recommended ({count})").format(count=len(rec.recommended)), file=out)
    for rank, item in enumerate(rec.recommended, 1):
        amount, score = _amount(item), _tr("score {score}").format(score=item.score)
        print(
            f"{rank:>3}. {_named(products, item.product)}  {score}",
            file=out,
        )
        if amount:
            print(f"       {amount}", file=out)
        for r in item.reasons:
            print(f"       + {describe_reason(r.code, r.params)}", file=out)
        for w in item.warnings:
            print(f"       ! {describe_reason(w.code, w.params)}", file=out)
    print("\n" + _tr("Not offered ({count})").format(count=len(rec.excluded)), file=out)
    for group, items in grouped(rec.excluded):
        print("  " + describe(f"why_not.{group}", {"count": len(items)}), file=out)
        if group is WhyNot.RULES:  # each rule once, in words, with every product it blocks
            for reason, codes in by_rule(items, _sentence):
                print(f"    - {describe_reason(reason.code, reason.params)}", file=out)
                print(f"      {_names(products, codes)}", file=out)
        else:
            print(f"    {_names(products, [item.product for item in items])}", file=out)
    print("\n" + _tr("Rules {version}").format(version=rec.rule_version), file=out)


def _sentence(reason: Reason) -> str:
    return describe_reason(reason.code, reason.params)


def _names(products: Mapping[str, Named], codes: Sequence[str]) -> str:
    return separator().join(_name(products, code) for code in codes)


def print_opportunities(
    manager: str, as_of_text: str, found: Sequence[Opportunity], products: Mapping[str, Named], out: TextIO
) -> None:
    print(
        _tr("{manager}  {day}  {count} customers").format(manager=manager, day=as_of_text, count=len(found)),
        file=out,
    )
    for rank, o in enumerate(found, 1):
        due = (
            _tr("matures {day}: {amount} yuan").format(
                day=day(o.next_maturity), amount=money(o.maturing_amount)
            )
            if o.next_maturity is not None
            else _tr("nothing maturing")
        )
        print(f"{rank:>5}. {o.customer_no} {o.name}  {label('tier', o.tier)}  {due}", file=out)
        if o.products:
            print(f"        {_names(products, o.products)}", file=out)
        for alert in o.alerts:
            print(f"        ! {describe(f'alert.{alert}')}", file=out)
