"""What issuing an agreement asks of the services (desktop/backend.py binds them to the signed-in person)."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from domain.agreements import IssuedAgreement
from domain.approvals import Pending
from domain.catalog import ProductView
from domain.suitability.model import SuitabilityResult


class AgreementPort(Protocol):
    def agreement_products(self) -> list[ProductView]: ...
    def check_sale(
        self, customer_no: str, product_code: str, amount: Decimal | None, channel: str
    ) -> SuitabilityResult: ...
    def issue_agreement(
        self,
        customer_no: str,
        product_code: str,
        amount: Decimal,
        term: str | None,
        acknowledged_warnings: tuple[str, ...],
        dual_recording_id: str | None = None,
    ) -> IssuedAgreement: ...
    def reprint_agreement(self, number: str) -> bytes | Pending: ...
    def print_setup(self) -> tuple[str, str]: ...
    def save_print_setup(self, printer_name: str, paper_size: str) -> None: ...
