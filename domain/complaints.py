"""Complaint deadlines and the major-complaint test (DOMAIN.md §7.7).

Deadlines are [CFG] defaults: callers may pass their own `rules`. Product and channel complaints warn at 7 WD
and must be answered by 10 WD; rule violations ("7–10 WD") get the same pair. Financial crime and anonymous
complaints have no computed deadline: the inspection office sets one by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from domain.complaint_flow import ComplaintStatus
from domain.errors import InvalidValue
from domain.money import to_fen
from domain.workdays import CUTOFF, WorkCalendar

MAJOR_AMOUNT_THRESHOLD = Decimal("50000.00")  # strictly more is major: 50,000.00 no, 50,000.01 yes


class ComplaintCategory(StrEnum):
    ERROR = "error"  # 工作失误
    ATTITUDE = "attitude"  # 服务态度
    INTERNAL_MANAGEMENT = "internal_management"  # 内部管理
    PRODUCT = "product"  # 服务产品
    CHANNEL = "channel"  # 服务渠道
    VIOLATION = "violation"  # 违规操作
    CRIME = "crime"  # 金融犯罪
    ANONYMOUS = "anonymous"  # 匿名投诉


@dataclass(frozen=True)
class DeadlineRule:
    due_workdays: int
    warn_workdays: int | None = None


_GENERAL = DeadlineRule(due_workdays=3)
_COMPLEX = DeadlineRule(due_workdays=10, warn_workdays=7)
DEFAULT_DEADLINE_RULES: Mapping[ComplaintCategory, DeadlineRule | None] = MappingProxyType(
    {
        ComplaintCategory.ERROR: _GENERAL,
        ComplaintCategory.ATTITUDE: _GENERAL,
        ComplaintCategory.INTERNAL_MANAGEMENT: _GENERAL,
        ComplaintCategory.PRODUCT: _COMPLEX,
        ComplaintCategory.CHANNEL: _COMPLEX,
        ComplaintCategory.VIOLATION: _COMPLEX,
        ComplaintCategory.CRIME: None,
        ComplaintCategory.ANONYMOUS: None,
    }
)


@dataclass(frozen=True)
class ComplaintDeadline:
    category: ComplaintCategory
    day_zero: date  # the working day the receipt counts from
    due: date  # the answer is due by 24:00 on this day
    warn_from: date | None  # a 督办单 (urging slip) from this day on
    unknown_years: tuple[int, ...]  # calendar years assumed Mon–Fri: the UI warns that `due` may move

    def state(self, today: date) -> str:
        """`overdue` after the due day, `warning` from the warning day, else `open`."""
        if today > self.due:
            return "overdue"
        if self.warn_from is not None and today >= self.warn_from:
            return "warning"
        return "open"


def complaint_deadline(
    received_at: datetime | date,
    category: ComplaintCategory | str,
    calendar: WorkCalendar,
    *,
    rules: Mapping[ComplaintCategory, DeadlineRule | None] = DEFAULT_DEADLINE_RULES,
    cutoff: time = CUTOFF,
) -> ComplaintDeadline | None:
    """The deadline for a complaint received at `received_at`; None where handling is manual."""
    try:
        category = ComplaintCategory(category)
    except ValueError:
        raise InvalidValue("unknown_complaint_category", value=str(category)) from None
    rule = rules.get(category)
    if rule is None:
        return None
    day_zero = calendar.day_zero(received_at, cutoff)
    due = calendar.add_workdays(day_zero, rule.due_workdays)
    warn_from = None if rule.warn_workdays is None else calendar.add_workdays(day_zero, rule.warn_workdays)
    return ComplaintDeadline(category, day_zero, due, warn_from, calendar.unknown_years(received_at, due))


def major_complaint_reasons(
    amount: Decimal | None,
    public_figure: bool = False,
    sensitive: bool = False,
    reputational: bool = False,
    *,
    threshold: Decimal = MAJOR_AMOUNT_THRESHOLD,
) -> tuple[str, ...]:
    """Why a complaint is major (重大投诉), as codes for the register; empty when it is not."""
    reasons: list[str] = []
    if amount is not None:
        if to_fen(amount) < 0:  # to_fen also refuses floats and fractions of a fen
            raise InvalidValue("amount_negative", value=str(amount))
        if amount > threshold:
            reasons.append("amount_over_threshold")
    for flag, code in (
        (public_figure, "public_figure"),
        (sensitive, "sensitive_topic"),
        (reputational, "reputational_risk"),
    ):
        if flag:
            reasons.append(code)
    return tuple(reasons)


def is_major_complaint(
    amount: Decimal | None,
    public_figure: bool = False,
    sensitive: bool = False,
    reputational: bool = False,
    *,
    threshold: Decimal = MAJOR_AMOUNT_THRESHOLD,
) -> bool:
    """Major: amount over 5万 (50,000.00 no, 50,000.01 yes), a public figure, a sensitive topic or reputational risk."""
    return bool(major_complaint_reasons(amount, public_figure, sensitive, reputational, threshold=threshold))


@dataclass(frozen=True)
class ComplaintView:
    number: str
    status: ComplaintStatus
    channel: str
    category: str
    received_at: datetime
    content: str
    amount: Decimal | None
    major_reasons: tuple[str, ...]
    complainant_name: str  # masked unless the viewer may see it
    complainant_phone: str
    customer_no: str | None
    subject_staff: str  # the person complained about ("" if none)
    handler_login: str
    handler: str
    registered_by: str
    deadline: date | None
    # Computed across a year with no loaded schedule (counted Mon–Fri): shown with a warning until it is loaded.
    deadline_provisional: bool
    warn_from: date | None
    state: str  # open | warning | overdue | done | manual (no computed deadline)
    leader_instruction: str
    reply: str
    satisfaction: str
    findings: str
    disposition: str
    corrective_measures: str
    overdue_reason: str
    withdrawal_reason: str
    replied_at: datetime | None
    closed_at: datetime | None
    identity_visible: bool
    version: int
    documents: tuple[str, ...] = ()  # the case documents that fit now: transfer, urging, result
    # Repeat complaints (domain/complaint_duties.py): the earlier case this one repeats, the later ones repeating it.
    repeat_of: str = ""
    repeated_by: tuple[str, ...] = ()
    # A major complaint's report upward: due by this day; when it was reported (None: not yet).
    major_report_due: date | None = None
    major_reported_at: datetime | None = None


@dataclass(frozen=True)
class ComplaintStats:
    first: date
    last: date
    total: int
    by_channel: dict[str, int]
    by_category: dict[str, int]
    answered: int  # replied, closed (withdrawn cases are not counted as answered)
    on_time: int  # answered by the deadline (cases without a computed deadline count as on time)
    satisfaction: dict[str, int]
    major: int
    repeats: int = 0  # repeat complaints (linked to an earlier case): a §9 KPI

    @property
    def on_time_rate(self) -> Decimal | None:
        return (
            None
            if not self.answered
            else (Decimal(self.on_time) / Decimal(self.answered)).quantize(Decimal("0.001"))
        )
