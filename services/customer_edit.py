"""Changing a customer: edit fields, reassign the manager, log a contact. One write transaction each, audited.

Optimistic locking: the caller sends the `version` it read and the values it saw (`seen`). A save on a customer
saved by someone else since is refused with `CustomerChanged` (a `RecordChanged`) naming the fields the other
station changed, so the screen can show them and offer to reload; nothing is overwritten. On SQLite writers
queue on `BEGIN IMMEDIATE`, so the version check inside the transaction is final; on PostgreSQL the ORM's
`version_id_col` makes the UPDATE itself conditional (`StaleDataError` -> the same refusal).

Audit (db/audit.py): who, when, which fields, old and new values. Phone and ID numbers are written masked
(`138****5678`, `1101**********002X`): the trail is read by supervisors and exported for inspections, and the
rule (DOMAIN §1, docs/architecture.md) is that audit details never hold a full identifier; the field name and
the masked values still show that and roughly how it changed.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Approval, Customer, IdDocument, Interaction, Staff, Task
from db.session import Database
from domain.approvals import Kind, Pending
from domain.codes import InteractionChannel
from domain.errors import InvalidValue, NotPermitted, UnknownRecord
from domain.identity import parse_resident_id
from domain.permissions import BOOK_HOLDERS, BRANCH_WIDE, Action, require
from domain.privacy import may_open_customers
from domain.profile import EDITABLE_FIELDS, audit_value, check_field, needs_reidentification
from domain.staff import StaffUser
from domain.text import checked_texts
from services import approvals, consents, reminder_rules, reminders
from services.duties import refuse_own_record

REASSIGN_CONTACT_KIND = "reassignment_contact"
# The purposes of the contact log (as the demo data and the nightly jobs write them).
INTERACTION_PURPOSES = (
    "service_follow_up",
    "maturity_reminder",
    "product_introduction",
    "kyc_update",
    "risk_reassessment",
    "vip_signing",
    "birthday_greeting",
    "other",
)


class CustomerChanged(errors.RecordChanged):
    """Someone else saved the customer after it was read; `fields` are the ones they changed."""

    def __init__(self, fields: tuple[str, ...]) -> None:
        super().__init__("customer changed since it was read: " + ", ".join(fields))
        self.fields = fields
        self.params = {"fields": ", ".join(fields)}


def _customer(session: Session, customer_no: str) -> Customer:
    """The row, locked for this transaction (PostgreSQL `FOR UPDATE`; SQLite writers already queue)."""
    row = session.scalars(
        select(Customer).where(Customer.customer_no == customer_no.strip().upper()).with_for_update()
    ).one_or_none()
    if row is None:
        raise errors.NotFound(f"customer {customer_no}")
    return row


def _primary_document(session: Session, customer_id: int) -> IdDocument | None:
    return session.scalars(
        select(IdDocument).where(IdDocument.customer_id == customer_id).order_by(IdDocument.id).limit(1)
    ).first()


def _current(session: Session, row: Customer, document: IdDocument | None) -> dict[str, object]:
    return {
        "name": row.name,
        "phone": row.phone,
        "email": row.email,
        "address": row.address,
        "occupation": row.occupation,
        "employer": row.employer,
        "annual_income": row.annual_income,
        "id_number": document.id_number if document else "",
        "id_expiry": document.expiry if document else None,
        "civil_capacity": row.civil_capacity,
        "qualified_investor": row.qualified_investor,
        "qualified_until": row.qualified_until,
        "kyc_status": row.kyc_status,
        "aml_risk": row.aml_risk,
        "consents": consents.active_purposes(session, row.id),
    }


def _changed_since(seen: Mapping[str, object], current: Mapping[str, object]) -> tuple[str, ...]:
    """Fields whose stored value differs from what the station saw (masked identifiers are compared masked)."""
    return tuple(
        name
        for name in EDITABLE_FIELDS
        if name in seen and audit_value(name, seen[name]) != audit_value(name, current[name])
    )


def _may_edit(user: StaffUser, row: Customer) -> None:
    require(user, Action.CUSTOMER_EDIT)  # and a manager only their own book:
    if user.role in BRANCH_WIDE or (user.role in BOOK_HOLDERS and row.manager_id == user.id):
        return
    raise NotPermitted("not_permitted")


def update_customer(
    db: Database,
    user: StaffUser,
    customer_no: str,
    version: int,
    changes: dict[str, object],
    seen: dict[str, object] | None = None,
    now: datetime | None = None,
) -> int:
    """Save the changed fields; returns the new version. Refused (`CustomerChanged`) if the row moved on."""
    unknown = [name for name in changes if name not in EDITABLE_FIELDS]
    if unknown:
        raise InvalidValue("field_not_editable", field=unknown[0])
    try:
        return _update(db, user, customer_no, version, changes, seen or {}, now or datetime.now())
    except CustomerChanged:
        raise
    except errors.RecordChanged as exc:  # the conditional UPDATE lost a race the lock did not see
        with db.read() as uow:
            row = _customer_unlocked(uow.session, customer_no)
            current = _current(uow.session, row, _primary_document(uow.session, row.id))
        raise CustomerChanged(_changed_since(seen or {}, current) or ("version",)) from exc


def _customer_unlocked(session: Session, customer_no: str) -> Customer:
    row = session.scalars(
        select(Customer).where(Customer.customer_no == customer_no.strip().upper())
    ).one_or_none()
    if row is None:
        raise errors.NotFound(f"customer {customer_no}")
    return row


def _update(
    db: Database,
    user: StaffUser,
    customer_no: str,
    version: int,
    changes: Mapping[str, object],
    seen: Mapping[str, object],
    now: datetime,
) -> int:
    with db.write() as uow:
        s = uow.session
        row = _customer(s, customer_no)
        _may_edit(user, row)
        refuse_own_record(s, user, row.id)  # sod_no_self_dealing: a colleague edits a staff member's record
        document = _primary_document(s, row.id)
        current = _current(s, row, document)
        if row.version != version:
            raise CustomerChanged(_changed_since(seen, current) or ("version",))
        id_type = document.id_type if document else "RESIDENT_ID"
        clean = {name: check_field(name, value, id_type) for name, value in changes.items()}
        diffs = [(name, current[name], value) for name, value in clean.items() if value != current[name]]
        if not diffs:
            return row.version
        for name, _old, value in diffs:
            _apply(s, user, row, document, name, value, now)
        if "kyc_status" not in clean and needs_reidentification(diffs, row.kyc_status):
            diffs.append(("kyc_status", row.kyc_status, "re_identification_required"))
            row.kyc_status = "re_identification_required"
        if document is not None and any(name == "id_expiry" for name, _, _ in diffs):
            # Renewed: the reminder about the old expiry has no cause left (the daily job makes a new one if due).
            reminders.resolve_for_customer(s, reminder_rules.ID_KIND, row.id, now, subject=str(document.id))
        row.updated_at = now
        audit.record(
            s,
            actor=user.login,
            staff_id=user.id,
            action="customer_updated",
            entity="customer",
            entity_id=row.id,
            details={
                "customer_no": row.customer_no,
                "fields": [name for name, _, _ in diffs],
                "changes": [
                    {"field": name, "old": audit_value(name, old), "new": audit_value(name, new)}
                    for name, old, new in diffs
                ],
            },
            at=now,
        )
        uow.commit()
        return row.version


def _apply(
    session: Session,
    user: StaffUser,
    row: Customer,
    document: IdDocument | None,
    name: str,
    value: Any,
    now: datetime,
) -> None:
    if name == "consents":
        consents.set_in(session, user, row, value, now)
    elif name in ("id_number", "id_expiry"):
        if document is None:
            raise InvalidValue("no_id_document")
        if name == "id_expiry":
            document.expiry = value
            return
        taken = session.scalar(
            select(IdDocument.customer_id).where(
                IdDocument.id_type == document.id_type,
                IdDocument.id_number == value,
                IdDocument.id != document.id,
            )
        )
        if taken is not None:
            holder = session.get(Customer, taken)
            raise InvalidValue("id_number_taken", customer_no=holder.customer_no if holder else "")
        document.id_number, document.id_tail = value, value[-6:]
        if document.id_type == "RESIDENT_ID":  # birth date and gender are derived, never typed
            parsed = parse_resident_id(value)
            row.birth_date, row.gender = parsed.birth_date, parsed.gender.value
    else:
        setattr(row, name, value)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def active_managers(db: Database) -> list[tuple[int, str, str]]:
    """(id, login, name) of the customer managers a customer can be given to."""
    with db.read() as uow:
        return [
            (r.id, r.login, r.name)
            for r in uow.session.scalars(
                select(Staff)
                .where(Staff.role.in_([r.value for r in BOOK_HOLDERS]), Staff.active.is_(True))
                .order_by(Staff.name)
            )
        ]


def reassign_customer(
    db: Database,
    user: StaffUser,
    customer_no: str,
    version: int,
    new_manager_id: int,
    now: datetime | None = None,
) -> Pending:
    """Ask to give the customer to another manager (DOMAIN §1, §7.6: a supervisor asks, another approves). On
    approval the successor gets the follow-up task (notify the customer orally and in writing, contact within one
    month) and the customer's open tasks."""
    require(user, Action.BOOK_REASSIGN)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        row = _customer(s, customer_no)
        if row.version != version:
            raise CustomerChanged(("version",))
        successor = _successor(s, new_manager_id)
        if row.manager_id == new_manager_id:
            raise InvalidValue("manager_not_assignable")
        payload = {"manager_id": successor.id, "manager": successor.login, "version": version}
        approval_id = approvals.request_in(s, user, Kind.BOOK_REASSIGN, row.customer_no, payload, now)
        uow.commit()
        return Pending(approval_id, Kind.BOOK_REASSIGN, row.customer_no)


