"""Four months of branch activity for the demo, so every section of the performance dashboard has figures.

Over the ACTIVITY_DAYS before today (and a few things this morning), on working days and in opening hours:
- referrals from tellers to the customer's manager through services/referrals.py (`create`, `record_outcome`
  with their `now`): most older ones converted or not interested, some only contacted, some still open and
  overdue; the newest still open;
- recommendation answers (accepted / declined with a reason / later, which leaves a follow-up task) by managers
  and tellers over the catalogue's sold products, written as services/recommend_outcomes.record_outcome writes them
  (several hundred rows in one transaction instead of one each);
- agreements through the real issue service (suitability checked on the day, every warning acknowledged; a sale
  the rules refuse is simply not made) and counter receipts through the real receipt service: both render and
  store their PDFs, so the counts stay modest (AGREEMENTS, RECEIPTS);
- sales plans (services/sales_plans.set_plan) for this month, quarter and year, for the branch and per person,
  set from what the branch does so that some are ahead of plan and some behind.
Deterministic for a seed and `today`. Called by demo/builder.py for demo-sized books only.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select

from db.models import (
    Agreement,
    Branch,
    Customer,
    DailyPosition,
    Product,
    RecommendationOutcome,
    RiskAssessment,
    Staff,
    Task,
)
from db.session import Database
from domain.agreements import ACKNOWLEDGEABLE
from domain.codes import Role
from domain.errors import DomainError
from domain.money import from_fen
from domain.performance import PlanMetric
from domain.periods import Cadence, period_containing
from domain.staff import StaffUser
from services import agreement_archive, agreements, receipts, referrals, sales_plans
from services.calendar import load_calendar
from services.performance_scope import fen_sum
from services.recommend_outcomes import (
    DECLINE_REASONS,
    FOLLOW_UP_DAYS,
    FOLLOW_UP_EXPIRES_DAYS,
    FOLLOW_UP_KIND,
)

ACTIVITY_DAYS = 120
REFERRALS = 70
RECOMMENDATIONS = 420
AGREEMENTS = 40
RECEIPTS = 80
FULL_BRANCH = 2_000  # the counts above are for a branch of this many customers; a smaller demo gets its share


def _share(count: int, customers: int) -> int:
    """A count scaled to the demo's size (a 60-customer test branch need not issue 40 agreements)."""
    return max(3, round(count * min(1.0, customers / FULL_BRANCH)))


REFERRAL_REASONS = ("stated_need", "large_balance", "maturity", "rising_star", "premium")
RECOMMENDED = (
    "WM-STABLE-180D", "WM-BALANCED-1Y", "WMC-DAILY-CASH", "FUND-MMF", "FUND-BOND", "FUND-MIXED", "FUND-SIP",
    "INS-PARTICIPATING", "INS-PENSION", "BOND-ESAVE-3Y", "GOLD-ACCOUNT", "DEP-LCD-1Y", "DEP-TD-1Y",
)  # fmt: skip
# (product, risk level, term, minimum, maximum in ten thousands of yuan): what managers sell with an agreement.
# Products with a subscription window (理财, 国债) are refused outside it, as at the counter.
MANAGER_SALES = (
    ("WM-STABLE-180D", 2, None, 1, 30),
    ("WM-BALANCED-1Y", 3, None, 1, 20),
    ("WMC-DAILY-CASH", 1, None, 1, 50),
    ("FUND-BOND", 2, None, 1, 10),
    ("FUND-MIXED", 3, None, 1, 8),
    ("INS-PARTICIPATING", 2, "5Y", 1, 10),
    ("INS-PENSION", 2, "10Y", 1, 6),
    ("DEP-LCD-1Y", 1, None, 20, 80),
)
TELLER_SALES = (("DEP-TD-1Y", 1, None, 1, 20), ("DEP-TD-3Y", 1, None, 1, 15), ("DEP-TD-6M", 1, None, 1, 10))
COUNTER_SERVICES = (
    ("定期存款开户", 5, 200, 0),
    ("活期存款取款", 1, 50, 0),
    ("转账汇款", 1, 100, 5),
    ("挂失补发", 0, 0, 10),
    ("定期存款支取", 5, 300, 0),
    ("跨行汇款", 1, 80, 15),
)  # (service as printed, amount from / to in thousands of yuan, fee in yuan)


