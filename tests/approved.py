"""Agreement reprints and voids as they happen now: requested, then approved by a second person (issue 12)."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Staff
from db.session import Database
from domain.staff import StaffUser
from services import agreement_archive, approvals
from services.staff import user_by_login
from tests.factories import add_second_supervisor


def another_supervisor(db: Database, requester: StaffUser) -> StaffUser:
    login = "supervisor2" if requester.login == "supervisor1" else "supervisor1"
    with db.read() as uow:
        known = uow.session.scalar(select(Staff.id).where(Staff.login == login)) is not None
    if not known:
        add_second_supervisor(db, login)
    return user_by_login(db, login)


def approved_reprint(db: Database, user: StaffUser, number: str, **when) -> bytes:
    pending = agreement_archive.request_reprint(db, user, number, **when)
    approvals.approve(db, another_supervisor(db, user), pending.approval_id, **when)
    return agreement_archive.reprint(db, user, number, **when)


def approved_void(db: Database, user: StaffUser, number: str, reason: str, approver: StaffUser, **when):
    pending = agreement_archive.request_void(db, user, number, reason, **when)
    approvals.approve(db, approver, pending.approval_id, **when)
    return agreement_archive.show(db, number)
