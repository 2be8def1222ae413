"""The cooling-off window (投资冷静期, DOMAIN §4 controls `cooling_off_hours`, §7.4 step 6, §8) as pure rules.

The window is counted in calendar hours, as the catalogue states it (`cooling_off_hours`; a private product at
least the configured 24 h): it opens when the agreement becomes effective — the second person's review, when the
subscription is debited, which is when the clause says it starts (自甲方签署本协议、支付认购款项后起算) — and
closes `hours` later. A cancellation at the closing instant itself is still inside; one second later it is not.
Inside the window the customer cancels without giving reasons and gets the whole amount back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from domain.agreements import Status
from domain.documents import Institution
from domain.errors import Conflict

# 回访 (services/follow_up_calls.py): a work-queue task after the window, by someone other than the seller.
FOLLOW_UP_KIND = "follow_up_call"
OBJECTION_KIND = "follow_up_objection"  # the customer disputed the sale on the call: the supervisors' queue
FOLLOW_UP_OUTCOMES = ("confirmed", "not_reached", "objection")
FOLLOW_UP_WORKDAYS = 5  # DOMAIN §7.4 (8): within 5 WD [CFG]
FOLLOW_UP_FAMILIES = frozenset({"insurance"})  # 银保 new-policy calls, with or without a window


def needs_follow_up_call(family: str, cooling_off_hours: int | None) -> bool:
    """A product with a cooling-off window (its clause promises the call after it) and every insurance sale."""
    return bool(cooling_off_hours) or family in FOLLOW_UP_FAMILIES


class Window:
    NONE = "none"  # the product has no cooling-off period
    PENDING = "pending"  # not effective yet: the window has not started
    OPEN = "open"
    ENDED = "ended"


def window_state(status: str, ends_at: datetime | None, now: datetime) -> str:
    if status == Status.ISSUED:
        return Window.PENDING
    if status != Status.EFFECTIVE or ends_at is None:
        return Window.NONE
    return Window.OPEN if now <= ends_at else Window.ENDED


def check_cancellable(number: str, status: str, ends_at: datetime | None, now: datetime) -> None:
    """Refuse a cancellation the window does not allow, saying why."""
    if status == Status.VOIDED:
        raise Conflict("agreement_is_voided", number=number)
    if status == Status.CANCELLED:
        raise Conflict("agreement_already_cancelled", number=number)
    if status == Status.RETURNED:
        raise Conflict("agreement_was_returned", number=number)
    if status == Status.ISSUED:  # nothing debited yet: the agreement is voided, not cancelled with a refund
        raise Conflict("agreement_not_effective", number=number)
    if ends_at is None:
        raise Conflict("agreement_no_cooling_off", number=number)
    if now > ends_at:
        raise Conflict(
            "agreement_cooling_off_ended", number=number, ended_at=ends_at.strftime("%Y-%m-%d %H:%M")
        )


def form_number(branch_code: str, year: int, sequence: int) -> str:
    """`LQ<branch>-<year>-NNNNNN` (冷静期撤销): one gap-free sequence per branch and year, apart from agreements."""
    return f"LQ{branch_code}-{year}-{sequence:06d}"


def counter_name(branch_code: str, year: int) -> str:
    return f"cooling_off_cancellation:{branch_code}:{year}"


@dataclass(frozen=True)
class AgreementLine:
    """One of a customer's agreements as the profile lists it."""

    number: str
    product_code: str
    product_name: str
    amount: Decimal
    currency: str
    issued_at: datetime
    status: str
    cooling_off_ends_at: datetime | None
    window: str  # Window.*, on the profile's day and time


@dataclass(frozen=True)
class CancellationDocument:
    """The cooling-off cancellation form (DOMAIN §8): agreement no., signing and cancel times, refund in figures and
    capitals, account. `refund_account` as printed (masked)."""

    number: str
    agreement_number: str
    institution: Institution
    customer_name: str
    masked_id: str
    product_code: str
    product_name: str
    amount: Decimal  # the refund: the agreement's whole amount
    currency: str
    signed_at: datetime  # the agreement's issue (signing)
    effective_at: datetime  # the review; the window opened
    window_ends_at: datetime
    cancelled_at: datetime
    cooling_off_hours: int
    refund_account: str
    reason: str
    staff_name: str
    staff_login: str
    station: str = ""


@dataclass(frozen=True)
class CancellationRecord:
    """A stored cancellation and its refund record (no ID number, no bytes)."""

    number: str
    agreement_number: str
    cancelled_at: datetime
    cancelled_by: str
    refund_amount: Decimal
    currency: str
    refund_account: str  # masked
    reason: str
    sha256: str
