"""The work queue (issue 7): each person's open tasks, supervisors everyone's; marking a task done.

Tasks come from events (referrals, recommendation follow-ups, the contact after a manager change, complaint
instructions) and from the daily job (services/reminders.py). Read with two indexed queries at most, and one for
the names of the products the tasks mention.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db import audit, errors
from db.models import Customer, Product, Staff, Task
from db.session import Database
from domain.codes import Role
from domain.cooling_off import FOLLOW_UP_KIND
from domain.errors import Conflict, NotYours, UnknownRecord
from domain.inbox import SHARED_QUEUE_KINDS, TaskView
from domain.permissions import BRANCH_WIDE
from domain.referrals import REFERRAL_KIND, is_overdue
from domain.staff import StaffUser
from domain.text import checked_text

QUEUE = "queue"  # the supervisors' queue (tasks without an assignee)
LIMIT = 500
SENT_DAYS = timedelta(days=30)  # how long a referrer still sees the outcome of a closed referral


def list_tasks(
    db: Database,
    user: StaffUser,
    *,
    everyone: bool = False,
    assignee_login: str | None = None,
    open_only: bool = True,
    today: date | None = None,
    now: datetime | None = None,
) -> list[TaskView]:
    """The user's tasks; a supervisor with `everyone` sees all (optionally one person's, or QUEUE). Urgent
    referrals come first, then by due day and time."""
    now = now or (datetime.combine(today, time(12)) if today else datetime.now())
    today = today or now.date()
    assignee = aliased(Staff)
    creator = aliased(Staff)
    query = (
        select(Task, Customer.customer_no, Customer.name, assignee.login, assignee.name, creator.name)
        .outerjoin(Customer, Customer.id == Task.customer_id)
        .outerjoin(assignee, assignee.id == Task.assignee_id)
        .outerjoin(creator, creator.id == Task.created_by_id)
    )
    is_open = Task.status == "open"
    if user.role in BRANCH_WIDE and everyone:
        if assignee_login == QUEUE:
            query = query.where(Task.assignee_id.is_(None))
        elif assignee_login:
            query = query.where(assignee.login == assignee_login)
        if open_only:
            query = query.where(is_open)
    elif user.role in BRANCH_WIDE:
        query = query.where((Task.assignee_id == user.id) | Task.assignee_id.is_(None))
        if open_only:
            query = query.where(is_open)
    else:
        # Also the referrals this person made (open, or closed in the last 30 days): the referrer follows the
        # outcome that is credited to them, though only the manager acts on it.
        mine = Task.assignee_id == user.id
        if user.role in SHARED_QUEUE_KINDS:
            mine |= Task.assignee_id.is_(None) & Task.kind.in_(SHARED_QUEUE_KINDS[user.role])
        sent = (Task.kind == REFERRAL_KIND) & (Task.created_by_id == user.id)
        if open_only:
            mine &= is_open
            sent &= is_open | (Task.done_at >= datetime.combine(today - SENT_DAYS, time.min))
        query = query.where(mine | sent)
    query = query.order_by(Task.due_on.is_(None), Task.due_on, Task.id).limit(LIMIT)
    with db.read() as uow:
        rows = uow.session.execute(query).all()
        names = _product_names(uow.session, [t for t, *_ in rows])
        return [
            TaskView(
                id=t.id,
                kind=t.kind,
                title=t.title,
                details=dict(t.details or {}),
                customer_no=no or "",
                customer_name=name or "",
                assignee_login=a_login or "",
                assignee=a_name or "",
                created_by=c_name or "",
                due_on=t.due_on,
                status=t.status,
                outcome=t.outcome,
                overdue=is_overdue(t.status, t.due_on, (t.details or {}).get("due_time", ""), now),
                created_at=t.created_at,
                version=t.version,
                product_names={c: names[c] for c in _product_codes(t) if c in names},
                due_time=(t.details or {}).get("due_time", ""),
                urgent=_urgent(t),
            )
            for t, no, name, a_login, a_name, c_name in sorted(rows, key=lambda r: not _urgent(r[0]))
        ]


def _urgent(task: Task) -> bool:
    return (
        task.kind == REFERRAL_KIND
        and task.status == "open"
        and (task.details or {}).get("urgency") == "urgent"
    )


def _product_codes(task: Task) -> list[str]:
    details = task.details or {}
    codes = list(details.get("products") or [])
    if details.get("product"):
        codes.append(details["product"])
    return [c for c in codes if isinstance(c, str)]


def _product_names(session: Session, tasks: list[Task]) -> dict[str, tuple[str, str]]:
    """Screens name products by name, not by catalogue code: one query for every task's products."""
    codes = {c for t in tasks for c in _product_codes(t)}
    if not codes:
        return {}
    rows = session.execute(select(Product.code, Product.name, Product.name_en).where(Product.code.in_(codes)))
    return {code: (name, name_en or name) for code, name, name_en in rows}


def assignees(db: Database) -> list[tuple[str, str]]:
    """(login, name) of active staff who may hold tasks, for the supervisors' filter."""
    with db.read() as uow:
        rows = uow.session.execute(
            select(Staff.login, Staff.name)
            .where(Staff.active.is_(True), Staff.role != Role.ADMIN.value)
            .order_by(Staff.login)
        ).all()
    return [(r.login, r.name) for r in rows]


def open_count(db: Database, user: StaffUser) -> int:
    return len(list_tasks(db, user))


def complete(
    db: Database,
    user: StaffUser,
    task_id: int,
    *,
    version: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> None:
    """Mark a task done (referrals record an outcome instead: services/referrals.py)."""
    checked_text(note, "note", multiline=True)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        row = s.scalars(select(Task).where(Task.id == task_id).with_for_update()).one_or_none()
        if row is None:
            raise UnknownRecord("unknown_task", id=task_id)
        if version is not None and row.version != version:
            raise errors.RecordChanged(f"task {task_id}")
        if row.kind == REFERRAL_KIND:
            raise Conflict("referral_needs_outcome", id=task_id)
        if row.kind == FOLLOW_UP_KIND:  # the call's outcome closes it (services/follow_up_calls.py)
            raise Conflict("follow_up_call_needs_outcome", id=task_id)
        shared = row.kind in SHARED_QUEUE_KINDS.get(user.role, frozenset())
        mine = row.assignee_id == user.id or (
            row.assignee_id is None and (user.role in BRANCH_WIDE or shared)
        )
        if not mine and user.role not in BRANCH_WIDE:
            raise NotYours("task_not_yours", id=task_id)
        if row.status != "open":
            raise Conflict("task_closed", id=task_id)
        row.status = "done"
        row.outcome = "done"
        row.done_at = now
        if note:
            row.details = {**(row.details or {}), "note": note}
        audit.record(
            s, actor=user.login, staff_id=user.id, action="task.done", entity="task", entity_id=row.id, at=now
        )
        uow.commit()
