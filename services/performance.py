"""Branch performance figures (DOMAIN §9), computed in the database: the dashboard, reports and exports.

Book figures (customers, AUM, deposits, tiers, coverage, contact plan) read the positions the daily job keeps
(services/positions.py): a few hundred aggregate rows, whatever the number of customers. Tier moves and
retention compare two month ends. Activity (referrals, recommendations, agreements, receipts, tasks, complaints)
is counted with GROUP BY over the period's rows, on indexed dates. Nothing loads customers into Python.

Who sees what (DOMAIN §1, KPIs row): tellers and managers their own figures, supervisors the branch and anyone.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, Select, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from db.models import (
    Agreement,
    Branch,
    Complaint,
    Customer,
    CustomerMonthEnd,
    DailyPosition,
    Product,
    Receipt,
    RecommendationOutcome,
    SalesPlan,
    Staff,
    Task,
    TierTransition,
)
from db.session import Database
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.money import from_fen
from domain.performance import (
    MID_HIGH_TIERS,
    TIERS,
    ZERO,
    ActivityFigures,
    BookFigures,
    ComplaintFigures,
    CountRow,
    PlanMetric,
    PlanRow,
    RecommendationRow,
    Scorecard,
    StaffRow,
    TierMove,
    TierRow,
    TrendPoint,
)
from domain.periods import Period, month_ends, year_ago
from domain.referrals import REFERRAL_KIND, ReferralOutcome
from domain.staff import StaffUser
from services.positions import new_customers_query, previous_month_end, transitions_query

TREND_DAYS = 30  # a dashboard on one day still shows the month before it
DRILL_ROWS = 200
_SATISFIED = ("satisfied", "basically_satisfied")
_SALES_FAMILY = {
    PlanMetric.WEALTH_SALES: "wealth",
    PlanMetric.FUND_SALES: "fund",
    PlanMetric.INSURANCE_SALES: "insurance",
    PlanMetric.GOLD_SALES: "gold",
}


@dataclass(frozen=True)
class _Scope:
    """Whose figures: the branch (staff None) or one person."""

    branch_id: int
    staff: Staff | None

    @property
    def staff_id(self) -> int | None:
        return None if self.staff is None else self.staff.id

    @property
    def role(self) -> str:
        return "" if self.staff is None else self.staff.role


def branch_staff(scope: _Scope) -> Select:
    """The ids of the scope's branch staff (activity is counted by who did it)."""
    return select(Staff.id).where(Staff.branch_id == scope.branch_id)


def task_owner(scope: _Scope):
    """Tasks of the scope: one person's, or the branch's (everyone's and the supervisors' shared queue)."""
    if scope.staff is not None:
        return Task.assignee_id == scope.staff_id
    return or_(Task.assignee_id.is_(None), Task.assignee_id.in_(branch_staff(scope)))


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


def _after(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time())


def _scope(session: Session, user: StaffUser, staff_login: str | None) -> _Scope:
    branch_id = session.scalar(select(Branch.id).where(Branch.code == user.branch_code))
    if branch_id is None:
        raise DomainError("unknown_branch", branch=user.branch_code)
    if user.role is Role.ADMIN:
        raise DomainError("figures_not_allowed")
    if user.role is not Role.SUPERVISOR:  # one's own figures only
        if staff_login not in (None, "", user.login):
            raise DomainError("figures_of_others_not_allowed")
        staff_login = user.login
    if not staff_login:
        return _Scope(branch_id, None)
    staff = session.scalar(select(Staff).where(Staff.login == staff_login.strip().lower()))
    if staff is None or staff.branch_id != branch_id:
        raise InvalidValue("unknown_staff", login=staff_login)
    return _Scope(branch_id, staff)


# --- book figures from the daily positions ---------------------------------------------------------------


def _positions(scope: _Scope) -> Select:
    query = select(DailyPosition).where(DailyPosition.branch_id == scope.branch_id)
    if scope.staff is not None:
        query = query.where(DailyPosition.manager_id == scope.staff_id)
    return query


