"""Rules about the risk assessment (风险测评); they apply to investment products only.

An assessment dated after the check's day is not on file that day (checks can be replayed for a past date).
The grade is compared with the product only while the assessment is valid: an expired or missing one says
nothing about what the customer may buy, and reassessing may change the grade.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from domain.codes import AssessmentChannel, ProductFamily, RiskGrade
from domain.suitability.model import Finding, assessment_valid_until, block
from domain.suitability.reasons import Reason
from domain.suitability.sale import Sale, level_code


def _on_file(sale: Sale) -> bool:
    c = sale.customer
    return c.risk_grade is not None and c.assessed_on is not None and c.assessed_on <= sale.as_of


def last_valid_day(assessed_on: date, stored: date | None) -> date:
    """The earlier of the stored last valid day and the rule's (a later stored day would be a data error)."""
    computed = assessment_valid_until(assessed_on)
    return computed if stored is None else min(computed, stored)


def assessment(sale: Sale) -> Iterator[Finding]:
    if not sale.investment:
        return
    c = sale.customer
    assessed_on = c.assessed_on
    if c.risk_grade is None or assessed_on is None or assessed_on > sale.as_of:
        yield block(Reason.RISK_ASSESSMENT_MISSING)
        return
    last_day = last_valid_day(assessed_on, c.risk_valid_until)
    if sale.as_of > last_day or c.change_reported:
        reason = "expired" if sale.as_of > last_day else "change_reported"
        yield block(
            Reason.RISK_ASSESSMENT_EXPIRED, reason=reason, assessed_on=assessed_on, valid_until=last_day
        )
        return
    if not c.assessment_confirmed:
        yield block(Reason.ASSESSMENT_CHANGE_NOT_RECONFIRMED, customer_grade=c.risk_grade)
    grade = int(RiskGrade(c.risk_grade)[1])  # C1..C5 -> 1..5: the highest product level the grade allows
    if sale.level > grade:
        yield block(
            Reason.RISK_MISMATCH,
            customer_grade=c.risk_grade,
            product_level=level_code(sale.level),
            max_level=level_code(grade),
        )


def _bank_wmp_first_purchase_rule(sale: Sale) -> bool:
    """The product team's flag, or any own (自营) wealth product: the 2018 rule is not theirs to switch off.
    理财子 (agency) products need the flag to be set, so by default they may be bought online first."""
    p = sale.product
    return p.first_purchase_in_branch or (p.family == ProductFamily.WEALTH and p.sale_mode == "own")


def first_purchase(sale: Sale) -> Iterator[Finding]:
    """A first bank-WMP purchase needs a face-to-face assessment at a branch at some point (any channel then)."""
    c = sale.customer
    if not sale.investment or not _bank_wmp_first_purchase_rule(sale) or c.has_bought_bank_wmp:
        return
    if not (c.has_branch_assessment or (_on_file(sale) and c.assessment_channel == AssessmentChannel.BRANCH)):
        yield block(Reason.FIRST_PURCHASE_REQUIRES_BRANCH)
