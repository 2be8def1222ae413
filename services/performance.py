"""Branch performance figures (DOMAIN §9), computed in the database: the dashboard, reports and exports.

Book figures (customers, AUM, deposits, tiers, coverage, contact plan) read the positions the daily job keeps
(services/positions.py): a few hundred aggregate rows, whatever the number of customers. Tier moves and
retention compare two month ends. Activity (referrals, recommendations, agreements, receipts, tasks, complaints)
is counted with GROUP BY over the period's rows, on indexed dates (services/performance_activity.py). Nothing
loads customers into Python. Whose figures and which days a period reads: services/performance_scope.py.

Who sees what (DOMAIN §1, KPIs row): tellers and managers their own figures, supervisors the branch and anyone.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from db.models import (
    Agreement,
    Branch,
    Customer,
    DailyPosition,
    RecommendationOutcome,
    SalesPlan,
    Staff,
    Task,
    TierTransition,
)
from db.session import Database
from domain.codes import Role
from domain.errors import InvalidValue
from domain.performance import (
    MID_HIGH_TIERS,
    TIERS,
    ZERO,
    BookFigures,
    PlanMetric,
    PlanRow,
    Scorecard,
    StaffRow,
    TierMove,
    TierRow,
    TrendPoint,
)
from domain.periods import Period, year_ago
from domain.permissions import BRANCH_WIDE, PERMITTED, REFERRING_ROLES, Action
from domain.referrals import REFERRAL_KIND, ReferralOutcome
from domain.staff import StaffUser
from services.performance_activity import (
    activity_figures,
    agreement_counts,
    complaint_figures,
    referral_counts,
)
from services.performance_scope import (
    Scope,
    agreement_filter,
    branch_staff,
    day_after,
    day_start,
    fen_sum,
    month_window,
    recorded_day,
    scope_for,
    task_owner,
    was_recorded,
    yuan,
)
from services.positions import new_customers_query, previous_month_end, transitions_query

TREND_DAYS = 30  # a dashboard on one day still shows the month before it
DRILL_ROWS = 200
_SALES_FAMILY = {
    PlanMetric.WEALTH_SALES: "wealth",
    PlanMetric.FUND_SALES: "fund",
    PlanMetric.INSURANCE_SALES: "insurance",
    PlanMetric.GOLD_SALES: "gold",
}

# Whose figures make the branch table: the staff who serve customers (the administrator has none).
FIGURE_ROLES = sorted(r.value for r in PERMITTED[Action.FIGURES_VIEW] - {Role.ADMIN})


TransitionRow = tuple[str, str, bool, int]  # from tier, to tier, left the book, customers


# --- book figures from the daily positions ---------------------------------------------------------------


def _positions(scope: Scope) -> Select[DailyPosition]:
    query = select(DailyPosition).where(DailyPosition.branch_id == scope.branch_id)
    if scope.staff is not None:
        query = query.where(DailyPosition.manager_id == scope.staff_id)
    return query


def _totals(session: Session, scope: Scope, day: date) -> tuple[int, Decimal, Decimal, int, int, int, int]:
    p = DailyPosition
    q = select(
        func.coalesce(func.sum(p.customers), 0),
        fen_sum(p.aum),
        fen_sum(p.deposits),
        func.coalesce(func.sum(p.holdings), 0),
        func.coalesce(func.sum(p.families), 0),
        func.coalesce(func.sum(p.contact_due), 0),
        func.coalesce(func.sum(p.contacted), 0),
    ).where(p.day == day, p.branch_id == scope.branch_id)
    if scope.staff is not None:
        q = q.where(p.manager_id == scope.staff_id)
    customers, aum, deposits, holdings, families, due, contacted = session.execute(q).one()
    return customers, yuan(aum), yuan(deposits), holdings, families, due, contacted


def _tiers(session: Session, scope: Scope, day: date) -> tuple[TierRow, ...]:
    p = DailyPosition
    q = select(p.tier, func.sum(p.customers), fen_sum(p.aum)).where(
        p.day == day, p.branch_id == scope.branch_id
    )
    if scope.staff is not None:
        q = q.where(p.manager_id == scope.staff_id)
    found = {tier: (n, yuan(a)) for tier, n, a in session.execute(q.group_by(p.tier))}
    return tuple(TierRow(t, *found.get(t, (0, ZERO))) for t in TIERS)


def _trend(session: Session, scope: Scope, first: date, last: date) -> tuple[TrendPoint, ...]:
    p = DailyPosition
    q = select(p.day, func.sum(p.customers), fen_sum(p.aum), fen_sum(p.deposits)).where(
        p.branch_id == scope.branch_id, p.day >= first, p.day <= last
    )
    if scope.staff is not None:
        q = q.where(p.manager_id == scope.staff_id)
    return tuple(
        TrendPoint(d, n, yuan(a), yuan(dep))
        for d, n, a, dep in session.execute(q.group_by(p.day).order_by(p.day))
    )


def transition_rows(session: Session, scope: Scope, window: tuple[date, date]) -> list[TransitionRow]:
    """(from, to, left_book, customers) for the scope's book at the window's first month end."""
    earlier, later = window
    if previous_month_end(later) == earlier:  # consecutive month ends: the job stored the matrix
        t = TierTransition
        q = select(t.from_tier, t.to_tier, t.left_book, func.sum(t.customers)).where(
            t.month_end == later, t.branch_id == scope.branch_id
        )
        if scope.staff is not None:
            q = q.where(t.manager_id.is_not_distinct_from(scope.staff_id))
        return [
            (f, to, left, int(n))
            for f, to, left, n in session.execute(q.group_by(t.from_tier, t.to_tier, t.left_book))
        ]
    whole = scope.staff is None
    rows: list[TransitionRow] = []
    for query in (
        transitions_query(earlier, later, scope.staff_id, whole_branch=whole),
        new_customers_query(earlier, later, scope.staff_id, whole_branch=whole),
    ):
        rows += [(f, to, left, n) for _b, _m, f, to, left, n in session.execute(query)]
    return rows


def tier_moves(rows: list[TransitionRow], whole_branch: bool) -> tuple[tuple[TierMove, ...], int, int]:
    moves: dict[tuple[str, str], int] = defaultdict(int)
    start = kept = 0
    for from_tier, to_tier, left_book, n in rows:
        if from_tier and to_tier and from_tier != to_tier:
            moves[(from_tier, to_tier)] += n
        if from_tier in MID_HIGH_TIERS:
            start += n
            if to_tier in MID_HIGH_TIERS and (whole_branch or not left_book):
                kept += n
    return tuple(TierMove(f, t, n) for (f, t), n in sorted(moves.items())), start, kept


def _new_customers(session: Session, scope: Scope, first: date, last: date) -> int:
    q = select(func.count(Customer.id)).where(
        Customer.branch_id == scope.branch_id,
        Customer.created_at >= day_start(first),
        Customer.created_at < day_after(last),
    )
    if scope.staff is not None:
        q = q.where(Customer.manager_id == scope.staff_id)
    return session.scalar(q) or 0


def _book(session: Session, scope: Scope, period: Period, as_of: date) -> BookFigures:
    start_day = period.first - timedelta(days=1)
    customers0, aum0, deposits0, *_ = _totals(session, scope, start_day)
    customers1, aum1, deposits1, holdings, families, due, contacted = _totals(session, scope, as_of)
    p = DailyPosition
    q = select(fen_sum(p.deposits), func.count(p.day.distinct())).where(
        p.branch_id == scope.branch_id, p.day >= period.first, p.day <= as_of
    )
    if scope.staff is not None:
        q = q.where(p.manager_id == scope.staff_id)
    deposit_days_sum, days = session.execute(q).one()
    average = (yuan(deposit_days_sum) / days).quantize(Decimal("0.01")) if days else ZERO
    year_start = date(as_of.year - 1, 12, 31)
    last_year = year_ago(as_of)
    window = month_window(session, period, as_of)
    moves, mh_start, mh_kept = (
        tier_moves(transition_rows(session, scope, window), scope.staff is None) if window else ((), 0, 0)
    )
    return BookFigures(
        customers_start=customers0,
        customers_end=customers1,
        new_customers=_new_customers(session, scope, period.first, as_of),
        aum_start=aum0,
        aum_end=aum1,
        deposits_start=deposits0,
        deposits_end=deposits1,
        deposits_daily_average=average,
        deposits_year_start=_totals(session, scope, year_start)[2],
        deposits_last_year=(
            _totals(session, scope, last_year)[2]
            if was_recorded(session, scope.branch_id, last_year)
            else None
        ),
        tiers=_tiers(session, scope, as_of),
        moves=moves,
        holdings=holdings,
        families=families,
        mid_high_start=mh_start,
        mid_high_kept=mh_kept,
        contact_due=due,
        contacted=contacted,
        trend=_trend(session, scope, min(period.first, as_of - timedelta(days=TREND_DAYS - 1)), as_of),
    )


# --- plans -------------------------------------------------------------------------------------------------


def _plan_actual(session: Session, scope: Scope, metric: PlanMetric, first: date, last: date) -> Decimal:
    if metric is PlanMetric.DEPOSIT_GROWTH:
        return _totals(session, scope, last)[2] - _totals(session, scope, first - timedelta(days=1))[2]
    if metric is PlanMetric.NEW_CUSTOMERS:
        return Decimal(_new_customers(session, scope, first, last))
    if metric is PlanMetric.AGREEMENTS:
        return Decimal(sum(r.count for r in agreement_counts(session, scope, first, last)))
    if metric is PlanMetric.REFERRALS_CONVERTED:
        made, made_converted, _r, _c, received_converted = referral_counts(session, scope, first, last)
        return Decimal(made_converted if scope.role in REFERRING_ROLES else received_converted)
    family = _SALES_FAMILY[metric]
    return sum((r.amount for r in agreement_counts(session, scope, first, last) if r.code == family), ZERO)


def _plans(session: Session, scope: Scope, period: Period, as_of: date) -> tuple[PlanRow, ...]:
    q = select(SalesPlan).where(
        SalesPlan.branch_id == scope.branch_id,
        SalesPlan.first_day <= as_of,
        SalesPlan.last_day >= period.first,
        SalesPlan.staff_id.is_(None) if scope.staff is None else SalesPlan.staff_id == scope.staff_id,
    )
    rows = []
    for plan in session.scalars(q.order_by(SalesPlan.first_day, SalesPlan.metric)):
        metric = PlanMetric(plan.metric)
        actual = _plan_actual(session, scope, metric, plan.first_day, min(plan.last_day, as_of))
        rows.append(PlanRow(metric, plan.first_day, plan.last_day, plan.target, actual))
    return tuple(rows)


# --- per person (branch scope) -----------------------------------------------------------------------------


def _staff_rows(
    session: Session, scope: Scope, period: Period, as_of: date, today: date
) -> tuple[StaffRow, ...]:
    first, last = day_start(period.first), day_after(as_of)
    people = session.execute(
        select(Staff.id, Staff.login, Staff.name, Staff.role)
        .where(Staff.branch_id == scope.branch_id, Staff.role.in_(FIGURE_ROLES))
        .order_by(Staff.role, Staff.login)
    ).all()
    table: dict[int | None, list[Any]] = {p.id: [0, ZERO, ZERO, 0, 0, 0, 0, 0] for p in people}
    table[None] = [0, ZERO, ZERO, 0, 0, 0, 0, 0]

    def row(staff_id: int | None) -> list[Any]:
        return table.setdefault(staff_id, [0, ZERO, ZERO, 0, 0, 0, 0, 0])

    p = DailyPosition
    for manager_id, n, aum, deposits in session.execute(
        select(p.manager_id, func.sum(p.customers), fen_sum(p.aum), fen_sum(p.deposits))
        .where(p.day == as_of, p.branch_id == scope.branch_id)
        .group_by(p.manager_id)
    ):
        r = row(manager_id)
        r[0], r[1], r[2] = n, yuan(aum), yuan(deposits)
    converted = case((Task.outcome == ReferralOutcome.CONVERTED.value, 1), else_=0)
    for referrer, n, conv in session.execute(
        select(Task.created_by_id, func.count(Task.id), func.coalesce(func.sum(converted), 0))
        .join(Staff, Staff.id == Task.assignee_id)
        .where(Task.kind == REFERRAL_KIND, Task.created_at >= first, Task.created_at < last)
        .where(Staff.branch_id == scope.branch_id)
        .group_by(Task.created_by_id)
    ):
        r = row(referrer)
        r[3], r[4] = n, conv
    for issuer, n in session.execute(
        select(Agreement.issued_by_id, func.count(Agreement.id))
        .where(*agreement_filter(scope, period.first, as_of))
        .group_by(Agreement.issued_by_id)
    ):
        row(issuer)[5] = n
    r_o = RecommendationOutcome
    for staff_id, n in session.execute(
        select(r_o.staff_id, func.count(r_o.id))
        .where(r_o.outcome == "accepted", r_o.recorded_at >= first, r_o.recorded_at < last)
        .where(r_o.staff_id.in_(branch_staff(scope)))
        .group_by(r_o.staff_id)
    ):
        row(staff_id)[6] = n
    for assignee, n in session.execute(
        select(Task.assignee_id, func.count(Task.id))
        .where(Task.status == "open", Task.due_on < today, task_owner(scope))
        .group_by(Task.assignee_id)
    ):
        row(assignee)[7] = n
    names = {p.id: (p.login, p.name, p.role) for p in people}
    result = []
    for person, values in table.items():
        if person is None:  # nobody in particular: customers without a manager, the shared queue
            if any(values):
                result.append(StaffRow("", "", "", *values))
            continue
        login, name, role = names.get(person) or _other_staff(session, person)
        result.append(StaffRow(login, name, role, *values))
    return tuple(result)


def _other_staff(session: Session, staff_id: int) -> tuple[str, str, str]:
    """Someone no longer in the list (left, or an admin who issued a receipt): still counted, by name."""
    staff = session.get(Staff, staff_id)
    return (staff.login, staff.name, staff.role) if staff else (str(staff_id), "", "")


# --- the public calls --------------------------------------------------------------------------------------


def scorecard(
    db: Database,
    user: StaffUser,
    period: Period,
    staff_login: str | None = None,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> Scorecard:
    """Every figure of one scope (the branch, or one person) over `period`, as far as it has happened."""
    today = today or date.today()
    now = now or datetime.now()
    if period.first > today:
        raise InvalidValue("period_in_future", first=period.first.isoformat())
    with db.read() as uow:
        s = uow.session
        scope = scope_for(s, user, staff_login)
        branch = s.get_one(Branch, scope.branch_id)
        # Book figures run to the last day the positions job recorded (shown as 数据截至); activity runs to today.
        as_of = recorded_day(s, scope.branch_id, min(period.last, today)) or min(period.last, today)
        has_book = scope.staff is None or scope.role not in REFERRING_ROLES
        return Scorecard(
            bank_name=os.environ.get("BRANCHDESK_BANK_NAME", ""),
            branch_code=branch.code,
            branch_name=branch.name,
            period=period,
            as_of=as_of,
            scope_login="" if scope.staff is None else scope.staff.login,
            scope_name=branch.name if scope.staff is None else scope.staff.name,
            scope_role="branch" if scope.staff is None else scope.staff.role,
            generated_at=now,
            book=_book(s, scope, period, as_of) if has_book else None,
            activity=activity_figures(s, scope, period, min(period.last, today), today),
            plans=_plans(s, scope, period, min(period.last, today)),
            complaints=complaint_figures(s, period.first, min(period.last, today))
            if scope.staff is None
            else None,
            staff=_staff_rows(s, scope, period, as_of, today) if scope.staff is None else (),
        )


def staff_choices(db: Database, user: StaffUser) -> list[tuple[str, str, str]]:
    """(login, name, role) whose figures `user` may open: supervisors everyone of the branch, others themselves."""
    if user.role not in BRANCH_WIDE:
        return [(user.login, user.name, user.role.value)]
    with db.read() as uow:
        rows = uow.session.execute(
            select(Staff.login, Staff.name, Staff.role)
            .join(Branch, Branch.id == Staff.branch_id)
            .where(Branch.code == user.branch_code, Staff.role.in_(FIGURE_ROLES))
            .order_by(Staff.role, Staff.login)
        ).all()
    return [(login, name, role) for login, name, role in rows]
