"""Rules about the amount (skipped when a check has no amount yet). Exact Decimal arithmetic throughout."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from domain.suitability.model import Finding, block
from domain.suitability.reasons import Reason
from domain.suitability.sale import Sale, level_code


def limits(sale: Sale) -> Iterator[Finding]:
    """At least the minimum, at most the maximum (both inclusive), and the minimum plus a whole number of
    steps (no minimum: a whole number of steps). Below the minimum the step is not judged as well."""
    amount, p = sale.amount, sale.product
    if amount is None:
        return
    if p.min_amount is not None and amount < p.min_amount:
        yield block(Reason.BELOW_MINIMUM, amount=amount, minimum=p.min_amount)
    elif p.step_amount is not None:
        base = p.min_amount if p.min_amount is not None else Decimal(0)
        over = amount - base
        if over % p.step_amount != 0:
            lower = base + (over // p.step_amount) * p.step_amount
            yield block(
                Reason.STEP_MISMATCH,
                amount=amount,
                minimum=base,
                step=p.step_amount,
                nearest_lower=lower,
                nearest_higher=lower + p.step_amount,
            )
    if p.max_amount is not None and amount > p.max_amount:
        yield block(Reason.ABOVE_MAXIMUM, amount=amount, maximum=p.max_amount)


def private_minimum(sale: Sale) -> Iterator[Finding]:
    """资管新规 minimums by category, read from the product's risk level (R1-R2 fixed income, R3 mixed,
    R4-R5 equity/derivatives; configurable). The regulation's amounts are in yuan and are compared as is."""
    if sale.amount is None or not sale.product.private:
        return
    category, minimum = sale.rules.private_minimum(sale.level)
    if sale.amount < minimum:
        yield block(
            Reason.PRIVATE_MIN_AMOUNT_NOT_MET,
            amount=sale.amount,
            minimum=minimum,
            category=category,
            product_level=level_code(sale.level),
        )


def financial_capacity(sale: Sale) -> Iterator[Finding]:
    """Investment products: the amount may not exceed the declared financial assets × the configured ratio."""
    assets = sale.customer.financial_assets
    if sale.amount is None or assets is None or not sale.investment:
        return
    limit = assets * sale.rules.financial_capacity_ratio
    if sale.amount > limit:
        yield block(Reason.AMOUNT_EXCEEDS_FINANCIAL_CAPACITY, amount=sale.amount, financial_assets=assets)
