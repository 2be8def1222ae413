"""The daily positions job: the book per manager and tier each day, each customer's tier at month ends.

Branch figures need the past (年初, 同期, daily averages, tier moves), which the live tables do not keep. Run once a
day or more (after sign-in, and `branchdesk figures snapshot`); every statement is an INSERT ... SELECT, so the
cost stays in the database whatever the number of customers.

- `daily_positions` for the run's day is replaced with the live state (the last run of a day wins). The first
  run of a day also rewrites the last recorded day and fills the days since (a weekend, a holiday) with the
  state it finds: nothing moves while the branch is closed, so that is how they ended. Every calendar day has
  its rows, and a daily average is a sum ÷ days. (Customers opened this morning before the run count from
  those days too: a handful, and the new-customer figure reads the customers' own dates.)
- At the first run after a month ends, the month-end tier job moves tiers (services/tiers.py), then that month
  end's customer positions are written from the live state (nothing moved overnight), then the transitions
  from the month end before it.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    String,
    Subquery,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    select,
)
from sqlalchemy.orm import Session, aliased

from db.models import (
    Customer,
    CustomerMonthEnd,
    DailyPosition,
    Holding,
    Interaction,
    Product,
    TierTransition,
)
from db.session import Database
from domain.performance import CONTACT_INTERVAL_DAYS, PositionsRun
from domain.profile import AUM_FAMILIES
from services.tiers import apply_month_end

log = logging.getLogger(__name__)
CARRY_FORWARD_DAYS = 400  # a gap longer than this is left empty rather than invented


def _per_customer() -> Subquery:
    """Each customer's AUM, deposits, active holdings and product families, in fen."""
    active = Holding.status == "active"
    return (
        select(
            Holding.customer_id.label("customer_id"),
            func.sum(case((Product.family.in_(sorted(AUM_FAMILIES)), Holding.balance), else_=0)).label("aum"),
            func.sum(case((Product.family == "deposit", Holding.balance), else_=0)).label("deposits"),
            func.count(Holding.id).label("holdings"),
            func.count(Product.family.distinct()).label("families"),
        )
        .join(Product, Product.id == Holding.product_id)
        .where(active)
        .group_by(Holding.customer_id)
        .subquery()
    )


COLUMNS = (
    "day", "branch_id", "manager_id", "tier", "customers", "aum", "deposits", "holdings", "families",
    "contact_due", "contacted",
)  # fmt: skip


def _contacted(day: date) -> ColumnElement[bool]:
    """The customer (T1+) was contacted within their tier's interval up to the end of `day`."""
    end = datetime.combine(day + timedelta(days=1), time())
    cutoff = case(
        *(
            (Customer.tier == tier, end - timedelta(days=days))
            for tier, days in CONTACT_INTERVAL_DAYS.items()
        ),
        else_=end,
    )
    return (
        select(Interaction.id)
        .where(
            Interaction.customer_id == Customer.id,
            Interaction.occurred_at >= cutoff,
            Interaction.occurred_at < end,
        )
        .exists()
    )


def _write_day(session: Session, day: date) -> int:
    session.execute(delete(DailyPosition).where(DailyPosition.day == day))
    pc = _per_customer()
    zero = literal(0)
    planned = Customer.tier.in_(sorted(CONTACT_INTERVAL_DAYS))
    rows = (
        select(
            literal(day, Date).label("day"),
            Customer.branch_id,
            Customer.manager_id,
            Customer.tier,
            func.count(Customer.id),
            func.coalesce(func.sum(pc.c.aum), zero),
            func.coalesce(func.sum(pc.c.deposits), zero),
            func.coalesce(func.sum(pc.c.holdings), zero),
            func.coalesce(func.sum(pc.c.families), zero),
            func.sum(case((planned, 1), else_=0)),
            func.sum(case((planned & _contacted(day), 1), else_=0)),
        )
        .outerjoin(pc, pc.c.customer_id == Customer.id)
        .where(Customer.created_at < datetime.combine(day + timedelta(days=1), time()))
        .group_by(Customer.branch_id, Customer.manager_id, Customer.tier)
    )
    session.connection().execute(insert(DailyPosition).from_select(COLUMNS, rows))
    # Counted, not rowcount: psycopg reports -1 for an INSERT ... SELECT through SQLAlchemy here.
    return session.scalar(select(func.count()).where(DailyPosition.day == day)) or 0


def _close_previous_days(session: Session, day: date) -> int:
    """The first run of a day: the days since the last recorded one take today's opening state.

    Nothing moves while the branch is closed, so the state found now is how the last recorded day ended (its row
    was written at some sign-in during that day) and how every closed day since stood. Returns the days filled.
    """
    last = session.scalar(select(func.max(DailyPosition.day)).where(DailyPosition.day < day))
    if last is None:
        return 0
    first = max(last, day - timedelta(days=CARRY_FORWARD_DAYS))
    session.execute(delete(DailyPosition).where(DailyPosition.day >= first, DailyPosition.day < day))
    p = DailyPosition
    days = (day - first).days
    for offset in range(days):
        copy = select(
            literal(first + timedelta(days=offset), Date),
            p.branch_id,
            p.manager_id,
            p.tier,
            p.customers,
            p.aum,
            p.deposits,
            p.holdings,
            p.families,
            p.contact_due,
            p.contacted,
        ).where(p.day == day)
        session.connection().execute(insert(DailyPosition).from_select(COLUMNS, copy))
    return days


