"""The customer's answer to a recommendation and the conversion figures (DOMAIN §6).

`record_outcome` stores accepted / declined (with a reason) / later; a "later" creates a follow-up task for the
customer's manager (else the recorder), due on the date given or a week later, and expiring after 30 days.
`conversion` counts the answers by product, staff member, reason or decline reason. Computing recommendations is
services/recommend.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from db import audit, errors
from db.models import Customer, Product, RecommendationOutcome, Staff, Task
from db.session import Database
from domain.errors import InvalidValue, UnknownRecord

OUTCOMES = ("accepted", "declined", "later")
DECLINE_REASONS = (
    "not_interested",
    "no_funds",
    "return_too_low",
    "risk_too_high",
    "has_similar",
    "prefers_other_bank",
    "other",
)
FOLLOW_UP_KIND = "recommendation_follow_up"
FOLLOW_UP_DAYS = 7  # [CFG] "later" without a date: follow up in a week
FOLLOW_UP_EXPIRES_DAYS = 30  # [CFG] DOMAIN §6: a "later" expires after 30 days


@dataclass(frozen=True)
class OutcomeRecorded:
    id: int
    task_id: int | None  # the follow-up task of a "later"


def record_outcome(
    db: Database,
    *,
    staff_id: int,
    actor: str,
    customer_no: str,
    product_code: str,
    outcome: str,
    decline_reason: str | None = None,
    follow_up_on: date | None = None,
    rank: int | None = None,
    score: int | None = None,
    reasons: Sequence[str] = (),
    rule_version: str = "",
    note: str = "",
    now: datetime | None = None,
) -> OutcomeRecorded:
    """Store the answer; a "later" creates a follow-up task for the customer's manager (else the recorder).

    InvalidValue `unknown_outcome`, `decline_reason_required`, `unknown_decline_reason`; NotFound
    `unknown_customer` / `unknown_product`.
    """
    if outcome not in OUTCOMES:
        raise InvalidValue("unknown_outcome", value=outcome)
    if outcome == "declined" and not decline_reason:
        raise InvalidValue("decline_reason_required")
    if decline_reason is not None and (outcome != "declined" or decline_reason not in DECLINE_REASONS):
        raise InvalidValue("unknown_decline_reason", value=decline_reason)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        number = customer_no.strip().upper()
        customer = s.scalars(select(Customer).where(Customer.customer_no == number)).one_or_none()
        if customer is None:
            raise errors.unknown_customer(number)
        product = s.scalars(select(Product).where(Product.code == product_code.strip())).one_or_none()
        if product is None:
            raise errors.unknown_product(product_code.strip())
        task_id = None
        if outcome == "later":
            follow_up_on = follow_up_on or now.date() + timedelta(days=FOLLOW_UP_DAYS)
            task = Task(
                kind=FOLLOW_UP_KIND,
                source_key=None,
                customer_id=customer.id,
                assignee_id=customer.manager_id or staff_id,
                created_by_id=staff_id,
                title=product.name,  # shown as words; the code is in the details
                details={
                    "product": product.code,
                    "reasons": list(reasons),
                    "expires_on": (follow_up_on + timedelta(days=FOLLOW_UP_EXPIRES_DAYS)).isoformat(),
                },
                due_on=follow_up_on,
                status="open",
                created_at=now,
                version=1,
            )
            s.add(task)
            s.flush()
            task_id = task.id
        row = RecommendationOutcome(
            customer_id=customer.id,
            product_id=product.id,
            staff_id=staff_id,
            outcome=outcome,
            decline_reason=decline_reason,
            note=note,
            rank=rank,
            score=score,
            reasons=list(reasons),
            rule_version=rule_version,
            follow_up_on=follow_up_on if outcome == "later" else None,
            task_id=task_id,
            recorded_at=now,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor=actor,
            staff_id=staff_id,
            action="recommendation_outcome",
            entity="customer",
            entity_id=customer.id,
            details={"product": product.code, "outcome": outcome, "decline_reason": decline_reason},
            at=now,
        )
        recorded = OutcomeRecorded(row.id, task_id)
        uow.commit()
    return recorded


@dataclass(frozen=True)
class Conversion:
    key: str  # product code, staff login, reason code or decline reason
    accepted: int
    declined: int
    later: int

    @property
    def answered(self) -> int:
        return self.accepted + self.declined + self.later

    @property
    def acceptance(self) -> Decimal | None:
        """accepted / (accepted + declined), DOMAIN §6; None before any decision."""
        decided = self.accepted + self.declined
        return None if not decided else (Decimal(self.accepted) / decided).quantize(Decimal("0.001"))


CONVERSION_BY = ("product", "staff", "reason", "decline_reason")


def conversion(
    db: Database, by: str, since: date | None = None, until: date | None = None
) -> list[Conversion]:
    """Answers counted per product, staff member, recommendation reason (an answer counts under each reason it
    was shown with) or decline reason, between `since` and `until` (both days included), by key."""
    if by not in CONVERSION_BY:
        raise InvalidValue("unknown_conversion_key", value=by)
    o = RecommendationOutcome
    key_column = {
        "product": Product.code,
        "staff": Staff.login,
        "reason": o.reasons,
        "decline_reason": o.decline_reason,
    }[by]
    query = (
        select(key_column, o.outcome)
        .join(Product, Product.id == o.product_id)
        .join(Staff, Staff.id == o.staff_id)
    )
    if since is not None:
        query = query.where(o.recorded_at >= datetime.combine(since, datetime.min.time()))
    if until is not None:
        query = query.where(o.recorded_at < datetime.combine(until + timedelta(days=1), datetime.min.time()))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    with db.read() as uow:
        for key, outcome in uow.session.execute(query):
            if by == "reason":  # a list of reason codes: the answer counts under each
                keys = [str(k) for k in key or ()]
            else:
                keys = [str(key)] if key is not None else []
            for k in keys:
                counts[k][outcome] += 1
    return [Conversion(k, v["accepted"], v["declined"], v["later"]) for k, v in sorted(counts.items())]


def staff_id_of(db: Database, login: str) -> int:
    """The id of an active staff account; DomainError `unknown_manager` (worded "no active staff account")."""
    with db.read() as uow:
        found = uow.session.scalar(
            select(Staff.id).where(Staff.login == login.strip(), Staff.active.is_(True))
        )
    if found is None:
        raise UnknownRecord("unknown_manager", login=login.strip())
    return found
