"""A whole catalogue against one customer, without an amount (recommendations), with exactly `check`'s findings.

The customer rules run once per customer (`customer_findings`), the product rules once per product, day and
channel (`product_findings`: a caller keeps them with its catalogue), and each pair rule once per distinct thing
it reads of a product (`PairChecker`). `check(c, p, None, channel, as_of, rules)` lists the customer's blocks,
the product's, the pair's, then the pair's warnings and the product's: `staged_check` puts the stages together in
that order, and the tests hold it equal to `check` for every rule.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from domain.catalog import ProductSpec
from domain.errors import InvalidValue
from domain.suitability.engine import (
    CHANNELS,
    CUSTOMER_RULES,
    DEFAULT_RULES,
    PAIR_RULES,
    PRODUCT_BLOCK_RULES,
    PRODUCT_WARNING_RULES,
)
from domain.suitability.model import (
    Finding,
    SaleChannel,
    SuitabilityCustomer,
    SuitabilityResult,
    SuitabilityRules,
)
from domain.suitability.sale import Sale

Findings = tuple[Finding, ...]


def customer_findings(customer: SuitabilityCustomer, as_of: date) -> Findings:
    """What the customer rules find (blocks only): the same for every product."""
    return tuple(f for rule in CUSTOMER_RULES for f in rule(customer, as_of))


def product_findings(
    product: ProductSpec, as_of: date, channel: str, rules: SuitabilityRules = DEFAULT_RULES
) -> tuple[Findings, Findings]:
    """(blocks, warnings) of the product rules: the same for every customer. InvalidValue for an unknown channel."""
    if channel not in CHANNELS:
        raise InvalidValue("unknown_sale_channel", value=channel)
    blocks = tuple(f for rule in PRODUCT_BLOCK_RULES for f in rule(product, as_of, channel, rules))
    warnings = tuple(f for rule in PRODUCT_WARNING_RULES for f in rule(product, as_of, channel, rules))
    return blocks, warnings


def pair_reads(product: ProductSpec) -> tuple[Hashable, ...]:
    """What each pair rule reads of the product: products with equal tuples get equal pair findings."""
    return tuple(r.reads(product) for r in PAIR_RULES)


class PairChecker:
    """The pair rules for one customer on one day: each rule runs once per distinct value it reads of a product
    (a catalogue of 300 products has a few dozen such values in all), and the findings are shared."""

    __slots__ = ("_customer", "_as_of", "_rules", "_memo")

    def __init__(
        self, customer: SuitabilityCustomer, as_of: date, rules: SuitabilityRules = DEFAULT_RULES
    ) -> None:
        self._customer, self._as_of, self._rules = customer, as_of, rules
        self._memo: tuple[dict[Hashable, Findings], ...] = tuple({} for _ in PAIR_RULES)

    def findings(self, product: ProductSpec, reads: tuple[Hashable, ...]) -> tuple[Findings, Findings]:
        """(blocks, warnings) of the pair rules for `product`; `reads` is its `pair_reads`, or stands for it
        value by value (a catalogue numbers the values: equal numbers for equal values of a rule)."""
        blocks: list[Finding] = []
        warnings: list[Finding] = []
        sale = None
        for pair, key, memo in zip(PAIR_RULES, reads, self._memo, strict=True):
            found = memo.get(key)
            if found is None:
                if sale is None:  # the pair rules never read the channel
                    sale = Sale(self._customer, product, None, SaleChannel.BRANCH, self._as_of, self._rules)
                found = memo[key] = tuple(pair.rule(sale))
            for f in found:
                (blocks if f.blocking else warnings).append(f)
        return tuple(blocks), tuple(warnings)


def staged_check(
    customer: SuitabilityCustomer,
    product: ProductSpec,
    channel: str,
    as_of: date,
    rules: SuitabilityRules = DEFAULT_RULES,
) -> SuitabilityResult:
    """`check` without an amount, from the three stages (what a catalogue-wide caller puts together)."""
    product_blocks, product_warnings = product_findings(product, as_of, channel, rules)
    pair_blocks, pair_warnings = PairChecker(customer, as_of, rules).findings(product, pair_reads(product))
    blocks = customer_findings(customer, as_of) + product_blocks + pair_blocks
    return SuitabilityResult(not blocks, blocks, pair_warnings + product_warnings, rules.version)
