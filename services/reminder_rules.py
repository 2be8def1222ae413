"""The kinds of generated reminders, one rule each (DOMAIN §7.5; §7.7 complaint deadlines; §7.1 escalations).

A rule says which rows are due today and what task each gets (`due`), and when an open task of its kind closes by
itself because its cause went away (`state` reads what holds now for the tasks' subjects, `holds` compares it with
the date the task was made for). services/reminders.py runs the table: close what no longer holds, then create
what is due and not yet there. A task's `source_key` is `kind:subject:date` (maturities add the stage:
`maturity:holding:date:T-7`; a complaint instruction is `complaint_instruction:number`), so `subject_of` reads the
subject and the date back.

Assignees: the customer's manager (no manager: the supervisors' queue, `assignee_id` NULL); complaint deadlines go
to the handler, escalations to the supervisors. Every `due` is one query on indexed columns.
"""

from __future__ import annotations

import calendar as months
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from db.models import Complaint, Customer, Holding, IdDocument, Product, RiskAssessment, Staff, Task
from domain.complaint_flow import OPEN
from domain.referrals import ESCALATION_KIND, REFERRAL_KIND, ReferralOutcome, escalation_holds, escalation_key
from domain.workdays import WorkCalendar
from services.complaints import COMPLAINT_DEADLINE_KIND

T = TypeVar("T")

MATURITY_KIND = "maturity"
ASSESSMENT_KIND = "assessment_expiry"
ID_KIND = "id_expiry"
BIRTHDAY_KIND = "birthday"
COMPLAINT_KIND = COMPLAINT_DEADLINE_KIND
INSTRUCTION_KIND = "complaint_instruction"  # made by services/complaints.register, closed with the case

MATURITY_STAGES = (1, 7, 30)  # T-1 / T-7 / T-30 [CFG DOMAIN §7.5]
EXPIRY_DAYS = 30  # assessments and ID documents expiring within this many days
BIRTHDAY_DAYS = 7
HIGH_TIERS = ("T3", "T4", "T5")  # 贵宾 VIP and above (DOMAIN §3)
CHUNK = 500
_STILL_OPEN = frozenset(status.value for status in OPEN)


@dataclass(frozen=True)
class Day:
    """The day the job runs for."""

    today: date
    now: datetime
    calendar: WorkCalendar


@dataclass(frozen=True)
class Reminder:
    """A task a rule wants: `key` is the `source_key` after the kind (subject, date and, for maturities, stage)."""

    key: str
    customer_id: int | None
    assignee_id: int | None  # None: the supervisors' queue
    title: str
    due: date
    details: dict[str, Any]


States = Mapping[str, Any]  # subject -> what holds now (a subject missing: its row is gone)


@dataclass(frozen=True)
class Rule:
    kind: str
    due: Callable[[Session, Day], Iterable[Reminder]] | None  # None: created elsewhere, only closed here
    state: Callable[[Session, list[str]], States] | None  # None: never closes by itself
    holds: Callable[[States, str, date | None], bool] = lambda states, subject, day: True
    dated: bool = True  # the source_key names a date after the subject
    staged: bool = False  # ... and a stage after the date

    def subject_of(self, source_key: str) -> tuple[str, date | None] | None:
        """The subject and date a task's `source_key` names; None when unreadable."""
        rest = source_key.removeprefix(f"{self.kind}:")
        try:
            if not self.dated:
                return rest, None
            if self.staged:
                subject, day, _stage = rest.rsplit(":", 2)
            else:
                subject, day = rest.rsplit(":", 1)
            return subject, date.fromisoformat(day)
        except ValueError:
            return None


def chunks(values: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _ids(subjects: Iterable[str]) -> list[int]:
    return [int(s) for s in subjects if s.isdigit()]


def _tail(account: str) -> str:
    return f"****{account[-4:]}" if account else ""


# -- maturities: holdings maturing in (today, today + 30], one task per stage reached ------------------------------


def _stage(days_left: int) -> int:
    return next(s for s in MATURITY_STAGES if days_left <= s)


def _maturities_due(s: Session, day: Day) -> Iterator[Reminder]:
    today = day.today
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
        )  # fmt: skip
        .join(Product, Product.id == Holding.product_id)
        .join(Customer, Customer.id == Holding.customer_id)
        .where(
            Holding.status == "active",
            Holding.maturity_on > today,
            Holding.maturity_on <= today + timedelta(days=max(MATURITY_STAGES)),
        )
    ):
        stage = _stage((h.maturity_on - today).days)
        yield Reminder(
            f"{h.id}:{h.maturity_on.isoformat()}:T-{stage}",
            h.customer_id,
            h.manager_id,
            f"{h.code} {h.name}",
            h.maturity_on,
            {
                "product": h.code,
                "product_name": h.name,
                "account": _tail(h.account_no),
                "maturity_on": h.maturity_on.isoformat(),
                "stage": stage,
                "auto_rollover": bool(h.auto_rollover),
                "balance": str(h.balance),
            },
        )


