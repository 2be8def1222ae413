"""The daily positions job: the book per manager and tier each day, each customer's tier at month ends.

Branch figures need the past (年初, 同期, daily averages, tier moves), which the live tables do not keep. Run once a
day or more (after sign-in, and `branchdesk figures snapshot`). Each customer's line for the day is written to
`customer_positions` (INSERT ... SELECT, a chunk of customers per write transaction, so other stations never wait
long for SQLite's writer lock); the day's sums per manager and tier are read from those lines outside any write
transaction and written in one short one. Drill-downs list the customers behind a figure from the same lines.

- `daily_positions` for the run's day is replaced with the live state (the last run of a day wins). The first
  run of a day also rewrites the last recorded day and fills the days since (a weekend, a holiday) with the
  state it finds: nothing moves while the branch is closed, so that is how they ended. Every calendar day has
  its rows, and a daily average is a sum ÷ days. (Customers opened this morning before the run count from
  those days too: a handful, and the new-customer figure reads the customers' own dates.)
- At the first run after a month ends, the month-end tier job moves tiers (services/tiers.py, in chunks), then
  the customers' lines are copied as that month end's (in chunks, marked unfinished until the transitions from
  the month end before it are written): a run cut short is completed by the next.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Date,
    Select,
    String,
    and_,
    case,
    column,
    delete,
    func,
    insert,
    literal,
    select,
    table,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from db.models import (
    Customer,
    CustomerMonthEnd,
    CustomerPosition,
    DailyPosition,
    Holding,
    Interaction,
    Product,
    TierTransition,
    UnfinishedRun,
)
from db.session import Database
from domain.money import from_fen
from domain.performance import CONTACT_INTERVAL_DAYS, PositionsRun
from domain.profile import AUM_FAMILIES
from services.tier_job import moved_at, run_month_end_in_chunks

log = logging.getLogger(__name__)
CARRY_FORWARD_DAYS = 400  # a gap longer than this is left empty rather than invented


CHUNK_CUSTOMERS = 5_000  # customers per write transaction: tens of milliseconds of SQLite's writer lock each
MONTH_END_JOB = "month_end"  # unfinished_runs.job while a month end's customer lines are being copied


COLUMNS = (
    "day", "branch_id", "manager_id", "tier", "customers", "aum", "deposits", "holdings", "families",
    "contact_due", "contacted",
)  # fmt: skip
LINE_COLUMNS = (
    "customer_id", "branch_id", "manager_id", "tier", "aum", "deposits", "holdings", "families", "planned",
    "contacted",
)  # fmt: skip
# The lines as stored (fen), without the model's conversion to yuan.
_LINES = table(
    "customer_positions",
    *(column(name, Boolean if name in ("planned", "contacted") else None) for name in LINE_COLUMNS),
)
WRITE_ROWS = 1_000  # lines per write transaction: a few tens of milliseconds of the writer lock


def _live_lines(
    session: Session, day: date, which: Callable[[Any], ColumnElement[bool]]
) -> dict[int, tuple[Any, ...]]:
    """The live state of the customers `which` picks, as lines: three plain reads summed here, in fen."""
    conn = session.connection()
    end = datetime.combine(day + timedelta(days=1), time())
    people = conn.execute(
        select(Customer.id, Customer.branch_id, Customer.manager_id, Customer.tier).where(which(Customer.id))
    ).all()
    sums: dict[int, list[int]] = {}  # aum, deposits, holdings
    families: dict[int, set[str]] = {}
    for cid, family, balance in conn.execute(
        select(Holding.customer_id, Product.family, type_coerce(Holding.balance, BigInteger))
        .join(Product, Product.id == Holding.product_id)
        .where(Holding.status == "active", which(Holding.customer_id))
    ):
        held = sums.setdefault(cid, [0, 0, 0])
        held[0] += balance if family in AUM_FAMILIES else 0
        held[1] += balance if family == "deposit" else 0
        held[2] += 1
        families.setdefault(cid, set()).add(family)
    last_contact = dict(
        conn.execute(
            select(Interaction.customer_id, func.max(Interaction.occurred_at))
            .where(which(Interaction.customer_id), Interaction.occurred_at < end)
            .group_by(Interaction.customer_id)
        ).all()
    )
    lines = {}
    for cid, branch, manager, tier in people:
        aum, deposits, holdings = sums.get(cid, (0, 0, 0))
        interval = CONTACT_INTERVAL_DAYS.get(tier)
        last = last_contact.get(cid)
        contacted = interval is not None and last is not None and last >= end - timedelta(days=interval)
        lines[cid] = (cid, branch, manager, tier, aum, deposits, holdings, len(families.get(cid, ())),
                      interval is not None, contacted)  # fmt: skip
    return lines


def _id_ranges(db: Database, size: int | None = None) -> list[tuple[int, int]]:
    """Customer ids cut into ranges of `size` (CHUNK_CUSTOMERS)."""
    size = size or CHUNK_CUSTOMERS
    with db.read() as uow:
        low, high = uow.session.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
    if low is None:
        return []
    return [(start, start + size) for start in range(low, high + 1, size)]


def _between(low: int, high: int) -> Callable[[Any], ColumnElement[bool]]:
    return lambda column: and_(column >= low, column < high)


def _among(ids: list[int]) -> Callable[[Any], ColumnElement[bool]]:
    return lambda column: column.in_(ids)


def _record_customer_lines(db: Database, day: date, only: list[int] | None = None) -> None:
    """Each customer's line for `day` (or only those customers'), a chunk of customers at a time: read and
    compared with the stored lines outside any write transaction, then only the lines that changed written, in
    short transactions, so another station waits for the writer lock a few milliseconds, never the whole book.
    A run cut short leaves some lines older; the next run brings them all up to date."""
    picks: list[Callable[[Any], ColumnElement[bool]]]
    if only is None:
        picks = [_between(low, high) for low, high in _id_ranges(db)]
    else:
        picks = [_among(only[i : i + 500]) for i in range(0, len(only), 500)]
    stored = _LINES.c
    for which in picks:
        with db.read() as uow:
            live = _live_lines(uow.session, day, which)
            kept = {
                row[0]: tuple(row)
                for row in uow.session.connection().execute(
                    select(*(stored[c] for c in LINE_COLUMNS)).where(which(stored.customer_id))
                )
            }
        changed = [line for cid, line in live.items() if kept.get(cid) != line]
        gone = [cid for cid in kept if cid not in live]
        for i in range(0, max(len(changed), len(gone)), WRITE_ROWS):
            batch, leaving = changed[i : i + WRITE_ROWS], gone[i : i + WRITE_ROWS]
            with db.write_chunk() as uow:
                s = uow.session
                ids = [line[0] for line in batch] + leaving
                s.execute(delete(CustomerPosition).where(CustomerPosition.customer_id.in_(ids)))
                if batch:
                    s.connection().execute(
                        _LINES.insert(), [dict(zip(LINE_COLUMNS, line, strict=True)) for line in batch]
                    )
                uow.commit()


def _stored_aum(db: Database) -> dict[int, int]:
    """Each customer's AUM in fen on the lines just recorded (the tier job's measure: the live book)."""
    lines = _LINES.c
    with db.read() as uow:
        return {
            cid: int(aum)
            for cid, aum in uow.session.connection().execute(select(lines.customer_id, lines.aum))
        }


def _day_groups(session: Session, day: date) -> list[dict[str, Any]]:
    """The day's rows (per branch, manager and tier), summed from the customers' lines."""
    c = CustomerPosition
    fen = BigInteger
    rows = session.execute(
        select(
            c.branch_id,
            c.manager_id,
            c.tier,
            func.count(),
            func.coalesce(func.sum(type_coerce(c.aum, fen)), 0),
            func.coalesce(func.sum(type_coerce(c.deposits, fen)), 0),
            func.coalesce(func.sum(c.holdings), 0),
            func.coalesce(func.sum(c.families), 0),
            func.sum(case((c.planned, 1), else_=0)),
            func.sum(case((c.planned & c.contacted, 1), else_=0)),
        )
        .join(Customer, Customer.id == c.customer_id)
        .where(Customer.created_at < datetime.combine(day + timedelta(days=1), time()))
        .group_by(c.branch_id, c.manager_id, c.tier)
    ).all()
    return [
        dict(zip(COLUMNS, (day, b, m, t, n, from_fen(int(aum)), from_fen(int(dep)), *rest), strict=True))
        for b, m, t, n, aum, dep, *rest in rows
    ]


def _write_day(session: Session, day: date, groups: list[dict[str, Any]]) -> int:
    session.execute(delete(DailyPosition).where(DailyPosition.day == day))
    if groups:
        session.execute(insert(DailyPosition), groups)
    return len(groups)


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


def _month_end_recorded(session: Session, month_end: date) -> bool:
    """Its customers' lines are all copied: rows there, and no copy still under way."""
    started = session.get(UnfinishedRun, (MONTH_END_JOB, month_end)) is not None
    has_rows = session.scalar(
        select(CustomerMonthEnd.id).where(CustomerMonthEnd.month_end == month_end).limit(1)
    )
    return has_rows is not None and not started


