"""The complaint documents as PDF bytes (DOMAIN §7.7 records): register, transfer slip, urging slip, result report.

`case_document(db, user, number, kind)` prints one case's transfer slip, urging slip or result report, refusing
with a coded Conflict when the document does not fit the case's state (domain/complaint_documents.py:
a transfer slip once a handler has the case, an urging slip only for an open case near or past its deadline, a
result report once the customer has been answered). `register_document(db, user, first, last)` prints the
register of the complaints received in [first, last] that the reader may list (supervisors: all; others: the
cases they handle or registered).

Confidentiality is the same as `complaint_views.show`: the complainant's name and phone in full only for the case's
handler, its registrar and supervisors, else 张* and a masked phone. Printing a case in full is audited
(`complaint_identity_printed`, one entry per case, after the PDF was made); a refusal writes nothing. The data
is read in one transaction and rendered outside it, so a print never holds the database's write lock.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.models import Branch, Complaint, Customer, Staff
from db.session import Database
from domain.complaint_documents import (
    CASE_DOCUMENTS,
    MAX_REGISTER_DAYS,
    CaseDocument,
    ComplaintCase,
    ComplaintDocumentKind,
    ComplaintRegister,
    UrgingSlip,
    default_urging_text,
    document_problem,
    reply_by,
    workdays_left,
)
from domain.complaint_flow import mask_complainant
from domain.documents import Institution
from domain.errors import Conflict, InvalidValue
from domain.identity import mask_phone
from domain.permissions import Action, allows
from domain.staff import StaffUser
from domain.text import checked_text
from domain.workdays import WorkCalendar
from reports.complaint_forms import (
    build_register,
    build_result_report,
    build_transfer_slip,
    build_urging_slip,
)
from services.agreements import bank_name
from services.calendar import load_calendar
from services.complaint_views import find_complaint, may_see_identity

AUDIT_ACTION = "complaint_identity_printed"
URGING_TEXT_MAX = 500


def _kind(value: str) -> ComplaintDocumentKind:
    try:
        kind = ComplaintDocumentKind(value)
    except ValueError:
        kind = None
    if kind not in CASE_DOCUMENTS:
        raise InvalidValue(
            "complaint_document_unknown", value=value, allowed=", ".join(k.value for k in CASE_DOCUMENTS)
        )
    return kind


def _person(staff: Staff | None) -> str:
    return f"{staff.name}（{staff.login}）" if staff else ""


def _institution(session: Session, user: StaffUser) -> Institution:
    branch = session.scalars(select(Branch).where(Branch.code == user.branch_code)).one()
    return Institution(bank_name(), branch.code, branch.name, branch.address or "", branch.phone or "")


def _cases(session: Session, user: StaffUser, rows: list[Complaint], outlet: str) -> list[ComplaintCase]:
    """The rows as printed for `user`: the complainant masked where the reader may not see it."""
    ids = {i for row in rows for i in (row.handler_id, row.registered_by_id, row.subject_staff_id) if i}
    staff = {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_(ids)))} if ids else {}
    branches = dict(session.execute(select(Branch.id, Branch.name)).all())
    customer_ids = {row.customer_id for row in rows if row.customer_id}
    customers = (
        dict(
            session.execute(
                select(Customer.id, Customer.customer_no).where(Customer.id.in_(customer_ids))
            ).all()
        )
        if customer_ids
        else {}
    )
    out = []
    for row in rows:
        visible = may_see_identity(user, row)
        handler = staff.get(row.handler_id) if row.handler_id else None
        subject = staff.get(row.subject_staff_id) if row.subject_staff_id else None
        out.append(
            ComplaintCase(
                number=row.number,
                status=row.status,
                channel=row.channel,
                category=row.category,
                received_at=row.received_at,
                content=row.content,
                complainant_name=row.complainant_name if visible else mask_complainant(row.complainant_name),
                complainant_phone=row.complainant_phone if visible else mask_phone(row.complainant_phone),
                identity_masked=not visible,
                handling_unit=branches.get(handler.branch_id, outlet) if handler else outlet,
                handler=_person(handler),
                handler_phone=handler.phone if handler else "",
                registered_by=_person(staff.get(row.registered_by_id)) if row.registered_by_id else "",
                subject_staff=subject.name if subject else "",
                customer_no=customers.get(row.customer_id, "") if row.customer_id else "",
                amount=row.amount,
                major_reasons=tuple(row.major_reasons or ()),
                deadline=row.deadline,
                warn_from=row.warn_from,
                assigned_at=row.assigned_at,
                leader_instruction=row.leader_instruction,
                reply=row.reply,
                replied_at=row.replied_at,
                findings=row.findings,
                disposition=row.disposition,
                corrective_measures=row.corrective_measures,
                satisfaction=row.satisfaction,
                overdue_reason=row.overdue_reason,
                withdrawal_reason=row.withdrawal_reason,
                closed_at=row.closed_at,
            )
        )
    return out


def institution_of(session: Session, user: StaffUser) -> Institution:
    """The bank and the user's outlet as the complaint documents print them."""
    return _institution(session, user)