def reassign_approved(
    s: Session, request: Approval, requester: StaffUser, approver: StaffUser, now: datetime
) -> None:
    """An approved reassignment takes effect: one customer, or a departing manager's whole book."""
    successor = _successor(s, int(request.payload["manager_id"]))
    if "from_manager_id" in request.payload:
        previous = s.get(Staff, int(request.payload["from_manager_id"]))
        rows = s.scalars(
            select(Customer).where(Customer.manager_id == previous.id).order_by(Customer.id).with_for_update()
        ).all() if previous is not None else []  # fmt: skip
    else:
        row = _customer(s, request.subject)
        if row.version != int(request.payload["version"]):
            raise CustomerChanged(("version",))
        previous = s.get(Staff, row.manager_id) if row.manager_id is not None else None
        rows = [row] if row.manager_id != successor.id else []
    for row in rows:
        refuse_own_record(s, approver, row.id)  # nor hands over a book with the approver's own record in it
        _hand_over(s, approver, row, previous, successor, now.date(), now)


def _successor(session: Session, new_manager_id: int) -> Staff:
    successor = session.get(Staff, new_manager_id)
    if successor is None or successor.role not in BOOK_HOLDERS or not successor.active:
        raise InvalidValue("manager_not_assignable")
    return successor


def _hand_over(
    s: Session,
    user: StaffUser,
    row: Customer,
    previous: Staff | None,
    successor: Staff,
    today: date,
    now: datetime,
) -> None:
    """Give one customer to `successor`: their open tasks follow, the follow-up task is created, it is audited."""
    row.manager_id, row.updated_at = successor.id, now
    moved = 0
    if previous is not None:
        moved = cast(
            "CursorResult[Any]",
            s.execute(
                update(Task)
                .where(Task.customer_id == row.id, Task.assignee_id == previous.id, Task.status == "open")
                .values(assignee_id=successor.id, version=Task.version + 1)
            ),
        ).rowcount
    s.add(
        Task(
            kind=REASSIGN_CONTACT_KIND,
            source_key=f"{REASSIGN_CONTACT_KIND}:{row.id}:{successor.id}:{today.isoformat()}",
            customer_id=row.id,
            assignee_id=successor.id,
            created_by_id=user.id,
            title="通知客户更换客户经理（口头及书面），一个月内联系客户",  # shown by kind on screens
            details={
                "previous_manager": previous.name if previous else None,
                "new_manager": successor.name,
                "notify": ["oral", "written"],
                "effective_on": today.isoformat(),
            },
            due_on=add_months(today, 1),
            status="open",
            created_at=now,
            version=1,
        )
    )
    audit.record(
        s,
        actor=user.login,
        staff_id=user.id,
        action="customer_reassigned",
        entity="customer",
        entity_id=row.id,
        details={
            "customer_no": row.customer_no,
            "fields": ["manager"],
            "changes": [
                {"field": "manager", "old": previous.name if previous else "", "new": successor.name}
            ],
            "open_tasks_moved": moved,
        },
        at=now,
    )


