"""`sod_no_self_dealing` (DOMAIN §1): staff never transact on their own accounts (自办业务).

A staff member's own identity number (`Staff.id_number`, set by the administrator) found on a customer's identity
documents makes that customer record theirs: they may not edit it, issue agreements or receipts for it, review its
agreements or approve requests about it; a colleague serves them like any customer. Checked inside the caller's
unit of work, against the record as it is now.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agreement, Customer, IdDocument, Staff
from domain.errors import SeparationOfDuties
from domain.staff import StaffUser


def refuse_own_record(session: Session, user: StaffUser, customer_id: int | None) -> None:
    """SeparationOfDuties `self_dealing` when `customer_id` is the acting staff member's own record."""
    if customer_id is None:
        return
    own = session.scalar(select(Staff.id_number).where(Staff.id == user.id))
    if not own:
        return
    found = session.scalar(
        select(IdDocument.id)
        .where(IdDocument.customer_id == customer_id, IdDocument.id_number == own.strip().upper())
        .limit(1)
    )
    if found is not None:
        raise SeparationOfDuties("self_dealing")


def customer_of_subject(session: Session, subject: str) -> int | None:
    """The customer a request is about: an agreement's number or a customer number (None: no customer)."""
    by_agreement = session.scalar(select(Agreement.customer_id).where(Agreement.number == subject))
    if by_agreement is not None:
        return by_agreement
    return session.scalar(select(Customer.id).where(Customer.customer_no == subject))
