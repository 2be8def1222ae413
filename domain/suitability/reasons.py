"""The reason codes a check returns (DOMAIN §5; an interface: never rename) and what would let the sale pass."""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    # identity and the customer's situation
    KYC_NOT_VERIFIED = "kyc_not_verified"
    ID_DOCUMENT_EXPIRED = "id_document_expired"
    AML_EDD_PENDING = "aml_edd_pending"
    CUSTOMER_LACKS_DECISION_AUTHORITY = "customer_lacks_decision_authority"
    NO_CIVIL_CAPACITY = "no_civil_capacity"
    LIMITED_CAPACITY = "limited_capacity"
    LIMITED_CAPACITY_GUARDIAN_CONSENT_MISSING = "limited_capacity_guardian_consent_missing"
    AGE_OUT_OF_RANGE = "age_out_of_range"
    SENIOR_SPECIAL_CARE = "senior_special_care"  # warning
    # the risk assessment
    RISK_ASSESSMENT_MISSING = "risk_assessment_missing"
    RISK_ASSESSMENT_EXPIRED = "risk_assessment_expired"
    ASSESSMENT_CHANGE_NOT_RECONFIRMED = "assessment_change_not_reconfirmed"
    RISK_MISMATCH = "risk_mismatch"
    FIRST_PURCHASE_REQUIRES_BRANCH = "first_purchase_requires_branch"
    # the product
    NOT_ON_SALE = "not_on_sale"
    TIER_NOT_ELIGIBLE = "tier_not_eligible"
    ALREADY_HOLDS = "already_holds"
    QUALIFIED_INVESTOR_REQUIRED = "qualified_investor_required"
    COOLING_OFF = "cooling_off"  # warning
    DUAL_RECORDING_REQUIRED = "dual_recording_required"  # warning
    # the amount
    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"
    STEP_MISMATCH = "step_mismatch"
    PRIVATE_MIN_AMOUNT_NOT_MET = "private_min_amount_not_met"
    AMOUNT_EXCEEDS_FINANCIAL_CAPACITY = "amount_exceeds_financial_capacity"
    # taking the questionnaire (domain.questionnaire)
    ASSESSMENT_DAILY_LIMIT_REACHED = "assessment_daily_limit_reached"
    ASSESSMENT_ANNUAL_LIMIT_REACHED = "assessment_annual_limit_reached"


WARNINGS = frozenset({Reason.SENIOR_SPECIAL_CARE, Reason.COOLING_OFF, Reason.DUAL_RECORDING_REQUIRED})

# What would let the sale pass, as a code the screens word ("no_remedy": nothing can, for this customer).
NEXT_STEPS: dict[str, str] = {
    Reason.KYC_NOT_VERIFIED: "complete_kyc",
    Reason.ID_DOCUMENT_EXPIRED: "update_id_document",
    Reason.AML_EDD_PENDING: "complete_edd",
    Reason.CUSTOMER_LACKS_DECISION_AUTHORITY: "schedule_follow_up",
    Reason.NO_CIVIL_CAPACITY: "no_remedy",
    Reason.LIMITED_CAPACITY: "choose_lower_risk_product",
    Reason.LIMITED_CAPACITY_GUARDIAN_CONSENT_MISSING: "obtain_guardian_consent",
    Reason.AGE_OUT_OF_RANGE: "choose_another_product",
    Reason.SENIOR_SPECIAL_CARE: "acknowledge_special_care",
    Reason.RISK_ASSESSMENT_MISSING: "assess",
    Reason.RISK_ASSESSMENT_EXPIRED: "reassess",
    Reason.ASSESSMENT_CHANGE_NOT_RECONFIRMED: "reconfirm_assessment",
    Reason.RISK_MISMATCH: "choose_lower_risk_product",
    Reason.FIRST_PURCHASE_REQUIRES_BRANCH: "assess_at_branch",
    Reason.NOT_ON_SALE: "choose_another_product",
    Reason.TIER_NOT_ELIGIBLE: "choose_another_product",
    Reason.ALREADY_HOLDS: "choose_another_product",
    Reason.QUALIFIED_INVESTOR_REQUIRED: "verify_qualified_investor",
    Reason.COOLING_OFF: "explain_cooling_off",
    Reason.DUAL_RECORDING_REQUIRED: "record_sale",
    Reason.BELOW_MINIMUM: "raise_amount",
    Reason.ABOVE_MAXIMUM: "lower_amount",
    Reason.STEP_MISMATCH: "adjust_amount_to_step",
    Reason.PRIVATE_MIN_AMOUNT_NOT_MET: "raise_amount",
    Reason.AMOUNT_EXCEEDS_FINANCIAL_CAPACITY: "lower_amount",
    Reason.ASSESSMENT_DAILY_LIMIT_REACHED: "assess_another_day",
    Reason.ASSESSMENT_ANNUAL_LIMIT_REACHED: "assess_after_limit_window",
}


def next_step(code: str) -> str:
    """The step that would clear `code`; KeyError for a code this engine never returns."""
    return NEXT_STEPS[code]
