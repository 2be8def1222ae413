"""Referrals (分流/转介, DOMAIN.md §7.1): a teller hands a customer to a customer manager.

A referral is a `Task` of kind "referral" assigned to the manager (the customer's own, else the one chosen), due in
`REFERRAL_CONTACT_WORKDAYS` working days on the branch calendar, created by the referrer. The manager records the
outcome: contacted (stays open) → converted / not_interested (closed) or later (back in the queue later).
Conversions are credited to the referrer (`credits`). A second open referral of the same customer to the same
manager is refused. The insert notifies the manager's station in the same transaction (db/notifications.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from db import audit, errors
from db.models import Customer, Staff, Task
from db.notifications import announce
from db.session import Database
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.referrals import (
    CLOSING_OUTCOMES,
    REFERRAL_CONTACT_WORKDAYS,
    REFERRAL_KIND,
    REFERRAL_LATER_WORKDAYS,
    ReferralOutcome,
    parse_outcome,
    parse_reason,
    parse_urgency,
)
from domain.staff import StaffUser
from domain.workdays import WorkCalendar, branch_calendar

REFERRABLE_ROLES = (Role.MANAGER, Role.SUPERVISOR)


@dataclass(frozen=True)
class Referral:
    id: int
    customer_no: str
    manager_login: str
    manager: str
    referred_by: str
    reason: str
    products: tuple[str, ...]
    note: str
    urgency: str
    contact_consent: bool
    due_on: date
    status: str
    outcome: str
    version: int


@dataclass(frozen=True)
class ReferralCredit:
    login: str
    name: str
    referred: int
    contacted: int  # any outcome recorded
    converted: int


def _open_key(customer_id: int, manager_id: int) -> str:
    # Unique while open (cleared on closing): two stations referring at once cannot both insert.
    return f"{REFERRAL_KIND}:open:{customer_id}:{manager_id}"


def _view(row: Task, customer_no: str, manager: Staff, referrer: Staff | None) -> Referral:
    d = row.details or {}
    return Referral(
        id=row.id,
        customer_no=customer_no,
        manager_login=manager.login,
        manager=manager.name,
        referred_by=referrer.name if referrer else "",
        reason=d.get("reason", ""),
        products=tuple(d.get("products", ())),
        note=d.get("note", ""),
        urgency=d.get("urgency", "normal"),
        contact_consent=bool(d.get("contact_consent", False)),
        due_on=row.due_on,
        status=row.status,
        outcome=row.outcome,
        version=row.version,
    )


def managers(db: Database) -> list[tuple[str, str]]:
    """(login, name) of active staff a customer can be referred to."""
    with db.read() as uow:
        rows = uow.session.execute(
            select(Staff.login, Staff.name)
            .where(Staff.active.is_(True), Staff.role.in_([r.value for r in REFERRABLE_ROLES]))
            .order_by(Staff.role, Staff.login)
        ).all()
    return [(r.login, r.name) for r in rows]


def create(
    db: Database,
    user: StaffUser,
    customer_no: str,
    *,
    reason: str,
    to_login: str | None = None,
    products: tuple[str, ...] | list[str] = (),
    note: str = "",
    urgency: str = "normal",
    contact_consent: bool = True,
    now: datetime | None = None,
    calendar: WorkCalendar | None = None,
    workdays: int = REFERRAL_CONTACT_WORKDAYS,
) -> Referral:
    reason_code = parse_reason(reason)
    urgency_code = parse_urgency(urgency)
    if len(note) > 500:
        raise InvalidValue("referral_note_too_long", maximum=500)
    now = now or datetime.now()
    calendar = calendar or branch_calendar()
    products = tuple(dict.fromkeys(p.strip().upper() for p in products if p.strip()))
    with db.write() as uow:
        s = uow.session
        customer = s.scalars(
            select(Customer).where(Customer.customer_no == customer_no.strip().upper())
        ).one_or_none()
        if customer is None:
            raise errors.unknown_customer(customer_no)
        if to_login:
            manager = s.scalars(select(Staff).where(Staff.login == to_login.strip())).one_or_none()
            if manager is None or not manager.active:
                raise DomainError("unknown_staff", login=to_login)
        elif customer.manager_id is not None:
            manager = s.get(Staff, customer.manager_id)
        else:
            raise DomainError("referral_manager_required", customer_no=customer.customer_no)
        if manager is None or Role(manager.role) not in REFERRABLE_ROLES:
            raise DomainError("referral_not_a_manager", login=manager.login if manager else "")
        if manager.id == user.id:
            raise DomainError("referral_to_self")
        duplicate = s.scalar(
            select(Task.id).where(
                Task.kind == REFERRAL_KIND,
                Task.customer_id == customer.id,
                Task.assignee_id == manager.id,
                Task.status == "open",
            )
        )
        if duplicate is not None:
            raise DomainError("referral_already_open", customer_no=customer.customer_no, manager=manager.name)
        row = Task(
            kind=REFERRAL_KIND,
            source_key=_open_key(customer.id, manager.id),
            customer_id=customer.id,
            assignee_id=manager.id,
            created_by_id=user.id,
            title=customer.customer_no,
            details={
                "reason": reason_code.value,
                "products": list(products),
                "note": note.strip(),
                "urgency": urgency_code.value,
                "contact_consent": bool(contact_consent),
            },
            due_on=calendar.add_workdays(now, workdays),
            status="open",
            outcome="",
            created_at=now,
        )
        s.add(row)
        try:
            s.flush()
        except IntegrityError:
            raise DomainError(
                "referral_already_open", customer_no=customer.customer_no, manager=manager.name
            ) from None
        announce(s, manager.id)
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="referral.create",
            entity="task",
            entity_id=row.id,
            details={"customer_no": customer.customer_no, "to": manager.login, "reason": reason_code.value},
            at=now,
        )
        referrer = s.get(Staff, user.id)
        view = _view(row, customer.customer_no, manager, referrer)
        uow.commit()
    return view


def record_outcome(
    db: Database,
    user: StaffUser,
    task_id: int,
    outcome: str,
    *,
    version: int | None = None,
    note: str = "",
    later_on: date | None = None,
    now: datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> Referral:
    code = parse_outcome(outcome)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        row = s.scalars(select(Task).where(Task.id == task_id).with_for_update()).one_or_none()
        if row is None or row.kind != REFERRAL_KIND:
            raise DomainError("unknown_referral", id=task_id)
        if version is not None and row.version != version:
            raise errors.RecordChanged(f"task {task_id}")
        if row.assignee_id != user.id and user.role is not Role.SUPERVISOR:
            raise DomainError("referral_not_yours", id=task_id)
        if row.status != "open":
            raise DomainError("referral_closed", id=task_id)
        history = list((row.details or {}).get("history", []))
        history.append(
            {"outcome": code.value, "by": user.login, "at": now.isoformat(timespec="minutes"), "note": note}
        )
        row.details = {**(row.details or {}), "history": history}
        row.outcome = code.value
        if code in CLOSING_OUTCOMES:
            row.status = "done"
            row.done_at = now
            row.source_key = None  # a new referral of this customer to this manager may follow
        elif code is ReferralOutcome.LATER:
            row.due_on = later_on or (calendar or branch_calendar()).add_workdays(
                now, REFERRAL_LATER_WORKDAYS
            )
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="referral.outcome",
            entity="task",
            entity_id=row.id,
            details={"outcome": code.value},
            at=now,
        )
        s.flush()
        customer_no = s.scalar(select(Customer.customer_no).where(Customer.id == row.customer_id)) or ""
        manager = s.get(Staff, row.assignee_id)
        referrer = s.get(Staff, row.created_by_id) if row.created_by_id else None
        view = _view(row, customer_no, manager, referrer)
        uow.commit()
    return view


def credits(db: Database, first: date | None = None, last: date | None = None) -> list[ReferralCredit]:
    """Referrals per referring staff member (DOMAIN §9: referrals and conversions), by the day referred."""
    with db.read() as uow:
        query = select(Task.created_by_id, Task.outcome, func.count()).where(Task.kind == REFERRAL_KIND)
        if first is not None:
            query = query.where(Task.created_at >= datetime.combine(first, datetime.min.time()))
        if last is not None:
            query = query.where(Task.created_at < datetime.combine(last, datetime.max.time()))
        rows = uow.session.execute(query.group_by(Task.created_by_id, Task.outcome)).all()
        ids = {r[0] for r in rows if r[0] is not None}
        people = {
            p.id: (p.login, p.name)
            for p in uow.session.execute(select(Staff.id, Staff.login, Staff.name).where(Staff.id.in_(ids)))
        }
    tally: dict[int, list[int]] = {}
    for staff_id, outcome, count in rows:
        if staff_id is None:
            continue
        t = tally.setdefault(staff_id, [0, 0, 0])
        t[0] += count
        if outcome:
            t[1] += count
        if outcome == ReferralOutcome.CONVERTED.value:
            t[2] += count
    return sorted(
        (ReferralCredit(*people[i], *t) for i, t in tally.items() if i in people),
        key=lambda c: (-c.converted, -c.referred, c.login),
    )
