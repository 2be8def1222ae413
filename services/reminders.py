"""The daily job (issue 7, DOMAIN.md §7.5): generated reminders in the work queue, never twice.

`generate_reminders(db, today)` makes, for the customer's manager (no manager: the supervisors' queue):
- maturities at T-30 / T-7 / T-1 of deposits and products with a maturity date (one task per stage reached; a
  job that did not run on the day still creates the stage the holding is in);
- risk assessments whose latest result expires within 30 days, and ID documents expiring within 30 days;
- birthdays of high-tier customers (T3 贵宾 and above) within the next 7 days;
- complaint deadlines: open cases in their warning window or due within a working day, to the handler;
- escalations (DOMAIN §7.1 "overdue escalates"): a referral not contacted by its due date, once a working day has
  passed, goes to the supervisors' queue (`assignee_id` NULL, as complaint instructions do), naming the manager and
  the working days overdue; the referral is marked `escalated` in its details.
Each task carries `source_key` = kind + subject + date, so a second run the same day (or on another station at
the same time: the insert skips existing keys) creates nothing new. One query per kind on indexed columns.

Before creating, the job closes open generated tasks whose cause went away (outcome "resolved", `done_at` set): a
maturity whose holding closed or rolled to another date, an expiring assessment after a new one, an expiring ID
document after it was renewed, a complaint deadline or instruction once the complaint is closed or withdrawn (or
its deadline moved), an escalation once the referral got its outcome. Events close them too where it is cheap
(`resolve_for_customer`; a referral's outcome closes its escalation in services/referrals.py).
It runs at sign-in on the worker (desktop/shell.py) and as `branchdesk reminders run [--today DATE]`.
"""

from __future__ import annotations

import calendar as months
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import Complaint, Customer, Holding, IdDocument, Product, RiskAssessment, Staff, Task
from db.notifications import announce
from db.session import Database
from domain.complaint_flow import OPEN
from domain.referrals import (
    ESCALATION_KIND,
    REFERRAL_KIND,
    RESOLVED,
    ReferralOutcome,
    escalation_holds,
    escalation_key,
)
from domain.workdays import WorkCalendar
from services.calendar import CALENDAR_YEAR_TASK, load_calendar, remind_missing_years
from services.complaints import COMPLAINT_DEADLINE_KIND

MATURITY_KIND = "maturity"
ASSESSMENT_KIND = "assessment_expiry"
ID_KIND = "id_expiry"
BIRTHDAY_KIND = "birthday"
COMPLAINT_KIND = COMPLAINT_DEADLINE_KIND
INSTRUCTION_KIND = "complaint_instruction"  # made by services/complaints.register, closed with the case
GENERATED_KINDS = (
    MATURITY_KIND,
    ASSESSMENT_KIND,
    ID_KIND,
    BIRTHDAY_KIND,
    COMPLAINT_KIND,
    ESCALATION_KIND,
    CALENDAR_YEAR_TASK,
)
# Kinds whose cause the job checks again (a birthday's cause does not go away).
CLOSABLE_KINDS = (MATURITY_KIND, ASSESSMENT_KIND, ID_KIND, COMPLAINT_KIND, INSTRUCTION_KIND, ESCALATION_KIND)

MATURITY_STAGES = (1, 7, 30)  # T-1 / T-7 / T-30 [CFG DOMAIN §7.5]
EXPIRY_DAYS = 30  # assessments and ID documents expiring within this many days
BIRTHDAY_DAYS = 7
HIGH_TIERS = ("T3", "T4", "T5")  # 贵宾 VIP and above (DOMAIN §3)
_CHUNK = 500


