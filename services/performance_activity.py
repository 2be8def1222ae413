"""What a scope did over a period (DOMAIN §9): referrals, recommendation answers, agreements, counter receipts,
tasks, and for the whole branch its complaints — each counted with GROUP BY over the period's rows on indexed dates.
The book figures and the scorecard are services/performance.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from db.models import Agreement, Complaint, Product, Receipt, RecommendationOutcome, Staff, Task
from domain.performance import ZERO, ActivityFigures, ComplaintFigures, CountRow, RecommendationRow
from domain.periods import Period
from domain.referrals import REFERRAL_KIND, ReferralOutcome
from services.performance_scope import (
    Scope,
    agreement_filter,
    branch_staff,
    day_after,
    day_start,
    fen_sum,
    task_owner,
    yuan,
)

_SATISFIED = ("satisfied", "basically_satisfied")


def referral_counts(
    session: Session, scope: Scope, first: date, last: date
) -> tuple[int, int, int, int, int]:
    in_period = and_(
        Task.kind == REFERRAL_KIND, Task.created_at >= day_start(first), Task.created_at < day_after(last)
    )
    converted = case((Task.outcome == ReferralOutcome.CONVERTED.value, 1), else_=0)
    contacted = case((Task.outcome != "", 1), else_=0)

    def count(who: ColumnElement[bool] | None) -> tuple[int, int, int]:
        q = select(
            func.count(Task.id), func.coalesce(func.sum(contacted), 0), func.coalesce(func.sum(converted), 0)
        )
        q = q.join(Staff, Staff.id == Task.assignee_id).where(in_period, Staff.branch_id == scope.branch_id)
        if who is not None:
            q = q.where(who)
        total, contacted_n, converted_n = session.execute(q).one()
        return int(total), int(contacted_n), int(converted_n)

    if scope.staff is None:
        total, contacted_n, converted_n = count(None)
        return total, converted_n, total, contacted_n, converted_n
    made, _c, made_converted = count(Task.created_by_id == scope.staff_id)
    received, received_contacted, received_converted = count(Task.assignee_id == scope.staff_id)
    return made, made_converted, received, received_contacted, received_converted


def _recommendations(
    session: Session, scope: Scope, first: date, last: date
) -> tuple[tuple[RecommendationRow, ...], tuple[CountRow, ...]]:
    r = RecommendationOutcome
    where = [r.recorded_at >= day_start(first), r.recorded_at < day_after(last)]
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


def agreement_counts(session: Session, scope: Scope, first: date, last: date) -> tuple[CountRow, ...]:
    q = (
        select(Product.family, func.count(Agreement.id), fen_sum(Agreement.amount))
        .join(Product, Product.id == Agreement.product_id)
        .where(*agreement_filter(scope, first, last))
        .group_by(Product.family)
        .order_by(Product.family)
    )
    return tuple(CountRow(family, family, n, yuan(amount)) for family, n, amount in session.execute(q))


def _receipts(
    session: Session, scope: Scope, first: date, last: date
) -> tuple[tuple[CountRow, ...], Decimal]:
    where = [
        Receipt.issued_at >= day_start(first),
        Receipt.issued_at < day_after(last),
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
        tuple(CountRow(service, service, n, yuan(amount)) for service, n, amount, _fee in rows),
        sum((yuan(fee) for *_rest, fee in rows), ZERO),
    )


def _tasks(session: Session, scope: Scope, today: date) -> tuple[int, int]:
    q = select(
        func.count(Task.id), func.coalesce(func.sum(case((Task.due_on < today, 1), else_=0)), 0)
    ).where(Task.status == "open", task_owner(scope))
    open_n, overdue = session.execute(q).one()
    return open_n, overdue


def activity_figures(
    session: Session, scope: Scope, period: Period, as_of: date, today: date
) -> ActivityFigures:
    made, made_converted, received, contacted, converted = referral_counts(
        session, scope, period.first, as_of
    )
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
        agreements=agreement_counts(session, scope, period.first, as_of),
        receipts=receipts,
        receipt_fees=fees,
        open_tasks=open_tasks,
        overdue_tasks=overdue,
    )


def complaint_figures(session: Session, first: date, last: date) -> ComplaintFigures:
    c = Complaint
    in_period = and_(c.received_at >= day_start(first), c.received_at < day_after(last))
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

    def by(column: QueryableAttribute[str]) -> tuple[CountRow, ...]:
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
