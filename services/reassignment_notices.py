"""The written notices of a manager change (DOMAIN §7.6: each customer is told orally and in writing who their new
manager is, with the branch, a phone and the date). Printed by a supervisor once a reassignment took effect: the
customers handed to a manager on a day are those with the hand-over's contact task (services/customer_edit.py
creates one per customer moved), so one call prints a whole book's notices. Printing names customers: it is on
record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from db import audit
from db.models import Branch, Customer, Staff, Task
from db.session import Database
from domain.errors import UnknownRecord
from domain.permissions import Action, require
from domain.staff import StaffUser
from reports.reassignment_notice import ReassignmentNotice, build_reassignment_notices
from services.agreements import bank_name
from services.customer_edit import REASSIGN_CONTACT_KIND


def reassignment_notices(
    db: Database, user: StaffUser, to_login: str, effective_on: date, *, now: datetime | None = None
) -> tuple[int, bytes]:
    """(how many customers, the PDF with one page each) for the customers given to `to_login` on `effective_on`."""
    require(user, Action.BOOK_REASSIGN)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        successor = s.scalars(select(Staff).where(Staff.login == to_login)).one_or_none()
        if successor is None:
            raise UnknownRecord("unknown_staff", login=to_login)
        branch = s.get(Branch, successor.branch_id)
        rows = s.execute(
            select(Task, Customer)
            .join(Customer, Customer.id == Task.customer_id)
            .where(Task.kind == REASSIGN_CONTACT_KIND, Task.assignee_id == successor.id)
            .order_by(Customer.customer_no, Task.id)
        ).all()
        notices: dict[str, ReassignmentNotice] = {}
        for task, customer in rows:
            if task.details.get("effective_on") != effective_on.isoformat():
                continue
            notices[customer.customer_no] = ReassignmentNotice(
                customer_no=customer.customer_no,
                customer_name=customer.name,
                previous_manager=task.details.get("previous_manager") or "",
                new_manager=successor.name,
                new_manager_phone=successor.phone or "",
                effective_on=effective_on,
                branch_name=branch.name if branch else user.branch_name,
                branch_code=branch.code if branch else user.branch_code,
                branch_address=branch.address if branch else "",
                branch_phone=branch.phone if branch else "",
            )
        pdf = build_reassignment_notices(list(notices.values()), bank_name(), now, user.login)
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="reassignment_notices_printed",
            entity="staff",
            entity_id=successor.id,
            details={"effective_on": effective_on.isoformat(), "customers": sorted(notices)},
            at=now,
        )
        uow.commit()
    return len(notices), pdf
