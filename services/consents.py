"""Recording and withdrawing a customer's consents; what is on file on a day. Each change is audited."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.lookups import customer_by_number
from db.models import Consent, Customer
from db.session import Database
from domain.consents import CHANNELS, CONSENT_PURPOSES, ConsentView
from domain.errors import InvalidValue, UnknownRecord
from domain.permissions import Action, require
from domain.staff import StaffUser
from domain.text import checked_text


def on_file(session: Session, customer_id: int, day: date | None = None) -> dict[str, ConsentView]:
    """The consents in force for a customer (given on or before `day`, not withdrawn), by purpose."""
    query = select(Consent).where(Consent.customer_id == customer_id, Consent.withdrawn_at.is_(None))
    if day is not None:
        query = query.where(Consent.given_on <= day)
    found: dict[str, ConsentView] = {}
    for row in session.scalars(query.order_by(Consent.given_on, Consent.id)):
        found[row.purpose] = ConsentView(row.purpose, row.given_on, row.channel, row.evidence)
    return found


def _check_purpose(purpose: str) -> None:
    if purpose not in CONSENT_PURPOSES:
        raise InvalidValue("consent_unknown", purpose=purpose)


def record(
    db: Database,
    user: StaffUser,
    customer_no: str,
    purpose: str,
    *,
    channel: str = "branch",
    evidence: str = "",
    given_on: date | None = None,
    now: datetime | None = None,
) -> ConsentView:
    """The customer gave this consent (on `given_on`, default today): a new row; one already in force stays."""
    require(user, Action.CONSENT_RECORD)
    _check_purpose(purpose)
    if channel not in CHANNELS or channel == "legacy":
        raise InvalidValue("consent_channel_unknown", channel=channel)
    evidence = checked_text(evidence.strip(), "evidence")
    now = now or datetime.now()
    given_on = given_on or now.date()
    if given_on > now.date():
        raise InvalidValue("consent_date_in_future", day=given_on.isoformat())
    with db.write() as uow:
        s = uow.session
        customer = customer_by_number(s, customer_no)
        current = on_file(s, customer.id).get(purpose)
        if current is not None:
            return current
        _insert(s, user, customer, purpose, channel, evidence, given_on, now)
        uow.commit()
        return ConsentView(purpose, given_on, channel, evidence)


def _insert(
    s: Session,
    user: StaffUser,
    customer: Customer,
    purpose: str,
    channel: str,
    evidence: str,
    day: date,
    now: datetime,
) -> None:
    s.add(Consent(customer_id=customer.id, purpose=purpose, given_on=day, channel=channel, evidence=evidence[:200],
                  recorded_by_id=user.id, recorded_at=now))  # fmt: skip
    audit.record(
        s, actor=user.login, staff_id=user.id, action="consent_given", entity="customer", entity_id=customer.id,
        details={"customer_no": customer.customer_no, "purpose": purpose, "channel": channel,
                 "given_on": day.isoformat()},
        at=now,
    )  # fmt: skip


def withdraw(
    db: Database, user: StaffUser, customer_no: str, purpose: str, *, now: datetime | None = None
) -> None:
    """The customer withdrew this consent: it no longer counts from now on (the row stays, marked)."""
    require(user, Action.CONSENT_RECORD)
    _check_purpose(purpose)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        customer = customer_by_number(s, customer_no)
        if not _withdraw_in(s, user, customer, purpose, now):
            raise UnknownRecord("consent_not_on_file", purpose=purpose)
        uow.commit()


def _withdraw_in(s: Session, user: StaffUser, customer: Customer, purpose: str, now: datetime) -> bool:
    rows = s.scalars(
        select(Consent).where(
            Consent.customer_id == customer.id, Consent.purpose == purpose, Consent.withdrawn_at.is_(None)
        )
    ).all()
    for row in rows:
        row.withdrawn_at, row.withdrawn_by_id = now, user.id
    if rows:
        audit.record(
            s, actor=user.login, staff_id=user.id, action="consent_withdrawn", entity="customer",
            entity_id=customer.id, details={"customer_no": customer.customer_no, "purpose": purpose}, at=now,
        )  # fmt: skip
    return bool(rows)


def set_in(s: Session, user: StaffUser, customer: Customer, purposes: Iterable[str], now: datetime) -> None:
    """The profile editor's ticks: consents newly ticked are given today at the branch, unticked ones withdrawn."""
    wanted, current = set(purposes), set(on_file(s, customer.id))
    for purpose in sorted(wanted - current):
        _insert(s, user, customer, purpose, "branch", "profile edit", now.date(), now)
    for purpose in sorted(current - wanted):
        _withdraw_in(s, user, customer, purpose, now)


def active_purposes(s: Session, customer_id: int) -> tuple[str, ...]:
    held = on_file(s, customer_id)
    return tuple(p for p in CONSENT_PURPOSES if p in held)
