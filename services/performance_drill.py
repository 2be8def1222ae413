"""Opening a figure to the customers behind it (drill-down), in the same scope and period as the figure.

Each figure's list is selected by the same conditions its count uses (services/performance.py), one row per
thing counted (a customer twice converted is listed twice, with each referral), so the total equals the number
on the dashboard. The book and the contact plan are listed from the customers' lines the daily job stored
(`customer_positions`, services/positions.py), the lines the figures were summed from: one indexed page, not a
million customers' holdings summed again. Rows: the largest AUM first (the AUM on the customer's stored line; for
tier moves, the AUM at the month end that set the tier), a page of DRILL_ROWS from `offset`; names masked for
tellers, as on every list that is not about the customer at the counter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    ScalarSelect,
    Select,
    and_,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from db.models import (
    Agreement,
    Customer,
    CustomerMonthEnd,
    CustomerPosition,
    DailyPosition,
    Holding,
    Product,
    RecommendationOutcome,
    Staff,
    Task,
)
from db.session import Database
from domain.errors import InvalidValue
from domain.identity import mask_name
from domain.performance import MID_HIGH_TIERS, TIERS, DrillDown, DrillRow, Figure
from domain.periods import Period
from domain.permissions import BOOK_HOLDERS, BRANCH_WIDE, REFERRING_ROLES
from domain.profile import AUM_FAMILIES
from domain.referrals import REFERRAL_KIND, ReferralOutcome
from domain.staff import StaffUser
from services.performance import tier_moves, transition_rows
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
    yuan,
)
from services.positions import previous_month_end

DRILL_ROWS = 200
STORED_LINES = (Figure.BOOK, Figure.CONTACT_DUE)  # listed from the customers' stored lines
MOVES = (Figure.MOVED_UP, Figure.MOVED_DOWN, Figure.MID_HIGH_LOST)
# The customers behind a figure: rows of (customer_id, detail), and aum_fen where the rows carry it already.
Listing = Select[*tuple[Any, ...]]


def _aum() -> ScalarSelect[int]:
    """The customer's AUM in fen, for the rows listed only (a correlated sum on the holdings index)."""
    return (
        select(fen_sum(Holding.balance))
        .join(Product, Product.id == Holding.product_id)
        .where(
            Holding.customer_id == Customer.id,
            Holding.status == "active",
            Product.family.in_(sorted(AUM_FAMILIES)),
        )
        .scalar_subquery()
    )


def _mine(scope: Scope) -> list[ColumnElement[bool]]:
    where = [Customer.branch_id == scope.branch_id]
    if scope.staff is not None:
        where.append(Customer.manager_id == scope.staff_id)
    return where


def _lines(scope: Scope) -> list[ColumnElement[bool]]:
    line = CustomerPosition
    where = [line.branch_id == scope.branch_id]
    if scope.staff is not None:
        where.append(line.manager_id == scope.staff_id)
    return where


def _book(scope: Scope, tier: str) -> Listing:
    line = CustomerPosition
    where = _lines(scope)
    if tier:
        where.append(line.tier == tier)
    return select(line.customer_id, literal("").label("detail"), _stored_aum(line)).where(*where)


def _stored_aum(line: type[CustomerPosition]) -> ColumnElement[int]:
    return type_coerce(line.aum, BigInteger).label("aum_fen")


def _new_customers(scope: Scope, period: Period, last: date) -> Listing:
    # The period's few customers by the created_at index: "+ 0" keeps SQLite from walking the manager's whole
    # book on the manager_id index instead (seconds on a million customers).
    mine = [Customer.branch_id == scope.branch_id]
    if scope.staff is not None:
        mine.append(Customer.manager_id + 0 == scope.staff_id)
    return (
        select(Customer.id.label("customer_id"), func.min(Customer.created_at).label("detail"))
        .where(
            *mine,
            Customer.created_at >= day_start(period.first),
            Customer.created_at < day_after(last),
        )
        .group_by(Customer.id)
    )


