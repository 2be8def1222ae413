"""The month-end tier job, manual overrides, tier history, the 临界区间 list and the 80/20 report (DOMAIN §3).

`run_month_end(db, as_of)` applies domain/tiers.py to every customer once per month end (a second run for the
same month end changes nothing and says so). It measures the live book, so it runs at the month end: the daily
positions job (services/positions.py) calls it at its first run after a month ends, before it records that month
end's tiers, so the tier moves of the month are the job's. The quarter ends before it come from the recorded
month ends (`customer_month_ends`); a customer with no record there is never downgraded.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from db import audit
from db.lookups import customer_by_number
from db.models import (
    Customer,
    CustomerMonthEnd,
    Holding,
    Product,
    Staff,
    TierChange,
    TierOverride,
    TierRun,
)
from db.session import Database
from domain.codes import Role
from domain.errors import InvalidValue, NotPermitted
from domain.money import from_fen
from domain.permissions import Action, require
from domain.profile import AUM_FAMILIES
from domain.staff import StaffUser
from domain.tiers import (
    DEFAULT_RULE,
    Concentration,
    NearThreshold,
    TierRule,
    concentration,
    decide,
    month_end_on_or_before,
    near_threshold_kind,
    parse_tier,
    quarter_ends_before,
)

_CHUNK = 500  # ids per IN (...) list
JOB_CHUNK = 2_000  # customers per write transaction of the month-end job


@dataclass(frozen=True)
class TierRunResult:
    as_of: date  # the month end the run was for
    already: bool  # an earlier run did this month end: nothing changed now
    upgrades: int
    downgrades: int
    overrides_expired: int
    stars_changed: int


@dataclass(frozen=True)
class TierHistoryRow:
    as_of: date
    old_tier: str
    new_tier: str
    old_star: int
    new_star: int
    measure: Decimal
    reason: str
    note: str
    by: str  # the supervisor's login, or "" for the month-end job


def _fen(column: Any) -> ColumnElement[int]:
    # Money columns read back as yuan; sums are taken in integer fen so they stay exact on both databases.
    return type_coerce(column, BigInteger)


def _require_supervisor(user: StaffUser | None) -> None:
    if user is not None:  # None: the daily positions job itself
        require(user, Action.TIER_RUN)


def _aum_by_customer(session: Session) -> dict[int, int]:
    """Each customer's AUM in fen from the live holdings (loans excluded)."""
    rows = session.execute(
        select(Holding.customer_id, func.sum(_fen(Holding.balance)))
        .join(Product, Product.id == Holding.product_id)
        .where(Holding.status == "active", Product.family.in_(sorted(AUM_FAMILIES)))
        .group_by(Holding.customer_id)
    )
    return {customer_id: int(total or 0) for customer_id, total in rows}


def _recorded_measures(
    session: Session, customer_ids: list[int], days: tuple[date, ...]
) -> dict[tuple[int, date], Decimal]:
    """AUM (yuan) at recorded month ends: {(customer_id, day): Decimal}."""
    found: dict[tuple[int, date], Decimal] = {}
    for i in range(0, len(customer_ids), _CHUNK):
        chunk = customer_ids[i : i + _CHUNK]
        for customer_id, day, aum in session.execute(
            select(CustomerMonthEnd.customer_id, CustomerMonthEnd.month_end, CustomerMonthEnd.aum).where(
                CustomerMonthEnd.customer_id.in_(chunk), CustomerMonthEnd.month_end.in_(days)
            )
        ):
            found[(customer_id, day)] = aum
    return found


@dataclass(frozen=True)
class _MonthEndPlan:
    """What the job would change, worked out in a read transaction: the changes, and the customers whose manual
    override expired (ended even when their tier stays); both in customer order, for chunking."""

    changes: list[dict[str, Any]]
    expired: list[int]


