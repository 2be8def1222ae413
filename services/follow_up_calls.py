"""回访: the follow-up call after the cooling-off window (DOMAIN §7.4 step 8; the clause: 冷静期满后乙方将进行回访).

When an agreement that needs a call becomes effective (domain.cooling_off.needs_follow_up_call: a product with a
cooling-off window, and insurance), the review creates a work-queue task for the reviewer — someone other than the
seller, as DOMAIN asks — due `FOLLOW_UP_WORKDAYS` working days after the window ends (the branch calendar;
`provisional` in the details when the year has no loaded schedule). The call may not be made while the window is
open (the bank does not contact the customer about the product then): recording it before the end is refused. The
call's outcome closes the task — `confirmed` (the customer confirms the purchase) or `objection` (the customer
disputes it: the supervisors' queue gets a task to handle it) — while `not_reached` records the attempt and keeps
it open. A cancellation within the window cancels the task.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.models import Agreement, Product, Task
from db.notifications import announce
from db.session import Database
from domain.cooling_off import (
    FOLLOW_UP_KIND,
    FOLLOW_UP_OUTCOMES,
    FOLLOW_UP_WORKDAYS,
    OBJECTION_KIND,
    needs_follow_up_call,
)
from domain.errors import Conflict, InvalidValue, SeparationOfDuties
from domain.permissions import Action, require
from domain.staff import StaffUser
from domain.text import checked_text
from services.agreement_archive import agreement_row
from services.calendar import calendar_in
from services.staff import active_staff_row

NOTE_MAX = 500


def _key(number: str) -> str:
    return f"{FOLLOW_UP_KIND}:{number}"


def schedule_in(s: Session, row: Agreement, reviewer_id: int, now: datetime) -> Task | None:
    """Inside the review's transaction: the call task when the product needs one (None otherwise)."""
    data = (row.document or {}).get("data") or {}
    family = s.scalar(select(Product.family).where(Product.id == row.product_id)) or ""
    if not needs_follow_up_call(family, data.get("cooling_off_hours")):
        return None
    not_before = row.cooling_off_ends_at or now
    answer = calendar_in(s).add_workdays_answer(not_before, FOLLOW_UP_WORKDAYS)
    task = Task(
        kind=FOLLOW_UP_KIND,
        source_key=_key(row.number),
        customer_id=row.customer_id,
        assignee_id=reviewer_id,
        created_by_id=reviewer_id,
        title=row.number,
        details={
            "agreement": row.number,
            "not_before": not_before.isoformat(),
            "seller_id": row.issued_by_id,
            "provisional": answer.provisional,
            "attempts": [],
        },
        due_on=answer.due,
        status="open",
        outcome="",
        created_at=now,
    )
    s.add(task)
    announce(s, reviewer_id)
    return task


def cancel_in(s: Session, number: str, now: datetime) -> None:
    """Inside a cancellation's transaction: the open call task, if any, is cancelled (nothing to confirm)."""
    task = s.scalars(select(Task).where(Task.source_key == _key(number)).with_for_update()).one_or_none()
    if task is not None and task.status == "open":
        task.status = "cancelled"
        task.outcome = "agreement_cancelled"
        task.done_at = now


def record_call(
    db: Database,
    user: StaffUser,
    number: str,
    outcome: str,
    note: str = "",
    *,
    now: datetime | None = None,
) -> str:
    """Record the call about agreement `number`; returns the task's status afterwards (done / open). Refused:
    `follow_up_call_outcome_unknown`, `follow_up_call_not_due` (none waiting), `follow_up_call_too_early` (the
    window is still open, `not_before`), `follow_up_call_by_seller` (the seller never makes it), `not_permitted`."""
    require(user, Action.FOLLOW_UP_CALL)
    if outcome not in FOLLOW_UP_OUTCOMES:
        raise InvalidValue(
            "follow_up_call_outcome_unknown", value=outcome, allowed=", ".join(FOLLOW_UP_OUTCOMES)
        )
    text = " ".join(checked_text(note or "", "note", multiline=True).split())
    if len(text) > NOTE_MAX:
        raise InvalidValue("follow_up_call_note_too_long", maximum=NOTE_MAX)
    if outcome == "objection" and not text:
        raise InvalidValue("follow_up_call_objection_needs_note")
    now = (now or datetime.now()).replace(microsecond=0)
    with db.write() as uow:
        s = uow.session
        active_staff_row(s, user)
        row = agreement_row(s, number)
        task = s.scalars(
            select(Task).where(Task.source_key == _key(row.number)).with_for_update()
        ).one_or_none()
        if task is None or task.status != "open":
            raise Conflict("follow_up_call_not_due", number=row.number)
        details = dict(task.details or {})
        if user.id in (row.issued_by_id, details.get("seller_id")):
            raise SeparationOfDuties("follow_up_call_by_seller", number=row.number)
        not_before = datetime.fromisoformat(str(details["not_before"]))
        if now <= not_before:
            raise Conflict("follow_up_call_too_early", number=row.number,
                              not_before=not_before.strftime("%Y-%m-%d %H:%M"))  # fmt: skip
        attempt = {"at": now.isoformat(), "by": user.login, "outcome": outcome, "note": text}
        details["attempts"] = [*details.get("attempts", []), attempt]
        task.details = details
        if outcome != "not_reached":
            task.status, task.outcome, task.done_at = "done", outcome, now
        if outcome == "objection":
            s.add(Task(kind=OBJECTION_KIND, source_key=f"{OBJECTION_KIND}:{row.number}", customer_id=row.customer_id,
                       assignee_id=None, created_by_id=user.id, title=row.number,
                       details={"agreement": row.number, "note": text}, due_on=now.date(), status="open",
                       outcome="", created_at=now))  # fmt: skip
            announce(s, None)
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="follow_up_call_recorded",
            entity="agreement",
            entity_id=row.number,
            details={"outcome": outcome, "task": task.id},
            at=now,
        )
        uow.commit()
        return task.status
