"""Taking the risk questionnaire (风险测评, DOMAIN §7.3): start, record, history.

The questionnaire is the shipped resource (`domain.questionnaire.SHIPPED_FILE`); answers are scored with
`domain.questionnaire.score` at the customer's age on the day. The [2025] limits (2 a day, 8 in 12 months) are
checked when the screen opens and again inside the write transaction, after locking the customer row
(PostgreSQL `FOR UPDATE`; SQLite writers already queue on `BEGIN IMMEDIATE`), so two stations cannot both
take the last place. A grade that differs from the latest one is saved only when the customer re-confirmed it.
Tellers, customer managers and supervisors may record (a teller's sale is still limited to standard products);
the administrator may not. Staff only record what the customer answered (sod_no_proxy_operation).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.lookups import customer_by_number
from db.models import IdDocument, RiskAssessment, Staff
from db.session import Database
from domain.codes import AssessmentChannel
from domain.errors import InvalidValue, Refused
from domain.identity import mask_id_number
from domain.paths import resource_path
from domain.people import age_on
from domain.permissions import Action, require
from domain.questionnaire import (
    ANNUAL_LIMIT,
    DAILY_LIMIT,
    SHIPPED_FILE,
    Questionnaire,
    assessment_limits,
    needs_reconfirmation,
    parse_questionnaire,
    score,
)
from domain.questionnaire.result import AssessmentRecord, AssessmentResult, AssessmentStart, allowed_levels
from domain.staff import StaffUser
from domain.suitability import Reason, assessment_valid_until
from services import reminder_rules, reminders


@functools.cache
def shipped_questionnaire() -> Questionnaire:
    """The questionnaire version in use, read once per process from resources/."""
    return parse_questionnaire(resource_path(*SHIPPED_FILE).read_text(encoding="utf-8"))


def _require_assessor(user: StaffUser) -> None:
    require(user, Action.ASSESSMENT_RECORD)


def _assessments(session: Session, customer_id: int) -> list[RiskAssessment]:
    """Newest first."""
    return list(
        session.scalars(
            select(RiskAssessment)
            .where(RiskAssessment.customer_id == customer_id)
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        )
    )


def _latest(rows: list[RiskAssessment], today: date) -> RiskAssessment | None:
    return next((r for r in rows if r.assessed_on <= today), None)


def _refuse_over_limit(rows: list[RiskAssessment], today: date) -> None:
    """Refused with the first limit reached and the first day another assessment is possible."""
    dates = [r.assessed_on for r in rows]
    codes = assessment_limits(dates, today)
    if Reason.ASSESSMENT_DAILY_LIMIT_REACHED in codes:
        raise Refused(
            Reason.ASSESSMENT_DAILY_LIMIT_REACHED.value,
            limit=DAILY_LIMIT,
            next_date=today + timedelta(days=1),
        )
    if Reason.ASSESSMENT_ANNUAL_LIMIT_REACHED in codes:
        counting = sorted(d for d in dates if d <= today <= assessment_valid_until(d))
        # Another place opens the day after the oldest assessment that keeps the count at the limit stops counting.
        oldest = counting[len(counting) - ANNUAL_LIMIT]
        raise Refused(
            Reason.ASSESSMENT_ANNUAL_LIMIT_REACHED.value,
            limit=ANNUAL_LIMIT,
            next_date=assessment_valid_until(oldest) + timedelta(days=1),
        )


def start_assessment(db: Database, user: StaffUser, customer_no: str, today: date) -> AssessmentStart:
    """What the questionnaire screen needs; refuses at once when the customer may not be assessed today."""
    _require_assessor(user)
    questionnaire = shipped_questionnaire()
    with db.read() as uow:
        customer = customer_by_number(uow.session, customer_no)
        rows = _assessments(uow.session, customer.id)
        _refuse_over_limit(rows, today)
        latest = _latest(rows, today)
        return AssessmentStart(
            customer_no=customer.customer_no,
            customer_name=customer.name,
            age=age_on(customer.birth_date, today),
            questionnaire=questionnaire,
            previous_grade=latest.grade if latest else None,
            previous_assessed_on=latest.assessed_on if latest else None,
            previous_valid_until=latest.valid_until if latest else None,
        )


def record_assessment(
    db: Database,
    user: StaffUser,
    customer_no: str,
    questionnaire_version: str,
    answers: dict[str, str],
    channel: str,
    confirmed_change: bool,
    now: datetime,
) -> AssessmentResult:
    """Score and store the customer's answers; writes nothing when a limit is reached, the answers are
    incomplete, or the grade changed and the customer has not confirmed it (assessment_change_not_reconfirmed)."""
    _require_assessor(user)
    questionnaire = shipped_questionnaire()
    if questionnaire_version != questionnaire.version:
        raise InvalidValue("questionnaire_version_unknown", value=questionnaire_version)
    if channel not in {c.value for c in AssessmentChannel}:
        raise InvalidValue("assessment_channel_unknown", value=channel)
    today = now.date()
    if today < questionnaire.effective_from:
        raise InvalidValue("questionnaire_not_yet_effective", effective_from=questionnaire.effective_from)
    with db.write() as uow:
        session = uow.session
        customer = customer_by_number(
            session, customer_no, lock=True
        )  # queues a second station on the same customer
        rows = _assessments(session, customer.id)
        _refuse_over_limit(rows, today)
        scored = score(questionnaire, answers, age=age_on(customer.birth_date, today))
        latest = _latest(rows, today)
        previous = latest.grade if latest else None
        changed = needs_reconfirmation(previous, scored.grade)
        if changed and not confirmed_change:
            raise Refused(Reason.ASSESSMENT_CHANGE_NOT_RECONFIRMED.value, previous=previous, new=scored.grade)
        valid_until = assessment_valid_until(today)
        row = RiskAssessment(
            customer_id=customer.id,
            grade=scored.grade,
            score=scored.score,
            questionnaire_version=questionnaire.version,
            assessed_on=today,
            valid_until=valid_until,
            channel=channel,
            assessor_id=user.id,
            answers=dict(scored.answers),
            confirmed=True,
            created_at=now,
        )
        session.add(row)
        session.flush()
        # A new assessment is valid for a year: the "assessment expiring" reminder has no cause left.
        reminders.resolve_for_customer(session, reminder_rules.ASSESSMENT_KIND, customer.id, now)
        audit.record(
            session,
            actor=user.login,
            staff_id=user.id,
            action="risk_assessed",
            entity="customer",
            entity_id=customer.id,
            details={  # codes and numbers only: no name, ID number or answers
                "assessment_id": row.id,
                "questionnaire_version": questionnaire.version,
                "score": scored.score,
                "grade": scored.grade,
                "previous_grade": previous,
                "reconfirmed": changed,
                "channel": channel,
            },
            at=now,
        )
        document = session.scalars(
            select(IdDocument).where(IdDocument.customer_id == customer.id).order_by(IdDocument.id.desc())
        ).first()
        result = AssessmentResult(
            assessment_id=row.id,
            customer_no=customer.customer_no,
            customer_name=customer.name,
            id_type=document.id_type if document else "",
            masked_id_number=mask_id_number(document.id_number) if document else "",
            questionnaire_version=questionnaire.version,
            questionnaire_title=questionnaire.title,
            score=scored.score,
            grade=scored.grade,
            label=scored.label,
            label_code=f"grade.{scored.grade}",
            capped_by=scored.capped_by,
            assessed_on=today,
            valid_until=valid_until,
            channel=channel,
            allowed_levels=allowed_levels(scored.grade),
            previous_grade=previous,
            grade_changed=changed,
            confirmed=True,
            staff_login=user.login,
            staff_name=user.name,
            branch_code=user.branch_code,
            branch_name=user.branch_name,
        )
        uow.commit()
    return result


def assessment_history(db: Database, customer_no: str) -> list[AssessmentRecord]:
    """Every assessment on file for the customer, newest first."""
    with db.read() as uow:
        customer = customer_by_number(uow.session, customer_no)
        rows: Sequence[Any] = uow.session.execute(
            select(RiskAssessment, Staff.name)
            .outerjoin(Staff, Staff.id == RiskAssessment.assessor_id)
            .where(RiskAssessment.customer_id == customer.id)
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        ).all()
        return [
            AssessmentRecord(
                assessed_on=r.assessed_on,
                valid_until=r.valid_until,
                grade=r.grade,
                score=r.score,
                questionnaire_version=r.questionnaire_version,
                channel=r.channel,
                assessor_name=name,
                confirmed=r.confirmed,
            )
            for r, name in rows
        ]