@dataclass(frozen=True)
class JobResult:
    created: dict[str, int]  # per kind of GENERATED_KINDS
    closed: dict[str, int]  # per kind of CLOSABLE_KINDS: open tasks whose cause went away

    @property
    def changed(self) -> bool:
        return any(self.created.values()) or any(self.closed.values())


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
) -> JobResult:
    """Close the reminders whose cause went away, create the missing ones for `today`; says how many of each."""
    today = today or date.today()
    now = now or datetime.now()
    calendar = calendar or load_calendar(db)
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
        closed = _close_stale(s, now)
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

        # Escalations: open referrals not contacted by their due date, a working day or more ago.
        for r in s.execute(
            select(
                Task.id,
                Task.customer_id,
                Task.due_on,
                Task.details,
                Customer.customer_no,
                Staff.login,
                Staff.name,
            )
            .outerjoin(Customer, Customer.id == Task.customer_id)
            .outerjoin(Staff, Staff.id == Task.assignee_id)
            .where(
                Task.kind == REFERRAL_KIND,
                Task.status == "open",
                Task.outcome != ReferralOutcome.CONTACTED.value,
                Task.due_on < today,
            )
        ):
            late = calendar.workdays_between(r.due_on, today)
            if late < 1:
                continue  # due on Friday, today Saturday: no working day lost yet
            key = escalation_key(r.id, r.due_on)
            add(
                ESCALATION_KIND,
                key.removeprefix(f"{ESCALATION_KIND}:"),
                r.customer_id,
                None,  # the supervisors' queue
                r.customer_no or "",
                today,
                {
                    "referral": r.id,
                    "manager": r.name or "",
                    "manager_login": r.login or "",
                    "due_on": r.due_on.isoformat(),
                    "workdays_overdue": late,
                    "reason": (r.details or {}).get("reason", ""),
                },
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
        inserted: list[dict] = []
        for i in range(0, len(missing), _CHUNK):
            batch = missing[i : i + _CHUNK]
            # Another station running the job at the same moment: its rows win, ours are skipped.
            done = set(
                s.scalars(
                    insert(Task)
                    .on_conflict_do_nothing(index_elements=["source_key"])
                    .returning(Task.source_key),
                    batch,
                )
            )
            inserted.extend(row for row in batch if row["source_key"] in done)
        for row in inserted:
            created[row["kind"]] += 1
        created[CALENDAR_YEAR_TASK] += remind_missing_years(s, today, now)
        _mark_escalated([row for row in inserted if row["kind"] == ESCALATION_KIND], s, today, now)
        for assignee in {row["assignee_id"] for row in inserted}:
            announce(s, assignee)
        uow.commit()
    return JobResult(created, closed)


def _mark_escalated(rows: list[dict], s: Session, today: date, now: datetime) -> None:
    """The referral shows that it went to the supervisors (the inbox words `details["escalated"]`)."""
    if not rows:
        return
    facts = {row["details"]["referral"]: row for row in rows}
    for referral in s.scalars(select(Task).where(Task.id.in_(list(facts))).with_for_update()):
        row = facts[referral.id]
        esc = row["details"]
        if not escalation_holds(
            referral.status, referral.outcome, referral.due_on, date.fromisoformat(esc["due_on"])
        ):
            # The outcome was recorded on another station while this job ran: nothing to escalate after all.
            _resolve(s, list(s.scalars(select(Task.id).where(Task.source_key == row["source_key"]))), now)
            continue
        referral.details = {
            **(referral.details or {}),
            "escalated": {
                "on": today.isoformat(),
                "due_on": esc["due_on"],
                "workdays_overdue": esc["workdays_overdue"],
            },
        }


def _subject(kind: str, key: str) -> tuple[str, date | None] | None:
    """The subject and date a generated task's `source_key` names (see `add` above); None if unreadable."""
    rest = key.removeprefix(f"{kind}:")
    try:
        if kind == INSTRUCTION_KIND:
            return rest, None
        if kind == MATURITY_KIND:
            subject, day, _stage = rest.rsplit(":", 2)
        else:
            subject, day = rest.rsplit(":", 1)
        return subject, date.fromisoformat(day)
    except ValueError:
        return None


def _chunks(values: Iterable, size: int = _CHUNK):
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _ids(subjects: Iterable[str]) -> list[int]:
    return [int(s) for s in subjects if s.isdigit()]


def _close_stale(s: Session, now: datetime) -> dict[str, int]:
    """Close open generated tasks whose cause no longer holds; returns how many of each kind."""
    open_rows = s.execute(
        select(Task.id, Task.kind, Task.source_key).where(
            Task.status == "open", Task.kind.in_(CLOSABLE_KINDS), Task.source_key.is_not(None)
        )
    ).all()
    by_kind: dict[str, list[tuple[int, str, date | None]]] = {kind: [] for kind in CLOSABLE_KINDS}
    for row in open_rows:
        parsed = _subject(row.kind, row.source_key)
        if parsed is not None:
            by_kind[row.kind].append((row.id, *parsed))

    def subjects(kind: str) -> set[str]:
        return {subject for _id, subject, _day in by_kind[kind]}

    # What holds now, per kind: subject -> the state the task's date is compared with.
    holdings: dict[str, tuple[str, date | None]] = {}
    for chunk in _chunks(_ids(subjects(MATURITY_KIND))):
        for h in s.execute(
            select(Holding.id, Holding.status, Holding.maturity_on).where(Holding.id.in_(chunk))
        ):
            holdings[str(h.id)] = (h.status, h.maturity_on)
    latest: dict[str, date] = {}
    for chunk in _chunks(_ids(subjects(ASSESSMENT_KIND))):
        for a in s.execute(
            select(RiskAssessment.customer_id, func.max(RiskAssessment.valid_until))
            .where(RiskAssessment.customer_id.in_(chunk))
            .group_by(RiskAssessment.customer_id)
        ):
            latest[str(a[0])] = a[1]
    documents: dict[str, date | None] = {}
    for chunk in _chunks(_ids(subjects(ID_KIND))):
        for d in s.execute(select(IdDocument.id, IdDocument.expiry).where(IdDocument.id.in_(chunk))):
            documents[str(d.id)] = d.expiry
    cases: dict[str, tuple[str, date | None]] = {}
    for chunk in _chunks(subjects(COMPLAINT_KIND) | subjects(INSTRUCTION_KIND)):
        for c in s.execute(
            select(Complaint.number, Complaint.status, Complaint.deadline).where(Complaint.number.in_(chunk))
        ):
            cases[c.number] = (c.status, c.deadline)
    referrals: dict[str, tuple[str, str, date | None]] = {}
    for chunk in _chunks(_ids(subjects(ESCALATION_KIND))):
        for r in s.execute(select(Task.id, Task.status, Task.outcome, Task.due_on).where(Task.id.in_(chunk))):
            referrals[str(r.id)] = (r.status, r.outcome, r.due_on)
    still_open = {status.value for status in OPEN}

    def holds(kind: str, subject: str, day: date | None) -> bool:
        if kind == MATURITY_KIND:  # closed, or rolled over to another maturity date
            return holdings.get(subject) == ("active", day)
        if kind == ASSESSMENT_KIND:  # a newer assessment is valid beyond this one
            newest = latest.get(subject)
            return newest is not None and day is not None and newest <= day
        if kind == ID_KIND:  # renewed: a new expiry (or 长期, None)
            return subject in documents and documents[subject] == day
        if kind == COMPLAINT_KIND:  # closed or withdrawn, or its deadline moved
            case = cases.get(subject)
            return case is not None and case[0] in still_open and case[1] == day
        if kind == INSTRUCTION_KIND:
            return subject in cases and cases[subject][0] in still_open
        if kind == ESCALATION_KIND:  # the referral got its outcome (or a new due date)
            referral = referrals.get(subject)
            return referral is not None and day is not None and escalation_holds(*referral, day)
        return True

    closed = dict.fromkeys(CLOSABLE_KINDS, 0)
    gone: list[int] = []
    for kind, rows in by_kind.items():
        for task_id, subject, day in rows:
            if not holds(kind, subject, day):
                gone.append(task_id)
                closed[kind] += 1
    _resolve(s, gone, now)
    return closed


def _resolve(s: Session, task_ids: list[int], now: datetime) -> None:
    for chunk in _chunks(task_ids):
        s.execute(
            update(Task)
            .where(Task.id.in_(chunk), Task.status == "open")
            .values(status="done", outcome=RESOLVED, done_at=now, version=Task.version + 1)
            .execution_options(synchronize_session=False)
        )


def resolve_for_customer(
    s: Session, kind: str, customer_id: int, now: datetime, *, subject: str | None = None
) -> int:
    """On the event that removes the cause (a new assessment, a renewed ID document): close the customer's open
    tasks of `kind` (only those about `subject`, e.g. one document's id, when given), in the caller's
    transaction. Returns how many were closed."""
    rows = s.execute(
        select(Task.id, Task.source_key).where(
            Task.customer_id == customer_id, Task.kind == kind, Task.status == "open"
        )
    ).all()
    ids = [
        r.id
        for r in rows
        if subject is None or (r.source_key and (_subject(kind, r.source_key) or ("",))[0] == subject)
    ]
    _resolve(s, ids, now)
    return len(ids)
