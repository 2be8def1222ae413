"""Referrals (分流/转介, DOMAIN.md §7.1) and the work-queue kinds: codes and pure rules, no storage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from domain.errors import InvalidValue
from domain.periods import Cadence, period_containing

REFERRAL_KIND = "referral"
# A referral not contacted by its due date goes to the supervisors' queue ("overdue escalates", DOMAIN §7.1).
ESCALATION_KIND = "referral_escalation"

# The manager must contact a referred customer within N working days. DOMAIN §7.1 marks N as [CFG] and says to
# ship 5 (older material's "3 WD" is wrong). Change it here, in one place; services read it as their default.
REFERRAL_CONTACT_WORKDAYS = 5
# An urgent referral (the customer is waiting at the counter) is due the same day, this long after it is made
# (never past the end of that day): it is a visit now, not a call this week.
URGENT_CONTACT = timedelta(minutes=30)
# A "later" outcome puts the referral back in the queue this many working days on.
REFERRAL_LATER_WORKDAYS = 10


class ReferralReason(StrEnum):
    LARGE_BALANCE = "large_balance"  # large balance or movement (≥ threshold)
    STATED_NEED = "stated_need"  # the customer asked about a product or service
    RISING_STAR = "rising_star"
    MATURITY = "maturity"  # a deposit or product about to mature
    PREMIUM = "premium"  # lobby triage: a premium customer for the wealth manager
    OTHER = "other"


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"


class ReferralOutcome(StrEnum):
    CONTACTED = "contacted"  # keeps the referral open until converted / not interested / later
    CONVERTED = "converted"
    NOT_INTERESTED = "not_interested"
    LATER = "later"


CLOSING_OUTCOMES = frozenset({ReferralOutcome.CONVERTED, ReferralOutcome.NOT_INTERESTED})
# The outcome a generated task is closed with when its cause went away (the holding matured, the complaint
# closed, the referral got its outcome): nobody marked it done, nothing is left to do.
RESOLVED = "resolved"


def urgent_due(now: datetime) -> tuple[date, str]:
    """The day and the time ("HH:MM") an urgent referral made at `now` is due: the same day, shortly."""
    due = min(now + URGENT_CONTACT, datetime.combine(now.date(), time(23, 59)))
    return due.date(), due.strftime("%H:%M")


def is_overdue(status: str, due_on: date | None, due_time: str, now: datetime) -> bool:
    """An open task past its day, or (with a due time) past that time on its day."""
    if status != "open" or due_on is None:
        return False
    if due_on != now.date() or not due_time:
        return due_on < now.date()
    return now.strftime("%H:%M") > due_time


def escalation_key(referral_id: int, due_on: date) -> str:
    """One escalation per referral and contact deadline: a "later" outcome sets a new deadline, which may be
    escalated again; the same deadline never twice."""
    return f"{ESCALATION_KIND}:{referral_id}:{due_on.isoformat()}"


def escalation_holds(status: str, outcome: str, due_on: date | None, escalated_due_on: date) -> bool:
    """The referral is still waiting for the contact it was escalated for: open, not contacted, same deadline."""
    return status == "open" and outcome != ReferralOutcome.CONTACTED.value and due_on == escalated_due_on


def month_of(day: date) -> tuple[date, date]:
    """The report's default period: the calendar month of `day`, first to last day."""
    month = period_containing(Cadence.MONTH, day)
    return month.first, month.last


def check_period(first: date, last: date) -> None:
    if first > last:
        raise InvalidValue("report_period_reversed", first=first.isoformat(), last=last.isoformat())


def conversion_rate(converted: int, referred: int) -> float | None:
    """Converted referrals per referral made (None when nothing was referred)."""
    return converted / referred if referred else None


def parse_reason(value: str) -> ReferralReason:
    try:
        return ReferralReason(value)
    except ValueError:
        raise InvalidValue("unknown_referral_reason", value=value) from None


def parse_urgency(value: str) -> Urgency:
    try:
        return Urgency(value)
    except ValueError:
        raise InvalidValue("unknown_referral_urgency", value=value) from None


def parse_outcome(value: str) -> ReferralOutcome:
    try:
        return ReferralOutcome(value)
    except ValueError:
        raise InvalidValue("unknown_referral_outcome", value=value) from None


@dataclass(frozen=True)
class Referral:
    """A referral as its screens and commands show it (a task of kind `referral` underneath)."""

    id: int
    customer_no: str
    manager_login: str
    manager: str
    referred_by: str
    reason: str
    products: tuple[str, ...]
    note: str
    urgency: str
    contact_consent: bool
    due_on: date
    status: str
    outcome: str
    version: int


@dataclass(frozen=True)
class ReferrerLine:
    """One referring staff member over the report's period (the totals line has no login)."""

    login: str
    name: str
    referred: int
    contacted: int  # any outcome recorded
    converted: int
    not_interested: int
    open: int
    overdue: int  # open past the due date, as of the report's day
    conversion_rate: float | None  # converted / referred


@dataclass(frozen=True)
class ManagerLine:
    """One receiving manager over the report's period (the totals line has no login)."""

    login: str
    name: str
    received: int
    contacted: int
    contacted_in_time: int  # the first outcome recorded by the due date
    converted: int
    open: int
    overdue: int


@dataclass(frozen=True)
class ReferralReport:
    first: date
    last: date
    today: date
    everyone: bool  # a supervisor's report; others see their own lines only
    referrers: tuple[ReferrerLine, ...]
    referrer_total: ReferrerLine
    managers: tuple[ManagerLine, ...]
    manager_total: ManagerLine