def _plan_month_end(session: Session, as_of: date, now: datetime, rule: TierRule) -> _MonthEndPlan:
    aum = _aum_by_customer(session)
    overrides = {
        o.customer_id: o for o in session.scalars(select(TierOverride).where(TierOverride.ended_at.is_(None)))
    }
    expired = {cid for cid, o in overrides.items() if o.expires_on < as_of}
    # A run cut short committed some chunks: their customers are done (the job's changes carry no staff).
    done = set(
        session.scalars(
            select(TierChange.customer_id).where(TierChange.as_of == as_of, TierChange.staff_id.is_(None))
        )
    )
    customers = session.execute(select(Customer.id, Customer.tier, Customer.star_level)).all()
    earlier_days = quarter_ends_before(as_of, rule.downgrade_quarters - 1)
    # Only customers the measure would move down need their earlier quarter ends.
    falling = [
        cid
        for cid, tier, _ in customers
        if rule.tier_for(from_fen(aum.get(cid, 0))) < tier and cid not in overrides
    ]
    earlier = _recorded_measures(session, falling, earlier_days) if falling else {}
    changes: list[dict[str, Any]] = []
    for cid, tier, star in customers:
        if cid in done:
            continue
        measure = from_fen(aum.get(cid, 0))
        if cid in overrides and cid not in expired:
            continue  # held by hand until it expires
        if cid in expired:
            new_tier = rule.tier_for(measure)
            reason = "override_expired"
        else:
            decision = decide(tier, measure, as_of, tuple(earlier.get((cid, d)) for d in earlier_days), rule)
            new_tier, reason = decision.tier, decision.reason
        new_star = rule.star_for(new_tier, measure)
        if (new_tier, new_star) == (tier, star):
            continue
        changes.append(
            {
                "customer_id": cid,
                "as_of": as_of,
                "old_tier": tier,
                "new_tier": new_tier,
                "old_star": star,
                "new_star": new_star,
                "measure": measure,
                "reason": reason or "stars",
                "note": "",
                "staff_id": None,
                "created_at": now,
            }
        )
    changes.sort(key=lambda c: c["customer_id"])
    return _MonthEndPlan(changes, sorted(expired - done))


def _apply_chunk(
    session: Session, as_of: date, changes: list[dict[str, Any]], expired: list[int], now: datetime
) -> None:
    """Write one chunk of the plan, in its own write transaction: a customer changed since the plan was read (by
    hand, or by the job on another station) is left as it is now."""
    ids = [c["customer_id"] for c in changes]
    current = {
        cid: (tier, star)
        for i in range(0, len(ids), _CHUNK)
        for cid, tier, star in session.execute(
            select(Customer.id, Customer.tier, Customer.star_level).where(
                Customer.id.in_(ids[i : i + _CHUNK])
            )
        )
    }
    held = {
        cid
        for i in range(0, len(ids), _CHUNK)
        for cid in session.scalars(
            select(TierOverride.customer_id).where(
                TierOverride.customer_id.in_(ids[i : i + _CHUNK]), TierOverride.ended_at.is_(None)
            )
        )
    }
    ending = set(expired)
    kept = [
        c
        for c in changes
        if current.get(c["customer_id"]) == (c["old_tier"], c["old_star"])
        and (c["customer_id"] not in held or c["customer_id"] in ending)
    ]
    for i in range(0, len(expired), _CHUNK):
        session.execute(
            update(TierOverride)
            .where(
                TierOverride.customer_id.in_(expired[i : i + _CHUNK]),
                TierOverride.ended_at.is_(None),
                TierOverride.expires_on < as_of,
            )
            .values(ended_at=now)
            .execution_options(synchronize_session=False)
        )
    _write_changes(session, kept)


def _chunks(plan: _MonthEndPlan) -> list[tuple[list[dict[str, Any]], list[int]]]:
    """The plan cut into chunks of about JOB_CHUNK customers, in customer order."""
    ids = sorted({c["customer_id"] for c in plan.changes} | set(plan.expired))
    out = []
    for i in range(0, len(ids), JOB_CHUNK):
        low, high = ids[i], ids[min(i + JOB_CHUNK, len(ids)) - 1]
        changes = plan.changes[
            bisect_left(plan.changes, low, key=_customer) : bisect_right(plan.changes, high, key=_customer)
        ]
        expired = plan.expired[bisect_left(plan.expired, low) : bisect_right(plan.expired, high)]
        out.append((changes, expired))
    return out


def _customer(change: dict[str, Any]) -> int:
    return int(change["customer_id"])


def run_month_end_in_chunks(
    db: Database,
    as_of: date,
    *,
    now: datetime,
    rule: TierRule = DEFAULT_RULE,
    on_finish: Callable[[Session, TierRunResult], None] | None = None,
) -> TierRunResult:
    """The job: planned in a read transaction, written a chunk of customers per write transaction (other
    stations wait for SQLite's writer lock one chunk at most), finished by its `TierRun` row with the counts of
    every change the job made for the month end. A run cut short is completed by the next; `on_finish` writes
    in the finishing transaction (the audit record)."""
    as_of = month_end_on_or_before(as_of)
    with db.read() as uow:
        done = uow.session.get(TierRun, as_of)
        if done is not None:
            return _already(done)
        plan = _plan_month_end(uow.session, as_of, now, rule)
    for changes, expired in _chunks(plan):
        with db.write() as uow:
            _apply_chunk(uow.session, as_of, changes, expired, now)
            uow.commit()
    with db.write() as uow:
        s = uow.session
        done = s.get(TierRun, as_of)
        if done is not None:  # another station finished it first
            return _already(done)
        counts: dict[str, int] = defaultdict(int)
        for reason, n in s.execute(
            select(TierChange.reason, func.count())
            .where(TierChange.as_of == as_of, TierChange.staff_id.is_(None))
            .group_by(TierChange.reason)
        ):
            counts[reason] = n
        result = TierRunResult(
            as_of, False, counts["upgrade"], counts["downgrade"], counts["override_expired"], counts["stars"]
        )
        s.add(
            TierRun(
                as_of=as_of,
                ran_at=now,
                upgrades=result.upgrades,
                downgrades=result.downgrades,
                overrides_expired=result.overrides_expired,
                stars_changed=result.stars_changed,
            )
        )
        if on_finish is not None:
            on_finish(s, result)
        uow.commit()
    return result


