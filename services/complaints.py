"""Complaint handling (DOMAIN.md §7.7): register, assign, handle, reply, close or withdraw; the register's lists.

Rules come from domain/complaint_flow.py (steps, handler ≠ the person complained about, what closing needs) and
domain/complaints.py (deadline in working days, major complaints). Every step is audited. Every complaint goes
to the leaders at once (a task in the supervisors' queue); a major one is flagged and escalated as urgent.

Confidentiality: the complainant's name and phone are shown in full only to the case's handler, the staff member
who registered it and supervisors (who act as the branch's complaint officer); everyone else sees 张* and a
masked phone. Opening a case's full record is logged.
"""

from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db import audit, counters, errors
from db.models import Branch, Complaint, Customer, Staff, Task
from db.session import Database
from domain.codes import Role
from domain.complaint_documents import fitting_documents
from domain.complaint_flow import (
    OPEN,
    UNFINISHED,
    ClosingFacts,
    ComplaintChannel,
    ComplaintNotClosable,
    ComplaintStatus,
    closing_problems,
    mask_complainant,
    require_handler,
    require_step,
    require_text,
)
from domain.complaints import complaint_deadline, major_complaint_reasons
from domain.errors import DomainError, InvalidValue
from domain.identity import mask_phone
from domain.referrals import RESOLVED
from domain.staff import StaffUser
from domain.text import checked_texts
from domain.workdays import WorkCalendar
from services.calendar import calendar_in, load_calendar

COMPLAINT_DEADLINE_KIND = "complaint_deadline"  # the daily job's deadline reminder (services/reminders.py)
TASK_INSTRUCTION = (
    "complaint_instruction"  # the leader's instruction, needed to close (DOMAIN §7.7 escalation 1–2)
)


@dataclass(frozen=True)
class ComplaintView:
    number: str
    status: ComplaintStatus
    channel: str
    category: str
    received_at: datetime
    content: str
    amount: Decimal | None
    major_reasons: tuple[str, ...]
    complainant_name: str  # masked unless the viewer may see it
    complainant_phone: str
    customer_no: str | None
    subject_staff: str  # the person complained about ("" if none)
    handler_login: str
    handler: str
    registered_by: str
    deadline: date | None
    # Computed across a year with no loaded schedule (counted Mon–Fri): shown with a warning until it is loaded.
    deadline_provisional: bool
    warn_from: date | None
    state: str  # open | warning | overdue | done | manual (no computed deadline)
    leader_instruction: str
    reply: str
    satisfaction: str
    findings: str
    disposition: str
    corrective_measures: str
    overdue_reason: str
    withdrawal_reason: str
    replied_at: datetime | None
    closed_at: datetime | None
    identity_visible: bool
    version: int
    documents: tuple[str, ...] = ()  # the case documents that fit now: transfer, urging, result


@dataclass(frozen=True)
class ComplaintStats:
    first: date
    last: date
    total: int
    by_channel: dict[str, int]
    by_category: dict[str, int]
    answered: int  # replied, closed (withdrawn cases are not counted as answered)
    on_time: int  # answered by the deadline (cases without a computed deadline count as on time)
    satisfaction: dict[str, int]
    major: int

    @property
    def on_time_rate(self) -> Decimal | None:
        return (
            None
            if not self.answered
            else (Decimal(self.on_time) / Decimal(self.answered)).quantize(Decimal("0.001"))
        )


def _state(row: Complaint, today: date) -> str:
    if row.status not in OPEN:
        return "done"
    if row.deadline is None:
        return "manual"
    if today > row.deadline:
        return "overdue"
    if row.warn_from is not None and today >= row.warn_from:
        return "warning"
    return "open"


def _may_see_identity(user: StaffUser, row: Complaint) -> bool:
    return user.role is Role.SUPERVISOR or user.id in (row.handler_id, row.registered_by_id)


