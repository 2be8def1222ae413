"""The daily job (issue 7, DOMAIN.md §7.5): generated reminders in the work queue, never twice.

`generate_reminders(db, today)` makes, for the customer's manager (no manager: the supervisors' queue):
- maturities at T-30 / T-7 / T-1 of deposits and products with a maturity date (one task per stage reached; a
  job that did not run on the day still creates the stage the holding is in);
- risk assessments whose latest result expires within 30 days, and ID documents expiring within 30 days;
- birthdays of high-tier customers (T3 贵宾 and above) within the next 7 days;
- complaint deadlines: open cases in their warning window or due within a working day, to the handler;
- complaint duties (services/complaint_duty_rules.py): a major complaint not reported upward by its limit, and
  each working day of the last week without the branch's opinion-book or online check, to the supervisors;
- escalations (DOMAIN §7.1 "overdue escalates"): a referral not contacted by its due date, once a working day has
  passed, goes to the supervisors' queue (`assignee_id` NULL, as complaint instructions do), naming the manager and
  the working days overdue; the referral is marked `escalated` in its details.
Each task carries `source_key` = kind + subject + date, so a second run the same day (or on another station at
the same time: the insert skips existing keys) creates nothing new. One query per kind on indexed columns.

Each kind is a rule in services/reminder_rules.py (which rows are due, the task they get, when an open one closes by
itself); this module runs the table in a read transaction and writes what is missing in short write transactions
(WRITE_TASKS tasks each), so the writer lock is never held for the whole job.

Before creating, the job closes open generated tasks whose cause went away (outcome "resolved", `done_at` set): a
maturity whose holding closed or rolled to another date, an expiring assessment after a new one, an expiring ID
document after it was renewed, a complaint deadline or instruction once the complaint is closed or withdrawn (or
its deadline moved), an escalation once the referral got its outcome. Events close them too where it is cheap
(`resolve_for_customer`; a referral's outcome closes its escalation in services/referrals.py).
It runs at sign-in on the worker (desktop/shell.py) and as `branchdesk reminders run [--today DATE]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import Task
from db.notifications import announce
from db.session import Database
from domain.referrals import ESCALATION_KIND, RESOLVED, escalation_holds
from domain.workdays import WorkCalendar
from services.calendar import CALENDAR_YEAR_TASK, load_calendar, remind_missing_years
from services.complaint_duty_rules import DUTY_RULES
from services.reminder_rules import RULES as REMINDER_RULES
from services.reminder_rules import Day, Reminder, chunks

# The reminder rules and the complaint duties' rules (a major complaint not reported upward in time, a daily
# check not recorded), run as one table.
RULES = (*REMINDER_RULES, *DUTY_RULES)
BY_KIND = {rule.kind: rule for rule in RULES}
RULE_KINDS = tuple(rule.kind for rule in RULES if rule.due is not None)
CLOSABLE_KINDS = tuple(rule.kind for rule in RULES if rule.state is not None)
WRITE_TASKS = 100  # tasks per write transaction: a task row carries six indexes
# The rules' kinds, and the supervisors' task to have next year's calendar loaded (made by services/calendar.py).
GENERATED_KINDS = (*RULE_KINDS, CALENDAR_YEAR_TASK)


@dataclass(frozen=True)
class JobResult:
    created: dict[str, int]  # per kind of GENERATED_KINDS
    closed: dict[str, int]  # per kind of CLOSABLE_KINDS: open tasks whose cause went away

    @property
    def changed(self) -> bool:
        return any(self.created.values()) or any(self.closed.values())


def generate_reminders(
    db: Database,
    today: date | None = None,
    *,
    now: datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> JobResult:
    """Close the reminders whose cause went away, create the missing ones for `today`; says how many of each."""
    day = Day(today or date.today(), now or datetime.now(), calendar or load_calendar(db))
    # What is due and what went stale is read outside any write transaction; the writes go in short ones (a few
    # hundred tasks each), so on a large book other stations keep saving while the job runs. Each write is safe
    # to repeat (source keys are unique, a resolved task is skipped), so a run cut short is completed by the next.
    with db.read() as uow:
        s = uow.session
        gone, closed = _stale(s)
        candidates: dict[str, dict[str, Any]] = {}
        for rule in RULES:
            if rule.due is not None:
                for reminder in rule.due(s, day):
                    row = _task_row(rule.kind, reminder, day.now)
                    candidates[row["source_key"]] = row
        missing = _missing(s, candidates)
    for stale_ids in chunks(gone, WRITE_TASKS):
        with db.write_chunk() as uow:
            _resolve(uow.session, stale_ids, day.now)
            uow.commit()
    created: dict[str, int] = dict.fromkeys(GENERATED_KINDS, 0)
    for batch in chunks(missing, WRITE_TASKS):
        with db.write_chunk() as uow:
            s = uow.session
            inserted = _insert_missing(s, batch)
            for row in inserted:
                created[row["kind"]] += 1
            _mark_escalated(
                [row for row in inserted if row["kind"] == ESCALATION_KIND], s, day.today, day.now
            )
            for assignee in {row["assignee_id"] for row in inserted}:
                announce(s, assignee)
            uow.commit()
    with db.write() as uow:
        created[CALENDAR_YEAR_TASK] += remind_missing_years(uow.session, day.today, day.now)
        uow.commit()
    return JobResult(created, closed)


def _task_row(kind: str, reminder: Reminder, now: datetime) -> dict[str, Any]:
    return {
        "kind": kind,
        "source_key": f"{kind}:{reminder.key}",
        "customer_id": reminder.customer_id,
        "assignee_id": reminder.assignee_id,
        "created_by_id": None,
        "title": reminder.title[:200],
        "details": reminder.details,
        "due_on": reminder.due,
        "status": "open",
        "outcome": "",
        "created_at": now,
        "version": 1,
    }


def _missing(s: Session, candidates: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The candidates whose `source_key` is not there yet."""
    keys = list(candidates)
    existing: set[str] = set()
    for chunk in chunks(keys):
        existing.update(s.scalars(select(Task.source_key).where(Task.source_key.in_(chunk))))
    return [candidates[k] for k in keys if k not in existing]


