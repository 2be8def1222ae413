"""Recommendations (DOMAIN §6): why a product is offered, why it is not, the customer's answer, and the
command-line refusals. Suitability codes among the reasons are worded by suitability.py.

Variants chosen by a parameter (`reason_key`): `risk_profile.<risk type>` (`risk_profile.unassessed` without a
valid grade), `life_stage.<stage>`, `income_band.<band>`. Family codes in parameters are shown as the catalogue
labels (widgets.labels).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from widgets.labels import label, language

MESSAGES = {
    # why a product is offered
    "risk_profile": QT_TRANSLATE_NOOP(
        "Messages",
        "Risk type {grade_name} ({grade}): this {level} product is within what the customer may buy.",
    ),
    "risk_profile.unassessed": QT_TRANSLATE_NOOP(
        "Messages", "A safe choice while no valid risk assessment is on file."
    ),
    "life_stage.young": QT_TRANSLATE_NOOP("Messages", "Suits a young customer (18 to 34)."),
    "life_stage.middle": QT_TRANSLATE_NOOP("Messages", "Suits a customer in middle age (35 to 59)."),
    "life_stage.senior": QT_TRANSLATE_NOOP("Messages", "Suits a senior customer (60 or older)."),
    "life_stage.minor": QT_TRANSLATE_NOOP("Messages", "Suits a customer under 18."),
    "tier_privilege": QT_TRANSLATE_NOOP("Messages", "Reserved for {tier} customers: a one-to-one offer."),
    "near_next_tier": QT_TRANSLATE_NOOP(
        "Messages", "The customer is {gap} yuan short of the {next_tier} tier: this helps them move up."
    ),
    "income_band.general": QT_TRANSLATE_NOOP(
        "Messages", "A standard combination for the customer's income band."
    ),
    "income_band.middle_high": QT_TRANSLATE_NOOP(
        "Messages", "A tailored combination for a middle-to-high income."
    ),
    "income_band.ultra_high": QT_TRANSLATE_NOOP(
        "Messages", "For the customer manager's one-to-one plan (very high income)."
    ),
    "basket_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has nothing in {family} yet, part of the basic set every customer should have.",
    ),
    "coverage_gap": QT_TRANSLATE_NOOP(
        "Messages", "The customer has {held_family} but nothing in {missing_family}."
    ),
    "bundle_completes": QT_TRANSLATE_NOOP(
        "Messages", "Completes a bundle the customer partly holds; missing: {missing}."
    ),
    "maturity_reinvest": QT_TRANSLATE_NOOP(
        "Messages", "{product_name} of {amount} yuan matures on {maturity_on}: money to place again."
    ),
    "idle_balance": QT_TRANSLATE_NOOP(
        "Messages", "{amount} yuan in cash-like balances; {investable} yuan beyond what stays at hand."
    ),
    "large_inflow": QT_TRANSLATE_NOOP(
        "Messages", "{amount} yuan arrived on {opened_on}: offer to invest it."
    ),
    "assessment_expiring": QT_TRANSLATE_NOOP(
        "Messages", "The risk assessment expires on {valid_until}: reassess at this visit."
    ),
    "household_child": QT_TRANSLATE_NOOP(
        "Messages", "A child of {age} in the household: it can be opened in the child's name."
    ),
    "peers_hold": QT_TRANSLATE_NOOP(
        "Messages", "{share}% of similar customers at this branch ({tier}, aged {ages}) hold it."
    ),
    # warnings that travel with every recommendation
    "id_expiring": QT_TRANSLATE_NOOP(
        "Messages", "The customer's ID document expires on {id_expiry}: ask for the new one at this visit."
    ),
    # why a product is not offered (beyond the suitability reasons)
    "already_held": QT_TRANSLATE_NOOP("Messages", "The customer already has {product_name}."),
    "recently_answered.accepted": QT_TRANSLATE_NOOP(
        "Messages", "Accepted on {on}: not offered again before {until}."
    ),
    "recently_answered.declined": QT_TRANSLATE_NOOP(
        "Messages", "Declined on {on}: offered again from {until}."
    ),
    "funds_below_minimum": QT_TRANSLATE_NOOP(
        "Messages",
        "Needs at least {minimum} yuan; the customer has {available} yuan in cash and maturing money.",
    ),
    "cap_reached": QT_TRANSLATE_NOOP("Messages", "The customer already holds the maximum of {maximum} yuan."),
    "tier_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "{gap} yuan more in assets lifts the customer to the {next_tier} tier, where this is offered.",
    ),
    # what to do first
    "risk_assessment_needed.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "No risk assessment on file: do the risk assessment first ({products} products wait for it).",
    ),
    "risk_assessment_needed.expired": QT_TRANSLATE_NOOP(
        "Messages",
        "The risk assessment of {assessed_on} has expired: do the risk assessment first ({products} products "
        "wait for it).",
    ),
    "no_identified_need": QT_TRANSLATE_NOOP("Messages", "Nothing about this customer calls for it today."),
    # the customer's answer
    "outcome.accepted": QT_TRANSLATE_NOOP("Messages", "Accepted"),
    "outcome.declined": QT_TRANSLATE_NOOP("Messages", "Declined"),
    "outcome.later": QT_TRANSLATE_NOOP("Messages", "Later"),
    "decline.not_interested": QT_TRANSLATE_NOOP("Messages", "Not interested"),
    "decline.no_funds": QT_TRANSLATE_NOOP("Messages", "No money available now"),
    "decline.return_too_low": QT_TRANSLATE_NOOP("Messages", "Return too low"),
    "decline.risk_too_high": QT_TRANSLATE_NOOP("Messages", "Too risky for the customer"),
    "decline.has_similar": QT_TRANSLATE_NOOP("Messages", "Already has something similar"),
    "decline.prefers_other_bank": QT_TRANSLATE_NOOP("Messages", "Prefers another bank"),
    "decline.other": QT_TRANSLATE_NOOP("Messages", "Other reason"),
    "recommendation_follow_up": QT_TRANSLATE_NOOP("Messages", "Follow up the offer of {product}"),
    # refusals
    "recommend_weights_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The recommendation weights file has {count} problems (first: {first}). Correct the file.",
    ),
    "unknown_outcome": QT_TRANSLATE_NOOP(
        "Messages", "Unknown answer {value}: use accepted, declined or later."
    ),
    "decline_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "A declined offer needs a reason from the list."
    ),
    "unknown_decline_reason": QT_TRANSLATE_NOOP(
        "Messages", "Unknown reason {value} for a declined offer. Choose one from the list."
    ),
    "unknown_conversion_key": QT_TRANSLATE_NOOP(
        "Messages", "Unknown breakdown {value}: use product, staff, reason or decline_reason."
    ),
    # the call plan's alerts beside a customer
    "alert.id_expiring": QT_TRANSLATE_NOOP("Messages", "The ID document expires soon: ask for the new one."),
    "alert.assessment_expiring": QT_TRANSLATE_NOOP("Messages", "The risk assessment expires soon: reassess."),
    # "not offered" in groups (domain/recommend/why_not.py), on the panel and in `recommend`
    "why_not.rules": QT_TRANSLATE_NOOP("Messages", "Blocked by the sales rules ({count})"),
    "why_not.assessment": QT_TRANSLATE_NOOP("Messages", "Offered after a valid risk assessment ({count})"),
    "why_not.held": QT_TRANSLATE_NOOP("Messages", "Already held ({count})"),
    "why_not.answered": QT_TRANSLATE_NOOP("Messages", "Answered recently, resting ({count})"),
    "why_not.no_need": QT_TRANSLATE_NOOP("Messages", "No need seen now ({count})"),
    "export_format_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write {value}: the file name must end in .xlsx or .csv."
    ),
}

_VARIANTS = {
    "life_stage": "stage",
    "income_band": "band",
    "recently_answered": "outcome",
    "risk_assessment_needed": "state",
}
_AGES = {"minor": "0–17", "young": "18–34", "middle": "35–59", "senior": "60+"}


def reason_key(code: str, params: Mapping[str, object]) -> str:
    """The message key of one recommendation reason (its code, or the variant its parameters call for)."""
    if code == "risk_profile":
        return "risk_profile" if params.get("grade") else "risk_profile.unassessed"
    variant = _VARIANTS.get(code)
    if variant is not None:
        return f"{code}.{params.get(variant)}"
    return code


def family_params(params: Mapping[str, object]) -> dict[str, object]:
    """Family codes shown as the catalogue's words."""
    shown = dict(params)
    for name in ("family", "held_family", "missing_family"):
        if isinstance(shown.get(name), str):
            shown[name] = label("family", shown[name])  # type: ignore[arg-type]
    if isinstance(shown.get("grade"), str):
        shown["grade_name"] = label("grade", shown["grade"])  # type: ignore[arg-type]
    if language() == "en" and shown.get("product_name_en"):  # the catalogue's English name, when it has one
        shown["product_name"] = shown["product_name_en"]
    stage = shown.get("stage")
    if isinstance(stage, str):
        shown["ages"] = _AGES.get(stage, "")
    return shown
