"""Referrals (分流/转介, DOMAIN.md §7.1): a teller hands a customer to a customer manager.

A referral is a `Task` of kind "referral" assigned to the manager (the customer's own, else the one chosen), due in
`REFERRAL_CONTACT_WORKDAYS` working days on the branch calendar, created by the referrer. The manager records the
outcome: contacted (stays open) → converted / not_interested (closed) or later (back in the queue later).
Conversions are credited to the referrer (`credits`, `report`). A second open referral of the same customer to the
same manager is refused. The insert notifies the manager's station in the same transaction (db/notifications.py).

A referral still open a working day after its due date is escalated to the supervisors by the daily job
(services/reminders.py); recording an outcome closes that escalation at once. The first outcome also records
whether the manager reached the customer in time (`details["contacted_in_time"]`), which `report` counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Customer, Staff, Task
from db.notifications import announce
from db.session import Database
from domain.codes import Role
from domain.errors import Conflict, InvalidValue, NotYours, SeparationOfDuties, UnknownRecord
from domain.permissions import BRANCH_WIDE
from domain.referrals import (
    CLOSING_OUTCOMES,
    REFERRAL_CONTACT_WORKDAYS,
    REFERRAL_KIND,
    REFERRAL_LATER_WORKDAYS,
    RESOLVED,
    ManagerLine,
    Referral,
    ReferralOutcome,
    ReferralReport,
    ReferrerLine,
    Urgency,
    check_period,
    conversion_rate,
    escalation_holds,
    escalation_key,
    is_overdue,
    parse_outcome,
    parse_reason,
    parse_urgency,
    urgent_due,
)
from domain.staff import StaffUser
from domain.text import checked_text
from domain.workdays import WorkCalendar
from services.calendar import calendar_in, load_calendar

REFERRABLE_ROLES = (
    Role.MANAGER,
    Role.WEALTH_MANAGER,
    Role.SUPERVISOR,
)  # the lobby routes premium customers to a wealth manager


@dataclass(frozen=True)
class ReferralCredit:
    login: str
    name: str
    referred: int
    contacted: int  # any outcome recorded
    converted: int


REFERRER_COUNTS = ("referred", "contacted", "converted", "not_interested", "open", "overdue")
MANAGER_COUNTS = ("received", "contacted", "contacted_in_time", "converted", "open", "overdue")


def _open_key(customer_id: int, manager_id: int) -> str:
    # Unique while open (cleared on closing): two stations referring at once cannot both insert.
    return f"{REFERRAL_KIND}:open:{customer_id}:{manager_id}"


def _view(row: Task, customer_no: str, manager: Staff | None, referrer: Staff | None) -> Referral:
    d = row.details or {}
    assert row.due_on is not None, "a referral is created with its due date"
    return Referral(
        id=row.id,
        customer_no=customer_no,
        manager_login=manager.login if manager else "",
        manager=manager.name if manager else "",
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
    checked_text(note, "note", multiline=True)
    now = now or datetime.now()
    calendar = calendar or load_calendar(db)
    products = tuple(dict.fromkeys(p.strip().upper() for p in products if p.strip()))
    details: dict[str, object] = {}
    if urgency_code is Urgency.URGENT:
        due_on, details["due_time"] = urgent_due(now)
    else:
        due_on = calendar.add_workdays(now, workdays)
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
                raise UnknownRecord("unknown_staff", login=to_login)
        elif customer.manager_id is not None:
            manager = s.get(Staff, customer.manager_id)
        else:
            raise InvalidValue("referral_manager_required", customer_no=customer.customer_no)
        if manager is None or Role(manager.role) not in REFERRABLE_ROLES:
            raise InvalidValue("referral_not_a_manager", login=manager.login if manager else "")
        if manager.id == user.id:
            raise SeparationOfDuties("referral_to_self")
        duplicate = s.scalar(
            select(Task.id).where(
                Task.kind == REFERRAL_KIND,
                Task.customer_id == customer.id,
                Task.assignee_id == manager.id,
                Task.status == "open",
            )
        )
        if duplicate is not None:
            raise Conflict("referral_already_open", customer_no=customer.customer_no, manager=manager.name)
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
                **details,
            },
            due_on=due_on,
            status="open",
            outcome="",
            created_at=now,
        )
        s.add(row)
        try:
            s.flush()
        except IntegrityError:
            raise Conflict(
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


def _record_in(
    s: Session,
    user: StaffUser,
    row: Task,
    code: ReferralOutcome,
    note: str,
    now: datetime,
    later_on: date | None = None,
    calendar: WorkCalendar | None = None,
) -> None:
    details = dict(row.details or {})
    history = list(details.get("history", []))
    history.append(
        {"outcome": code.value, "by": user.login, "at": now.isoformat(timespec="minutes"), "note": note}
    )
    details["history"] = history
    if "contacted_on" not in details:  # the first outcome: did the manager reach the customer in time?
        details["contacted_on"] = now.date().isoformat()
        details["contacted_in_time"] = not is_overdue("open", row.due_on, details.get("due_time", ""), now)
    if code is ReferralOutcome.LATER:
        details.pop("due_time", None)  # a later contact is due on a day, not at the counter today
    row.details = details
    row.outcome = code.value
    if code in CLOSING_OUTCOMES:
        row.status = "done"
        row.done_at = now
        row.source_key = None  # a new referral of this customer to this manager may follow
    elif code is ReferralOutcome.LATER:
        row.due_on = later_on or (calendar or calendar_in(s)).add_workdays(now, REFERRAL_LATER_WORKDAYS)
    _close_escalation(s, row, now)
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


def converted_by_sale_in(
    s: Session, user: StaffUser, customer_id: int, agreement_number: str, now: datetime
) -> int:
    """The sale a referral led to closes it as converted (DOMAIN §7.1): the seller's open referrals of this
    customer, inside the sale's own transaction. How many were closed."""
    rows = s.scalars(
        select(Task)
        .where(
            Task.kind == REFERRAL_KIND,
            Task.customer_id == customer_id,
            Task.assignee_id == user.id,
            Task.status == "open",
        )
        .with_for_update()
    ).all()
    for row in rows:
        _record_in(s, user, row, ReferralOutcome.CONVERTED, f"协议 {agreement_number}", now)
    return len(rows)


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
    checked_text(note, "note", multiline=True)
    code = parse_outcome(outcome)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        row = s.scalars(select(Task).where(Task.id == task_id).with_for_update()).one_or_none()
        if row is None or row.kind != REFERRAL_KIND:
            raise UnknownRecord("unknown_referral", id=task_id)
        if version is not None and row.version != version:
            raise errors.RecordChanged(f"task {task_id}")
        if row.assignee_id != user.id and user.role not in BRANCH_WIDE:
            raise NotYours("referral_not_yours", id=task_id)
        if row.status != "open":
            raise Conflict("referral_closed", id=task_id)
        _record_in(s, user, row, code, note, now, later_on, calendar)
        s.flush()
        customer_no = s.scalar(select(Customer.customer_no).where(Customer.id == row.customer_id)) or ""
        manager = s.get(Staff, row.assignee_id)
        referrer = s.get(Staff, row.created_by_id) if row.created_by_id else None
        view = _view(row, customer_no, manager, referrer)
        uow.commit()
    return view


