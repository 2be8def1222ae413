"""The branch's working-day calendar (DOMAIN §10): the shipped schedule, years an administrator loaded, answers.

The shipped library (`domain.workdays.branch_calendar()`: the chinese_calendar package plus the override file)
is the default. A year loaded into the database (`import_calendar`) replaces the shipped schedule of that year
wholly. A year known to neither is counted Mon–Fri, and every date computed across it is *provisional*: the
deadline is shown with a warning and supervisors get a task to load the year (services/reminders.py).

Loading a year moves the stored deadlines of open complaints that were computed across it, so a provisional
deadline becomes the right one the moment the notice is loaded; each move is audited.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db import audit
from db.models import CalendarDay, CalendarYear, Complaint, Staff, Task
from db.session import Database
from domain.complaint_flow import OPEN
from domain.complaints import complaint_deadline
from domain.permissions import Action, require
from domain.referrals import RESOLVED
from domain.staff import StaffUser
from domain.workdays import (
    CalendarRow,
    DayKind,
    WorkCalendar,
    WorkdayAnswer,
    chinese_calendar_rows,
    chinese_calendar_years,
    parse_calendar_file,
    replace_years,
)
from domain.workdays import branch_calendar as shipped_calendar

CALENDAR_YEAR_TASK = "calendar_year_missing"  # supervisors: have next year's schedule loaded
# The State Council publishes the next year's schedule in November or December; from this day on a missing year
# becomes a task [CFG].
WARN_FROM_MONTH_DAY = (12, 1)


@dataclass(frozen=True)
class CalendarYearView:
    year: int
    origin: str  # loaded (by an administrator) | shipped (with the program) | missing (counted Mon–Fri)
    holidays: int
    makeup_workdays: int
    source: str
    loaded_at: datetime | None
    loaded_by: str


@dataclass(frozen=True)
class CalendarImport:
    years: tuple[int, ...]
    days: int
    sha256: str
    complaints_moved: tuple[str, ...]  # numbers of open complaints whose deadline the new schedule moved


def calendar_in(session: Session) -> WorkCalendar:
    """The calendar in force: the shipped one with every loaded year replacing its own."""
    years = session.scalars(select(CalendarYear.year)).all()
    if not years:
        return shipped_calendar()
    rows = [
        CalendarRow(row.day, DayKind(row.kind), row.name, row.source)
        for row in session.scalars(select(CalendarDay))
    ]
    return replace_years(shipped_calendar(), years, rows)


def load_calendar(db: Database) -> WorkCalendar:
    with db.read() as uow:
        return calendar_in(uow.session)


def add_workdays(db: Database, start: datetime | date, workdays: int) -> WorkdayAnswer:
    """The date N working days after `start` (day 0 as the deadlines count it), and whether it is provisional."""
    return load_calendar(db).add_workdays_answer(start, workdays)


def calendar_years(db: Database, around: date | None = None) -> tuple[CalendarYearView, ...]:
    """Every loaded or shipped year, plus the years around `around` (default today) that are missing."""
    around = around or date.today()
    with db.read() as uow:
        session = uow.session
        calendar = calendar_in(session)
        loaded = {
            year: (source, loaded_at, login)
            for year, source, loaded_at, login in session.execute(
                select(CalendarYear.year, CalendarYear.source, CalendarYear.loaded_at, Staff.login).join(
                    Staff, Staff.id == CalendarYear.loaded_by_id
                )
            )
        }
    shipped = set(chinese_calendar_years()) | set(shipped_calendar().known_years)
    wanted = set(loaded) | {around.year - 1, around.year, around.year + 1}
    wanted |= {year for year in shipped if year >= around.year - 2}
    views = []
    for year in sorted(wanted, reverse=True):
        holidays = sum(1 for d in calendar.holidays if d.year == year)
        makeups = sum(1 for d in calendar.makeup_workdays if d.year == year)
        if year in loaded:
            source, loaded_at, login = loaded[year]
            views.append(CalendarYearView(year, "loaded", holidays, makeups, source, loaded_at, login))
        elif year in calendar.known_years:
            views.append(CalendarYearView(year, "shipped", holidays, makeups, "chinese_calendar", None, ""))
        else:
            views.append(CalendarYearView(year, "missing", 0, 0, "", None, ""))
    return tuple(views)


def year_days(db: Database, year: int) -> tuple[CalendarRow, ...]:
    """The holidays and make-up workdays of one year as the calendar in force has them."""
    with db.read() as uow:
        session = uow.session
        if session.get(CalendarYear, year) is not None:
            return tuple(
                CalendarRow(row.day, DayKind(row.kind), row.name, row.source)
                for row in session.scalars(
                    select(CalendarDay).where(CalendarDay.year == year).order_by(CalendarDay.day)
                )
            )
    calendar = shipped_calendar()
    if year not in calendar.known_years:
        return ()
    names = {row.day: row.name for row in chinese_calendar_rows([year])}
    days = [(d, DayKind.HOLIDAY) for d in calendar.holidays if d.year == year]
    days += [(d, DayKind.MAKEUP_WORKDAY) for d in calendar.makeup_workdays if d.year == year]
    return tuple(CalendarRow(d, kind, names.get(d, ""), "shipped") for d, kind in sorted(days))


def years_to_load(session: Session, today: date) -> tuple[int, ...]:
    """Years the branch should load now: next year from December on, and any year an open deadline crosses."""
    calendar = calendar_in(session)
    wanted: set[int] = set()
    if (today.month, today.day) >= WARN_FROM_MONTH_DAY and today.year + 1 not in calendar.known_years:
        wanted.add(today.year + 1)
    if today.year not in calendar.known_years:
        wanted.add(today.year)
    for received_at, deadline in session.execute(
        select(Complaint.received_at, Complaint.deadline).where(
            Complaint.status.in_([status.value for status in OPEN]), Complaint.deadline.is_not(None)
        )
    ):
        if deadline is not None:  # excluded by the query; the column allows it
            wanted.update(calendar.unknown_years(received_at, deadline))
    return tuple(sorted(wanted))


def remind_missing_years(session: Session, today: date, now: datetime) -> int:
    """The daily job's part: one task in the supervisors' queue per year to load (never twice); how many new."""
    created = 0
    for year in years_to_load(session, today):
        key = f"{CALENDAR_YEAR_TASK}:{year}"
        if session.scalar(select(Task.id).where(Task.source_key == key)) is not None:
            continue
        session.add(
            Task(
                kind=CALENDAR_YEAR_TASK,
                source_key=key,
                assignee_id=None,  # the supervisors' queue; an administrator loads the file
                title=f"calendar {year}",
                details={"year": year},
                due_on=max(today, date(year - 1, 12, 20)),
                status="open",
                outcome="",
                created_at=now,
            )
        )
        created += 1
    return created


def _close_year_tasks(session: Session, years: tuple[int, ...], now: datetime) -> None:
    keys = [f"{CALENDAR_YEAR_TASK}:{year}" for year in years]
    for task in session.scalars(select(Task).where(Task.source_key.in_(keys), Task.status == "open")):
        task.status, task.outcome, task.done_at = "done", RESOLVED, now


def import_calendar(
    db: Database, user: StaffUser, text: str, source: str, *, now: datetime | None = None
) -> CalendarImport:
    """Load the years of a calendar file (administrators). All or nothing: a bad line writes nothing."""
    require(user, Action.CALENDAR_MANAGE)
    rows = parse_calendar_file(text, source)
    years = tuple(sorted({row.day.year for row in rows}))
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        before = calendar_in(session)
        session.execute(delete(CalendarDay).where(CalendarDay.year.in_(years)))
        session.execute(delete(CalendarYear).where(CalendarYear.year.in_(years)))
        session.flush()
        for year in years:
            session.add(
                CalendarYear(year=year, source=source, sha256=sha256, loaded_at=now, loaded_by_id=user.id)
            )
        session.flush()
        session.add_all(
            CalendarDay(day=row.day, year=row.day.year, kind=row.kind.value, name=row.name, source=row.source)
            for row in rows
        )
        session.flush()
        after = calendar_in(session)
        moved = _move_open_deadlines(session, user, before, after, years, now)
        _close_year_tasks(session, years, now)
        audit.record(
            session,
            actor=user.login,
            staff_id=user.id,
            action="calendar_import",
            entity="calendar",
            entity_id=",".join(map(str, years)),
            details={
                "years": list(years),
                "days": len(rows),
                "sha256": sha256,
                "source": source,
                "complaints_moved": len(moved),
            },
            at=now,
        )
        uow.commit()
    return CalendarImport(years, len(rows), sha256, moved)


def _move_open_deadlines(
    session: Session,
    user: StaffUser,
    before: WorkCalendar,
    after: WorkCalendar,
    years: tuple[int, ...],
    now: datetime,
) -> tuple[str, ...]:
    """Recompute the deadlines of open complaints received up to a year before the loaded years' end."""
    earliest = date(min(years) - 1, 1, 1)
    rows = session.scalars(
        select(Complaint).where(
            Complaint.status.in_([status.value for status in OPEN]),
            Complaint.deadline.is_not(None),
            Complaint.received_at >= datetime.combine(earliest, datetime.min.time()),
        )
    ).all()
    moved = []
    for row in rows:
        old = complaint_deadline(row.received_at, row.category, before)
        if old is None or old.due != row.deadline:
            continue  # a deadline set or moved by hand stays where a person put it
        new = complaint_deadline(row.received_at, row.category, after)
        if new is None or (new.due, new.warn_from, new.day_zero) == (
            row.deadline,
            row.warn_from,
            row.day_zero,
        ):
            continue
        audit.record(
            session,
            actor=user.login,
            staff_id=user.id,
            action="complaint_deadline_recomputed",
            entity="complaint",
            entity_id=row.number,
            details={
                "from": row.deadline.isoformat(),
                "to": new.due.isoformat(),
                "reason": "calendar_import",
            },
            at=now,
        )
        row.deadline, row.warn_from, row.day_zero = new.due, new.warn_from, new.day_zero
        moved.append(row.number)
    return tuple(sorted(moved))
