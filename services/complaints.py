"""Complaint handling (DOMAIN.md §7.7): register, assign, handle, reply, close or withdraw; reading cases, the
register's lists and statistics are services/complaint_views.py.

Rules come from domain/complaint_flow.py (steps, handler ≠ the person complained about, what closing needs) and
domain/complaints.py (deadline in working days, major complaints). Every step is audited. Every complaint goes
to the leaders at once (a task in the supervisors' queue); a major one is flagged and escalated as urgent.

Confidentiality: the complainant's name and phone are shown in full only to the case's handler, the staff member
who registered it and supervisors (who act as the branch's complaint officer); everyone else sees 张* and a
masked phone. Opening a case's full record is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db import counters, errors
from db.models import Branch, Complaint, Customer, Staff, Task
from db.session import Database
from domain.complaint_duties import REPEAT_WINDOW_DAYS, major_report_due
from domain.complaint_flow import (
    ClosingFacts,
    ComplaintChannel,
    ComplaintNotClosable,
    ComplaintStatus,
    closing_problems,
    require_handler,
    require_step,
    require_text,
)
from domain.complaints import ComplaintView, complaint_deadline, major_complaint_reasons
from domain.errors import InvalidValue, NotYours, UnknownRecord
from domain.permissions import Action, allows, require
from domain.referrals import RESOLVED
from domain.staff import StaffUser
from domain.text import checked_texts
from domain.workdays import WorkCalendar
from services.calendar import load_calendar
from services.complaint_views import (
    MAJOR_REPORT_TASK,
    audit_step,
    complaint_view,
    find_complaint,
)

COMPLAINT_DEADLINE_KIND = "complaint_deadline"  # the daily job's deadline reminder (services/reminders.py)
TASK_INSTRUCTION = (
    "complaint_instruction"  # the leader's instruction, needed to close (DOMAIN §7.7 escalation 1–2)
)


def _staff_by_login(session: Session, login: str) -> Staff:
    row = session.scalars(select(Staff).where(Staff.login == login.strip())).one_or_none()
    if row is None or not row.active:
        raise UnknownRecord("unknown_staff", login=login)
    return row


def _earlier_case(
    session: Session,
    customer_id: int | None,
    phone: str,
    category: str,
    subject_id: int | None,
    received_at: datetime,
) -> Complaint | None:
    """The most recent earlier complaint about the same matter by the same complainant within the repeat window
    (domain/complaint_duties.py): the same customer (no customer: the same phone), category and staff member."""
    if customer_id is not None:
        same_person = Complaint.customer_id == customer_id
    elif phone:
        same_person = (Complaint.customer_id.is_(None)) & (Complaint.complainant_phone == phone)
    else:
        return None  # an anonymous caller cannot be matched
    first_day = datetime.combine(received_at.date() - timedelta(days=REPEAT_WINDOW_DAYS), datetime.min.time())
    return session.scalars(
        select(Complaint)
        .where(
            same_person,
            Complaint.category == category,
            Complaint.subject_staff_id.is_(None)
            if subject_id is None
            else Complaint.subject_staff_id == subject_id,
            Complaint.received_at >= first_day,
            Complaint.received_at <= received_at,
        )
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
        .limit(1)
    ).one_or_none()


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
    """首问负责制: whoever receives it registers it. Anyone may register; the deadline follows the category. A
    repeat of an earlier case is linked to it and goes to the leaders as urgent; a major one also gets its report
    upward due (services/complaint_duties.py)."""
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
    work_calendar = calendar or load_calendar(db)
    deadline = complaint_deadline(received_at, category, work_calendar)
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
        earlier = _earlier_case(
            session, customer_id, complainant_phone.strip(), str(category), subject_id, received_at
        )
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
            repeat_of_id=earlier.id if earlier else None,
        )
        session.add(row)
        session.flush()
        # The leaders learn of every complaint at once; a major one, or a repeat (re-verify, DOMAIN §7.7
        # escalation 5), is urgent.
        details: dict[str, object] = {
            "complaint": row.number,
            "major": list(reasons),
            "category": row.category,
        }
        if earlier is not None:
            details["repeat_of"] = earlier.number
        session.add(
            Task(
                kind=TASK_INSTRUCTION,
                source_key=f"{TASK_INSTRUCTION}:{row.number}",
                customer_id=customer_id,
                assignee_id=None,  # the supervisors' queue
                created_by_id=user.id,
                title=row.number,
                details=details,
                due_on=now.date() if reasons or earlier else (deadline.due if deadline else now.date()),
                status="open",
                created_at=now,
            )
        )
        if reasons:  # reported upward within the limit; the daily job escalates it when late
            session.add(
                Task(
                    kind=MAJOR_REPORT_TASK,
                    source_key=f"{MAJOR_REPORT_TASK}:{row.number}",
                    customer_id=customer_id,
                    assignee_id=None,
                    created_by_id=user.id,
                    title=row.number,
                    details={"complaint": row.number, "major": list(reasons)},
                    due_on=major_report_due(received_at, work_calendar),
                    status="open",
                    created_at=now,
                )
            )
        audit_step(
            session,
            user,
            "complaint_register",
            row,
            now,
            channel=channel,
            category=row.category,
            major=list(reasons),
            repeat_of=earlier.number if earlier else "",
        )
        view = complaint_view(session, row, user, now.date())
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
    require(user, Action.COMPLAINT_SUPERVISE)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        row = find_complaint(session, number, version)
        require_step(row.status, ComplaintStatus.ASSIGNED)
        handler = _staff_by_login(session, handler_login)
        require_handler(handler.id, row.subject_staff_id)
        previous = row.handler_id
        row.handler_id, row.assigned_at, row.status = handler.id, now, ComplaintStatus.ASSIGNED.value
        audit_step(
            session, user, "complaint_assign", row, now, handler=handler.login, previous_handler_id=previous
        )
        session.flush()
        view = complaint_view(session, row, user, now.date())
        uow.commit()
    return view


def _handler_step(
    db: Database,
    user: StaffUser,
    number: str,
    version: int | None,
    now: datetime,
    step: ComplaintStatus,
    change: Callable[[Complaint], None],
) -> ComplaintView:
    with db.write() as uow:
        session = uow.session
        row = find_complaint(session, number, version)
        require_step(row.status, step)
        if row.handler_id != user.id:
            raise NotYours("complaint_not_your_case", number=row.number)
        change(row)
        row.status = step.value
        audit_step(session, user, f"complaint_{step.value}", row, now)
        session.flush()
        view = complaint_view(session, row, user, now.date())
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
    require(user, Action.COMPLAINT_SUPERVISE)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        row = find_complaint(session, number, version)
        require_step(row.status, ComplaintStatus.CLOSED)
        require_handler(user.id, row.subject_staff_id)  # nor signs it off (sod_complaint_handler_not_subject)
        problems = closing_problems(facts, row.deadline, row.replied_at.date() if row.replied_at else None)
        if problems:
            raise ComplaintNotClosable(row.number, problems)
        row.leader_instruction = facts.leader_instruction.strip()
        row.findings, row.disposition = facts.findings.strip(), facts.disposition.strip()
        row.corrective_measures, row.satisfaction = facts.corrective_measures.strip(), facts.satisfaction
        row.overdue_reason = facts.overdue_reason.strip()
        row.status, row.closed_at = ComplaintStatus.CLOSED.value, now
        _close_instruction_task(session, row.number, now)
        audit_step(
            session,
            user,
            "complaint_close",
            row,
            now,
            satisfaction=facts.satisfaction,
            late=bool(row.overdue_reason),
        )
        session.flush()
        view = complaint_view(session, row, user, now.date())
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
    require(user, Action.COMPLAINT_REGISTER)
    now = now or datetime.now()
    text = require_text(reason, "withdrawal_reason_required")
    if not voluntary:
        raise InvalidValue("withdrawal_not_voluntary")  # coerced: an accountability case, not a withdrawal
    with db.write() as uow:
        session = uow.session
        row = find_complaint(session, number, version)
        require_step(row.status, ComplaintStatus.WITHDRAWN)
        require_handler(user.id, row.subject_staff_id)  # nor archives it as withdrawn
        if not allows(user.role, Action.COMPLAINT_SUPERVISE) and user.id != row.handler_id:
            raise NotYours("complaint_not_your_case", number=row.number)
        row.withdrawal_reason, row.status, row.closed_at = text, ComplaintStatus.WITHDRAWN.value, now
        _close_instruction_task(session, row.number, now)
        audit_step(session, user, "complaint_withdraw", row, now)
        session.flush()
        view = complaint_view(session, row, user, now.date())
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