def _insert_missing(s: Session, batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Insert a batch of new tasks; returns the rows this run inserted."""
    insert = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
    # Another station running the job at the same moment: its rows win, ours are skipped.
    done = set(
        s.scalars(
            insert(Task).on_conflict_do_nothing(index_elements=["source_key"]).returning(Task.source_key),
            batch,
        )
    )
    return [row for row in batch if row["source_key"] in done]


def _mark_escalated(rows: list[dict[str, Any]], s: Session, today: date, now: datetime) -> None:
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


def _stale(s: Session) -> tuple[list[int], dict[str, int]]:
    """Open generated tasks whose cause no longer holds (each kind's rule decides): their ids, and how many of
    each kind."""
    open_rows = s.execute(
        select(Task.id, Task.kind, Task.source_key).where(
            Task.status == "open", Task.kind.in_(CLOSABLE_KINDS), Task.source_key.is_not(None)
        )
    ).all()
    by_kind: dict[str, list[tuple[int, str, date | None]]] = {kind: [] for kind in CLOSABLE_KINDS}
    for row in open_rows:
        parsed = BY_KIND[row.kind].subject_of(row.source_key)
        if parsed is not None:
            by_kind[row.kind].append((row.id, *parsed))
    closed = dict.fromkeys(CLOSABLE_KINDS, 0)
    gone: list[int] = []
    for kind, rows in by_kind.items():
        rule = BY_KIND[kind]
        if not rows or rule.state is None:
            continue
        states = rule.state(s, sorted({subject for _id, subject, _day in rows}))
        for task_id, subject, day in rows:
            if not rule.holds(states, subject, day):
                gone.append(task_id)
                closed[kind] += 1
    return gone, closed


def _resolve(s: Session, task_ids: list[int], now: datetime) -> None:
    for chunk in chunks(task_ids):
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
        if subject is None
        or (r.source_key and (BY_KIND[kind].subject_of(r.source_key) or ("",))[0] == subject)
    ]
    _resolve(s, ids, now)
    return len(ids)
