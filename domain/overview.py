"""What the home screen shows a person when they log in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class MaturityRow:
    customer_no: str
    customer_name: str
    product_name: str
    balance: Decimal
    maturity_on: date


@dataclass(frozen=True)
class HomeSummary:
    scope: str  # "book": a manager's own customers; "branch": everyone's
    as_of: date
    customers: int
    aum: Decimal
    maturing_count: int
    maturing_amount: Decimal
    assessment_expired: int  # customers whose latest risk assessment is past its validity
    unassigned: int
    upcoming: tuple[MaturityRow, ...]
    staff_accounts: int
    staff_locked: int


MATURITY_WINDOW_DAYS = 30
