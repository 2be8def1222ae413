"""Referrals (分流/转介, DOMAIN.md §7.1) and the work-queue kinds: codes and pure rules, no storage."""

from __future__ import annotations

from enum import StrEnum

from domain.errors import InvalidValue

REFERRAL_KIND = "referral"

# The manager must contact a referred customer within N working days. DOMAIN §7.1 marks N as [CFG] and says to
# ship 5 (older material's "3 WD" is wrong). Change it here, in one place; services read it as their default.
REFERRAL_CONTACT_WORKDAYS = 5
# A "later" outcome puts the referral back in the queue this many working days on.
REFERRAL_LATER_WORKDAYS = 10


class ReferralReason(StrEnum):
    LARGE_BALANCE = "large_balance"  # large balance or movement (≥ threshold)
    STATED_NEED = "stated_need"  # the customer asked about a product or service
    RISING_STAR = "rising_star"
    MATURITY = "maturity"  # a deposit or product about to mature
    PREMIUM = "premium"  # lobby triage: a premium customer for the wealth manager
    OTHER = "other"


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"


class ReferralOutcome(StrEnum):
    CONTACTED = "contacted"  # keeps the referral open until converted / not interested / later
    CONVERTED = "converted"
    NOT_INTERESTED = "not_interested"
    LATER = "later"


CLOSING_OUTCOMES = frozenset({ReferralOutcome.CONVERTED, ReferralOutcome.NOT_INTERESTED})


def parse_reason(value: str) -> ReferralReason:
    try:
        return ReferralReason(value)
    except ValueError:
        raise InvalidValue("unknown_referral_reason", value=value) from None


def parse_urgency(value: str) -> Urgency:
    try:
        return Urgency(value)
    except ValueError:
        raise InvalidValue("unknown_referral_urgency", value=value) from None


def parse_outcome(value: str) -> ReferralOutcome:
    try:
        return ReferralOutcome(value)
    except ValueError:
        raise InvalidValue("unknown_referral_outcome", value=value) from None