def _record_month_end(db: Database, month_end: date, now: datetime) -> None:
    """Copy the customers' lines (just recorded, after the tier job) as the month end's, WRITE_ROWS customers per
    transaction.

    Marked unfinished before the first copy and finished with the transitions, in one transaction at the end: a
    run cut short leaves the mark, and the next run copies the customers still missing and ends it."""
    c, m = CustomerPosition, CustomerMonthEnd
    with db.write() as uow:
        if uow.session.get(UnfinishedRun, (MONTH_END_JOB, month_end)) is None:
            uow.session.add(UnfinishedRun(job=MONTH_END_JOB, day=month_end, started_at=now))
            uow.commit()
    with db.read() as uow:
        before = uow.session.scalar(select(func.max(m.month_end)).where(m.month_end < month_end))
    earlier = aliased(CustomerMonthEnd)
    previous_tier = (
        select(earlier.tier)
        .where(earlier.month_end == before, earlier.customer_id == c.customer_id)
        .scalar_subquery()
    )
    for low, high in _id_ranges(db, WRITE_ROWS):
        copied = select(m.id).where(m.month_end == month_end, m.customer_id == c.customer_id).exists()
        rows = select(
            literal(month_end, Date),
            c.customer_id,
            c.branch_id,
            c.manager_id,
            c.tier,
            c.aum,
            func.coalesce(previous_tier, literal("", String)),
        ).where(c.customer_id >= low, c.customer_id < high, ~copied)
        with db.write_chunk() as uow:
            uow.session.connection().execute(
                insert(m).from_select(
                    ["month_end", "customer_id", "branch_id", "manager_id", "tier", "aum", "previous_tier"],
                    rows,
                )
            )
            uow.commit()
    with db.read() as uow:
        transitions = _transition_rows(uow.session, month_end)
    with db.write() as uow:
        _replace_transitions(uow.session, month_end, transitions)
        uow.session.execute(
            delete(UnfinishedRun).where(UnfinishedRun.job == MONTH_END_JOB, UnfinishedRun.day == month_end)
        )
        uow.commit()


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