def _write_month_end(session: Session, month_end: date) -> None:
    pc = _per_customer()
    rows = select(
        literal(month_end, Date),
        Customer.id,
        Customer.branch_id,
        Customer.manager_id,
        Customer.tier,
        func.coalesce(pc.c.aum, literal(0)),
    ).outerjoin(pc, pc.c.customer_id == Customer.id)
    session.execute(
        insert(CustomerMonthEnd).from_select(
            ["month_end", "customer_id", "branch_id", "manager_id", "tier", "aum"], rows
        )
    )


def transitions_query(
    earlier: date, later: date, manager_id: int | None = None, *, whole_branch: bool = True
) -> Select[*tuple[Any, ...]]:
    """(branch, manager at `earlier`, from, to, left_book, customers) between two recorded month ends.

    Customers gone by `later` have to-tier ""; customers new since `earlier` come in a second query with
    from-tier "" (see `new_customers_query`). Scoped to one manager's book at `earlier` unless whole_branch."""
    prev, cur = aliased(CustomerMonthEnd), aliased(CustomerMonthEnd)
    left_book = and_(cur.id.is_not(None), cur.manager_id.is_distinct_from(prev.manager_id))
    query = (
        select(
            prev.branch_id,
            prev.manager_id,
            prev.tier,
            func.coalesce(cur.tier, literal("", String)).label("to_tier"),
            case((left_book, True), else_=False).label("left_book"),
            func.count(),
        )
        .outerjoin(cur, and_(cur.customer_id == prev.customer_id, cur.month_end == later))
        .where(prev.month_end == earlier)
        .group_by(prev.branch_id, prev.manager_id, prev.tier, "to_tier", "left_book")
    )
    return query if whole_branch else query.where(prev.manager_id.is_not_distinct_from(manager_id))


def new_customers_query(
    earlier: date, later: date, manager_id: int | None = None, *, whole_branch: bool = True
) -> Select[*tuple[Any, ...]]:
    prev, cur = aliased(CustomerMonthEnd), aliased(CustomerMonthEnd)
    query = (
        select(
            cur.branch_id,
            cur.manager_id,
            literal("", String).label("from_tier"),
            cur.tier,
            literal(False).label("left_book"),
            func.count(),
        )
        .outerjoin(prev, and_(prev.customer_id == cur.customer_id, prev.month_end == earlier))
        .where(cur.month_end == later, prev.id.is_(None))
        .group_by(cur.branch_id, cur.manager_id, cur.tier)
    )
    return query if whole_branch else query.where(cur.manager_id.is_not_distinct_from(manager_id))


def _write_transitions(session: Session, month_end: date) -> int:
    earlier = session.scalar(
        select(func.max(CustomerMonthEnd.month_end)).where(CustomerMonthEnd.month_end < month_end)
    )
    if earlier is None:
        return 0
    session.execute(delete(TierTransition).where(TierTransition.month_end == month_end))
    columns = ["month_end", "branch_id", "manager_id", "from_tier", "to_tier", "left_book", "customers"]
    for query in (transitions_query(earlier, month_end), new_customers_query(earlier, month_end)):
        rows = query.add_columns(literal(month_end, Date).label("month_end")).subquery()
        select_rows = select(rows.c.month_end, *[c for c in rows.c if c.name != "month_end"])
        session.connection().execute(insert(TierTransition).from_select(columns, select_rows))
    return session.scalar(select(func.count()).where(TierTransition.month_end == month_end)) or 0


def previous_month_end(day: date) -> date:
    return day.replace(day=1) - timedelta(days=1)


def record_positions(
    db: Database, day: date | None = None, *, if_missing: bool = False
) -> PositionsRun | None:
    """Record `day` (today) and close the days before it; safe to run again, on any station.

    `if_missing` (the run at sign-in): do nothing when the day is already recorded — on a million customers a
    run costs 15-20 s, and the dashboard's "update today's figures" refreshes the day on demand."""
    day = day or date.today()
    with db.write() as uow:
        s = uow.session
        new_day = s.scalar(select(DailyPosition.id).where(DailyPosition.day == day).limit(1)) is None
        if if_missing and not new_day:
            return None
        groups = _write_day(s, day)
        carried = _close_previous_days(s, day) if new_day else 0
        month_end = previous_month_end(day)
        transitions = 0
        recorded = s.scalar(select(func.count()).where(CustomerMonthEnd.month_end == month_end))
        if not recorded:
            # Tiers move at the month end (DOMAIN §3) before the month end's tiers are recorded.
            apply_month_end(s, month_end, now=datetime.now())
            _write_month_end(s, month_end)
            transitions = _write_transitions(s, month_end)
        uow.commit()
    log.info("positions recorded for %s: %d groups, %d days carried", day, groups, carried)
    return PositionsRun(day, groups, carried, None if recorded else month_end, transitions)