def reassign_book(
    db: Database,
    user: StaffUser,
    from_manager_id: int,
    new_manager_id: int,
    now: datetime | None = None,
) -> Pending:
    """A manager leaves (DOMAIN §7.6): ask to move all their customers to the successor; on approval they move
    at once, in one transaction, each with its follow-up task and audit entry."""
    require(user, Action.BOOK_REASSIGN)
    now = now or datetime.now()
    with db.write() as uow:
        s = uow.session
        successor = _successor(s, new_manager_id)
        previous = s.get(Staff, from_manager_id)
        if previous is None or from_manager_id == new_manager_id:
            raise InvalidValue("manager_not_assignable")
        subject = f"book:{previous.login}"
        payload = {"from_manager_id": previous.id, "manager_id": successor.id, "manager": successor.login}
        approval_id = approvals.request_in(s, user, Kind.BOOK_REASSIGN, subject, payload, now)
        uow.commit()
        return Pending(approval_id, Kind.BOOK_REASSIGN, subject)


def reassign_book_by_login(db: Database, user: StaffUser, from_login: str, to_login: str) -> Pending:
    """`reassign_book` for the command line, the managers named by login."""
    with db.read() as uow:
        ids = dict(
            uow.session.execute(
                select(Staff.login, Staff.id).where(Staff.login.in_([from_login, to_login]))
            ).all()
        )
    if from_login not in ids or to_login not in ids:
        raise UnknownRecord("unknown_staff", login=to_login if from_login in ids else from_login)
    return reassign_book(db, user, ids[from_login], ids[to_login])


def add_interaction(
    db: Database,
    user: StaffUser,
    customer_no: str,
    channel: str,
    purpose: str,
    summary: str,
    next_step: str = "",
    outcome: str = "",
    now: datetime | None = None,
) -> None:
    """Log a contact (visit, call, message) by the signed-in person."""
    if not may_open_customers(user.role):
        raise NotPermitted("not_permitted")
    try:
        channel = InteractionChannel(channel).value
    except ValueError as exc:
        raise InvalidValue("code_unknown", field="channel") from exc
    if purpose not in INTERACTION_PURPOSES:
        raise InvalidValue("code_unknown", field="purpose")
    if not summary.strip():
        raise InvalidValue("summary_required")
    checked_texts({"summary": summary, "next_step": next_step}, multiline=frozenset({"summary", "next_step"}))
    with db.write() as uow:
        s = uow.session
        row = _customer(s, customer_no)
        s.add(
            Interaction(
                customer_id=row.id,
                staff_id=user.id,
                channel=channel,
                purpose=purpose,
                summary=summary.strip(),
                outcome=outcome,
                next_step=next_step.strip(),
                occurred_at=now or datetime.now(),
            )
        )
        uow.commit()
