"""The month-end tier job (DOMAIN §3): every customer measured once per month end, in short write transactions.

Planned in a read transaction (the live AUM, the overrides, the earlier quarter ends for those the measure would
move down), then written a chunk of customers per write transaction: on a million customers another station waits
for SQLite's writer lock one chunk at most, not the whole job. Each chunk checks its customers again (one changed by
hand since the plan was read is left as it is now). The `TierRun` row, written last with the counts of every change
the job made for the month end, says it is done; a run cut short is completed by the next one, which skips the
customers an earlier chunk already changed. services/tiers.py runs it for the command line, services/positions.py
at the first daily run after a month end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from db.models import Customer, CustomerMonthEnd, Holding, Product, TierChange, TierOverride, TierRun
from db.session import Database
from domain.money import from_fen, to_fen
from domain.profile import AUM_FAMILIES
from domain.tiers import DEFAULT_RULE, TierRule, decide, month_end_on_or_before, quarter_ends_before

_CHUNK = 500  # ids per IN (...) list
JOB_CHUNK = 200  # customers per write transaction (an UPDATE of customers touches its indexes)


@dataclass(frozen=True)
class TierRunResult:
    as_of: date  # the month end the run was for
    already: bool  # an earlier run did this month end: nothing changed now
    upgrades: int
    downgrades: int
    overrides_expired: int
    stars_changed: int


def as_fen(column: Any) -> ColumnElement[int]:
    # Money columns read back as yuan; sums are taken in integer fen so they stay exact on both databases.
    return type_coerce(column, BigInteger)


def _aum_by_customer(session: Session) -> dict[int, int]:
    """Each customer's AUM in fen from the live holdings (loans excluded)."""
    rows = session.connection().execute(
        select(Holding.customer_id, func.sum(as_fen(Holding.balance)))
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


class _QuickTiers:
    """The rule's tier and stars from an AUM in fen, without Decimal: for the customers nothing happens to."""

    def __init__(self, rule: TierRule) -> None:
        self.floors = [(to_fen(floor), code) for code, floor in rule.floors]
        self.second_star = to_fen(rule.t0_second_star_from)
        self.stars = rule.stars
        self.lowest = rule.floors[0][0]

    def stays(self, tier: str, star: int, fen: int) -> bool:
        computed = self.lowest
        for floor, code in self.floors:
            if fen >= floor:
                computed = code
        if computed != tier:
            return False
        stars = self.stars[tier] + (1 if tier == self.lowest and fen >= self.second_star else 0)
        return stars == star


def _plan_month_end(
    session: Session, as_of: date, now: datetime, rule: TierRule, aum: dict[int, int] | None
) -> _MonthEndPlan:
    aum = _aum_by_customer(session) if aum is None else aum
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
    customers = session.connection().execute(select(Customer.id, Customer.tier, Customer.star_level)).all()
    earlier_days = quarter_ends_before(as_of, rule.downgrade_quarters - 1)
    quick = _QuickTiers(rule)
    # Most customers stay as they are: the measure's tier and stars equal theirs, told from fen alone.
    moving = [
        (cid, tier, star)
        for cid, tier, star in customers
        if cid not in done and (cid in overrides or not quick.stays(tier, star, aum.get(cid, 0)))
    ]
    # Only customers the measure would move down need their earlier quarter ends.
    falling = [
        cid
        for cid, tier, _ in moving
        if rule.tier_for(from_fen(aum.get(cid, 0))) < tier and cid not in overrides
    ]
    earlier = _recorded_measures(session, falling, earlier_days) if falling else {}
    changes: list[dict[str, Any]] = []
    for cid, tier, star in moving:
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
    aum: dict[int, int] | None = None,
) -> TierRunResult:
    """The job: planned in a read transaction, written a chunk of customers per write transaction (other
    stations wait for SQLite's writer lock one chunk at most), finished by its `TierRun` row with the counts of
    every change the job made for the month end. A run cut short is completed by the next; `on_finish` writes
    in the finishing transaction (the audit record). `aum`: each customer's AUM in fen when the caller has just
    measured it (the daily job's lines), else summed from the live holdings here."""
    as_of = month_end_on_or_before(as_of)
    with db.read() as uow:
        done = uow.session.get(TierRun, as_of)
        if done is not None:
            return _already(done)
        plan = _plan_month_end(uow.session, as_of, now, rule, aum)
    for changes, expired in _chunks(plan):
        with db.write_chunk() as uow:
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


def moved_at(db: Database, as_of: date) -> list[int]:
    """The customers the job changed at month end `as_of`."""
    with db.read() as uow:
        return sorted(
            set(
                uow.session.scalars(
                    select(TierChange.customer_id).where(
                        TierChange.as_of == as_of, TierChange.staff_id.is_(None)
                    )
                )
            )
        )


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
