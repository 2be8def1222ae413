"""`check`: every rule over one proposed sale, in a fixed order, findings split into blocks and warnings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.catalog import ProductSpec
from domain.errors import InvalidValue
from domain.suitability import amount_rules, assessment_rules, customer_rules, product_rules
from domain.suitability.model import SaleChannel, SuitabilityCustomer, SuitabilityResult, SuitabilityRules
from domain.suitability.sale import Rule, Sale

# The order findings are listed in: who the customer is, what the product allows, the assessment, the
# amount, then the warnings.
RULES: tuple[Rule, ...] = (
    customer_rules.identity,
    customer_rules.decision_authority,
    product_rules.sale_window,
    product_rules.tier,
    product_rules.already_holds,
    customer_rules.age_range,
    customer_rules.civil_capacity,
    assessment_rules.assessment,
    assessment_rules.first_purchase,
    product_rules.qualified_investor,
    amount_rules.limits,
    amount_rules.private_minimum,
    amount_rules.financial_capacity,
    customer_rules.senior_care,
    product_rules.cooling_off,
    product_rules.dual_recording,
)
_AMOUNT_RULES = (amount_rules.limits, amount_rules.private_minimum, amount_rules.financial_capacity)
# Without an amount (a recommendation) the amount rules find nothing: not calling them saves a quarter of the
# cost of a check, which the recommendation engine makes for every product of the catalogue.
RULES_WITHOUT_AMOUNT: tuple[Rule, ...] = tuple(rule for rule in RULES if rule not in _AMOUNT_RULES)
DEFAULT_RULES = SuitabilityRules()
_CHANNELS = frozenset(c.value for c in SaleChannel)  # worked out once: check runs per product


def check(
    customer: SuitabilityCustomer,
    product: ProductSpec,
    amount: Decimal | None,
    channel: str,
    as_of: date,
    rules: SuitabilityRules = DEFAULT_RULES,
) -> SuitabilityResult:
    """May this customer buy this product through this channel on `as_of` (for `amount`, when given)?

    Pure: the caller reads the facts first. Every rule runs, so the result lists every reason at once.
    Raises InvalidValue for an unknown channel or an amount that is not a positive number of whole fen.
    """
    if channel not in _CHANNELS:
        raise InvalidValue("unknown_sale_channel", value=channel)
    if amount is not None:
        _check_amount(amount)
    sale = Sale(customer, product, amount, channel, as_of, rules)
    findings = [
        finding for rule in (RULES if amount is not None else RULES_WITHOUT_AMOUNT) for finding in rule(sale)
    ]
    blocks = tuple(f for f in findings if f.blocking)
    warnings = tuple(f for f in findings if not f.blocking)
    return SuitabilityResult(not blocks, blocks, warnings, rules.version)


def _check_amount(amount: Decimal) -> None:
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise InvalidValue("malformed_amount", value=str(amount))
    if amount <= 0:
        raise InvalidValue("amount_not_positive", value=str(amount))
    if amount != amount.quantize(Decimal("0.01")):
        raise InvalidValue("amount_too_precise", value=str(amount))