_TRANSITION_COLUMNS = ("branch_id", "manager_id", "from_tier", "to_tier", "left_book", "customers")


def _transition_rows(session: Session, month_end: date) -> list[dict[str, Any]] | None:
    """The transitions to `month_end` from the month end before it (None: no month end before it)."""
    earlier = session.scalar(
        select(func.max(CustomerMonthEnd.month_end)).where(CustomerMonthEnd.month_end < month_end)
    )
    if earlier is None:
        return None
    return [
        {"month_end": month_end, **dict(zip(_TRANSITION_COLUMNS, row, strict=True))}
        for query in (transitions_query(earlier, month_end), new_customers_query(earlier, month_end))
        for row in session.execute(query)
    ]


def _replace_transitions(session: Session, month_end: date, rows: list[dict[str, Any]] | None) -> int:
    if rows is None:
        return 0
    session.execute(delete(TierTransition).where(TierTransition.month_end == month_end))
    if rows:
        session.execute(insert(TierTransition), rows)
    return len(rows)


def _write_transitions(session: Session, month_end: date) -> int:
    """The transitions to `month_end`, in the caller's transaction (the demo's history and the benchmark)."""
    return _replace_transitions(session, month_end, _transition_rows(session, month_end))


def previous_month_end(day: date) -> date:
    return day.replace(day=1) - timedelta(days=1)


def record_positions(
    db: Database, day: date | None = None, *, if_missing: bool = False
) -> PositionsRun | None:
    """Record `day` (today) and close the days before it; safe to run again, on any station.

    `if_missing` (the run at sign-in): do nothing when the day is already recorded. The work is done in short
    write transactions (the month-end tier job's changes, the customers' lines, the month end's copy: a chunk of
    customers each), so the other stations go on saving while it runs; the day's rows and the days carried
    forward are written together at the end, and a run cut short is completed by the next one."""
    day = day or date.today()
    month_end = previous_month_end(day)
    with db.read() as uow:
        s = uow.session
        if if_missing and _day_recorded(s, day):
            return None
        month_end_due = not _month_end_recorded(s, month_end)
    transitions = 0
    _record_customer_lines(db, day)
    if month_end_due:
        # Tiers move at the month end (DOMAIN §3) before the month end's tiers are recorded; the job measures
        # the lines just recorded, and the lines of the customers it moved are recorded again.
        run_month_end_in_chunks(db, month_end, now=datetime.now(), aum=_stored_aum(db))
        _record_customer_lines(db, day, only=moved_at(db, month_end))
    with db.read() as uow:
        groups = _day_groups(uow.session, day)
    with db.write() as uow:
        s = uow.session
        new_day = not _day_recorded(s, day)
        _write_day(s, day, groups)
        carried = _close_previous_days(s, day) if new_day else 0
        uow.commit()
    if month_end_due:
        _record_month_end(db, month_end, datetime.now())
        with db.read() as uow:
            transitions = (
                uow.session.scalar(select(func.count()).where(TierTransition.month_end == month_end)) or 0
            )
    log.info("positions recorded for %s: %d groups, %d days carried", day, len(groups), carried)
    return PositionsRun(day, len(groups), carried, month_end if month_end_due else None, transitions)


def _day_recorded(session: Session, day: date) -> bool:
    return session.scalar(select(DailyPosition.id).where(DailyPosition.day == day).limit(1)) is not None