def _totals(session: Session, scope: _Scope, day: date) -> tuple[int, Decimal, Decimal, int, int, int, int]:
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
    return customers, _yuan(aum), _yuan(deposits), holdings, families, due, contacted


def fen_sum(column):
    """SUM of a Money column as integer fen: exact, whatever type each database gives an aggregate."""
    return func.coalesce(func.sum(type_coerce(column, BigInteger)), 0)


def _yuan(fen) -> Decimal:
    return from_fen(int(fen))


def recorded_day(session: Session, branch_id: int, day: date) -> date | None:
    """The latest day with positions up to `day`."""
    return session.scalar(
        select(func.max(DailyPosition.day)).where(
            DailyPosition.branch_id == branch_id, DailyPosition.day <= day
        )
    )


def _was_recorded(session: Session, branch_id: int, day: date) -> bool:
    return (
        session.scalar(
            select(DailyPosition.id)
            .where(DailyPosition.branch_id == branch_id, DailyPosition.day == day)
            .limit(1)
        )
        is not None
    )


def _tiers(session: Session, scope: _Scope, day: date) -> tuple[TierRow, ...]:
    p = DailyPosition
    q = select(p.tier, func.sum(p.customers), fen_sum(p.aum)).where(
        p.day == day, p.branch_id == scope.branch_id
    )
    if scope.staff is not None:
        q = q.where(p.manager_id == scope.staff_id)
    found = {tier: (n, _yuan(a)) for tier, n, a in session.execute(q.group_by(p.tier))}
    return tuple(TierRow(t, *found.get(t, (0, ZERO))) for t in TIERS)


def _trend(session: Session, scope: _Scope, first: date, last: date) -> tuple[TrendPoint, ...]:
    p = DailyPosition
    q = select(p.day, func.sum(p.customers), fen_sum(p.aum), fen_sum(p.deposits)).where(
        p.branch_id == scope.branch_id, p.day >= first, p.day <= last
    )
    if scope.staff is not None:
        q = q.where(p.manager_id == scope.staff_id)
    return tuple(
        TrendPoint(d, n, _yuan(a), _yuan(dep))
        for d, n, a, dep in session.execute(q.group_by(p.day).order_by(p.day))
    )


def _has_month_end(session: Session, day: date) -> bool:
    return (
        session.scalar(select(CustomerMonthEnd.id).where(CustomerMonthEnd.month_end == day).limit(1))
        is not None
    )


def _month_window(session: Session, period: Period, as_of: date) -> tuple[date, date] | None:
    """The two recorded month ends whose comparison gives the period's tier moves.

    Tiers change at month end (DOMAIN §3), so a period is measured from the month end before it to the last month
    end inside it; a period with no month end inside (a day, a week, this month) shows the last completed month."""
    ends = month_ends(period.first, as_of)
    later = ends[-1] if ends else previous_month_end(as_of)
    earlier = previous_month_end(period.first) if ends else previous_month_end(later)
    recorded = {d for d in (earlier, later) if _has_month_end(session, d)}
    if later not in recorded:
        return None
    if earlier not in recorded:  # history starts later: measure from the first month end recorded
        earlier = session.scalar(select(func.min(CustomerMonthEnd.month_end)))
        if earlier is None or earlier >= later:
            return None
    return earlier, later


def _transition_rows(session: Session, scope: _Scope, window: tuple[date, date]) -> list[tuple]:
    """(from, to, left_book, customers) for the scope's book at the window's first month end."""
    earlier, later = window
    if previous_month_end(later) == earlier:  # consecutive month ends: the job stored the matrix
        t = TierTransition
        q = select(t.from_tier, t.to_tier, t.left_book, func.sum(t.customers)).where(
            t.month_end == later, t.branch_id == scope.branch_id
        )
        if scope.staff is not None:
            q = q.where(t.manager_id.is_not_distinct_from(scope.staff_id))
        return list(session.execute(q.group_by(t.from_tier, t.to_tier, t.left_book)))
    whole = scope.staff is None
    rows = []
    for query in (
        transitions_query(earlier, later, scope.staff_id, whole_branch=whole),
        new_customers_query(earlier, later, scope.staff_id, whole_branch=whole),
    ):
        rows += [(f, to, left, n) for _b, _m, f, to, left, n in session.execute(query)]
    return rows


