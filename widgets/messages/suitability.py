"""Suitability (适当性, DOMAIN §5): every reason a check returns, what would let the sale pass, and the engine's
input errors. Each sentence says what is wrong and what to do.

A few codes have variants chosen by a parameter (`describe_finding`): `risk_assessment_expired.change_reported`,
`qualified_investor_required.expired`, `age_out_of_range.min_only|max_only`, `not_on_sale.inactive`, and
`assessment_change_not_reconfirmed.sale` (the sale check; the bare code is the questionnaire refusing to save).
Next steps are keyed `next.<step>` (domain.suitability.NEXT_STEPS). `malformed_amount` and
`amount_too_precise` are worded in imports.py (same {value}).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.money import format_yuan
from widgets.labels import long_date

MESSAGES = {
    # identity and the customer's situation
    "kyc_not_verified": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer's identity check is not complete (status {kyc_status}). Complete the identity "
        "verification before any sale.",
    ),
    "id_document_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer's ID document expired on {id_expiry}. Record a valid ID document before any sale.",
    ),
    "aml_edd_pending": QT_TRANSLATE_NOOP(
        "Messages",
        "Enhanced due diligence for this customer is still open. Finish it (source and use of funds) "
        "before any sale.",
    ),
    "customer_lacks_decision_authority": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer cannot decide on this alone. Stop the sale and arrange a follow-up with the person "
        "who decides.",
    ),
    "no_civil_capacity": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has no civil capacity: investment products cannot be sold to them.",
    ),
    "limited_capacity": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has limited civil capacity and may buy investment products up to {max_level} only; "
        "this product is {product_level}. Choose a lower-risk product.",
    ),
    "limited_capacity_guardian_consent_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has limited civil capacity and no guardian's consent is on file. Obtain the "
        "guardian's consent before selling investment products.",
    ),
    "age_out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer is {age}; this product is for customers aged {age_min} to {age_max}. Choose another "
        "product.",
    ),
    "age_out_of_range.min_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer is {age}; this product is for customers aged {age_min} or older. Choose another "
        "product.",
    ),
    "age_out_of_range.max_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer is {age}; this product is for customers aged up to {age_max}. Choose another product.",
    ),
    "senior_special_care": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer is {age} and the product is {product_level}: explain it plainly, confirm the customer "
        "understands, record the sale and have a supervisor review it.",
    ),
    # the risk assessment
    "risk_assessment_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has no risk assessment on file. Have the customer take the risk assessment before "
        "selling investment products.",
    ),
    "risk_assessment_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer's risk assessment expired on {valid_until}. Reassess before selling investment "
        "products.",
    ),
    "risk_assessment_expired.change_reported": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer reported a change in circumstances after the risk assessment of {assessed_on}. "
        "Reassess before selling investment products.",
    ),
    "assessment_change_not_reconfirmed": QT_TRANSLATE_NOOP(
        "Messages",
        "The result changed from {previous} to {new}. The customer must confirm the new result before it "
        "is saved.",
    ),
    "assessment_change_not_reconfirmed.sale": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer's risk grade changed to {customer_grade} and the customer has not confirmed the new "
        "result. Have the customer confirm it before selling investment products.",
    ),
    "risk_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The product is {product_level} but the customer's risk tolerance {customer_grade} allows up to "
        "{max_level}. Choose a product of {max_level} or lower.",
    ),
    "first_purchase_requires_branch": QT_TRANSLATE_NOOP(
        "Messages",
        "A first purchase of the bank's own wealth products needs a risk assessment made face to face at a "
        "branch. Assess the customer at the counter first.",
    ),
    # the product
    "not_on_sale": QT_TRANSLATE_NOOP(
        "Messages", "This product is not on sale on this day. Choose another product."
    ),
    "not_on_sale.inactive": QT_TRANSLATE_NOOP(
        "Messages", "This product is switched off in the catalogue. Choose another product."
    ),
    "consent_missing_third_party_sharing": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has not given separate consent to share their data with the issuer: record it first.",
    ),
    "consent_missing_sensitive_processing": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has not given separate consent to the processing of sensitive data: record it first.",
    ),
    "role_not_permitted_for_product": QT_TRANSLATE_NOOP(
        "Messages",
        "A {role} may not sell {family} products: refer the customer to a customer manager.",
    ),
    "seller_not_qualified": QT_TRANSLATE_NOOP(
        "Messages",
        "You hold no valid {family} sales qualification: refer the customer to a qualified colleague.",
    ),
    "tier_not_eligible": QT_TRANSLATE_NOOP(
        "Messages",
        "This product is only for {tiers} customers; the customer is a {tier} customer. Choose another product.",
    ),
    "already_holds": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer already holds this product, which allows only one per customer. Choose another product.",
    ),
    "qualified_investor_required": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a private product and the customer is not recorded as a qualified investor. Verify and "
        "record the qualified-investor status first.",
    ),
    "qualified_investor_required.expired": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a private product and the customer's qualified-investor status ended on "
        "{qualified_until}. Verify the status again first.",
    ),
    "cooling_off": QT_TRANSLATE_NOOP(
        "Messages",
        "This product has a cooling-off period of {hours} hours after signing; cancelling within it refunds "
        "in full. Explain this to the customer.",
    ),
    "dual_recording_required": QT_TRANSLATE_NOOP(
        "Messages",
        "This sale must be recorded on audio and video in the sales zone. Start the recording before the "
        "pitch.",
    ),
    # the amount
    # Deposit rules at issue (domain/deposit_rules.py, DOMAIN §4).
    "deposit_below_remaining_minimum": QT_TRANSLATE_NOOP(
        "Messages",
        "{amount} yuan is below the {minimum} yuan a notice deposit must keep: it could never be withdrawn from. "
        "Raise the amount.",
    ),
    "education_principal_cap_exceeded": QT_TRANSLATE_NOOP(
        "Messages",
        "{amount} yuan a month for {months} months is {principal} yuan of principal, above the education savings "
        "cap of {maximum} yuan. Lower the monthly amount or choose a shorter term.",
    ),
    "below_minimum": QT_TRANSLATE_NOOP(
        "Messages", "{amount} yuan is below the minimum of {minimum} yuan. Raise the amount."
    ),
    "above_maximum": QT_TRANSLATE_NOOP(
        "Messages", "{amount} yuan is above the maximum of {maximum} yuan. Lower the amount."
    ),
    "step_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "{amount} yuan is not {minimum} yuan plus a multiple of {step} yuan. Use {nearest_lower} or "
        "{nearest_higher} yuan.",
    ),
    "private_min_amount_not_met": QT_TRANSLATE_NOOP(
        "Messages",
        "A private product of {product_level} needs at least {minimum} yuan; {amount} yuan is less. Raise "
        "the amount.",
    ),
    "amount_exceeds_financial_capacity": QT_TRANSLATE_NOOP(
        "Messages",
        "{amount} yuan is more than the customer's declared financial assets of {financial_assets} yuan. "
        "Lower the amount.",
    ),
    # taking the questionnaire
    "assessment_daily_limit_reached": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has already taken the risk assessment {limit} times today, the most allowed. The "
        "next one is possible on {next_date}.",
    ),
    "assessment_annual_limit_reached": QT_TRANSLATE_NOOP(
        "Messages",
        "The customer has taken the risk assessment {limit} times in the last 12 months, the most allowed. "
        "The next one is possible on {next_date}.",
    ),
    # the engine's input errors
    "unknown_sale_channel": QT_TRANSLATE_NOOP(
        "Messages", "Unknown sales channel {value}: use branch, online or self_service."
    ),
    "amount_not_positive": QT_TRANSLATE_NOOP("Messages", "The amount must be more than zero, not {value}."),
    "product_spec_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The catalogue entry of product {product} cannot be read by this version. Import the catalogue "
        "again.",
    ),
    # what would let the sale pass
    "next.complete_kyc": QT_TRANSLATE_NOOP("Messages", "Complete the identity verification."),
    "next.update_id_document": QT_TRANSLATE_NOOP("Messages", "Record a valid ID document."),
    "next.complete_edd": QT_TRANSLATE_NOOP("Messages", "Finish the enhanced due diligence."),
    "next.schedule_follow_up": QT_TRANSLATE_NOOP(
        "Messages", "Stop the pitch and schedule a follow-up with the person who decides."
    ),
    "next.no_remedy": QT_TRANSLATE_NOOP("Messages", "Nothing: this customer cannot buy this product."),
    "next.choose_lower_risk_product": QT_TRANSLATE_NOOP("Messages", "Choose a lower-risk product."),
    "next.obtain_guardian_consent": QT_TRANSLATE_NOOP("Messages", "Obtain the guardian's consent."),
    "next.choose_another_product": QT_TRANSLATE_NOOP("Messages", "Choose another product."),
    "next.acknowledge_special_care": QT_TRANSLATE_NOOP(
        "Messages", "Give the special care for senior customers and acknowledge it."
    ),
    "next.assess": QT_TRANSLATE_NOOP("Messages", "Have the customer take the risk assessment."),
    "next.reassess": QT_TRANSLATE_NOOP("Messages", "Have the customer take the risk assessment again."),
    "next.reconfirm_assessment": QT_TRANSLATE_NOOP(
        "Messages", "Have the customer confirm the new assessment result."
    ),
    "next.assess_at_branch": QT_TRANSLATE_NOOP(
        "Messages", "Have the customer take the risk assessment at a branch counter."
    ),
    "next.verify_qualified_investor": QT_TRANSLATE_NOOP(
        "Messages", "Verify and record the qualified-investor status."
    ),
    "next.explain_cooling_off": QT_TRANSLATE_NOOP("Messages", "Explain the cooling-off period."),
    "next.record_sale": QT_TRANSLATE_NOOP("Messages", "Record the sale on audio and video."),
    "next.raise_amount": QT_TRANSLATE_NOOP("Messages", "Raise the amount."),
    "next.lower_amount": QT_TRANSLATE_NOOP("Messages", "Lower the amount."),
    "next.adjust_amount_to_step": QT_TRANSLATE_NOOP("Messages", "Adjust the amount to the step."),
    "next.assess_another_day": QT_TRANSLATE_NOOP("Messages", "Assess the customer on another day."),
    "next.assess_after_limit_window": QT_TRANSLATE_NOOP(
        "Messages", "Assess the customer once the 12-month limit allows it again."
    ),
}


def finding_key(code: str, params: Mapping[str, object]) -> str:
    """The message key for one finding: its code, or the variant its parameters call for."""
    if code == "risk_assessment_expired" and params.get("reason") == "change_reported":
        return "risk_assessment_expired.change_reported"
    if code == "qualified_investor_required" and params.get("reason") == "expired":
        return "qualified_investor_required.expired"
    if code == "not_on_sale" and params.get("reason") == "inactive":
        return "not_on_sale.inactive"
    if code == "assessment_change_not_reconfirmed" and "customer_grade" in params:
        return "assessment_change_not_reconfirmed.sale"
    if code == "age_out_of_range":
        if params.get("age_max") is None:
            return "age_out_of_range.min_only"
        if params.get("age_min") is None:
            return "age_out_of_range.max_only"
    return code


def display_params(params: Mapping[str, object]) -> dict[str, object]:
    """Amounts as 1,234.00, dates as people write them in the current language (2027年3月12日), nothing as
    empty."""
    shown: dict[str, object] = {}
    for name, value in params.items():
        if isinstance(value, Decimal):
            shown[name] = format_yuan(value)
        elif isinstance(value, date):
            shown[name] = long_date(value)
        else:
            shown[name] = "" if value is None else value
    return shown