def _close_escalation(s: Session, row: Task, now: datetime) -> None:
    """The referral got the outcome it was escalated for: the supervisors' escalation task closes itself."""
    escalated = (row.details or {}).get("escalated")
    if not escalated:
        return
    due = date.fromisoformat(escalated["due_on"])
    if escalation_holds(row.status, row.outcome, row.due_on, due):
        return
    task = s.scalars(
        select(Task).where(Task.source_key == escalation_key(row.id, due), Task.status == "open")
    ).one_or_none()
    if task is not None:
        task.status, task.outcome, task.done_at = "done", RESOLVED, now


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


def report(
    db: Database, user: StaffUser, first: date, last: date, *, today: date | None = None
) -> ReferralReport:
    """Referrals made in [first, last] (by the day referred), per referring staff member and per receiving
    manager, counted by the database (GROUP BY). Supervisors see everyone; others only their own lines."""
    check_period(first, last)
    today = today or date.today()
    everyone = user.role in BRANCH_WIDE
    is_open = Task.status == "open"
    contacted = Task.outcome != ""
    overdue = is_open & (Task.due_on < today)
    in_time = Task.details["contacted_in_time"].as_boolean()

    def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    period = (
        Task.kind == REFERRAL_KIND,
        Task.created_at >= datetime.combine(first, time.min),
        Task.created_at < datetime.combine(last + timedelta(days=1), time.min),
    )
    by_referrer = (
        select(
            Staff.login,
            Staff.name,
            func.count(Task.id),
            count(contacted),
            count(Task.outcome == ReferralOutcome.CONVERTED.value),
            count(Task.outcome == ReferralOutcome.NOT_INTERESTED.value),
            count(is_open),
            count(overdue),
        )
        .join(Staff, Staff.id == Task.created_by_id)
        .where(*period)
        .group_by(Staff.id, Staff.login, Staff.name)
    )
    by_manager = (
        select(
            Staff.login,
            Staff.name,
            func.count(Task.id),
            count(contacted),
            count(in_time),
            count(Task.outcome == ReferralOutcome.CONVERTED.value),
            count(is_open),
            count(overdue),
        )
        .join(Staff, Staff.id == Task.assignee_id)
        .where(*period)
        .group_by(Staff.id, Staff.login, Staff.name)
    )
    if not everyone:
        by_referrer = by_referrer.where(Task.created_by_id == user.id)
        by_manager = by_manager.where(Task.assignee_id == user.id)
    with db.read() as uow:
        referrer_rows = uow.session.execute(by_referrer).all()
        manager_rows = uow.session.execute(by_manager).all()
    referrers = sorted(
        (_referrer_line(r[0], r[1], [int(n) for n in r[2:]]) for r in referrer_rows),
        key=lambda line: (-line.converted, -line.referred, line.login),
    )
    managers = sorted(
        (ManagerLine(r[0], r[1], *(int(n) for n in r[2:])) for r in manager_rows),
        key=lambda line: (-line.received, line.login),
    )
    return ReferralReport(
        first=first,
        last=last,
        today=today,
        everyone=everyone,
        referrers=tuple(referrers),
        referrer_total=_referrer_line("", "", _sums(referrers, REFERRER_COUNTS)),
        managers=tuple(managers),
        manager_total=ManagerLine("", "", *_sums(managers, MANAGER_COUNTS)),
    )


def _referrer_line(login: str, name: str, counts: Sequence[int]) -> ReferrerLine:
    referred, contacted, converted, not_interested, still_open, overdue = counts
    return ReferrerLine(
        login,
        name,
        referred,
        contacted,
        converted,
        not_interested,
        still_open,
        overdue,
        conversion_rate(converted, referred),
    )


def _sums(lines: Sequence[object], names: tuple[str, ...]) -> list[int]:
    return [sum(getattr(line, name) for line in lines) for name in names]