def _moves(rows: list[tuple], whole_branch: bool) -> tuple[tuple[TierMove, ...], int, int]:
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


def _new_customers(session: Session, scope: _Scope, first: date, last: date) -> int:
    q = select(func.count(Customer.id)).where(
        Customer.branch_id == scope.branch_id,
        Customer.created_at >= _start(first),
        Customer.created_at < _after(last),
    )
    if scope.staff is not None:
        q = q.where(Customer.manager_id == scope.staff_id)
    return session.scalar(q) or 0


def _book(session: Session, scope: _Scope, period: Period, as_of: date) -> BookFigures:
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
    average = (_yuan(deposit_days_sum) / days).quantize(Decimal("0.01")) if days else ZERO
    year_start = date(as_of.year - 1, 12, 31)
    last_year = year_ago(as_of)
    window = _month_window(session, period, as_of)
    moves, mh_start, mh_kept = (
        _moves(_transition_rows(session, scope, window), scope.staff is None) if window else ((), 0, 0)
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
            if _was_recorded(session, scope.branch_id, last_year)
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


# --- activity over the period ------------------------------------------------------------------------------


def _referrals(session: Session, scope: _Scope, first: date, last: date) -> tuple[int, int, int, int, int]:
    in_period = and_(
        Task.kind == REFERRAL_KIND, Task.created_at >= _start(first), Task.created_at < _after(last)
    )
    converted = case((Task.outcome == ReferralOutcome.CONVERTED.value, 1), else_=0)
    contacted = case((Task.outcome != "", 1), else_=0)

    def count(who) -> tuple[int, int, int]:
        q = select(
            func.count(Task.id), func.coalesce(func.sum(contacted), 0), func.coalesce(func.sum(converted), 0)
        )
        q = q.join(Staff, Staff.id == Task.assignee_id).where(in_period, Staff.branch_id == scope.branch_id)
        if who is not None:
            q = q.where(who)
        return tuple(session.execute(q).one())

    if scope.staff is None:
        total, contacted_n, converted_n = count(None)
        return total, converted_n, total, contacted_n, converted_n
    made, _c, made_converted = count(Task.created_by_id == scope.staff_id)
    received, received_contacted, received_converted = count(Task.assignee_id == scope.staff_id)
    return made, made_converted, received, received_contacted, received_converted


def _recommendations(session: Session, scope: _Scope, first: date, last: date):
    r = RecommendationOutcome
    where = [r.recorded_at >= _start(first), r.recorded_at < _after(last)]
    if scope.staff is not None:
        where.append(r.staff_id == scope.staff_id)
    else:
        where.append(r.staff_id.in_(branch_staff(scope)))
    per_product: dict[tuple[str, str], list[int]] = {}
    q = (
        select(Product.code, Product.name, r.outcome, func.count(r.id))
        .join(Product, Product.id == r.product_id)
        .where(*where)
        .group_by(Product.code, Product.name, r.outcome)
    )
    for code, name, outcome, n in session.execute(q):
        counts = per_product.setdefault((code, name), [0, 0, 0])
        counts[("accepted", "declined", "later").index(outcome)] += n
    rows = tuple(
        sorted(
            (RecommendationRow(code, name, *counts) for (code, name), counts in per_product.items()),
            key=lambda row: (-row.accepted, -row.answered, row.product_code),
        )
    )
    reasons = session.execute(
        select(r.decline_reason, func.count(r.id))
        .where(*where, r.outcome == "declined")
        .group_by(r.decline_reason)
        .order_by(func.count(r.id).desc(), r.decline_reason)
    ).all()
    return rows, tuple(CountRow(code or "", code or "", n) for code, n in reasons)


def _agreement_filter(scope: _Scope, first: date, last: date) -> list:
    where = [
        Agreement.issued_at >= _start(first),
        Agreement.issued_at < _after(last),
        Agreement.status != "voided",
        Agreement.issued_by_id.in_(branch_staff(scope)),
    ]
    if scope.staff is not None:
        where.append(Agreement.issued_by_id == scope.staff_id)
    return where


def _agreements(session: Session, scope: _Scope, first: date, last: date) -> tuple[CountRow, ...]:
    q = (
        select(Product.family, func.count(Agreement.id), fen_sum(Agreement.amount))
        .join(Product, Product.id == Agreement.product_id)
        .where(*_agreement_filter(scope, first, last))
        .group_by(Product.family)
        .order_by(Product.family)
    )
    return tuple(CountRow(family, family, n, _yuan(amount)) for family, n, amount in session.execute(q))


def _receipts(
    session: Session, scope: _Scope, first: date, last: date
) -> tuple[tuple[CountRow, ...], Decimal]:
    where = [
        Receipt.issued_at >= _start(first),
        Receipt.issued_at < _after(last),
        Receipt.operator_id.in_(branch_staff(scope)),
    ]
    if scope.staff is not None:
        where.append(Receipt.operator_id == scope.staff_id)
    rows = session.execute(
        select(
            Receipt.service,
            func.count(Receipt.id),
            fen_sum(Receipt.amount),
            fen_sum(Receipt.fee),
        )
        .where(*where)
        .group_by(Receipt.service)
        .order_by(Receipt.service)
    ).all()
    return (
        tuple(CountRow(service, service, n, _yuan(amount)) for service, n, amount, _fee in rows),
        sum((_yuan(fee) for *_rest, fee in rows), ZERO),
    )


def _tasks(session: Session, scope: _Scope, today: date) -> tuple[int, int]:
    q = select(
        func.count(Task.id), func.coalesce(func.sum(case((Task.due_on < today, 1), else_=0)), 0)
    ).where(Task.status == "open", task_owner(scope))
    open_n, overdue = session.execute(q).one()
    return open_n, overdue


def _activity(session: Session, scope: _Scope, period: Period, as_of: date, today: date) -> ActivityFigures:
    made, made_converted, received, contacted, converted = _referrals(session, scope, period.first, as_of)
    recommendations, reasons = _recommendations(session, scope, period.first, as_of)
    receipts, fees = _receipts(session, scope, period.first, as_of)
    open_tasks, overdue = _tasks(session, scope, today)
    return ActivityFigures(
        referrals_made=made,
        referrals_made_converted=made_converted,
        referrals_received=received,
        referrals_contacted=contacted,
        referrals_converted=converted,
        recommendations=recommendations,
        decline_reasons=reasons,
        agreements=_agreements(session, scope, period.first, as_of),
        receipts=receipts,
        receipt_fees=fees,
        open_tasks=open_tasks,
        overdue_tasks=overdue,
    )


def _complaints(session: Session, first: date, last: date) -> ComplaintFigures:
    c = Complaint
    in_period = and_(c.received_at >= _start(first), c.received_at < _after(last))
    answered = c.replied_at.is_not(None)
    # On time: replied on or before the deadline day (no deadline computed: on time, as the complaint screen says).
    on_time = and_(answered, or_(c.deadline.is_(None), func.date(c.replied_at) <= c.deadline))
    total, answered_n, on_time_n, major, rated, satisfied = session.execute(
        select(
            func.count(c.id),
            func.coalesce(func.sum(case((answered, 1), else_=0)), 0),
            func.coalesce(func.sum(case((on_time, 1), else_=0)), 0),
            func.coalesce(func.sum(case((c.is_major, 1), else_=0)), 0),
            func.coalesce(func.sum(case((c.satisfaction != "", 1), else_=0)), 0),
            func.coalesce(func.sum(case((c.satisfaction.in_(_SATISFIED), 1), else_=0)), 0),
        ).where(in_period)
    ).one()

    def by(column) -> tuple[CountRow, ...]:
        rows = session.execute(
            select(column, func.count(c.id))
            .where(in_period)
            .group_by(column)
            .order_by(func.count(c.id).desc(), column)
        )
        return tuple(CountRow(code, code, n) for code, n in rows)

    return ComplaintFigures(
        total=total,
        by_category=by(c.category),
        by_channel=by(c.channel),
        answered=answered_n,
        on_time=on_time_n,
        satisfied=satisfied,
        rated=rated,
        major=major,
    )


# --- plans -------------------------------------------------------------------------------------------------


def _plan_actual(session: Session, scope: _Scope, metric: PlanMetric, first: date, last: date) -> Decimal:
    if metric is PlanMetric.DEPOSIT_GROWTH:
        return _totals(session, scope, last)[2] - _totals(session, scope, first - timedelta(days=1))[2]
    if metric is PlanMetric.NEW_CUSTOMERS:
        return Decimal(_new_customers(session, scope, first, last))
    if metric is PlanMetric.AGREEMENTS:
        return Decimal(sum(r.count for r in _agreements(session, scope, first, last)))
    if metric is PlanMetric.REFERRALS_CONVERTED:
        made, made_converted, _r, _c, received_converted = _referrals(session, scope, first, last)
        return Decimal(made_converted if scope.role == Role.TELLER else received_converted)
    family = _SALES_FAMILY[metric]
    return sum((r.amount for r in _agreements(session, scope, first, last) if r.code == family), ZERO)


def _plans(session: Session, scope: _Scope, period: Period, as_of: date) -> tuple[PlanRow, ...]:
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
    session: Session, scope: _Scope, period: Period, as_of: date, today: date
) -> tuple[StaffRow, ...]:
    first, last = _start(period.first), _after(as_of)
    people = session.execute(
        select(Staff.id, Staff.login, Staff.name, Staff.role)
        .where(
            Staff.branch_id == scope.branch_id, Staff.role.in_([Role.TELLER, Role.MANAGER, Role.SUPERVISOR])
        )
        .order_by(Staff.role, Staff.login)
    ).all()
    table: dict[int | None, list] = {p.id: [0, ZERO, ZERO, 0, 0, 0, 0, 0] for p in people}
    table[None] = [0, ZERO, ZERO, 0, 0, 0, 0, 0]

    def row(staff_id):
        return table.setdefault(staff_id, [0, ZERO, ZERO, 0, 0, 0, 0, 0])

    p = DailyPosition
    for manager_id, n, aum, deposits in session.execute(
        select(p.manager_id, func.sum(p.customers), fen_sum(p.aum), fen_sum(p.deposits))
        .where(p.day == as_of, p.branch_id == scope.branch_id)
        .group_by(p.manager_id)
    ):
        r = row(manager_id)
        r[0], r[1], r[2] = n, _yuan(aum), _yuan(deposits)
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
        .where(*_agreement_filter(scope, period.first, as_of))
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
    for staff_id, values in table.items():
        if staff_id is None:
            if any(values):
                result.append(StaffRow("", "", "", *values))
            continue
        login, name, role = names.get(staff_id) or _other_staff(session, staff_id)
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
        scope = _scope(s, user, staff_login)
        branch = s.get(Branch, scope.branch_id)
        # Book figures run to the last day the positions job recorded (shown as 数据截至); activity runs to today.
        as_of = recorded_day(s, scope.branch_id, min(period.last, today)) or min(period.last, today)
        has_book = scope.staff is None or scope.role != Role.TELLER
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
            activity=_activity(s, scope, period, min(period.last, today), today),
            plans=_plans(s, scope, period, min(period.last, today)),
            complaints=_complaints(s, period.first, min(period.last, today)) if scope.staff is None else None,
            staff=_staff_rows(s, scope, period, as_of, today) if scope.staff is None else (),
        )


def staff_choices(db: Database, user: StaffUser) -> list[tuple[str, str, str]]:
    """(login, name, role) whose figures `user` may open: supervisors everyone of the branch, others themselves."""
    if user.role is not Role.SUPERVISOR:
        return [(user.login, user.name, user.role.value)]
    with db.read() as uow:
        rows = uow.session.execute(
            select(Staff.login, Staff.name, Staff.role)
            .join(Branch, Branch.id == Staff.branch_id)
            .where(
                Branch.code == user.branch_code, Staff.role.in_([Role.TELLER, Role.MANAGER, Role.SUPERVISOR])
            )
            .order_by(Staff.role, Staff.login)
        ).all()
    return [tuple(r) for r in rows]
