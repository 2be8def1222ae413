"""Rules about the customer: identity checks, who may decide (these two read nothing of the product), civil
capacity, age, the senior warning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from domain.codes import CivilCapacity, KycStatus
from domain.suitability.model import Finding, SuitabilityCustomer, block, warn
from domain.suitability.reasons import Reason
from domain.suitability.sale import Sale, level_code


def identity(customer: SuitabilityCustomer, as_of: date) -> Iterator[Finding]:
    """Every product: KYC done, ID document current (valid through its expiry day), no enhanced due diligence
    outstanding. Reads only the customer: a catalogue is checked against it once (`domain.suitability.staged`)."""
    c = customer
    if c.kyc_status != KycStatus.VERIFIED:
        yield block(Reason.KYC_NOT_VERIFIED, kyc_status=c.kyc_status)
    if c.id_expiry is not None and c.id_expiry < as_of:
        yield block(Reason.ID_DOCUMENT_EXPIRED, id_expiry=c.id_expiry)
    if c.aml_edd_pending:
        yield block(Reason.AML_EDD_PENDING)


def decision_authority(customer: SuitabilityCustomer, as_of: date) -> Iterator[Finding]:
    if customer.lacks_decision_authority:
        yield block(Reason.CUSTOMER_LACKS_DECISION_AUTHORITY)


def civil_capacity(sale: Sale) -> Iterator[Finding]:
    """Investment products only: none at all without capacity; with limited capacity only up to the configured
    level (R1) and only with the guardian's consent."""
    if not sale.investment:
        return
    capacity = sale.customer.civil_capacity
    if capacity == CivilCapacity.NONE:
        yield block(Reason.NO_CIVIL_CAPACITY)
    elif capacity == CivilCapacity.LIMITED:
        limit = sale.rules.limited_capacity_max_level
        if sale.level > limit:
            yield block(
                Reason.LIMITED_CAPACITY, product_level=level_code(sale.level), max_level=level_code(limit)
            )
        if not sale.customer.guardian_consent:
            yield block(Reason.LIMITED_CAPACITY_GUARDIAN_CONSENT_MISSING)


def age_range(sale: Sale) -> Iterator[Finding]:
    """Age on the day within age_min..age_max, both inclusive (18-65: the 18th birthday through the day before
    the 66th)."""
    low, high = sale.product.age_min, sale.product.age_max
    if (low is not None and sale.age < low) or (high is not None and sale.age > high):
        yield block(Reason.AGE_OUT_OF_RANGE, age=sale.age, age_min=low, age_max=high)


def senior_care(sale: Sale) -> Iterator[Finding]:
    """From the 65th birthday, an investment product of a high level is a warning the sale must acknowledge."""
    rules = sale.rules
    if sale.investment and sale.age >= rules.senior_age and sale.level in rules.senior_high_risk_levels:
        yield warn(Reason.SENIOR_SPECIAL_CARE, age=sale.age, product_level=level_code(sale.level))