def _holdings_now(s: Session, subjects: list[str]) -> States:
    found: dict[str, Any] = {}
    for chunk in chunks(_ids(subjects)):
        for h in s.execute(
            select(Holding.id, Holding.status, Holding.maturity_on).where(Holding.id.in_(chunk))
        ):
            found[str(h.id)] = (h.status, h.maturity_on)
    return found


def _maturity_holds(states: States, subject: str, day: date | None) -> bool:
    return states.get(subject) == ("active", day)  # closed, or rolled over to another maturity date


# -- risk assessments: the latest result of each customer expiring within 30 days ----------------------------------


def _latest_assessments() -> Subquery:
    return (
        select(RiskAssessment.customer_id, func.max(RiskAssessment.valid_until).label("valid_until"))
        .group_by(RiskAssessment.customer_id)
        .subquery()
    )


def _assessments_due(s: Session, day: Day) -> Iterator[Reminder]:
    latest = _latest_assessments()
    for a in s.execute(
        select(latest.c.customer_id, latest.c.valid_until, Customer.manager_id, Customer.customer_no)
        .join(Customer, Customer.id == latest.c.customer_id)
        .where(
            latest.c.valid_until >= day.today, latest.c.valid_until <= day.today + timedelta(days=EXPIRY_DAYS)
        )
    ):
        yield Reminder(
            f"{a.customer_id}:{a.valid_until.isoformat()}",
            a.customer_id,
            a.manager_id,
            a.customer_no,
            a.valid_until,
            {"valid_until": a.valid_until.isoformat()},
        )


def _assessments_now(s: Session, subjects: list[str]) -> States:
    found: dict[str, Any] = {}
    for chunk in chunks(_ids(subjects)):
        for customer_id, valid_until in s.execute(
            select(RiskAssessment.customer_id, func.max(RiskAssessment.valid_until))
            .where(RiskAssessment.customer_id.in_(chunk))
            .group_by(RiskAssessment.customer_id)
        ):
            found[str(customer_id)] = valid_until
    return found


def _assessment_holds(states: States, subject: str, day: date | None) -> bool:
    newest = states.get(subject)  # a newer assessment is valid beyond this one
    return newest is not None and day is not None and newest <= day


# -- ID documents expiring within 30 days (long-term documents have no expiry) -------------------------------------


def _documents_due(s: Session, day: Day) -> Iterator[Reminder]:
    for d in s.execute(
        select(
            IdDocument.id,
            IdDocument.customer_id,
            IdDocument.id_type,
            IdDocument.id_tail,
            IdDocument.expiry,
            Customer.manager_id,
            Customer.customer_no,
        )  # fmt: skip
        .join(Customer, Customer.id == IdDocument.customer_id)
        .where(IdDocument.expiry >= day.today, IdDocument.expiry <= day.today + timedelta(days=EXPIRY_DAYS))
    ):
        yield Reminder(
            f"{d.id}:{d.expiry.isoformat()}",
            d.customer_id,
            d.manager_id,
            d.customer_no,
            d.expiry,
            {"id_type": d.id_type, "id_tail": d.id_tail[-4:], "expiry": d.expiry.isoformat()},
        )


def _documents_now(s: Session, subjects: list[str]) -> States:
    found: dict[str, Any] = {}
    for chunk in chunks(_ids(subjects)):
        for d in s.execute(select(IdDocument.id, IdDocument.expiry).where(IdDocument.id.in_(chunk))):
            found[str(d.id)] = d.expiry
    return found


def _document_holds(states: States, subject: str, day: date | None) -> bool:
    return subject in states and states[subject] == day  # renewed: a new expiry (or 长期, None)


# -- birthdays of high-tier customers within 7 days (the cause never goes away) ------------------------------------


def _birthday(born: date, year: int) -> date:
    day = min(born.day, months.monthrange(year, born.month)[1])  # 29 Feb → 28 Feb in other years
    return date(year, born.month, day)