def _view(
    session: Session, row: Complaint, user: StaffUser, today: date, calendar: WorkCalendar | None = None
) -> ComplaintView:
    calendar = calendar or calendar_in(session)
    names = {
        s.id: (s.login, s.name)
        for s in session.scalars(
            select(Staff).where(
                Staff.id.in_([i for i in (row.handler_id, row.registered_by_id, row.subject_staff_id) if i])
            )
        )
    }
    customer_no = (
        session.scalar(select(Customer.customer_no).where(Customer.id == row.customer_id))
        if row.customer_id
        else None
    )
    visible = _may_see_identity(user, row)
    return ComplaintView(
        number=row.number,
        status=ComplaintStatus(row.status),
        channel=row.channel,
        category=row.category,
        received_at=row.received_at,
        content=row.content,
        amount=row.amount,
        major_reasons=tuple(row.major_reasons or ()),
        complainant_name=row.complainant_name if visible else mask_complainant(row.complainant_name),
        complainant_phone=row.complainant_phone if visible else mask_phone(row.complainant_phone),
        customer_no=customer_no,
        subject_staff=names.get(row.subject_staff_id, ("", ""))[1],
        handler_login=names.get(row.handler_id, ("", ""))[0],
        handler=names.get(row.handler_id, ("", ""))[1],
        registered_by=names.get(row.registered_by_id, ("", ""))[1],
        deadline=row.deadline,
        deadline_provisional=bool(row.deadline and calendar.unknown_years(row.received_at, row.deadline)),
        warn_from=row.warn_from,
        state=_state(row, today),
        leader_instruction=row.leader_instruction,
        reply=row.reply,
        satisfaction=row.satisfaction,
        findings=row.findings,
        disposition=row.disposition,
        corrective_measures=row.corrective_measures,
        overdue_reason=row.overdue_reason,
        withdrawal_reason=row.withdrawal_reason,
        replied_at=row.replied_at,
        closed_at=row.closed_at,
        identity_visible=visible,
        version=row.version,
        documents=fitting_documents(
            status=row.status,
            has_handler=row.handler_id is not None,
            deadline=row.deadline,
            warn_from=row.warn_from,
            today=today,
            calendar=calendar,
        ),
    )


def _staff_by_login(session: Session, login: str) -> Staff:
    row = session.scalars(select(Staff).where(Staff.login == login.strip())).one_or_none()
    if row is None or not row.active:
        raise DomainError("unknown_staff", login=login)
    return row


def _complaint(session: Session, number: str, version: int | None = None) -> Complaint:
    row = session.scalars(select(Complaint).where(Complaint.number == number.strip().upper())).one_or_none()
    if row is None:
        raise errors.NotFound(f"complaint {number}", code="unknown_complaint", number=number)
    if version is not None and row.version != version:
        raise errors.RecordChanged(f"complaint {number}")
    return row


def _require_role(user: StaffUser, *roles: Role) -> None:
    if user.role not in roles:
        raise DomainError("not_permitted")


def _audit(session: Session, user: StaffUser, action: str, row: Complaint, now: datetime, **details) -> None:
    audit.record(
        session,
        actor=user.login,
        staff_id=user.id,
        action=action,
        entity="complaint",
        entity_id=row.number,
        details=details,
        at=now,
    )


