"""One proposed sale as the rules see it: the inputs plus the facts derived from them once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property

from domain.catalog import ProductSpec
from domain.people import age_on
from domain.suitability.model import Finding, SuitabilityCustomer, SuitabilityRules

HIGHEST_LEVEL = 5


@dataclass(frozen=True)
class Sale:
    customer: SuitabilityCustomer
    product: ProductSpec
    amount: Decimal | None  # None: no amount yet (a recommendation); amount rules are skipped
    channel: str
    as_of: date
    rules: SuitabilityRules

    @cached_property
    def age(self) -> int:
        return age_on(self.customer.birth_date, self.as_of)

    @property
    def investment(self) -> bool:
        """Investment products need a valid assessment; the questionnaire, capacity and senior rules apply."""
        return self.product.needs_assessment

    @property
    def level(self) -> int:
        """R1-R5 as a number. Unset: R1 for products without an assessment (deposits match as R1), the
        highest level for investment products (the catalogue refuses that, but never guess low)."""
        if self.product.risk_level is not None:
            return self.product.risk_level
        return HIGHEST_LEVEL if self.investment else 1


Rule = Callable[[Sale], Iterable[Finding]]


def level_code(level: int) -> str:
    return f"R{level}"
