"""One proposed sale as the rules see it: the inputs plus the facts derived from them once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal

from domain.catalog import ProductSpec
from domain.people import age_on
from domain.suitability.model import Finding, SuitabilityCustomer, SuitabilityRules

HIGHEST_LEVEL = 5


class Sale:
    """Read-only by convention; a plain class (not a frozen dataclass) because `check` builds one per product and
    the recommendation engine checks whole catalogues: the derived facts are worked out once, here."""

    __slots__ = ("customer", "product", "amount", "channel", "as_of", "rules", "investment", "level", "_age")

    def __init__(
        self,
        customer: SuitabilityCustomer,
        product: ProductSpec,
        amount: Decimal | None,  # None: no amount yet (a recommendation); amount rules are skipped
        channel: str,
        as_of: date,
        rules: SuitabilityRules,
    ) -> None:
        self.customer, self.product, self.amount = customer, product, amount
        self.channel, self.as_of, self.rules = channel, as_of, rules
        # Investment products need a valid assessment; the questionnaire, capacity and senior rules apply.
        self.investment: bool = product.needs_assessment
        # R1-R5 as a number. Unset: R1 for products without an assessment (deposits match as R1), the highest
        # level for investment products (the catalogue refuses that, but never guess low).
        self.level: int = (
            product.risk_level
            if product.risk_level is not None
            else (HIGHEST_LEVEL if self.investment else 1)
        )
        self._age: int | None = None

    @property
    def age(self) -> int:
        if self._age is None:
            self._age = age_on(self.customer.birth_date, self.as_of)
        return self._age


Rule = Callable[[Sale], Iterable[Finding]]


def level_code(level: int) -> str:
    return f"R{level}"
