"""Sales plans (计划): targets the branch head sets for the branch or one person, per period (DOMAIN §9)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select

from db import audit
from db.models import Branch, SalesPlan, Staff
from db.session import Database
from domain.errors import InvalidValue, NotPermitted, UnknownRecord
from domain.performance import PlanMetric, PlanView
from domain.periods import Period
from domain.permissions import BRANCH_WIDE, Action, allows
from domain.staff import StaffUser

MAX_TARGET = Decimal("1e13")  # a trillion yuan: anything above is a typing slip


def parse_metric(value: str) -> PlanMetric:
    try:
        return PlanMetric(value)
    except ValueError:
        raise InvalidValue("unknown_plan_metric", value=value) from None


def parse_target(text: str, metric: PlanMetric) -> Decimal:
    """Yuan with at most two decimals for money, a whole number for counts; positive, within reason."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        raise InvalidValue("plan_target_malformed", value=text) from None
    if not value.is_finite() or value <= 0 or value >= MAX_TARGET:
        raise InvalidValue("plan_target_out_of_range", value=text)
    if metric.is_money:
        if value != value.quantize(Decimal("0.01")):
            raise InvalidValue("plan_target_malformed", value=text)
        return value.quantize(Decimal("0.01"))
    if value != value.to_integral_value():
        raise InvalidValue("plan_target_not_whole", value=text)
    return value.quantize(Decimal(1))


def _supervisor(user: StaffUser) -> None:
    if not allows(user.role, Action.PLANS_SET):  # the supervisor, and the branch head who approves plans
        raise NotPermitted("plans_need_supervisor")


def set_plan(
    db: Database,
    user: StaffUser,
    metric: PlanMetric,
    period: Period,
    target: Decimal,
    staff_login: str = "",
    *,
    now: datetime | None = None,
) -> PlanView:
    """Set (or replace) the target of one metric for one period and scope; audited with the old value."""
    _supervisor(user)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        branch = s.scalars(select(Branch).where(Branch.code == user.branch_code)).one()
        staff = None
        if staff_login:
            staff = s.scalar(select(Staff).where(Staff.login == staff_login.strip().lower()))
            if staff is None or staff.branch_id != branch.id:
                raise UnknownRecord("unknown_staff", login=staff_login)
        same = select(SalesPlan).where(
            SalesPlan.branch_id == branch.id,
            SalesPlan.metric == metric.value,
            SalesPlan.first_day == period.first,
            SalesPlan.last_day == period.last,
            SalesPlan.staff_id.is_(None) if staff is None else SalesPlan.staff_id == staff.id,
        )
        row = s.scalar(same)
        old = None if row is None else str(row.target)
        if row is None:
            row = SalesPlan(
                branch_id=branch.id,
                staff_id=None if staff is None else staff.id,
                metric=metric.value,
                first_day=period.first,
                last_day=period.last,
            )
            s.add(row)
        row.target, row.set_by_id, row.set_at = target, user.id, now
        s.flush()
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="plan_set",
            entity="sales_plan",
            entity_id=row.id,
            details={
                "metric": metric.value,
                "staff": staff_login,
                "first": period.first.isoformat(),
                "last": period.last.isoformat(),
                "target": str(target),
                "old": old,
            },
            at=now,
        )
        view = PlanView(
            row.id,
            metric,
            staff_login,
            "" if staff is None else staff.name,
            period.first,
            period.last,
            target,
        )
        uow.commit()
    return view


def delete_plan(db: Database, user: StaffUser, plan_id: int) -> None:
    _supervisor(user)
    with db.write() as uow:
        s = uow.session
        row = s.get(SalesPlan, plan_id)
        if row is None:
            raise UnknownRecord("unknown_plan", id=str(plan_id))
        s.execute(delete(SalesPlan).where(SalesPlan.id == plan_id))
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="plan_deleted",
            entity="sales_plan",
            entity_id=plan_id,
            details={"metric": row.metric, "target": str(row.target)},
        )
        uow.commit()


def list_plans(db: Database, user: StaffUser, first: date, last: date) -> list[PlanView]:
    """Plans overlapping [first, last]: the branch's and everyone's for a supervisor, one's own otherwise."""
    with db.read() as uow:
        s = uow.session
        query = (
            select(SalesPlan, Staff.login, Staff.name)
            .join(Branch, Branch.id == SalesPlan.branch_id)
            .outerjoin(Staff, Staff.id == SalesPlan.staff_id)
            .where(Branch.code == user.branch_code, SalesPlan.first_day <= last, SalesPlan.last_day >= first)
            .order_by(SalesPlan.first_day, Staff.login.is_not(None), Staff.login, SalesPlan.metric)
        )
        if user.role not in BRANCH_WIDE:
            query = query.where(SalesPlan.staff_id == user.id)
        return [
            PlanView(p.id, PlanMetric(p.metric), login or "", name or "", p.first_day, p.last_day, p.target)
            for p, login, name in s.execute(query)
        ]
