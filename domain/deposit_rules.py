"""Deposit product rules the suitability check does not see (DOMAIN.md §4 deposits), applied where money moves.

**Notice deposit** (通知存款) [PRAC/CFG], a product whose agreement is `notice_deposit`: the term (`1D` / `7D`) is
the advance notice in days. Opening (agreement issue): at least the larger of `min_amount` and
`min_remaining_balance` (a deposit that starts below the remaining minimum could never be withdrawn from).
A withdrawal (a counter receipt marked as one): at least `min_amount` (5万) unless it takes everything; what
remains is 0 or at least `min_remaining_balance` (5万), else the customer withdraws all or converts it to demand
(`notice_remaining_below_minimum`); the notice given at least the product's days before, else the amount earns
the demand rate, which the customer accepts explicitly (`notice_not_given` until then).

**Education savings** (教育储蓄) [CFG], a product whose agreement is `education_savings`: a monthly contribution
(`monthly: true`) whose principal over the term (contribution × months) stays within `max_amount` (2万);
the age (pupils from grade 4: `age_min` 9) is the catalogue's age rule, checked with every sale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.catalog import ProductSpec
from domain.suitability.model import Finding

NOTICE_TEMPLATE = "notice_deposit"
EDUCATION_TEMPLATE = "education_savings"
_UNIT_MONTHS = {"M": 1, "Y": 12}


def term_months(term: str | None) -> int | None:
    """Months in a term such as `6M` or `3Y`; None for a term in days or none."""
    if not term or term[-1] not in _UNIT_MONTHS:
        return None
    return int(term[:-1]) * _UNIT_MONTHS[term[-1]]


def is_notice_deposit(spec: ProductSpec) -> bool:
    return spec.template == NOTICE_TEMPLATE


def notice_days(spec: ProductSpec) -> int | None:
    """The advance notice a notice deposit needs, from its term (`1D`, `7D`); None for other products."""
    if not is_notice_deposit(spec):
        return None
    days = [int(t[:-1]) for t in spec.terms if t.endswith("D")]
    return max(days) if days else None


def opening_findings(spec: ProductSpec, amount: Decimal, term: str | None) -> tuple[Finding, ...]:
    """What stops an agreement for this deposit at this amount and term (empty: nothing)."""
    found: list[Finding] = []
    if spec.min_remaining_balance is not None and amount < spec.min_remaining_balance:
        found.append(
            Finding(
                "deposit_below_remaining_minimum", {"amount": amount, "minimum": spec.min_remaining_balance}
            )
        )
    months = term_months(term)
    if spec.template == EDUCATION_TEMPLATE and spec.monthly and spec.max_amount is not None and months:
        principal = amount * months
        if principal > spec.max_amount:
            found.append(
                Finding(
                    "education_principal_cap_exceeded",
                    {"amount": amount, "months": months, "principal": principal, "maximum": spec.max_amount},
                )
            )
    return tuple(found)


@dataclass(frozen=True)
class Withdrawal:
    """A withdrawal from a notice deposit as the counter records it."""

    amount: Decimal
    balance_after: Decimal | None
    on: date
    notice_given_on: date | None
    demand_rate_accepted: bool = False  # the customer takes the demand rate for an un-notified withdrawal


def withdrawal_refusal(spec: ProductSpec, w: Withdrawal) -> tuple[str, dict[str, object]] | None:
    """Why this notice-deposit withdrawal is refused, as (code, params); None when it may go ahead."""
    if w.balance_after is None:
        return "notice_balance_required", {}
    if w.balance_after < 0:
        return "notice_balance_negative", {"balance": w.balance_after}
    takes_all = w.balance_after == 0
    if not takes_all and spec.min_amount is not None and w.amount < spec.min_amount:
        return "notice_withdrawal_below_minimum", {"amount": w.amount, "minimum": spec.min_amount}
    floor = spec.min_remaining_balance
    if not takes_all and floor is not None and w.balance_after < floor:
        return "notice_remaining_below_minimum", {"balance": w.balance_after, "minimum": floor}
    days = notice_days(spec)
    noticed = w.notice_given_on is not None and (w.on - w.notice_given_on).days >= (days or 0)
    if days and not noticed and not w.demand_rate_accepted:
        earliest = (
            None if w.notice_given_on is None else date.fromordinal(w.notice_given_on.toordinal() + days)
        )
        return "notice_not_given", {"days": days, "date": earliest.isoformat() if earliest else "—"}
    return None
