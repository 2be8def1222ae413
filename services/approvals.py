"""A second person's approval (DOMAIN §1 `sod_maker_checker`): never a name the first person types.

The requester's service stores the request as pending (`request_in`, inside its own transaction) and the change
waits. An approver signed in as themselves, in a role the kind allows and not the requester, approves or rejects
it here or on the approvals screen; only then does the change take effect, in the same transaction as the
decision. A reprint's approval is a permission the requester then uses once (`use_in`). Every request and
decision is on the audit chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Approval, Staff
from db.session import Database
from domain.approvals import ApprovalView, Kind, Status
from domain.codes import Role
from domain.errors import Conflict, InvalidValue, NotPermitted, SeparationOfDuties
from domain.permissions import APPROVER_ROLES, Action, require
from domain.staff import StaffUser
from domain.text import checked_text
from services.duties import customer_of_subject, refuse_own_record

Effect = Callable[[Session, Approval, StaffUser, StaffUser, datetime], None]
RejectEffect = Callable[[Session, Approval, StaffUser, datetime], None]


@dataclass(frozen=True)
class KindRule:
    approvers: frozenset[Role]
    effect: Effect | None  # None: the approval is a permission the requester uses once
    rejected: RejectEffect | None = None  # what a rejection records where the change lives


def _rules() -> dict[str, KindRule]:
    # Imported here: these services import this module to file their requests.
    from services import agreement_archive, catalog_versions, customer_edit, staff

    return {
        Kind.AGREEMENT_VOID: KindRule(APPROVER_ROLES[Kind.AGREEMENT_VOID], agreement_archive.void_approved),
        Kind.AGREEMENT_REPRINT: KindRule(APPROVER_ROLES[Kind.AGREEMENT_REPRINT], None),
        Kind.BOOK_REASSIGN: KindRule(APPROVER_ROLES[Kind.BOOK_REASSIGN], customer_edit.reassign_approved),
        Kind.STAFF_UNLOCK: KindRule(APPROVER_ROLES[Kind.STAFF_UNLOCK], staff.unlock_approved),
        Kind.CATALOG_CHANGE: KindRule(
            APPROVER_ROLES[Kind.CATALOG_CHANGE],
            catalog_versions.change_approved,
            catalog_versions.change_rejected,
        ),
    }


def request_in(
    session: Session,
    user: StaffUser,
    kind: Kind,
    subject: str,
    payload: dict[str, Any],
    now: datetime,
) -> int:
    """File a pending request inside the caller's transaction; its id. One pending request per kind and subject."""
    waiting = session.scalar(
        select(Approval.id).where(
            Approval.kind == kind.value, Approval.subject == subject, Approval.status == Status.PENDING.value
        )
    )
    if waiting is not None:
        raise Conflict("approval_already_pending", id=waiting, subject=subject)
    row = Approval(
        kind=kind.value,
        subject=subject,
        payload=payload,
        status=Status.PENDING.value,
        requested_by_id=user.id,
        requested_at=now,
        decision_reason="",
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=user.login,
        staff_id=user.id,
        action="approval_requested",
        entity="approval",
        entity_id=row.id,
        details={"kind": kind.value, "subject": subject},
        at=now,
    )
    return row.id


def pending(db: Database, user: StaffUser) -> list[ApprovalView]:
    """The requests waiting for a decision that this person's role may take (their own ones marked)."""
    require(user, Action.APPROVE)
    kinds = [kind for kind, rule in _rules().items() if user.role in rule.approvers]
    with db.read() as uow:
        rows = uow.session.execute(
            select(Approval, Staff.login, Staff.name)
            .join(Staff, Staff.id == Approval.requested_by_id)
            .where(Approval.status == Status.PENDING.value, Approval.kind.in_(kinds))
            .order_by(Approval.requested_at, Approval.id)
        ).all()
        return [_view(row, login, name, user) for row, login, name in rows]


def _view(row: Approval, login: str, name: str, user: StaffUser) -> ApprovalView:
    return ApprovalView(
        id=row.id,
        kind=Kind(row.kind),
        subject=row.subject,
        details=tuple(sorted((k, str(v)) for k, v in row.payload.items())),
        requested_by_login=login,
        requested_by_name=name,
        requested_at=row.requested_at,
        status=Status(row.status),
        own=row.requested_by_id == user.id,
    )


