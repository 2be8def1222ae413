"""Plain, frozen views of a customer that services return and screens, CLI and documents consume."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from domain.identity import mask_account, mask_id_number, mask_phone


@dataclass(frozen=True)
class IdDocumentView:
    id_type: str
    id_number: str
    expiry: date | None  # None: long-term (长期)


@dataclass(frozen=True)
class HoldingView:
    account_no: str
    product_code: str
    product_name: str
    family: str
    balance: Decimal
    currency: str
    rate: Decimal | None
    opened_on: date
    maturity_on: date | None
    status: str


@dataclass(frozen=True)
class RiskView:
    grade: str
    assessed_on: date
    valid_until: date
    channel: str


@dataclass(frozen=True)
class CustomerView:
    id: int
    customer_no: str
    name: str
    gender: str
    birth_date: date
    phone: str
    address: str
    occupation: str
    annual_income: Decimal | None
    civil_capacity: str
    qualified_investor: bool
    kyc_status: str
    tier: str
    star: int  # 1–7 (DOMAIN §3), set with the tier by the month-end job
    manager_login: str | None
    manager_name: str | None
    manager_id: int | None
    documents: tuple[IdDocumentView, ...]
    holdings: tuple[HoldingView, ...]
    risk: RiskView | None
    version: int
    masked: bool = False

    @property
    def aum(self) -> Decimal:
        return sum((h.balance for h in self.holdings if h.status == "active"), Decimal("0.00"))

    def masked_copy(self) -> CustomerView:
        """What a role without the right to full identifiers sees."""
        return replace(
            self,
            phone=mask_phone(self.phone) if self.phone else "",
            documents=tuple(replace(d, id_number=mask_id_number(d.id_number)) for d in self.documents),
            holdings=tuple(replace(h, account_no=mask_account(h.account_no)) for h in self.holdings),
            masked=True,
        )


@dataclass(frozen=True)
class CustomerRow:
    """One line of a customer list: identifiers already masked as the viewer may see them."""

    customer_no: str
    name: str
    gender: str
    birth_date: date
    id_number: str
    phone: str
    tier: str
    manager_name: str | None
    aum: Decimal