def _moved(
    session: Session, scope: Scope, period: Period, as_of: date, figure: Figure, move: tuple[str, str] | None
) -> Listing | None:
    window = month_window(session, period, as_of)
    if window is None:
        return None
    prev, cur = aliased(CustomerMonthEnd), aliased(CustomerMonthEnd)
    query = (
        select(
            prev.customer_id.label("customer_id"),
            (prev.tier + "→" + func.coalesce(cur.tier, "")).label("detail"),
            # The AUM that set the tier (at the later month end, or the earlier one for a customer gone): stored
            # on the rows already, so a list of 50,000 moves is not summed from the holdings one by one.
            type_coerce(func.coalesce(cur.aum, prev.aum), BigInteger).label("aum_fen"),
        )
        .outerjoin(cur, and_(cur.customer_id == prev.customer_id, cur.month_end == window[1]))
        .where(prev.month_end == window[0], prev.branch_id == scope.branch_id)
    )
    if scope.staff is not None:
        query = query.where(prev.manager_id == scope.staff_id)
    if move is not None:  # one cell of the moves table: from this tier to that one
        query = query.where(prev.tier == move[0], cur.tier == move[1])
    if figure is Figure.MOVED_UP:
        return query.where(cur.tier > prev.tier)
    if figure is Figure.MOVED_DOWN:
        return query.where(cur.tier < prev.tier)
    kept: ColumnElement[bool] = cur.tier.in_(MID_HIGH_TIERS)
    if scope.staff is not None:
        kept = and_(kept, cur.manager_id == scope.staff_id)
    return query.where(prev.tier.in_(MID_HIGH_TIERS), or_(cur.id.is_(None), ~kept))


def _contact_due(scope: Scope) -> Listing:
    """The T1+ customers not contacted within their tier's interval on the day the lines were recorded."""
    line = CustomerPosition
    return select(line.customer_id, line.tier.label("detail"), _stored_aum(line)).where(
        *_lines(scope), line.planned.is_(True), line.contacted.is_(False)
    )


def _referrals(scope: Scope, period: Period, last: date) -> Listing:
    query = select(Task.customer_id.label("customer_id"), Task.title.label("detail")).where(
        Task.kind == REFERRAL_KIND,
        Task.outcome == ReferralOutcome.CONVERTED.value,
        Task.created_at >= day_start(period.first),
        Task.created_at < day_after(last),
        Task.assignee_id.in_(branch_staff(scope)),
    )
    if scope.staff is not None:
        who = Task.created_by_id if scope.role in REFERRING_ROLES else Task.assignee_id
        query = query.where(who == scope.staff_id)
    return query


def _accepted(scope: Scope, period: Period, last: date) -> Listing:
    r = RecommendationOutcome
    query = (
        select(r.customer_id.label("customer_id"), Product.name.label("detail"))
        .join(Product, Product.id == r.product_id)
        .where(
            r.outcome == "accepted", r.recorded_at >= day_start(period.first), r.recorded_at < day_after(last)
        )
        .where(r.staff_id.in_(branch_staff(scope)))
    )
    if scope.staff is not None:
        query = query.where(r.staff_id == scope.staff_id)
    return query


def _agreements(scope: Scope, period: Period, last: date) -> Listing:
    """One row per agreement with its amount (the card sums amounts, not the customers' assets)."""
    return (
        select(
            Agreement.customer_id.label("customer_id"),
            (Agreement.number + literal(" ") + Product.name).label("detail"),
            type_coerce(Agreement.amount, BigInteger).label("amount_fen"),
        )
        .join(Product, Product.id == Agreement.product_id)
        .where(*agreement_filter(scope, period.first, last))
    )


def _overdue(scope: Scope, today: date) -> Listing:
    return select(Task.customer_id.label("customer_id"), Task.title.label("detail")).where(
        Task.status == "open", Task.due_on < today, task_owner(scope)
    )


