"""The daily job (issue 7, DOMAIN.md §7.5): generated reminders in the work queue, never twice.

`generate_reminders(db, today)` makes, for the customer's manager (no manager: the supervisors' queue):
- maturities at T-30 / T-7 / T-1 of deposits and products with a maturity date (one task per stage reached; a
  job that did not run on the day still creates the stage the holding is in);
- risk assessments whose latest result expires within 30 days, and ID documents expiring within 30 days;
- birthdays of high-tier customers (T3 贵宾 and above) within the next 7 days;
- complaint deadlines: open cases in their warning window or due within a working day, to the handler.
Each task carries `source_key` = kind + subject + date, so a second run the same day (or on another station at
the same time: the insert skips existing keys) creates nothing new. One query per kind on indexed columns.
It runs at sign-in on the worker (desktop/shell.py) and as `branchdesk reminders run [--today DATE]`.
"""

from __future__ import annotations

import calendar as months
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite

from db.models import Complaint, Customer, Holding, IdDocument, Product, RiskAssessment, Task
from db.notifications import announce
from db.session import Database
from domain.complaint_flow import OPEN
from domain.workdays import WorkCalendar, branch_calendar

MATURITY_KIND = "maturity"
ASSESSMENT_KIND = "assessment_expiry"
ID_KIND = "id_expiry"
BIRTHDAY_KIND = "birthday"
COMPLAINT_KIND = "complaint_deadline"
GENERATED_KINDS = (MATURITY_KIND, ASSESSMENT_KIND, ID_KIND, BIRTHDAY_KIND, COMPLAINT_KIND)

MATURITY_STAGES = (1, 7, 30)  # T-1 / T-7 / T-30 [CFG DOMAIN §7.5]
EXPIRY_DAYS = 30  # assessments and ID documents expiring within this many days
BIRTHDAY_DAYS = 7
HIGH_TIERS = ("T3", "T4", "T5")  # 贵宾 VIP and above (DOMAIN §3)
_CHUNK = 500


def _stage(days_left: int) -> int:
    return next(s for s in MATURITY_STAGES if days_left <= s)


def _birthday(born: date, year: int) -> date:
    day = min(born.day, months.monthrange(year, born.month)[1])  # 29 Feb → 28 Feb in other years
    return date(year, born.month, day)


def _tail(account: str) -> str:
    return f"****{account[-4:]}" if account else ""