def _already(done: TierRun) -> TierRunResult:
    return TierRunResult(
        done.as_of, True, done.upgrades, done.downgrades, done.overrides_expired, done.stars_changed
    )


def _write_changes(session: Session, changes: list[dict[str, Any]]) -> None:
    if not changes:
        return
    session.execute(insert(TierChange), changes)
    # One UPDATE per distinct (tier, star): a handful of statements whatever the number of customers.
    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    for change in changes:
        groups[(change["new_tier"], change["new_star"])].append(change["customer_id"])
    for (tier, star), ids in groups.items():
        for i in range(0, len(ids), _CHUNK):
            session.execute(
                update(Customer)
                .where(Customer.id.in_(ids[i : i + _CHUNK]))
                .values(tier=tier, star_level=star, version=Customer.version + 1)
                .execution_options(synchronize_session=False)
            )


def run_month_end(
    db: Database, as_of: date, user: StaffUser | None = None, *, now: datetime | None = None
) -> TierRunResult:
    """`branchdesk tiers run --as-of D`: the month end on or before D; supervisors and administrators."""
    _require_supervisor(user)
    now = now or datetime.now()

    def audited(session: Session, result: TierRunResult) -> None:
        if user is not None:
            audit.record(
                session,
                actor=user.login,
                staff_id=user.id,
                action="tier_run",
                entity="tiers",
                entity_id=result.as_of.isoformat(),
                details={
                    "upgrades": result.upgrades,
                    "downgrades": result.downgrades,
                    "overrides_expired": result.overrides_expired,
                    "stars_changed": result.stars_changed,
                },
                at=now,
            )

    return run_month_end_in_chunks(db, as_of, now=now, on_finish=audited)


def override(
    db: Database,
    user: StaffUser,
    customer_no: str,
    tier: str,
    reason: str,
    until: date,
    *,
    now: datetime | None = None,
    rule: TierRule = DEFAULT_RULE,
) -> TierHistoryRow:
    """A supervisor holds the customer at `tier` through `until`; the computed tier stays visible in the profile."""
    require(user, Action.TIER_OVERRIDE)
    tier = parse_tier(tier)
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidValue("tier_override_reason_required")
    now = now or datetime.now()
    if until < now.date():
        raise InvalidValue("tier_override_expired", value=until.isoformat())
    with db.write() as uow:
        s = uow.session
        row = customer_by_number(s, customer_no)
        for old in s.scalars(
            select(TierOverride).where(TierOverride.customer_id == row.id, TierOverride.ended_at.is_(None))
        ):
            old.ended_at = now
        s.add(
            TierOverride(
                customer_id=row.id, tier=tier, reason=reason, expires_on=until, set_by_id=user.id, set_at=now
            )
        )
        measure = from_fen(_aum_by_customer_one(s, row.id))
        change = TierChange(
            customer_id=row.id,
            as_of=now.date(),
            old_tier=row.tier,
            new_tier=tier,
            old_star=row.star_level,
            new_star=rule.star_for(tier, measure),
            measure=measure,
            reason="override",
            note=f"{reason[:150]} (until {until.isoformat()})",
            staff_id=user.id,
            created_at=now,
        )
        s.add(change)
        row.tier, row.star_level = tier, change.new_star
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="tier_override",
            entity="customer",
            entity_id=row.customer_no,
            details={"from": change.old_tier, "to": tier, "until": until.isoformat()},
            at=now,
        )
        uow.commit()
        return TierHistoryRow(
            change.as_of, change.old_tier, tier, change.old_star, change.new_star, measure, "override",
            change.note, user.login,
        )  # fmt: skip


