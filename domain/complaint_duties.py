"""The complaint duties beside the case itself (DOMAIN.md §7.7, the seed regulation 第九条, 第十七条, 第二十条).

- **Major complaints reported upward** (重大投诉, 第二十条 "应及时向……报告"): the regulation says "promptly" and gives
  no figure, so the limit is [CFG]: `MAJOR_REPORT_WORKDAYS` working days from the day the receipt counts from
  (day 0, as the complaint deadlines count), due by 24:00 on that day. Default 1: by the end of the next working
  day, inside the 24 hours practice gives a sudden event.
- **Repeat complaints** (再次投诉, 第十七条; DOMAIN §7.7 escalation (5)): the same complainant (the same customer, or
  for a non-customer the same phone) about the same matter (the same category and the same staff member
  complained about, none counting as the same) within `REPEAT_WINDOW_DAYS` calendar days [CFG; DOMAIN names no
  figure] of the earlier case's receipt, both days included. The new case is linked to the most recent such case,
  re-verified and escalated to the leaders.
- **Daily checks** (第九条 (二)(三)): the outlet head looks at the opinion book (意见簿/箱) every working day, and
  the online channels every working day; what is found online is forwarded within `ONLINE_FORWARD_WORKDAYS` (2)
  working days. A working day without its recorded check shows in the branch's work queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from domain.errors import InvalidValue
from domain.text import checked_text
from domain.workdays import CUTOFF, WorkCalendar

MAJOR_REPORT_WORKDAYS = 1  # [CFG] the regulation says 及时 (promptly)
REPEAT_WINDOW_DAYS = 90  # [CFG] calendar days from the earlier case's receipt, both ends included
ONLINE_FORWARD_WORKDAYS = 2  # [REG seed regulation 第九条(三)] online complaints forwarded within 2 WD
MISSED_CHECK_LOOKBACK_DAYS = (
    7  # the daily job looks this many calendar days back for a working day left unchecked
)
REPORT_TEXT_MAX = 2000


class DailyCheckKind(StrEnum):
    OPINION_BOOK = "opinion_book"  # 意见簿/箱: the outlet head, daily
    ONLINE = "online"  # 网络渠道 and government websites: daily, forwarded within 2 WD


def major_report_due(
    received_at: datetime | date, calendar: WorkCalendar, workdays: int = MAJOR_REPORT_WORKDAYS
) -> date:
    """The day by which a major complaint is reported upward (24:00 that day)."""
    return calendar.add_workdays(calendar.day_zero(received_at, CUTOFF), workdays)


def online_forward_by(check_date: date, calendar: WorkCalendar) -> date:
    """What an online check finds is forwarded (转办单) by 24:00 on this day."""
    return calendar.add_workdays(calendar.day_zero(check_date, CUTOFF), ONLINE_FORWARD_WORKDAYS)


def within_repeat_window(earlier: date, later: date, window_days: int = REPEAT_WINDOW_DAYS) -> bool:
    """The later complaint is a repeat of the earlier one by date: 0 to `window_days` days after it."""
    return 0 <= (later - earlier).days <= window_days


@dataclass(frozen=True)
class MajorReportFacts:
    """What is reported upward: to whom (the superior body, the regulator) and what was said."""

    reported_to: str
    content: str

    def checked(self) -> MajorReportFacts:
        to = " ".join(checked_text(self.reported_to or "", "reported_to").split())
        content = checked_text(self.content or "", "report_content", multiline=True).strip()
        if not to:
            raise InvalidValue("major_report_recipient_required")
        if not content:
            raise InvalidValue("major_report_content_required")
        if len(content) > REPORT_TEXT_MAX or len(to) > 200:
            raise InvalidValue("major_report_too_long", maximum=REPORT_TEXT_MAX)
        return MajorReportFacts(to, content)


@dataclass(frozen=True)
class MajorReportView:
    complaint: str
    reported_to: str
    content: str
    reported_by: str  # name (login)
    reported_at: datetime
    due_on: date
    late: bool


@dataclass(frozen=True)
class DailyCheckView:
    check_date: date
    kind: str
    checked: str  # what was looked at (the book, which websites and platforms)
    findings: str  # what was found ("无新增" when nothing)
    checked_by: str
    recorded_at: datetime
    forward_by: date | None  # online checks: what was found is forwarded by this day


def check_text(checked: str, findings: str) -> tuple[str, str]:
    what = checked_text(checked or "", "checked", multiline=True).strip()
    found = checked_text(findings or "", "findings", multiline=True).strip()
    if not what:
        raise InvalidValue("daily_check_scope_required")
    if not found:
        raise InvalidValue("daily_check_findings_required")
    if len(what) > REPORT_TEXT_MAX or len(found) > REPORT_TEXT_MAX:
        raise InvalidValue("major_report_too_long", maximum=REPORT_TEXT_MAX)
    return what, found


def check_kind(value: str) -> DailyCheckKind:
    try:
        return DailyCheckKind(value)
    except ValueError:
        raise InvalidValue("daily_check_kind_unknown", value=value) from None