def drill(
    db: Database,
    user: StaffUser,
    figure: Figure,
    period: Period,
    staff_login: str | None = None,
    *,
    tier: str = "",
    move: tuple[str, str] | None = None,
    today: date | None = None,
    offset: int = 0,
) -> DrillDown:
    """The customers behind one figure of `scorecard(user, period, staff_login)`: a page of DRILL_ROWS rows from
    `offset` (the largest first), and the total of every row."""
    today = today or date.today()
    for value in (tier, *(move or ())):
        if value and value not in TIERS:
            raise InvalidValue("unknown_tier", value=value)
    last = min(period.last, today)
    with db.read() as uow:
        s = uow.session
        scope = scope_for(s, user, staff_login)
        as_of = recorded_day(s, scope.branch_id, last) or last
        listings: dict[Figure, Callable[[], Listing | None]] = {
            Figure.BOOK: lambda: _book(scope, tier),
            Figure.NEW_CUSTOMERS: lambda: _new_customers(scope, period, last),
            Figure.MOVED_UP: lambda: _moved(s, scope, period, as_of, figure, move),
            Figure.MOVED_DOWN: lambda: _moved(s, scope, period, as_of, figure, move),
            Figure.MID_HIGH_LOST: lambda: _moved(s, scope, period, as_of, figure, move),
            Figure.CONTACT_DUE: lambda: _contact_due(scope),
            Figure.REFERRALS_CONVERTED: lambda: _referrals(scope, period, last),
            Figure.RECOMMENDATIONS_ACCEPTED: lambda: _accepted(scope, period, last),
            Figure.AGREEMENTS: lambda: _agreements(scope, period, last),
            Figure.OVERDUE_TASKS: lambda: _overdue(scope, today),
        }
        chosen = listings[figure]()
        if chosen is None:
            return DrillDown(figure, tier, 0, ())
        # Tier moves are counted from the stored transitions, as the figure is (not a join of two month ends).
        counted = _moves_counted(s, scope, period, as_of, figure, move) if figure in MOVES else None
        if figure in STORED_LINES:  # the day's sums the figure shows, summed from these same lines
            counted = _lines_counted(s, scope, as_of, figure, tier)
        paged = _moves_page(s, scope, period, as_of, figure, move, offset) if figure in MOVES else None
        if paged is not None:
            (total, rows), amount_total = paged, None
        else:
            total, rows, amount_total = _page(s, chosen, figure in STORED_LINES, offset, counted)
    show_name = user.role in BOOK_HOLDERS | BRANCH_WIDE
    return DrillDown(
        figure,
        tier,
        total,
        tuple(
            DrillRow(
                no,
                name if show_name else mask_name(name),
                t,
                manager or "",
                yuan(fen),
                _detail(detail),
                None if amount_fen is None else yuan(amount_fen),
            )  # fmt: skip
            for no, name, t, manager, fen, detail, amount_fen in rows
        ),
        amount_total,
    )


def _lines_counted(s: Session, scope: Scope, day: date, figure: Figure, tier: str) -> int:
    p = DailyPosition
    counted = p.customers if figure is Figure.BOOK else p.contact_due - p.contacted
    query = select(func.coalesce(func.sum(counted), 0)).where(p.day == day, p.branch_id == scope.branch_id)
    if scope.staff is not None:
        query = query.where(p.manager_id == scope.staff_id)
    if tier:
        query = query.where(p.tier == tier)
    return int(s.scalar(query) or 0)


def _moves_page(
    s: Session,
    scope: Scope,
    period: Period,
    as_of: date,
    figure: Figure,
    move: tuple[str, str] | None,
    offset: int,
) -> tuple[int, list[Any]] | None:
    """A page of tier moves (up, down, or mid-high customers lost) between consecutive month ends, cell by cell
    of the stored transitions, each read by index (the later month end's rows by previous tier, tier and AUM);
    None where that index cannot serve (month ends apart, rows recorded before the previous tier was kept,
    customers gone from the bank)."""
    window = month_window(s, period, as_of)
    if window is None or previous_month_end(window[1]) != window[0]:
        return None
    earlier, later = window
    cur, prev = aliased(CustomerMonthEnd), aliased(CustomerMonthEnd)
    unknown = select(cur.id).where(cur.month_end == later, cur.previous_tier.is_(None)).limit(1)
    if s.scalar(unknown) is not None:
        return None
    rows_moved = transition_rows(s, scope, window)
    # (from, to) -> only those who left the manager's book (a mid-high customer kept in tier but not in the book)
    cells: dict[tuple[str, str], bool] = {}
    for from_tier, to_tier, left_book, n in rows_moved:
        if not n or not from_tier:
            continue
        if figure is Figure.MID_HIGH_LOST:
            if from_tier not in MID_HIGH_TIERS:
                continue
            if not to_tier:
                return None  # gone from the bank: on the earlier month end only
            lost_tier = to_tier not in MID_HIGH_TIERS
            if not lost_tier and not (scope.staff is not None and left_book):
                continue
            cells[(from_tier, to_tier)] = cells.get((from_tier, to_tier), True) and not lost_tier
        elif (
            to_tier
            and from_tier != to_tier
            and (to_tier > from_tier) == (figure is Figure.MOVED_UP)
            and (move is None or (from_tier, to_tier) == move)
        ):
            cells[(from_tier, to_tier)] = False
    total = sum(
        n
        for from_tier, to_tier, left_book, n in rows_moved
        if (from_tier, to_tier) in cells and (left_book or not cells[(from_tier, to_tier)])
    )
    wanted = max(offset, 0) + DRILL_ROWS
    found: list[Any] = []
    for (from_tier, to_tier), left_only in cells.items():
        query = (
            select(cur.customer_id, type_coerce(cur.aum, BigInteger), literal(f"{from_tier}→{to_tier}"))
            .join(prev, and_(prev.customer_id == cur.customer_id, prev.month_end == earlier))
            .where(
                cur.month_end == later,
                cur.previous_tier == from_tier,
                cur.tier == to_tier,
                prev.branch_id == scope.branch_id,
            )
            .order_by(cur.aum.desc())
            .limit(wanted)
        )
        if scope.staff is not None:
            query = query.where(prev.manager_id == scope.staff_id)
        if left_only:
            query = query.where(cur.manager_id.is_distinct_from(scope.staff_id))
        found += s.execute(query).all()
    ids = [customer_id for customer_id, _aum, _detail in found]
    who = {
        cid: (no, name, tier, manager)
        for i in range(0, len(ids), 500)
        for cid, no, name, tier, manager in s.execute(
            select(Customer.id, Customer.customer_no, Customer.name, Customer.tier, Staff.name)
            .outerjoin(Staff, Staff.id == Customer.manager_id)
            .where(Customer.id.in_(ids[i : i + 500]))
        )
    }
    rows = sorted(
        ((*who[cid][:4], aum, detail, None) for cid, aum, detail in found if cid in who),
        key=lambda row: (-row[4], row[0]),
    )
    return total, rows[max(offset, 0) : wanted]