def _birthdays_due(s: Session, day: Day) -> Iterator[Reminder]:
    today = day.today
    for c in s.execute(
        select(
            Customer.id, Customer.customer_no, Customer.birth_date, Customer.manager_id, Customer.tier
        ).where(Customer.tier.in_(HIGH_TIERS))
    ):
        birthday = _birthday(c.birth_date, today.year)
        if birthday < today:
            birthday = _birthday(c.birth_date, today.year + 1)
        if birthday <= today + timedelta(days=BIRTHDAY_DAYS):
            yield Reminder(
                f"{c.id}:{birthday.isoformat()}",
                c.id,
                c.manager_id,
                c.customer_no,
                birthday,
                {"birthday": birthday.isoformat(), "tier": c.tier, "age": birthday.year - c.birth_date.year},
            )


# -- complaints: deadlines of open cases in their warning window or due by the next working day, to the handler;
#    the leader's instruction task (made at registration) closes with the case -----------------------------------


def _deadlines_due(s: Session, day: Day) -> Iterator[Reminder]:
    next_workday = day.calendar.add_workdays(day.today, 1)
    for c in s.execute(
        select(Complaint.number, Complaint.customer_id, Complaint.handler_id, Complaint.deadline).where(
            Complaint.status.in_(_STILL_OPEN),
            Complaint.deadline.is_not(None),
            (Complaint.deadline <= next_workday) | (Complaint.warn_from <= day.today),
        )
    ):
        yield Reminder(
            f"{c.number}:{c.deadline.isoformat()}",
            c.customer_id,
            c.handler_id,
            c.number,
            c.deadline,
            {"complaint": c.number, "deadline": c.deadline.isoformat(), "overdue": c.deadline < day.today},
        )


def _cases_now(s: Session, subjects: list[str]) -> States:
    found: dict[str, Any] = {}
    for chunk in chunks(subjects):
        for c in s.execute(
            select(Complaint.number, Complaint.status, Complaint.deadline).where(Complaint.number.in_(chunk))
        ):
            found[c.number] = (c.status, c.deadline)
    return found


def _deadline_holds(states: States, subject: str, day: date | None) -> bool:
    case = states.get(subject)  # closed or withdrawn, or its deadline moved
    return case is not None and case[0] in _STILL_OPEN and case[1] == day


def _instruction_holds(states: States, subject: str, day: date | None) -> bool:
    return subject in states and states[subject][0] in _STILL_OPEN


# -- escalations: referrals not contacted by their due date, a working day or more ago, to the supervisors ---------


def _escalations_due(s: Session, day: Day) -> Iterator[Reminder]:
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
            Task.due_on < day.today,
        )
    ):
        late = day.calendar.workdays_between(r.due_on, day.today)
        if late < 1:
            continue  # due on Friday, today Saturday: no working day lost yet
        yield Reminder(
            escalation_key(r.id, r.due_on).removeprefix(f"{ESCALATION_KIND}:"),
            r.customer_id,
            None,  # the supervisors' queue
            r.customer_no or "",
            day.today,
            {
                "referral": r.id,
                "manager": r.name or "",
                "manager_login": r.login or "",
                "due_on": r.due_on.isoformat(),
                "workdays_overdue": late,
                "reason": (r.details or {}).get("reason", ""),
            },
        )


def _referrals_now(s: Session, subjects: list[str]) -> States:
    found: dict[str, Any] = {}
    for chunk in chunks(_ids(subjects)):
        for r in s.execute(select(Task.id, Task.status, Task.outcome, Task.due_on).where(Task.id.in_(chunk))):
            found[str(r.id)] = (r.status, r.outcome, r.due_on)
    return found


def _escalation_holds(states: States, subject: str, day: date | None) -> bool:
    referral = states.get(subject)  # the referral got its outcome (or a new due date)
    if referral is None or day is None:
        return False
    status, outcome, due_on = referral
    return escalation_holds(status, outcome, due_on, day)


RULES = (
    Rule(MATURITY_KIND, _maturities_due, _holdings_now, _maturity_holds, staged=True),
    Rule(ASSESSMENT_KIND, _assessments_due, _assessments_now, _assessment_holds),
    Rule(ID_KIND, _documents_due, _documents_now, _document_holds),
    Rule(BIRTHDAY_KIND, _birthdays_due, None),
    Rule(COMPLAINT_KIND, _deadlines_due, _cases_now, _deadline_holds),
    Rule(INSTRUCTION_KIND, None, _cases_now, _instruction_holds, dated=False),
    Rule(ESCALATION_KIND, _escalations_due, _referrals_now, _escalation_holds),
)
BY_KIND = {rule.kind: rule for rule in RULES}
RULE_KINDS = tuple(rule.kind for rule in RULES if rule.due is not None)  # the kinds the rules create
# Kinds whose cause the job checks again (a birthday's cause does not go away).
CLOSABLE_KINDS = tuple(rule.kind for rule in RULES if rule.state is not None)
