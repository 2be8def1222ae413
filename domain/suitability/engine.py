"""`check`: every rule over one proposed sale, in a fixed order, findings split into blocks and warnings.

The rules come in three sorts by what they read (`staged` checks a whole catalogue with that): the customer
rules read only the customer and the day, the product rules only the product, the day and the channel, the
pair rules both (each with what it reads of the product).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.catalog import ProductSpec
from domain.codes import ProductFamily
from domain.errors import InvalidValue
from domain.suitability import amount_rules, assessment_rules, customer_rules, product_rules
from domain.suitability.model import (
    Finding,
    SaleChannel,
    SuitabilityCustomer,
    SuitabilityResult,
    SuitabilityRules,
)
from domain.suitability.sale import HIGHEST_LEVEL, Rule, Sale

CustomerRule = Callable[[SuitabilityCustomer, date], Iterable[Finding]]
ProductRule = Callable[[ProductSpec, date, str, SuitabilityRules], Iterable[Finding]]


@dataclass(frozen=True)
class PairRule:
    """A rule that reads the customer and the product, and what it reads of the product: two products with
    equal `reads` get the same findings for any customer (the tests hold every rule to its `reads`)."""

    rule: Rule
    reads: Callable[[ProductSpec], Hashable]


def investment_level(p: ProductSpec) -> tuple[bool, int]:
    """Whether the product is an investment, and its level as `Sale` works it out."""
    level = p.risk_level if p.risk_level is not None else (HIGHEST_LEVEL if p.needs_assessment else 1)
    return p.needs_assessment, level


def _first_purchase_reads(p: ProductSpec) -> tuple[bool, bool]:
    own_wealth = p.first_purchase_in_branch or (p.family == ProductFamily.WEALTH and p.sale_mode == "own")
    return p.needs_assessment, own_wealth


CUSTOMER_RULES: tuple[CustomerRule, ...] = (customer_rules.identity, customer_rules.decision_authority)
PRODUCT_BLOCK_RULES: tuple[ProductRule, ...] = (product_rules.sale_window,)
PAIR_RULES: tuple[PairRule, ...] = (
    PairRule(product_rules.tier, lambda p: p.tiers),
    PairRule(product_rules.already_holds, lambda p: p.code if p.exclusive else None),
    PairRule(customer_rules.age_range, lambda p: (p.age_min, p.age_max)),
    PairRule(customer_rules.civil_capacity, investment_level),
    PairRule(assessment_rules.assessment, investment_level),
    PairRule(assessment_rules.first_purchase, _first_purchase_reads),
    PairRule(product_rules.qualified_investor, lambda p: p.private),
    PairRule(customer_rules.senior_care, investment_level),
)
PRODUCT_WARNING_RULES: tuple[ProductRule, ...] = (product_rules.cooling_off, product_rules.dual_recording)


def _of_customer(rule: CustomerRule) -> Rule:
    def on_sale(sale: Sale) -> Iterable[Finding]:
        return rule(sale.customer, sale.as_of)

    on_sale.__name__ = rule.__name__
    return on_sale


def _of_product(rule: ProductRule) -> Rule:
    def on_sale(sale: Sale) -> Iterable[Finding]:
        return rule(sale.product, sale.as_of, sale.channel, sale.rules)

    on_sale.__name__ = rule.__name__
    return on_sale


# The order findings are listed in: who the customer is, what the product allows, the assessment, the
# amount, then the warnings. Blocks first and warnings last, so the staged check lists them alike.
RULES: tuple[Rule, ...] = (
    _of_customer(customer_rules.identity),
    _of_customer(customer_rules.decision_authority),
    _of_product(product_rules.sale_window),
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
    _of_product(product_rules.cooling_off),
    _of_product(product_rules.dual_recording),
)
_AMOUNT_RULES = (amount_rules.limits, amount_rules.private_minimum, amount_rules.financial_capacity)
# Without an amount (a recommendation) the amount rules find nothing: not calling them saves a quarter of the
# cost of a check, which the recommendation engine makes for every product of the catalogue.
RULES_WITHOUT_AMOUNT: tuple[Rule, ...] = tuple(rule for rule in RULES if rule not in _AMOUNT_RULES)
DEFAULT_RULES = SuitabilityRules()
CHANNELS = frozenset(c.value for c in SaleChannel)  # worked out once: check runs per product


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
    if channel not in CHANNELS:
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