def generate_reminders(
    db: Database,
    today: date | None = None,
    *,
    now: datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[str, int]:
    """Create the missing reminders for `today`; returns how many of each kind were created."""
    today = today or date.today()
    now = now or datetime.now()
    calendar = calendar or branch_calendar()
    candidates: dict[str, dict] = {}

    def add(kind: str, key: str, customer_id, assignee_id, title: str, due: date, details: dict) -> None:
        candidates[f"{kind}:{key}"] = {
            "kind": kind,
            "source_key": f"{kind}:{key}",
            "customer_id": customer_id,
            "assignee_id": assignee_id,
            "created_by_id": None,
            "title": title[:200],
            "details": details,
            "due_on": due,
            "status": "open",
            "outcome": "",
            "created_at": now,
            "version": 1,
        }

    with db.write() as uow:
        s = uow.session
        # Maturities: holdings maturing in (today, today + 30].
        for h in s.execute(
            select(
                Holding.id,
                Holding.customer_id,
                Holding.account_no,
                Holding.maturity_on,
                Holding.auto_rollover,
                Holding.balance,
                Product.code,
                Product.name,
                Customer.manager_id,
            )
            .join(Product, Product.id == Holding.product_id)
            .join(Customer, Customer.id == Holding.customer_id)
            .where(
                Holding.status == "active",
                Holding.maturity_on > today,
                Holding.maturity_on <= today + timedelta(days=max(MATURITY_STAGES)),
            )
        ):
            stage = _stage((h.maturity_on - today).days)
            add(
                MATURITY_KIND,
                f"{h.id}:{h.maturity_on.isoformat()}:T-{stage}",
                h.customer_id,
                h.manager_id,
                f"{h.code} {h.name}",
                h.maturity_on,
                {
                    "product": h.code,
                    "account": _tail(h.account_no),
                    "maturity_on": h.maturity_on.isoformat(),
                    "stage": stage,
                    "auto_rollover": bool(h.auto_rollover),
                    "balance": str(h.balance),
                },
            )
        # Risk assessments: the latest result of each customer expiring within 30 days.
        latest = (
            select(RiskAssessment.customer_id, func.max(RiskAssessment.valid_until).label("valid_until"))
            .group_by(RiskAssessment.customer_id)
            .subquery()
        )
        for a in s.execute(
            select(latest.c.customer_id, latest.c.valid_until, Customer.manager_id, Customer.customer_no)
            .join(Customer, Customer.id == latest.c.customer_id)
            .where(latest.c.valid_until >= today, latest.c.valid_until <= today + timedelta(days=EXPIRY_DAYS))
        ):
            add(
                ASSESSMENT_KIND,
                f"{a.customer_id}:{a.valid_until.isoformat()}",
                a.customer_id,
                a.manager_id,
                a.customer_no,
                a.valid_until,
                {"valid_until": a.valid_until.isoformat()},
            )
        # ID documents expiring within 30 days (long-term documents have no expiry).
        for d in s.execute(
            select(
                IdDocument.id,
                IdDocument.customer_id,
                IdDocument.id_type,
                IdDocument.id_tail,
                IdDocument.expiry,
                Customer.manager_id,
                Customer.customer_no,
            )
            .join(Customer, Customer.id == IdDocument.customer_id)
            .where(IdDocument.expiry >= today, IdDocument.expiry <= today + timedelta(days=EXPIRY_DAYS))
        ):
            add(
                ID_KIND,
                f"{d.id}:{d.expiry.isoformat()}",
                d.customer_id,
                d.manager_id,
                d.customer_no,
                d.expiry,
                {"id_type": d.id_type, "id_tail": d.id_tail[-4:], "expiry": d.expiry.isoformat()},
            )
        # Birthdays of high-tier customers within 7 days.
        for c in s.execute(
            select(
                Customer.id, Customer.customer_no, Customer.birth_date, Customer.manager_id, Customer.tier
            ).where(Customer.tier.in_(HIGH_TIERS))
        ):
            day = _birthday(c.birth_date, today.year)
            if day < today:
                day = _birthday(c.birth_date, today.year + 1)
            if day <= today + timedelta(days=BIRTHDAY_DAYS):
                add(
                    BIRTHDAY_KIND,
                    f"{c.id}:{day.isoformat()}",
                    c.id,
                    c.manager_id,
                    c.customer_no,
                    day,
                    {"birthday": day.isoformat(), "tier": c.tier, "age": day.year - c.birth_date.year},
                )
        # Complaint deadlines: open cases in their warning window or due by the next working day.
        next_workday = calendar.add_workdays(today, 1)
        for c in s.execute(
            select(
                Complaint.number,
                Complaint.customer_id,
                Complaint.handler_id,
                Complaint.deadline,
                Complaint.warn_from,
            ).where(
                Complaint.status.in_([status.value for status in OPEN]),
                Complaint.deadline.is_not(None),
                (Complaint.deadline <= next_workday) | (Complaint.warn_from <= today),
            )
        ):
            add(
                COMPLAINT_KIND,
                f"{c.number}:{c.deadline.isoformat()}",
                c.customer_id,
                c.handler_id,
                c.number,
                c.deadline,
                {"complaint": c.number, "deadline": c.deadline.isoformat(), "overdue": c.deadline < today},
            )

        keys = list(candidates)
        existing: set[str] = set()
        for i in range(0, len(keys), _CHUNK):
            existing.update(
                s.scalars(select(Task.source_key).where(Task.source_key.in_(keys[i : i + _CHUNK])))
            )
        missing = [candidates[k] for k in keys if k not in existing]
        dialect = s.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        created: dict[str, int] = dict.fromkeys(GENERATED_KINDS, 0)
        for i in range(0, len(missing), _CHUNK):
            batch = missing[i : i + _CHUNK]
            # Another station running the job at the same moment: its rows win, ours are skipped.
            s.execute(insert(Task).on_conflict_do_nothing(index_elements=["source_key"]), batch)
        for row in missing:
            created[row["kind"]] += 1
        for assignee in {row["assignee_id"] for row in missing}:
            announce(s, assignee)
        uow.commit()
    return created
