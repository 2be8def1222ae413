"""The daily job's rules for the complaint duties (DOMAIN §7.7; domain/complaint_duties.py), beside the reminder
table of services/reminder_rules.py that services/reminders.py runs with them.

- `complaint_major_report` (made at registration) closes by itself once the case is reported upward.
- `complaint_major_report_late`: a major complaint not reported upward by its limit goes to the branch head (the
  supervisors' queue for now) the day after the limit, once per case; it closes once the report is on record.
- `complaint_check_missing`: each working day of the last week (before today) without the branch's recorded
  opinion-book or online check, one task per branch, day and kind, for the branch head; it closes once recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Branch, Complaint, ComplaintDailyCheck, ComplaintMajorReport, Task
from domain.complaint_duties import MISSED_CHECK_LOOKBACK_DAYS, DailyCheckKind
from services.complaint_duties import DAILY_CHECK_MISSING_KIND, MAJOR_LATE_KIND, MAJOR_REPORT_KIND
from services.reminder_rules import Day, Reminder, Rule, States, chunks


def _reported(s: Session, numbers: list[str]) -> States:
    """number -> reported upward (a case that is gone is missing)."""
    found: dict[str, Any] = {}
    for chunk in chunks(numbers):
        rows = s.execute(select(Complaint.id, Complaint.number).where(Complaint.number.in_(chunk))).all()
        reported = set(
            s.scalars(
                select(ComplaintMajorReport.complaint_id).where(
                    ComplaintMajorReport.complaint_id.in_([r.id for r in rows])
                )
            )
        )
        found.update({r.number: r.id in reported for r in rows})
    return found


def _not_reported(states: States, subject: str, day: date | None) -> bool:
    return states.get(subject) is False


def _late_reports_due(s: Session, day: Day) -> Iterator[Reminder]:
    for task in s.execute(
        select(Task.title, Task.customer_id, Task.due_on, Task.details).where(
            Task.kind == MAJOR_REPORT_KIND, Task.status == "open", Task.due_on < day.today
        )
    ):
        yield Reminder(
            f"{task.title}:{task.due_on.isoformat()}",
            task.customer_id,
            None,  # the branch head: the supervisors' queue until the role exists
            task.title,
            day.today,
            {
                "complaint": task.title,
                "due_on": task.due_on.isoformat(),
                "major": (task.details or {}).get("major", []),
                "escalated_to": "branch_head",
            },
        )


def _missing_checks_due(s: Session, day: Day) -> Iterator[Reminder]:
    first = day.today - timedelta(days=MISSED_CHECK_LOOKBACK_DAYS)
    days = [first + timedelta(days=i) for i in range(MISSED_CHECK_LOOKBACK_DAYS)]
    workdays = [d for d in days if day.calendar.is_workday(d)]
    if not workdays:
        return
    done = {
        tuple(row)
        for row in s.execute(
            select(
                ComplaintDailyCheck.branch_id, ComplaintDailyCheck.check_date, ComplaintDailyCheck.kind
            ).where(ComplaintDailyCheck.check_date >= first, ComplaintDailyCheck.check_date < day.today)
        )
    }
    for branch_id, code in s.execute(select(Branch.id, Branch.code).order_by(Branch.code)):
        for d in workdays:
            for kind in DailyCheckKind:
                if (branch_id, d, kind.value) not in done:
                    yield Reminder(
                        f"{code}.{kind.value}:{d.isoformat()}",
                        None,
                        None,  # the branch head: the supervisors' queue until the role exists
                        f"{code} {kind.value} {d.isoformat()}",
                        d,
                        {"branch": code, "check": kind.value, "date": d.isoformat()},
                    )


def _checks_now(s: Session, subjects: list[str]) -> States:
    """`branch.kind` -> the days recorded (a branch that is gone is missing)."""
    found: dict[str, Any] = {}
    branches = {code: id_ for code, id_ in s.execute(select(Branch.code, Branch.id))}
    for subject in subjects:
        code, _, kind = subject.partition(".")
        if code in branches:
            found[subject] = set(
                s.scalars(
                    select(ComplaintDailyCheck.check_date).where(
                        ComplaintDailyCheck.branch_id == branches[code], ComplaintDailyCheck.kind == kind
                    )
                )
            )
    return found


def _check_still_missing(states: States, subject: str, day: date | None) -> bool:
    return subject in states and day not in states[subject]


DUTY_RULES = (
    Rule(MAJOR_REPORT_KIND, None, _reported, _not_reported, dated=False),
    Rule(MAJOR_LATE_KIND, _late_reports_due, _reported, _not_reported),
    Rule(DAILY_CHECK_MISSING_KIND, _missing_checks_due, _checks_now, _check_still_missing),
)
