"""Finding a customer by number, name (characters or pinyin), phone, ID digits or account number.

A plain indexed lookup per kind of input; the customer-search issue replaces it with the ranked, typed-ahead
search at million-customer scale.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import func, or_, select

from db.models import Customer, Holding, IdDocument, Staff
from db.session import Database
from domain.codes import Role
from domain.customer import CustomerRow, CustomerView
from domain.identity import mask_id_number, mask_phone
from domain.privacy import sees_full_identifiers
from domain.staff import StaffUser

LIMIT = 50


def _condition(text: str):
    if re.fullmatch(r"[Cc]\d{1,10}", text):
        return Customer.customer_no.startswith(text.upper())
    if re.fullmatch(r"\d{17}[\dXx]", text):
        return Customer.id.in_(select(IdDocument.customer_id).where(IdDocument.id_number == text.upper()))
    if re.fullmatch(r"\d{4,6}[Xx]?", text):
        return Customer.id.in_(
            select(IdDocument.customer_id).where(IdDocument.id_tail.endswith(text.upper()))
        )
    if re.fullmatch(r"1\d{10}", text):
        return Customer.phone == text
    if re.fullmatch(r"\d{7,32}", text):
        return or_(
            Customer.phone.startswith(text),
            Customer.id.in_(select(Holding.customer_id).where(Holding.account_no == text)),
        )
    if re.fullmatch(r"[A-Za-z]+", text):
        lowered = text.lower()
        return or_(Customer.name_initials.startswith(lowered), Customer.name_pinyin.startswith(lowered))
    return Customer.name.startswith(text)


def search_customers(db: Database, user: StaffUser, text: str, limit: int = LIMIT) -> list[CustomerRow]:
    text = text.strip()
    query = select(Customer, Staff.name).outerjoin(Staff, Staff.id == Customer.manager_id)
    if text:
        query = query.where(_condition(text))
    elif user.role is Role.MANAGER:
        query = query.where(Customer.manager_id == user.id)  # an empty search shows a manager's own book
    else:
        return []
    with db.read() as uow:
        found = uow.session.execute(query.order_by(Customer.customer_no).limit(limit)).all()
        ids = [c.id for c, _ in found]
        aum = (
            dict(
                uow.session.execute(
                    select(Holding.customer_id, func.sum(Holding.balance))
                    .where(Holding.customer_id.in_(ids), Holding.status == "active")
                    .group_by(Holding.customer_id)
                ).all()
            )
            if ids
            else {}
        )
        documents = (
            dict(
                uow.session.execute(
                    select(IdDocument.customer_id, IdDocument.id_number)
                    .where(IdDocument.customer_id.in_(ids))
                    .order_by(IdDocument.id.desc())
                ).all()
            )
            if ids
            else {}
        )
        return [
            _row(user, customer, manager_name, documents.get(customer.id, ""), aum.get(customer.id))
            for customer, manager_name in found
        ]


def _row(
    user: StaffUser, customer: Customer, manager_name: str | None, id_number: str, aum: Decimal | None
) -> CustomerRow:
    full = sees_full_identifiers(user.role, user.id, customer.manager_id)
    return CustomerRow(
        customer_no=customer.customer_no,
        name=customer.name,
        gender=customer.gender,
        birth_date=customer.birth_date,
        id_number=id_number if full else mask_id_number(id_number),
        phone=customer.phone if full else mask_phone(customer.phone),
        tier=customer.tier,
        manager_name=manager_name,
        aum=aum or Decimal("0.00"),
    )


def customer_profile(db: Database, user: StaffUser, customer_no: str) -> CustomerView:
    """A customer as this user may see them: masked unless the role's rights say otherwise."""
    from db.services.customers import customer_detail

    view = customer_detail(db, customer_no)
    return view if sees_full_identifiers(user.role, user.id, view.manager_id) else view.masked_copy()
