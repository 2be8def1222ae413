"""Rows found by the numbers people type: a customer by customer number (NotFound `unknown_customer`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import errors
from db.models import Customer


def customer_by_number(session: Session, customer_no: str, *, lock: bool = False) -> Customer:
    """The customer row (`lock`: FOR UPDATE on PostgreSQL; SQLite writers already queue)."""
    query = select(Customer).where(Customer.customer_no == customer_no.strip().upper())
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).one_or_none()
    if row is None:
        raise errors.unknown_customer(customer_no)
    return row
