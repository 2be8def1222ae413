"""The month-end tier job, manual overrides, tier history, the 临界区间 list and the 80/20 report (DOMAIN §3).

`run_month_end(db, as_of)` applies domain/tiers.py to every customer once per month end (a second run for the
same month end changes nothing and says so; the job itself, in chunks, is services/tier_job.py). It measures the live book, so it runs at the month end: the daily
positions job (services/positions.py) calls it at its first run after a month ends, before it records that month
end's tiers, so the tier moves of the month are the job's. The quarter ends before it come from the recorded
month ends (`customer_month_ends`); a customer with no record there is never downgraded.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import audit
from db.lookups import customer_by_number
from db.models import (
    Customer,
    Holding,
    Product,
    Staff,
    TierChange,
    TierOverride,
)
from db.session import Database
from domain.errors import InvalidValue, NotPermitted
from domain.money import from_fen
from domain.permissions import BOOK_HOLDERS, BRANCH_WIDE, Action, require
from domain.profile import AUM_FAMILIES
from domain.staff import StaffUser
from domain.tiers import (
    DEFAULT_RULE,
    Concentration,
    NearThreshold,
    TierRule,
    concentration,
    near_threshold_kind,
    parse_tier,
)
from services.tier_job import TierRunResult, as_fen, run_month_end_in_chunks


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


def _require_supervisor(user: StaffUser | None) -> None:
    if user is not None:  # None: the daily positions job itself
        require(user, Action.TIER_RUN)


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
        select(func.sum(as_fen(Holding.balance)).label("aum"))
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
        select(Holding.customer_id, func.sum(as_fen(Holding.balance)).label("aum"))
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
    if user.role in BOOK_HOLDERS:
        if manager_login not in (None, user.login):
            raise NotPermitted("not_permitted")
        query = query.where(Customer.manager_id == user.id)
    elif user.role in BRANCH_WIDE:
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
    report = [concentration("", everyone)] if user.role in BRANCH_WIDE else []
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