def register(
    db: Database,
    user: StaffUser,
    *,
    channel: str,
    category: str,
    content: str,
    complainant_name: str,
    complainant_phone: str = "",
    customer_no: str | None = None,
    amount: Decimal | None = None,
    subject_login: str | None = None,
    public_figure: bool = False,
    sensitive: bool = False,
    reputational: bool = False,
    received_at: datetime | None = None,
    now: datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> ComplaintView:
    """首问负责制: whoever receives it registers it. Anyone may register; the deadline follows the category."""
    now = now or datetime.now()
    received_at = received_at or now
    if received_at > now:
        raise InvalidValue("received_in_future", value=received_at.isoformat(" ", "minutes"))
    try:
        ComplaintChannel(channel)
    except ValueError:
        raise InvalidValue("unknown_complaint_channel", value=channel) from None
    content = require_text(content, "complaint_content_required")
    checked_texts({"complainant_name": complainant_name, "complainant_phone": complainant_phone})
    deadline = complaint_deadline(received_at, category, calendar or load_calendar(db))
    reasons = major_complaint_reasons(amount, public_figure, sensitive, reputational)
    with db.write() as uow:
        session = uow.session
        branch = session.scalars(select(Branch).where(Branch.code == user.branch_code)).one()
        customer_id = None
        if customer_no:
            customer_id = session.scalar(
                select(Customer.id).where(Customer.customer_no == customer_no.strip().upper())
            )
            if customer_id is None:
                raise errors.unknown_customer(customer_no)
        subject_id = _staff_by_login(session, subject_login).id if subject_login else None
        sequence = counters.next_value(session, f"complaint:{branch.code}:{received_at.year}")
        row = Complaint(
            number=f"TS{branch.code}-{received_at.year}-{sequence:05d}",
            customer_id=customer_id,
            channel=channel,
            category=str(category),
            received_at=received_at,
            content=content,
            amount=amount,
            is_major=bool(reasons),
            major_reasons=list(reasons),
            status=ComplaintStatus.REGISTERED.value,
            subject_staff_id=subject_id,
            registered_by_id=user.id,
            complainant_name=complainant_name.strip(),
            complainant_phone=complainant_phone.strip(),
            deadline=deadline.due if deadline else None,
            warn_from=deadline.warn_from if deadline else None,
            day_zero=deadline.day_zero if deadline else None,
        )
        session.add(row)
        session.flush()
        # The leaders learn of every complaint at once; a major one is urgent (report upward the same day).
        session.add(
            Task(
                kind=TASK_INSTRUCTION,
                source_key=f"{TASK_INSTRUCTION}:{row.number}",
                customer_id=customer_id,
                assignee_id=None,  # the supervisors' queue
                created_by_id=user.id,
                title=row.number,
                details={"complaint": row.number, "major": list(reasons), "category": row.category},
                due_on=now.date() if reasons else (deadline.due if deadline else now.date()),
                status="open",
                created_at=now,
            )
        )
        _audit(
            session,
            user,
            "complaint_register",
            row,
            now,
            channel=channel,
            category=row.category,
            major=list(reasons),
        )
        view = _view(session, row, user, now.date())
        uow.commit()
    return view


def assign(
    db: Database,
    user: StaffUser,
    number: str,
    handler_login: str,
    version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """A supervisor gives the case to a handler (never the person complained about); reassigning is allowed
    while the case is open."""
    _require_role(user, Role.SUPERVISOR)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        row = _complaint(session, number, version)
        require_step(row.status, ComplaintStatus.ASSIGNED)
        handler = _staff_by_login(session, handler_login)
        require_handler(handler.id, row.subject_staff_id)
        previous = row.handler_id
        row.handler_id, row.assigned_at, row.status = handler.id, now, ComplaintStatus.ASSIGNED.value
        _audit(
            session, user, "complaint_assign", row, now, handler=handler.login, previous_handler_id=previous
        )
        session.flush()
        view = _view(session, row, user, now.date())
        uow.commit()
    return view


def _handler_step(
    db: Database,
    user: StaffUser,
    number: str,
    version: int | None,
    now: datetime,
    step: ComplaintStatus,
    change,
) -> ComplaintView:
    with db.write() as uow:
        session = uow.session
        row = _complaint(session, number, version)
        require_step(row.status, step)
        if row.handler_id != user.id:
            raise DomainError("complaint_not_your_case", number=row.number)
        change(row)
        row.status = step.value
        _audit(session, user, f"complaint_{step.value}", row, now)
        session.flush()
        view = _view(session, row, user, now.date())
        uow.commit()
    return view


def start_handling(
    db: Database, user: StaffUser, number: str, version: int | None = None, now: datetime | None = None
) -> ComplaintView:
    return _handler_step(
        db, user, number, version, now or datetime.now(), ComplaintStatus.HANDLING, lambda row: None
    )


def record_reply(
    db: Database,
    user: StaffUser,
    number: str,
    reply: str,
    version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """The handler records the answer given to the customer (and to a forwarding body)."""
    now = now or datetime.now()
    text = require_text(reply, "complaint_reply_required")

    def change(row: Complaint) -> None:
        row.reply, row.replied_at = text, now

    return _handler_step(db, user, number, version, now, ComplaintStatus.REPLIED, change)


def close(
    db: Database,
    user: StaffUser,
    number: str,
    facts: ClosingFacts,
    version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """A supervisor closes a replied case with the result report filled in; a late reply needs its reason."""
    _require_role(user, Role.SUPERVISOR)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        row = _complaint(session, number, version)
        require_step(row.status, ComplaintStatus.CLOSED)
        problems = closing_problems(facts, row.deadline, row.replied_at.date() if row.replied_at else None)
        if problems:
            raise ComplaintNotClosable(row.number, problems)
        row.leader_instruction = facts.leader_instruction.strip()
        row.findings, row.disposition = facts.findings.strip(), facts.disposition.strip()
        row.corrective_measures, row.satisfaction = facts.corrective_measures.strip(), facts.satisfaction
        row.overdue_reason = facts.overdue_reason.strip()
        row.status, row.closed_at = ComplaintStatus.CLOSED.value, now
        _close_instruction_task(session, row.number, now)
        _audit(
            session,
            user,
            "complaint_close",
            row,
            now,
            satisfaction=facts.satisfaction,
            late=bool(row.overdue_reason),
        )
        session.flush()
        view = _view(session, row, user, now.date())
        uow.commit()
    return view


def withdraw(
    db: Database,
    user: StaffUser,
    number: str,
    reason: str,
    voluntary: bool,
    version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """The customer withdraws: only when it is verified voluntary, and with a reason for the archive."""
    _require_role(user, Role.SUPERVISOR, Role.MANAGER, Role.TELLER)
    now = now or datetime.now()
    text = require_text(reason, "withdrawal_reason_required")
    if not voluntary:
        raise DomainError("withdrawal_not_voluntary")  # coerced: an accountability case, not a withdrawal
    with db.write() as uow:
        session = uow.session
        row = _complaint(session, number, version)
        require_step(row.status, ComplaintStatus.WITHDRAWN)
        if user.role is not Role.SUPERVISOR and user.id != row.handler_id:
            raise DomainError("complaint_not_your_case", number=row.number)
        row.withdrawal_reason, row.status, row.closed_at = text, ComplaintStatus.WITHDRAWN.value, now
        _close_instruction_task(session, row.number, now)
        _audit(session, user, "complaint_withdraw", row, now)
        session.flush()
        view = _view(session, row, user, now.date())
        uow.commit()
    return view


def _close_instruction_task(session: Session, number: str, now: datetime) -> None:
    """The case is over: its instruction task and its deadline reminders have nothing left to ask for."""
    tasks = session.scalars(
        select(Task).where(
            Task.status == "open",
            or_(
                Task.source_key == f"{TASK_INSTRUCTION}:{number}",
                Task.source_key.startswith(f"{COMPLAINT_DEADLINE_KIND}:{number}:", autoescape=True),
            ),
        )
    )
    for task in tasks:
        task.status, task.done_at, task.outcome = "done", now, RESOLVED


def show(db: Database, user: StaffUser, number: str, today: date | None = None) -> ComplaintView:
    """One case; opening it with the complainant's identity visible is logged (who looked, when)."""
    today = today or date.today()
    with db.write() as uow:
        session = uow.session
        row = _complaint(session, number)
        view = _view(session, row, user, today)
        if view.identity_visible:
            _audit(session, user, "complaint_identity_viewed", row, datetime.now())
            uow.commit()
    return view


def list_complaints(
    db: Database, user: StaffUser, *, open_only: bool = False, today: date | None = None, limit: int = 500
) -> list[ComplaintView]:
    """Supervisors see every case; others the cases they handle or registered. Overdue first, then by deadline.
    `open_only`: cases not yet closed or withdrawn (a replied case still waits for closing)."""
    today = today or date.today()
    with db.read() as uow:
        session = uow.session
        query = select(Complaint)
        if user.role is not Role.SUPERVISOR:
            query = query.where((Complaint.handler_id == user.id) | (Complaint.registered_by_id == user.id))
        if open_only:
            query = query.where(Complaint.status.in_([s.value for s in UNFINISHED]))
        rows = session.scalars(query.order_by(Complaint.received_at.desc()).limit(limit)).all()
        calendar = calendar_in(session)
        views = [_view(session, row, user, today, calendar) for row in rows]
    rank = {"overdue": 0, "warning": 1, "open": 2, "manual": 3, "done": 4}
    return sorted(views, key=lambda v: (rank[v.state], v.deadline or date.max, v.number))


def statistics(db: Database, user: StaffUser, first: date, last: date) -> ComplaintStats:
    """Counts by channel and category, on-time rate and satisfaction for complaints received in [first, last]."""
    _require_role(user, Role.SUPERVISOR)
    with db.read() as uow:
        rows = uow.session.scalars(
            select(Complaint).where(
                Complaint.received_at >= datetime.combine(first, datetime.min.time()),
                Complaint.received_at <= datetime.combine(last, datetime.max.time()),
            )
        ).all()
        answered = [r for r in rows if r.replied_at is not None]
        return ComplaintStats(
            first=first,
            last=last,
            total=len(rows),
            by_channel=dict(Tally(r.channel for r in rows)),
            by_category=dict(Tally(r.category for r in rows)),
            answered=len(answered),
            on_time=sum(1 for r in answered if r.deadline is None or r.replied_at.date() <= r.deadline),
            satisfaction=dict(Tally(r.satisfaction for r in rows if r.satisfaction)),
            major=sum(1 for r in rows if r.is_major),
        )


def staff_choices(db: Database) -> list[tuple[str, str]]:
    """Active staff who may handle a case or be complained about: (login, name), by name."""
    with db.read() as uow:
        rows = uow.session.execute(
            select(Staff.login, Staff.name)
            .where(Staff.active.is_(True), Staff.role != Role.ADMIN.value)
            .order_by(Staff.name, Staff.login)
        ).all()
    return [(login, name) for login, name in rows]
