"""Complaint cases as people see them (DOMAIN.md §7.7): one case, the register's lists, the statistics.

The steps of a case (register, assign, handle, reply, close, withdraw) are services/complaints.py; both share
`find_complaint`, `complaint_view` and `audit_step` from here.

Confidentiality: the complainant's name and phone are shown in full only to the case's handler, the staff member
who registered it and whoever supervises complaints (`Action.COMPLAINT_SUPERVISE`: the complaint officer,
supervisors, the branch head); everyone else sees 张* and a masked phone (`may_see_identity`). Opening a case's
full record is logged.
"""

from __future__ import annotations

from collections import Counter as Tally
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Complaint, ComplaintMajorReport, Customer, Staff, Task
from db.session import Database
from domain.codes import Role
from domain.complaint_documents import fitting_documents
from domain.complaint_flow import OPEN, UNFINISHED, ComplaintStatus, mask_complainant
from domain.complaints import ComplaintStats, ComplaintView
from domain.identity import mask_phone
from domain.permissions import Action, allows, require
from domain.staff import StaffUser
from domain.workdays import WorkCalendar
from services.calendar import calendar_in

MAJOR_REPORT_TASK = (
    "complaint_major_report"  # made at registration (services/complaints.py), closed by the report
)


def case_state(row: Complaint, today: date) -> str:
    if row.status not in OPEN:
        return "done"
    if row.deadline is None:
        return "manual"
    if today > row.deadline:
        return "overdue"
    if row.warn_from is not None and today >= row.warn_from:
        return "warning"
    return "open"


def _replied_on_time(row: Complaint) -> bool:
    """Replied, and by the deadline (a case without one counts as on time)."""
    return row.replied_at is not None and (row.deadline is None or row.replied_at.date() <= row.deadline)


def may_see_identity(user: StaffUser, row: Complaint) -> bool:
    return allows(user.role, Action.COMPLAINT_SUPERVISE) or user.id in (row.handler_id, row.registered_by_id)


def complaint_view(
    session: Session, row: Complaint, user: StaffUser, today: date, calendar: WorkCalendar | None = None
) -> ComplaintView:
    calendar = calendar or calendar_in(session)
    names: dict[int | None, tuple[str, str]] = {
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
    visible = may_see_identity(user, row)
    repeat_of = (
        session.scalar(select(Complaint.number).where(Complaint.id == row.repeat_of_id))
        if row.repeat_of_id
        else ""
    )
    repeated_by = tuple(
        session.scalars(
            select(Complaint.number).where(Complaint.repeat_of_id == row.id).order_by(Complaint.received_at)
        )
    )
    major_due, major_reported_at = _major_report_state(session, row)
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
        state=case_state(row, today),
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
        repeat_of=repeat_of or "",
        repeated_by=repeated_by,
        major_report_due=major_due,
        major_reported_at=major_reported_at,
    )


def _major_report_state(session: Session, row: Complaint) -> tuple[date | None, datetime | None]:
    """A major case's reporting limit (its task's due day) and its first report upward."""
    if not row.is_major:
        return None, None
    due = session.scalar(select(Task.due_on).where(Task.source_key == f"{MAJOR_REPORT_TASK}:{row.number}"))
    reported = session.scalar(
        select(func.min(ComplaintMajorReport.reported_at)).where(ComplaintMajorReport.complaint_id == row.id)
    )
    return due, reported


def find_complaint(session: Session, number: str, version: int | None = None) -> Complaint:
    row = session.scalars(select(Complaint).where(Complaint.number == number.strip().upper())).one_or_none()
    if row is None:
        raise errors.NotFound(f"complaint {number}", code="unknown_complaint", number=number)
    if version is not None and row.version != version:
        raise errors.RecordChanged(f"complaint {number}")
    return row


def audit_step(
    session: Session, user: StaffUser, action: str, row: Complaint, now: datetime, **details: Any
) -> None:
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


def show(db: Database, user: StaffUser, number: str, today: date | None = None) -> ComplaintView:
    """One case; opening it with the complainant's identity visible is logged (who looked, when)."""
    today = today or date.today()
    with db.write() as uow:
        session = uow.session
        row = find_complaint(session, number)
        view = complaint_view(session, row, user, today)
        if view.identity_visible:
            audit_step(session, user, "complaint_identity_viewed", row, datetime.now())
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
        if not allows(user.role, Action.COMPLAINT_SUPERVISE):
            query = query.where((Complaint.handler_id == user.id) | (Complaint.registered_by_id == user.id))
        if open_only:
            query = query.where(Complaint.status.in_([s.value for s in UNFINISHED]))
        rows = session.scalars(query.order_by(Complaint.received_at.desc()).limit(limit)).all()
        calendar = calendar_in(session)
        views = [complaint_view(session, row, user, today, calendar) for row in rows]
    rank = {"overdue": 0, "warning": 1, "open": 2, "manual": 3, "done": 4}
    return sorted(views, key=lambda v: (rank[v.state], v.deadline or date.max, v.number))


def statistics(db: Database, user: StaffUser, first: date, last: date) -> ComplaintStats:
    """Counts by channel and category, on-time rate and satisfaction for complaints received in [first, last]."""
    require(user, Action.COMPLAINT_SUPERVISE)
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
            on_time=sum(1 for r in answered if _replied_on_time(r)),
            satisfaction=dict(Tally(r.satisfaction for r in rows if r.satisfaction)),
            major=sum(1 for r in rows if r.is_major),
            repeats=sum(1 for r in rows if r.repeat_of_id is not None),
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