@dataclass(frozen=True)
class ActivitySummary:
    referrals: int
    referral_outcomes: dict[str, int]
    recommendations: dict[str, int]
    agreements: int
    agreements_refused: int
    receipts: int
    plans: int


def _users(session) -> dict[str, StaffUser]:
    rows = session.execute(
        select(Staff, Branch).join(Branch, Branch.id == Staff.branch_id).where(Staff.active.is_(True))
    ).all()
    return {
        s.login: StaffUser(s.id, s.login, s.name, Role(s.role), b.code, b.name)
        for s, b in sorted(rows, key=lambda r: r[0].id)
    }


def _moments(rng: random.Random, today: date, count: int, calendar) -> list[datetime]:
    """`count` times in opening hours on working days of the window, in order; a few of them this morning."""
    days = [
        today - timedelta(days=n)
        for n in range(ACTIVITY_DAYS, 0, -1)
        if calendar.is_workday(today - timedelta(n))
    ]
    moments = [
        datetime.combine(rng.choice(days), time(9)) + timedelta(minutes=rng.randrange(0, 450))
        for _ in range(count - max(count // 40, 1))
    ]
    moments += [
        datetime.combine(today, time(8, 30)) + timedelta(minutes=rng.randrange(0, 60))
        for _ in range(max(count // 40, 1))
    ]
    return sorted(moments)


def add_demo_activity(db: Database, today: date, seed: int = 1) -> ActivitySummary:
    rng = random.Random(seed * 7919 + 17)
    calendar = load_calendar(db)
    with db.read() as uow:
        s = uow.session
        users = _users(s)
        by_id = {u.id: u for u in users.values()}
        people = s.execute(
            select(Customer.id, Customer.customer_no, Customer.manager_id, Customer.created_at).order_by(
                Customer.id
            )
        ).all()
        products = dict(s.execute(select(Product.code, Product.id)).all())
        grades = dict(
            s.execute(
                select(RiskAssessment.customer_id, func.max(RiskAssessment.grade))
                .where(RiskAssessment.valid_until >= today)
                .group_by(RiskAssessment.customer_id)
            ).all()
        )
    tellers = [u for u in users.values() if u.role is Role.TELLER]
    managers = [u for u in users.values() if u.role is Role.MANAGER]
    supervisor = next((u for u in users.values() if u.role is Role.SUPERVISOR), None)
    if not people or not tellers or not managers or supervisor is None:
        return ActivitySummary(0, {}, {}, 0, 0, 0, 0)
    start = datetime.combine(today - timedelta(days=ACTIVITY_DAYS), time())
    old = [p for p in people if p.created_at < start]  # customers already there when the window opens

    referral_outcomes = _referrals(db, rng, today, calendar, old, tellers, by_id)
    recommendation_counts = _recommendations(
        db, rng, today, calendar, old, tellers, products, _share(RECOMMENDATIONS, len(people))
    )
    issued, refused = _agreements(
        db, rng, today, calendar, old, grades, tellers, by_id, _share(AGREEMENTS, len(people))
    )
    receipt_count = _receipts(db, rng, today, calendar, old, tellers, _share(RECEIPTS, len(people)))
    plans = _plans(db, rng, today, supervisor, managers, tellers)
    _waiting_for_approval(db, by_id)
    return ActivitySummary(
        referrals=sum(referral_outcomes.values()),
        referral_outcomes=dict(sorted(referral_outcomes.items())),
        recommendations=dict(sorted(recommendation_counts.items())),
        agreements=issued,
        agreements_refused=refused,
        receipts=receipt_count,
        plans=plans,
    )


def _waiting_for_approval(db, by_id) -> None:
    """A void the newest agreement's seller asked for today: the supervisors' approvals screen has one to decide."""
    with db.read() as uow:
        newest = uow.session.execute(
            select(Agreement.number, Agreement.issued_by_id).order_by(Agreement.issued_at.desc()).limit(1)
        ).first()
    if newest is not None and newest[1] in by_id:
        agreement_archive.request_void(db, by_id[newest[1]], newest[0], "客户当日要求撤销本次购买")


def _referrals(db, rng, today, calendar, people, tellers, by_id) -> Counter[str]:
    managed = [p for p in people if p.manager_id is not None and p.manager_id in by_id]
    chosen = rng.sample(managed, min(REFERRALS, len(managed)))
    outcomes: Counter[str] = Counter()
    for at, person in zip(_moments(rng, today, len(chosen), calendar), chosen, strict=True):
        referral = referrals.create(
            db,
            rng.choice(tellers),
            person.customer_no,
            reason=rng.choice(REFERRAL_REASONS),
            products=rng.sample(["WM-STABLE-180D", "FUND-BOND", "INS-PENSION", "DEP-LCD-1Y"], 1),
            note="",
            urgency="urgent" if rng.random() < 0.1 else "normal",
            now=at,
            calendar=calendar,
        )
        age = (today - at.date()).days
        roll = rng.random()
        if age <= 3:
            outcome = "contacted" if roll < 0.3 else ""
        elif roll < 0.5:
            outcome = "converted"
        elif roll < 0.72:
            outcome = "not_interested"
        elif roll < 0.85:
            outcome = "contacted"
        else:
            outcome = ""  # still open: overdue by now
        if outcome:
            answered = min(
                at + timedelta(days=rng.randrange(1, 5), hours=rng.randrange(0, 3)), _morning(today)
            )
            referrals.record_outcome(
                db, by_id[person.manager_id], referral.id, outcome, now=max(answered, at), calendar=calendar
            )
        outcomes[outcome or "open"] += 1
    return outcomes


def _morning(today: date) -> datetime:
    return datetime.combine(today, time(9, 30))


def _recommendations(db, rng, today, calendar, people, tellers, products, count: int) -> Counter[str]:
    """As services/recommend_outcomes.record_outcome writes them: the answer, and a follow-up task for "later"."""
    counts: Counter[str] = Counter()
    codes = [code for code in RECOMMENDED if code in products]
    if not codes:
        return counts
    with db.write() as uow:
        s = uow.session
        managers = {m.id for m in s.scalars(select(Staff).where(Staff.role == Role.MANAGER.value))}
        names: dict[str, str] = {code: name for code, name in s.execute(select(Product.code, Product.name))}
        rows = []
        for at in _moments(rng, today, count, calendar):
            person = rng.choice(people)
            by_teller = person.manager_id not in managers or rng.random() < 0.25
            staff_id = rng.choice(tellers).id if by_teller else person.manager_id
            code = rng.choice(codes[-3:] if by_teller else codes)
            roll = rng.random()
            outcome = "accepted" if roll < 0.34 else "declined" if roll < 0.82 else "later"
            task_id = None
            follow_up = None
            if outcome == "later":
                follow_up = at.date() + timedelta(days=FOLLOW_UP_DAYS)
                task = Task(
                    kind=FOLLOW_UP_KIND,
                    source_key=None,
                    customer_id=person.id,
                    assignee_id=person.manager_id or staff_id,
                    created_by_id=staff_id,
                    title=names.get(code, code),  # the product by its name, as the service writes it
                    details={
                        "product": code,
                        "reasons": [],
                        "expires_on": (follow_up + timedelta(days=FOLLOW_UP_EXPIRES_DAYS)).isoformat(),
                    },
                    due_on=follow_up,
                    status="open" if follow_up + timedelta(days=FOLLOW_UP_EXPIRES_DAYS) >= today else "done",
                    outcome="",
                    created_at=at,
                    version=1,
                )
                s.add(task)
                s.flush()
                task_id = task.id
            rows.append(
                {
                    "customer_id": person.id,
                    "product_id": products[code],
                    "staff_id": staff_id,
                    "outcome": outcome,
                    "decline_reason": rng.choice(DECLINE_REASONS) if outcome == "declined" else None,
                    "note": "",
                    "rank": rng.randrange(1, 6),
                    "score": rng.randrange(40, 95),
                    "reasons": [],
                    "rule_version": "demo",
                    "follow_up_on": follow_up,
                    "task_id": task_id,
                    "recorded_at": at,
                }
            )
            counts[outcome] += 1
        s.execute(insert(RecommendationOutcome.__table__), rows)
        uow.commit()
    return counts


def _agreements(db, rng, today, calendar, people, grades, tellers, by_id, count: int) -> tuple[int, int]:
    """Sales through the real issue service; a sale the rules refuse on the day is not made (counted)."""
    graded = [p for p in people if p.id in grades]
    if not graded:
        return 0, 0
    issued = refused = 0
    for at in _moments(rng, today, count, calendar):
        by_teller = rng.random() < 0.25
        for _attempt in range(6):
            person = rng.choice(graded)
            grade = int(grades[person.id][1])
            manager = by_id.get(person.manager_id)
            if not by_teller and (manager is None or manager.role is not Role.MANAGER):
                continue
            seller = rng.choice(tellers) if by_teller or manager is None else manager
            choices = [c for c in (TELLER_SALES if by_teller else MANAGER_SALES) if c[1] <= grade]
            if not choices:
                continue
            code, _risk, term, low, high = rng.choice(choices)
            amount = Decimal(rng.randrange(low, high + 1) * 10000)
            try:
                agreements.issue(
                    db,
                    seller,
                    person.customer_no,
                    code,
                    amount,
                    term,
                    acknowledged_warnings=ACKNOWLEDGEABLE,
                    now=at,
                    station="T01" if by_teller else "M01",
                )
            except DomainError:
                refused += 1
                continue
            issued += 1
            break
    return issued, refused


def _receipts(db, rng, today, calendar, people, tellers, count: int) -> int:
    for at in _moments(rng, today, count, calendar):
        teller = rng.choice(tellers)
        service, low, high, fee = rng.choice(COUNTER_SERVICES)
        amount = Decimal(rng.randrange(low * 10, high * 10 + 1) * 100) if high else Decimal("10.00")
        receipts.issue_receipt(
            db,
            teller,
            station=f"T{tellers.index(teller) + 1:02d}",
            service=service,
            amount=amount,
            customer_no=rng.choice(people).customer_no,
            fee=Decimal(fee),
            now=at,
        )
    return count


def _plans(db, rng, today, supervisor, managers, tellers) -> int:
    """Targets from what the branch holds and does, so that completion comes out around the mark."""
    with db.read() as uow:
        fen = uow.session.scalar(select(fen_sum(DailyPosition.deposits)).where(DailyPosition.day == today))
    deposits = from_fen(int(fen or 0))
    count = 0
    for cadence, share, scale in (
        (Cadence.MONTH, "0.004", 1),
        (Cadence.QUARTER, "0.012", 3),
        (Cadence.YEAR, "0.05", 12),
    ):
        period = period_containing(cadence, today)
        branch_targets = {
            PlanMetric.DEPOSIT_GROWTH: (deposits * Decimal(share)).quantize(Decimal("10000"))
            or Decimal(100000),
            PlanMetric.NEW_CUSTOMERS: Decimal(8 * scale),
            PlanMetric.WEALTH_SALES: Decimal(600000 * scale),
            PlanMetric.AGREEMENTS: Decimal(10 * scale),
            PlanMetric.REFERRALS_CONVERTED: Decimal(6 * scale),
        }
        for metric, target in branch_targets.items():
            sales_plans.set_plan(db, supervisor, metric, period, target, now=_morning(period.first))
            count += 1
        if cadence is Cadence.MONTH:
            for manager in managers:
                target = Decimal(rng.randrange(15, 40) * 10000)
                sales_plans.set_plan(
                    db,
                    supervisor,
                    PlanMetric.WEALTH_SALES,
                    period,
                    target,
                    manager.login,
                    now=_morning(period.first),
                )
                sales_plans.set_plan(
                    db, supervisor, PlanMetric.AGREEMENTS, period, Decimal(rng.randrange(2, 5)), manager.login,
                    now=_morning(period.first),
                )  # fmt: skip
                count += 2
            for teller in tellers:
                sales_plans.set_plan(
                    db, supervisor, PlanMetric.REFERRALS_CONVERTED, period, Decimal(rng.randrange(2, 4)),
                    teller.login, now=_morning(period.first),
                )  # fmt: skip
                count += 1
    return count


__all__ = ["ACTIVITY_DAYS", "ActivitySummary", "add_demo_activity"]