def _moves_counted(
    s: Session, scope: Scope, period: Period, as_of: date, figure: Figure, move: tuple[str, str] | None
) -> int | None:
    window = month_window(s, period, as_of)
    if window is None:
        return None
    moves, start, kept = tier_moves(transition_rows(s, scope, window), scope.staff is None)
    if figure is Figure.MID_HIGH_LOST:
        return start - kept
    up = figure is Figure.MOVED_UP
    return sum(
        m.customers for m in moves if m.up == up and (move is None or (m.from_tier, m.to_tier) == move)
    )


def _page(
    s: Session, chosen: Listing, stored: bool, offset: int, counted: int | None = None
) -> tuple[int, list[Any], Decimal | None]:
    """(total, the page's rows, the amounts' total where rows have amounts); `counted`: the total, known."""
    behind = chosen.subquery()
    total = counted if counted is not None else s.scalar(select(func.count()).select_from(behind)) or 0
    has_amount = "amount_fen" in behind.c
    amount = behind.c.amount_fen if has_amount else literal(None)
    amount_total = yuan(s.scalar(select(fen_sum(behind.c.amount_fen))) or 0) if has_amount else None
    if stored:
        # Straight from the lines' index (branch[, tier], aum, customer): the page is read, nothing sorted.
        line = CustomerPosition
        page = (
            chosen.with_only_columns(
                Customer.customer_no,
                Customer.name,
                Customer.tier,
                Staff.name,
                _stored_aum(line),
                *[c for c in chosen.selected_columns if c.name == "detail"],
                literal(None),
            )
            .join(Customer, Customer.id == line.customer_id)
            .outerjoin(Staff, Staff.id == Customer.manager_id)
            .order_by(line.aum.desc(), line.customer_id.desc())
        )
    else:
        # The AUM on the customer's stored line (a customer new since the last recording: summed live).
        line = aliased(CustomerPosition)
        stored_aum = type_coerce(line.aum, BigInteger)
        aum = behind.c.aum_fen if "aum_fen" in behind.c else func.coalesce(stored_aum, _aum()).label("aum")
        page = (
            select(
                Customer.customer_no, Customer.name, Customer.tier, Staff.name, aum, behind.c.detail, amount
            )
            .join(Customer, Customer.id == behind.c.customer_id)
            .outerjoin(line, line.customer_id == behind.c.customer_id)
            .outerjoin(Staff, Staff.id == Customer.manager_id)
            .order_by(*((amount.desc(),) if has_amount else ()), aum.desc(), Customer.customer_no)
        )
    rows = list(s.execute(page.offset(max(offset, 0)).limit(DRILL_ROWS)).all())
    return total, rows, amount_total


def _detail(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):  # a datetime too
        return value.strftime("%Y-%m-%d")
    return str(value)
