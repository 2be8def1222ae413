"""The complaint duties beside the case (DOMAIN.md §7.7; rules in domain/complaint_duties.py).

- `report_major`: a major complaint (重大投诉) reported upward — to whom, what, by whom, when — against the limit
  set when it was registered; the report closes the case's reporting task and any escalation of it. A report
  after the limit is kept and marked late. `major_report_pdf` prints the 重大投诉报告单 of the latest report.
- `record_daily_check`: the outlet head's daily check of the opinion book or the online channels (what was looked
  at, what was found), one per branch, day and kind; an online check that found something gets a task to forward
  it (转办单) within 2 working days. `daily_checks` lists a period's checks and the working days left unchecked.

Permissions: reporting upward and the daily checks are supervisor duties for now (domain/permissions.py names the
role DOMAIN §1 gives each). Every record is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.models import Branch, Complaint, ComplaintDailyCheck, ComplaintMajorReport, Staff, Task
from db.notifications import announce
from db.session import Database
from domain.complaint_documents import MajorReportDocument
from domain.complaint_duties import (
    DailyCheckKind,
    DailyCheckView,
    MajorReportFacts,
    MajorReportView,
    check_kind,
    check_text,
    major_report_due,
    online_forward_by,
)
from domain.errors import Conflict, InvalidValue
from domain.permissions import Action, require
from domain.referrals import RESOLVED
from domain.staff import StaffUser
from domain.workdays import WorkCalendar
from reports.complaint_forms import build_major_report
from services.calendar import calendar_in, load_calendar
from services.complaint_documents import complaint_case, institution_of
from services.complaint_views import MAJOR_REPORT_TASK, audit_step, find_complaint
from services.staff import active_staff_row

MAJOR_REPORT_KIND = MAJOR_REPORT_TASK  # made at registration, closed by the report
MAJOR_LATE_KIND = "complaint_major_report_late"  # the daily job's escalation to the branch head
DAILY_CHECK_MISSING_KIND = "complaint_check_missing"  # a working day without its recorded check
ONLINE_FORWARD_KIND = "complaint_online_forward"  # what an online check found, forwarded within 2 WD


def _person(staff: Staff | None) -> str:
    return f"{staff.name}（{staff.login}）" if staff else ""


def _report_view(session: Session, row: ComplaintMajorReport, number: str) -> MajorReportView:
    return MajorReportView(
        complaint=number,
        reported_to=row.reported_to,
        content=row.content,
        reported_by=_person(session.get(Staff, row.reported_by_id)),
        reported_at=row.reported_at,
        due_on=row.due_on,
        late=row.late,
    )


def _close_tasks(session: Session, keys: list[str], prefixes: list[str], now: datetime) -> None:
    for task in session.scalars(select(Task).where(Task.status == "open", Task.kind.in_(_TASK_KINDS))):
        key = task.source_key or ""
        if key in keys or any(key.startswith(p) for p in prefixes):
            task.status, task.done_at, task.outcome = "done", now, RESOLVED


_TASK_KINDS = (MAJOR_REPORT_KIND, MAJOR_LATE_KIND, DAILY_CHECK_MISSING_KIND)


def report_major(
    db: Database,
    user: StaffUser,
    number: str,
    facts: MajorReportFacts,
    *,
    now: datetime | None = None,
) -> MajorReportView:
    """Record that a major complaint was reported upward. Refused for a complaint that is not major."""
    require(user, Action.COMPLAINT_REPORT_MAJOR)
    facts = facts.checked()
    now = (now or datetime.now()).replace(microsecond=0)
    with db.write() as uow:
        session = uow.session
        active_staff_row(session, user)
        row = find_complaint(session, number)
        if not row.is_major:
            raise Conflict("complaint_not_major", number=row.number)
        due = major_due_of(session, row)
        report = ComplaintMajorReport(
            complaint_id=row.id,
            reported_to=facts.reported_to,
            content=facts.content,
            reported_by_id=user.id,
            reported_at=now,
            due_on=due,
            late=now.date() > due,
        )
        session.add(report)
        session.flush()
        _close_tasks(
            session,
            [f"{MAJOR_REPORT_KIND}:{row.number}"],
            [f"{MAJOR_LATE_KIND}:{row.number}:"],
            now,
        )
        audit_step(
            session,
            user,
            "complaint_major_reported",
            row,
            now,
            reported_to=facts.reported_to,
            late=report.late,
        )
        view = _report_view(session, report, row.number)
        uow.commit()
    return view


def major_due_of(session: Session, row: Complaint, calendar: WorkCalendar | None = None) -> date:
    """The limit set at registration (the reporting task's due day); computed again for a case registered before
    the task existed."""
    due = session.scalar(select(Task.due_on).where(Task.source_key == f"{MAJOR_REPORT_KIND}:{row.number}"))
    if due is not None:
        return due
    return major_report_due(row.received_at, calendar or calendar_in(session))


def major_reports(db: Database, user: StaffUser, number: str) -> list[MajorReportView]:
    """A case's reports upward, oldest first (whoever may report may read them)."""
    require(user, Action.COMPLAINT_REPORT_MAJOR)
    with db.read() as uow:
        session = uow.session
        row = find_complaint(session, number)
        reports = session.scalars(
            select(ComplaintMajorReport)
            .where(ComplaintMajorReport.complaint_id == row.id)
            .order_by(ComplaintMajorReport.reported_at, ComplaintMajorReport.id)
        ).all()
        return [_report_view(session, r, row.number) for r in reports]


def major_report_pdf(db: Database, user: StaffUser, number: str, *, now: datetime | None = None) -> bytes:
    """The 重大投诉报告单 of the latest report upward (refused before the case was reported)."""
    require(user, Action.COMPLAINT_REPORT_MAJOR)
    now = (now or datetime.now()).replace(microsecond=0)
    with db.read() as uow:
        session = uow.session
        row = find_complaint(session, number)
        report = session.scalars(
            select(ComplaintMajorReport)
            .where(ComplaintMajorReport.complaint_id == row.id)
            .order_by(ComplaintMajorReport.reported_at.desc(), ComplaintMajorReport.id.desc())
            .limit(1)
        ).one_or_none()
        if report is None:
            raise Conflict("complaint_major_not_reported", number=row.number)
        institution = institution_of(session, user)
        case = complaint_case(session, user, row, institution.branch_name)
        view = _report_view(session, report, row.number)
    return build_major_report(
        MajorReportDocument(institution, case, view, now, f"{user.name}（{user.login}）")
    )


# -- the daily checks --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DailyCheckPeriod:
    checks: tuple[DailyCheckView, ...]
    missing: tuple[tuple[date, str], ...]  # (working day, kind) without a recorded check


def record_daily_check(
    db: Database,
    user: StaffUser,
    kind: str,
    check_date: date,
    checked: str,
    findings: str,
    *,
    found_items: bool = False,
    now: datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> DailyCheckView:
    """The day's check of the opinion book or the online channels, for the user's branch. A day not yet come is
    refused; a day already recorded too (the record is kept as written). `found_items`: an online check found
    complaints to forward, which makes a task due within 2 working days."""
    require(user, Action.COMPLAINT_DAILY_CHECK)
    check = check_kind(kind)
    what, found = check_text(checked, findings)
    now = (now or datetime.now()).replace(microsecond=0)
    if check_date > now.date():
        raise InvalidValue("daily_check_in_future", value=check_date.isoformat())
    calendar = calendar or load_calendar(db)
    forward_by = online_forward_by(check_date, calendar) if check is DailyCheckKind.ONLINE else None
    with db.write() as uow:
        session = uow.session
        active_staff_row(session, user)
        branch = session.scalars(select(Branch).where(Branch.code == user.branch_code)).one()
        exists = session.scalar(
            select(ComplaintDailyCheck.id).where(
                ComplaintDailyCheck.branch_id == branch.id,
                ComplaintDailyCheck.check_date == check_date,
                ComplaintDailyCheck.kind == check.value,
            )
        )
        if exists is not None:
            raise Conflict("daily_check_already_recorded", date=check_date.isoformat(), check=check.value)
        row = ComplaintDailyCheck(
            branch_id=branch.id,
            check_date=check_date,
            kind=check.value,
            checked=what,
            findings=found,
            checked_by_id=user.id,
            recorded_at=now,
        )
        session.add(row)
        session.flush()
        _close_tasks(
            session, [f"{DAILY_CHECK_MISSING_KIND}:{branch.code}.{check.value}:{check_date}"], [], now
        )
        if forward_by is not None and found_items:
            session.add(
                Task(
                    kind=ONLINE_FORWARD_KIND,
                    source_key=f"{ONLINE_FORWARD_KIND}:{branch.code}:{check_date.isoformat()}",
                    assignee_id=None,
                    created_by_id=user.id,
                    title=found[:200],
                    details={"check_date": check_date.isoformat(), "forward_by": forward_by.isoformat()},
                    due_on=forward_by,
                    status="open",
                    created_at=now,
                )
            )
            announce(session, None)
        audit.record(
            session,
            actor=user.login,
            staff_id=user.id,
            action="complaint_daily_check",
            entity="complaint_daily_check",
            entity_id=f"{branch.code}:{check_date.isoformat()}:{check.value}",
            details={"kind": check.value, "found_items": found_items},
            at=now,
        )
        view = _check_view(row, _person(session.get(Staff, user.id)), forward_by)
        uow.commit()
    return view


def _check_view(row: ComplaintDailyCheck, who: str, forward_by: date | None) -> DailyCheckView:
    return DailyCheckView(
        check_date=row.check_date,
        kind=row.kind,
        checked=row.checked,
        findings=row.findings,
        checked_by=who,
        recorded_at=row.recorded_at,
        forward_by=forward_by,
    )


def daily_checks(
    db: Database,
    user: StaffUser,
    first: date,
    last: date,
    *,
    today: date | None = None,
    calendar: WorkCalendar | None = None,
) -> DailyCheckPeriod:
    """The checks of [first, last] for the user's branch and the working days before today left unchecked."""
    require(user, Action.COMPLAINT_DAILY_CHECK)
    if first > last:
        raise InvalidValue(
            "complaint_register_period_reversed", first=first.isoformat(), last=last.isoformat()
        )
    if (last - first).days > 366:
        raise InvalidValue("complaint_register_period_too_long", maximum=366)
    today = today or date.today()
    calendar = calendar or load_calendar(db)
    with db.read() as uow:
        session = uow.session
        branch = session.scalars(select(Branch).where(Branch.code == user.branch_code)).one()
        rows = session.scalars(
            select(ComplaintDailyCheck)
            .where(
                ComplaintDailyCheck.branch_id == branch.id,
                ComplaintDailyCheck.check_date >= first,
                ComplaintDailyCheck.check_date <= last,
            )
            .order_by(ComplaintDailyCheck.check_date.desc(), ComplaintDailyCheck.kind)
        ).all()
        staff = {
            s.id: s
            for s in session.scalars(select(Staff).where(Staff.id.in_({r.checked_by_id for r in rows})))
        }
        views = tuple(
            _check_view(
                r,
                _person(staff.get(r.checked_by_id)),
                online_forward_by(r.check_date, calendar) if r.kind == DailyCheckKind.ONLINE else None,
            )
            for r in rows
        )
    done = {(v.check_date, v.kind) for v in views}
    missing = tuple(
        (day, kind.value)
        for day in _days(first, min(last, today - timedelta(days=1)))
        if calendar.is_workday(day)
        for kind in DailyCheckKind
        if (day, kind.value) not in done
    )
    return DailyCheckPeriod(views, missing)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)] if first <= last else []