def complaint_case(session: Session, user: StaffUser, row: Complaint, outlet: str) -> ComplaintCase:
    """One case as printed for `user` (the complainant masked where the reader may not see it)."""
    return _cases(session, user, [row], outlet)[0]


def _audit_full_views(
    db: Database, user: StaffUser, rows: list[ComplaintCase], kind: str, now: datetime
) -> None:
    """Who printed which complainant in full, once the document exists (details never carry the identity)."""
    shown = [case.number for case in rows if not case.identity_masked]
    if not shown:
        return
    with db.write() as uow:
        for number in shown:
            audit.record(
                uow.session,
                actor=user.login,
                staff_id=user.id,
                action=AUDIT_ACTION,
                entity="complaint",
                entity_id=number,
                details={"document": kind},
                at=now,
            )
        uow.commit()


def case_document(
    db: Database,
    user: StaffUser,
    number: str,
    kind: str,
    *,
    urging_text: str = "",
    now: datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> bytes:
    """One case's transfer slip, urging slip or result report as PDF bytes."""
    document = _kind(kind)
    now = (now or datetime.now()).replace(microsecond=0)
    calendar = calendar or load_calendar(db)
    urging_text = " ".join(checked_text(urging_text, "urging_text", multiline=True).split())
    if len(urging_text) > URGING_TEXT_MAX:
        raise InvalidValue("complaint_urging_text_too_long", maximum=URGING_TEXT_MAX)
    today = now.date()
    with db.read() as uow:
        session = uow.session
        row = find_complaint(session, number)
        problem = document_problem(
            document,
            status=row.status,
            has_handler=row.handler_id is not None,
            deadline=row.deadline,
            warn_from=row.warn_from,
            today=today,
            calendar=calendar,
        )
        if problem is not None:
            code, params = problem
            raise Conflict(code, number=row.number, **params)  # the case's state does not fit the document
        institution = _institution(session, user)
        (case,) = _cases(session, user, [row], institution.branch_name)
        handling_workdays = (
            calendar.workdays_between(calendar.day_zero(row.received_at), row.replied_at.date())
            if row.replied_at
            else None
        )
    printer = f"{user.name}（{user.login}）"
    if document is ComplaintDocumentKind.URGING:
        assert case.deadline is not None  # document_problem refuses a case without one
        left = workdays_left(case.deadline, today, calendar)
        by = reply_by(case.deadline, today, calendar)
        data = build_urging_slip(
            UrgingSlip(
                institution=institution,
                case=case,
                printed_at=now,
                printed_by=printer,
                today=today,
                workdays_left=left,
                reply_by=by,
                urging_text=urging_text or default_urging_text(case, left, by),
                supervisor=user.name if allows(user.role, Action.COMPLAINT_SUPERVISE) else "",
            )
        )
    else:
        doc = CaseDocument(document, institution, case, now, printer, handling_workdays)
        data = (
            build_transfer_slip(doc)
            if document is ComplaintDocumentKind.TRANSFER
            else build_result_report(doc)
        )
    _audit_full_views(db, user, [case], document.value, now)
    return data


def register_document(
    db: Database, user: StaffUser, first: date, last: date, *, now: datetime | None = None
) -> bytes:
    """The register (客户投诉登记簿) of the complaints received from `first` to `last` (both included)."""
    if first > last:
        raise InvalidValue(
            "complaint_register_period_reversed", first=first.isoformat(), last=last.isoformat()
        )
    if (last - first).days + 1 > MAX_REGISTER_DAYS:
        raise InvalidValue("complaint_register_period_too_long", maximum=MAX_REGISTER_DAYS)
    now = (now or datetime.now()).replace(microsecond=0)
    with db.read() as uow:
        session = uow.session
        query = select(Complaint).where(
            Complaint.received_at >= datetime.combine(first, datetime.min.time()),
            Complaint.received_at <= datetime.combine(last, datetime.max.time()),
        )
        if not allows(user.role, Action.COMPLAINT_SUPERVISE):
            query = query.where((Complaint.handler_id == user.id) | (Complaint.registered_by_id == user.id))
        rows = list(session.scalars(query.order_by(Complaint.received_at, Complaint.number)))
        institution = _institution(session, user)
        cases = _cases(session, user, rows, institution.branch_name)
    register = ComplaintRegister(institution, first, last, tuple(cases), now, f"{user.name}（{user.login}）")
    data = build_register(register)
    _audit_full_views(db, user, cases, ComplaintDocumentKind.REGISTER.value, now)
    return data