def _aum_by_customer_one(session: Session, customer_id: int) -> int:
    total: int | None = session.scalar(
        select(func.sum(_fen(Holding.balance)).label("aum"))
        .join(Product, Product.id == Holding.product_id)
        .where(
            Holding.customer_id == customer_id,
            Holding.status == "active",
            Product.family.in_(sorted(AUM_FAMILIES)),
        )
    )
    return int(total or 0)


def history(db: Database, customer_no: str) -> tuple[TierHistoryRow, ...]:
    with db.read() as uow:
        s = uow.session
        row = customer_by_number(s, customer_no)
        return tuple(
            TierHistoryRow(
                c.as_of,
                c.old_tier,
                c.new_tier,
                c.old_star,
                c.new_star,
                c.measure,
                c.reason,
                c.note,
                login or "",
            )  # fmt: skip
            for c, login in s.execute(
                select(TierChange, Staff.login)
                .outerjoin(Staff, Staff.id == TierChange.staff_id)
                .where(TierChange.customer_id == row.id)
                .order_by(TierChange.as_of.desc(), TierChange.id.desc())
            )
        )


def _book(session: Session, user: StaffUser, manager_login: str | None) -> Sequence[Any]:
    """(customer_no, name, manager login, tier, aum fen) of the customers the person may list."""
    pc = (
        select(Holding.customer_id, func.sum(_fen(Holding.balance)).label("aum"))
        .join(Product, Product.id == Holding.product_id)
        .where(Holding.status == "active", Product.family.in_(sorted(AUM_FAMILIES)))
        .group_by(Holding.customer_id)
        .subquery()
    )
    query = (
        select(Customer.customer_no, Customer.name, Staff.login, Customer.tier, func.coalesce(pc.c.aum, 0))
        .outerjoin(pc, pc.c.customer_id == Customer.id)
        .outerjoin(Staff, Staff.id == Customer.manager_id)
    )
    if user.role is Role.MANAGER:
        if manager_login not in (None, user.login):
            raise NotPermitted("not_permitted")
        query = query.where(Customer.manager_id == user.id)
    elif user.role is Role.SUPERVISOR:
        if manager_login:
            query = query.where(Staff.login == manager_login)
    else:
        raise NotPermitted("not_permitted")
    return session.execute(query).all()


def near_threshold(
    db: Database, user: StaffUser, manager_login: str | None = None, rule: TierRule = DEFAULT_RULE
) -> tuple[NearThreshold, ...]:
    """The 临界区间 list: managers their own book, supervisors the branch or one manager's; closest first."""
    with db.read() as uow:
        rows = _book(uow.session, user, manager_login)
    found = []
    for customer_no, name, login, tier, aum_fen in rows:
        aum = from_fen(int(aum_fen))
        kind = near_threshold_kind(tier, aum, rule)
        if kind is None:
            continue
        what, next_tier = kind
        gap = rule.floor_of(next_tier) - aum if what == "upgrade" and next_tier else aum - rule.floor_of(tier)
        found.append(NearThreshold(customer_no, name, login or "", tier, aum, what, next_tier, gap))
    return tuple(sorted(found, key=lambda n: (n.kind != "upgrade", n.gap, n.customer_no)))


def concentration_report(db: Database, user: StaffUser) -> tuple[Concentration, ...]:
    """80/20 for the branch (first row, scope "") and each manager; a manager gets their own book only."""
    with db.read() as uow:
        rows = _book(uow.session, user, None)
    by_manager: dict[str, list[Decimal]] = defaultdict(list)
    for _no, _name, login, _tier, aum_fen in rows:
        by_manager[login or ""].append(from_fen(int(aum_fen)))
    everyone = [aum for values in by_manager.values() for aum in values]
    report = [concentration("", everyone)] if user.role is Role.SUPERVISOR else []
    report += [concentration(login, values) for login, values in sorted(by_manager.items()) if login]
    return tuple(report)


def export_near_threshold(
    db: Database, user: StaffUser, manager_login: str | None = None, *, now: datetime | None = None
) -> str:
    """The list as CSV for the call sheet. It names customers, so the export itself is on record."""
    rows = near_threshold(db, user, manager_login)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["customer_no", "name", "manager", "tier", "aum", "kind", "next_tier", "gap"])
    for r in rows:
        writer.writerow(
            [r.customer_no, _cell(r.name), r.manager_login, r.tier, r.aum, r.kind, r.next_tier or "", r.gap]
        )
    with db.write() as uow:
        audit.record(
            uow.session,
            actor=user.login,
            staff_id=user.id,
            action="export",
            entity="near_threshold",
            entity_id=manager_login or "",
            details={"rows": len(rows), "reason": "near_threshold_call_list"},
            at=now or datetime.now(),
        )
        uow.commit()
    return out.getvalue()


def _cell(text: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ (or a tab/CR): quote it so it stays text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
