"""Figures for the home screen, computed in the database (never by loading customers into Python)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select

from db.models import Customer, Holding, Product, RiskAssessment, Staff
from db.session import Database
from domain.identity import mask_name
from domain.overview import MATURITY_WINDOW_DAYS, HomeSummary, MaturityRow
from domain.permissions import BOOK_HOLDERS, BRANCH_WIDE, HOLDINGS_VISIBLE
from domain.staff import StaffUser

UPCOMING_ROWS = 12
ZERO = Decimal("0.00")


def home_summary(db: Database, user: StaffUser, today: date | None = None) -> HomeSummary:
    today = today or date.today()
    horizon = today + timedelta(days=MATURITY_WINDOW_DAYS)
    book_only = user.role in BOOK_HOLDERS

    def scoped(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
        return query.where(Customer.manager_id == user.id) if book_only else query

    active = Holding.status == "active"
    maturing = active & Holding.maturity_on.between(today, horizon)
    latest = (
        select(RiskAssessment.customer_id, func.max(RiskAssessment.valid_until).label("valid_until"))
        .group_by(RiskAssessment.customer_id)
        .subquery()
    )
    with db.read() as uow:
        s = uow.session
        customers = s.scalar(scoped(select(func.count(Customer.id)))) or 0
        aum = s.scalar(scoped(select(func.sum(Holding.balance)).join(Customer).where(active))) or ZERO
        count, amount = s.execute(
            scoped(select(func.count(Holding.id), func.sum(Holding.balance)).join(Customer).where(maturing))
        ).one()
        expired = (
            s.scalar(
                scoped(
                    select(func.count())
                    .select_from(Customer)
                    .join(latest, latest.c.customer_id == Customer.id)
                ).where(latest.c.valid_until < today)
            )
            or 0
        )
        unassigned = (
            0 if book_only else s.scalar(select(func.count()).where(Customer.manager_id.is_(None))) or 0
        )
        rows = s.execute(
            scoped(
                select(
                    Customer.customer_no,
                    Customer.name,
                    Customer.manager_id,
                    Product.name,
                    Holding.balance,
                    Holding.maturity_on,
                )
                .join(Holding, Holding.customer_id == Customer.id)
                .join(Product, Product.id == Holding.product_id)
                .where(maturing)
            )
            .order_by(Holding.maturity_on, Holding.balance.desc())
            .limit(UPCOMING_ROWS)
        ).all()
        staff_accounts = s.scalar(select(func.count(Staff.id))) or 0
        staff_locked = s.scalar(select(func.count(Staff.id)).where(Staff.locked_at.is_not(None))) or 0
    # Tellers see customer names masked on lists that are not about the customer at the counter.
    show_name = user.role in BOOK_HOLDERS | BRANCH_WIDE
    upcoming = tuple(
        MaturityRow(no, name if show_name else mask_name(name), product, balance, maturity)
        for no, name, _manager, product, balance, maturity in rows
    )
    if user.role not in HOLDINGS_VISIBLE:  # the lobby and the complaint officer: no balances (DOMAIN §1)
        aum, count, amount, upcoming = ZERO, 0, ZERO, ()
    return HomeSummary(
        scope="book" if book_only else "branch",
        as_of=today,
        customers=customers,
        aum=aum,
        maturing_count=count,
        maturing_amount=amount or ZERO,
        assessment_expired=expired,
        unassigned=unassigned,
        upcoming=upcoming,
        staff_accounts=staff_accounts,
        staff_locked=staff_locked,
    )
