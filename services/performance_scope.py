"""Whose figures and over which days: the vocabulary the performance figures and their drill-down share.

`scope_for` decides whose figures a person may open (tellers and managers their own, supervisors the branch and
anyone of it) as a `Scope`; `branch_staff` / `task_owner` / `agreement_filter` are the conditions every count of
that scope uses, so a figure (services/performance.py) and the customers behind it (services/performance_drill.py)
are selected alike. `recorded_day` and `month_window` say which recorded days and month ends a period reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, func, or_, select, type_coerce
from sqlalchemy.orm import QueryableAttribute, Session

from db.models import Agreement, Branch, CustomerMonthEnd, DailyPosition, Staff, Task
from domain.agreements import Status
from domain.codes import Role
from domain.errors import NotYours, UnknownRecord
from domain.money import from_fen
from domain.periods import Period, month_ends
from domain.permissions import BRANCH_WIDE, Action, allows
from domain.staff import StaffUser
from services.positions import previous_month_end


@dataclass(frozen=True)
class Scope:
    """Whose figures: the branch (staff None) or one person."""

    branch_id: int
    staff: Staff | None

    @property
    def staff_id(self) -> int | None:
        return None if self.staff is None else self.staff.id

    @property
    def role(self) -> str:
        return "" if self.staff is None else self.staff.role


def branch_staff(scope: Scope) -> Select[int]:
    """The ids of the scope's branch staff (activity is counted by who did it)."""
    return select(Staff.id).where(Staff.branch_id == scope.branch_id)


def task_owner(scope: Scope) -> ColumnElement[bool]:
    """Tasks of the scope: one person's, or the branch's (everyone's and the supervisors' shared queue)."""
    if scope.staff is not None:
        return Task.assignee_id == scope.staff_id
    return or_(Task.assignee_id.is_(None), Task.assignee_id.in_(branch_staff(scope)))


def day_start(day: date) -> datetime:
    return datetime.combine(day, time())


def day_after(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time())


def scope_for(session: Session, user: StaffUser, staff_login: str | None) -> Scope:
    branch_id = session.scalar(select(Branch.id).where(Branch.code == user.branch_code))
    if branch_id is None:
        raise UnknownRecord("unknown_branch", branch=user.branch_code)
    if user.role is Role.ADMIN or not allows(
        user.role, Action.FIGURES_VIEW
    ):  # the complaint officer: complaints
        raise NotYours("figures_not_allowed")
    if user.role not in BRANCH_WIDE:  # one's own figures only
        if staff_login not in (None, "", user.login):
            raise NotYours("figures_of_others_not_allowed")
        staff_login = user.login
    if not staff_login:
        return Scope(branch_id, None)
    staff = session.scalar(select(Staff).where(Staff.login == staff_login.strip().lower()))
    if staff is None or staff.branch_id != branch_id:
        raise UnknownRecord("unknown_staff", login=staff_login)
    return Scope(branch_id, staff)


def fen_sum(column: ColumnElement[Any] | QueryableAttribute[Any]) -> ColumnElement[int]:
    """SUM of a Money column as integer fen: exact, whatever type each database gives an aggregate."""
    return func.coalesce(func.sum(type_coerce(column, BigInteger)), 0)


def yuan(fen: int | Decimal) -> Decimal:
    return from_fen(int(fen))


def recorded_day(session: Session, branch_id: int, day: date) -> date | None:
    """The latest day with positions up to `day`."""
    return session.scalar(
        select(func.max(DailyPosition.day)).where(
            DailyPosition.branch_id == branch_id, DailyPosition.day <= day
        )
    )


def was_recorded(session: Session, branch_id: int, day: date) -> bool:
    return (
        session.scalar(
            select(DailyPosition.id)
            .where(DailyPosition.branch_id == branch_id, DailyPosition.day == day)
            .limit(1)
        )
        is not None
    )


def has_month_end(session: Session, day: date) -> bool:
    return (
        session.scalar(select(CustomerMonthEnd.id).where(CustomerMonthEnd.month_end == day).limit(1))
        is not None
    )


def month_window(session: Session, period: Period, as_of: date) -> tuple[date, date] | None:
    """The two recorded month ends whose comparison gives the period's tier moves.

    Tiers change at month end (DOMAIN §3), so a period is measured from the month end before it to the last month
    end inside it; a period with no month end inside (a day, a week, this month) shows the last completed month."""
    ends = month_ends(period.first, as_of)
    later = ends[-1] if ends else previous_month_end(as_of)
    earlier = previous_month_end(period.first) if ends else previous_month_end(later)
    recorded = {d for d in (earlier, later) if has_month_end(session, d)}
    if later not in recorded:
        return None
    if earlier not in recorded:  # history starts later: measure from the first month end recorded
        first_recorded = session.scalar(select(func.min(CustomerMonthEnd.month_end)))
        if first_recorded is None or first_recorded >= later:
            return None
        earlier = first_recorded
    return earlier, later


def agreement_filter(scope: Scope, first: date, last: date) -> list[ColumnElement[bool]]:
    where = [
        Agreement.issued_at >= day_start(first),
        Agreement.issued_at < day_after(last),
        Agreement.status.notin_(Status.NOT_SOLD),
        Agreement.issued_by_id.in_(branch_staff(scope)),
    ]
    if scope.staff is not None:
        where.append(Agreement.issued_by_id == scope.staff_id)
    return where