def _decidable(session: Session, user: StaffUser, approval_id: int) -> tuple[Approval, KindRule, StaffUser]:
    require(user, Action.APPROVE)
    row = session.scalars(select(Approval).where(Approval.id == approval_id).with_for_update()).one_or_none()
    if row is None:
        raise errors.NotFound(f"approval {approval_id}")
    if row.status != Status.PENDING.value:
        raise Conflict("approval_not_pending", id=approval_id, status=row.status)
    if row.requested_by_id == user.id:
        raise SeparationOfDuties("approval_same_person", id=approval_id)
    refuse_own_record(session, user, customer_of_subject(session, row.subject))  # sod_no_self_dealing
    rule = _rules()[row.kind]
    if user.role not in rule.approvers:
        raise NotPermitted("not_permitted", action=f"approve {row.kind}")
    from services.staff import user_of_row  # the requester as they are now (their role may have changed)

    requester = user_of_row(session, row.requested_by_id)
    return row, rule, requester


def approve(db: Database, user: StaffUser, approval_id: int, *, now: datetime | None = None) -> ApprovalView:
    """Take a pending request: its change happens now, in this transaction."""
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        row, rule, requester = _decidable(s, user, approval_id)
        if rule.effect is not None:
            rule.effect(s, row, requester, user, now)
        row.status, row.decided_by_id, row.decided_at = Status.APPROVED.value, user.id, now
        _record_decision(s, user, row, now)
        view = _view(row, requester.login, requester.name, user)
        uow.commit()
        return view


def reject(
    db: Database, user: StaffUser, approval_id: int, reason: str, *, now: datetime | None = None
) -> ApprovalView:
    """Turn a request down with a reason; nothing changes."""
    if not reason.strip():
        raise InvalidValue("approval_reason_required")
    checked_text(reason, "reason", multiline=True)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        row, rule, requester = _decidable(s, user, approval_id)
        row.status, row.decided_by_id, row.decided_at = Status.REJECTED.value, user.id, now
        row.decision_reason = reason.strip()[:200]
        if rule.rejected is not None:
            rule.rejected(s, row, user, now)
        _record_decision(s, user, row, now)
        view = _view(row, requester.login, requester.name, user)
        uow.commit()
        return view


def _record_decision(session: Session, user: StaffUser, row: Approval, now: datetime) -> None:
    details: dict[str, object] = {"kind": row.kind, "subject": row.subject, "decision": row.status}
    if row.decision_reason:
        details["reason"] = row.decision_reason
    audit.record(
        session,
        actor=user.login,
        staff_id=user.id,
        action=f"approval_{row.status}",
        entity="approval",
        entity_id=row.id,
        details=details,
        at=now,
    )


def use_in(session: Session, user: StaffUser, kind: Kind, subject: str, now: datetime) -> int | None:
    """Use this person's approved, unused permission for `kind` on `subject` once; its id, or None."""
    row = session.scalars(
        select(Approval)
        .where(
            Approval.kind == kind.value,
            Approval.subject == subject,
            Approval.requested_by_id == user.id,
            Approval.status == Status.APPROVED.value,
            Approval.used_at.is_(None),
        )
        .order_by(Approval.id)
        .limit(1)
        .with_for_update()
    ).one_or_none()
    if row is None:
        return None
    row.used_at, row.status = now, Status.USED.value
    return row.id


def settle_linked_in(
    session: Session,
    kind: Kind,
    subject: str,
    user: StaffUser,
    status: Status,
    now: datetime,
    reason: str = "",
) -> None:
    """A change decided where it lives (the catalogue screen deciding a version): its pending request is
    decided with it, in the same transaction."""
    request = session.scalars(
        select(Approval)
        .where(
            Approval.kind == kind.value, Approval.subject == subject, Approval.status == Status.PENDING.value
        )
        .with_for_update()
    ).one_or_none()
    if request is not None:
        request.status, request.decided_by_id, request.decided_at = status.value, user.id, now
        request.decision_reason = reason.strip()[:200]
