"""One customer in full (documents, holdings, latest risk assessment, manager), and the audited reveal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db import audit, errors
from db.models import Customer, Holding, RiskAssessment, Staff
from db.session import Database
from domain.customer import CustomerView, HoldingView, IdDocumentView, RiskView
from domain.errors import InvalidValue
from domain.permissions import Action, require
from domain.staff import StaffUser
from domain.text import checked_text

# DOMAIN §1: a full ID number or phone is shown only for one of these, and every reveal is logged.
REVEAL_REASONS = (
    "verify_customer_present",
    "transaction_requires_full_id",
    "authority_request",
    "customer_requests_copy",
    "other",
)
REVEALED_FIELDS = ("id_number", "phone")


def _customer(session: Session, customer_no: str) -> Customer:
    row = session.scalars(
        select(Customer)
        .where(Customer.customer_no == customer_no.strip().upper())
        .options(
            selectinload(Customer.documents), selectinload(Customer.holdings).joinedload(Holding.product)
        )
    ).one_or_none()
    if row is None:
        raise errors.unknown_customer(customer_no)
    return row


def view_customer(
    db: Database, user: StaffUser, customer_no: str, *, reveal: str | None = None, note: str = ""
) -> CustomerView:
    """A customer as this person may see them: masked, unless revealed with a reason (audited first, so the
    record exists even if the output is lost)."""
    require(user, Action.CUSTOMER_OPEN)
    if reveal:
        reveal_logged(db, customer_no, user, reveal, note=note)
    view = customer_detail(db, customer_no)
    return view if reveal else view.masked_copy()


def customer_detail(db: Database, customer_no: str) -> CustomerView:
    """The full, unmasked view: callers mask it (`masked_copy`) unless the viewer may see more."""
    with db.read() as uow:
        session = uow.session
        row = _customer(session, customer_no)
        manager = session.get(Staff, row.manager_id) if row.manager_id is not None else None
        risk = session.scalars(
            select(RiskAssessment)
            .where(RiskAssessment.customer_id == row.id)
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
            .limit(1)
        ).first()
        return CustomerView(
            id=row.id,
            customer_no=row.customer_no,
            name=row.name,
            gender=row.gender,
            birth_date=row.birth_date,
            phone=row.phone,
            address=row.address,
            occupation=row.occupation,
            annual_income=row.annual_income,
            civil_capacity=row.civil_capacity,
            qualified_investor=row.qualified_investor,
            kyc_status=row.kyc_status,
            tier=row.tier,
            star=row.star_level,
            manager_login=manager.login if manager else None,
            manager_name=manager.name if manager else None,
            manager_id=row.manager_id,
            documents=tuple(IdDocumentView(d.id_type, d.id_number, d.expiry) for d in row.documents),
            holdings=tuple(
                HoldingView(
                    account_no=h.account_no,
                    product_code=h.product.code,
                    product_name=h.product.name,
                    family=h.product.family,
                    balance=h.balance,
                    currency=h.currency,
                    rate=h.rate,
                    opened_on=h.opened_on,
                    maturity_on=h.maturity_on,
                    status=h.status,
                )
                for h in row.holdings
            ),
            risk=RiskView(risk.grade, risk.assessed_on, risk.valid_until, risk.channel) if risk else None,
            version=row.version,
        )


def reveal_logged(
    db: Database,
    customer_no: str,
    user: StaffUser,
    reason: str,
    *,
    note: str = "",
    fields: tuple[str, ...] = REVEALED_FIELDS,
    now: datetime | None = None,
) -> None:
    """Record that `user` was shown the full identifiers of a customer, and why (before showing them)."""
    require(user, Action.CUSTOMER_REVEAL)
    if reason not in REVEAL_REASONS:
        raise InvalidValue("reveal_reason_unknown", reason=reason)
    if reason == "other" and not note.strip():
        raise InvalidValue("reveal_note_required")
    checked_text(note, "note")
    with db.write() as uow:
        row = uow.session.scalars(
            select(Customer).where(Customer.customer_no == customer_no.strip().upper())
        ).one_or_none()
        if row is None:
            raise errors.unknown_customer(customer_no)
        audit.record(
            uow.session,
            actor=user.login,
            staff_id=user.id,
            action="identifiers_revealed",
            entity="customer",
            entity_id=row.id,
            details={
                "customer_no": row.customer_no,
                "fields": list(fields),
                "reason": reason,
                "note": note.strip(),
            },
            at=now,
        )
        uow.commit()
