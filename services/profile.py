"""The customer 360 read: one call, one read transaction, a handful of indexed queries, one frozen view.

Queries (each by a unique or indexed key, so the cost does not grow with the number of customers):
customer by `customer_no` (unique) with its manager; documents, holdings (+ products), assessments, interactions,
tasks and complaints by `customer_id` (indexed); household members by `household_id` (indexed); the change
history by (`entity`, `entity_id`) (indexed), only for supervisors. Lists are capped (`LIST_LIMIT`).

Privacy (DOMAIN §1, domain/privacy.py) is applied here, before data leaves `db/`: identifiers masked unless the
viewer may see them; tellers see what the counter needs (no income, AML level, household or change history).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db import errors
from db.models import (
    Agreement,
    AuditEntry,
    Complaint,
    Customer,
    Holding,
    Household,
    IdDocument,
    Interaction,
    Product,
    RiskAssessment,
    Staff,
    Task,
)
from db.session import Database
from domain.codes import Role
from domain.cooling_off import AgreementLine, window_state
from domain.customer import HoldingView
from domain.errors import NotPermitted
from domain.permissions import BOOK_HOLDERS, BRANCH_WIDE, HOLDINGS_VISIBLE, Action, allows
from domain.privacy import may_open_customers
from domain.profile import (
    AssessmentView,
    ChangeEntry,
    ComplaintView,
    CustomerProfile,
    FieldChange,
    HouseholdMember,
    InteractionView,
    ProfileDocument,
    TaskView,
)
from domain.staff import StaffUser
from services.consents import active_purposes
from services.customers import reveal_logged

LIST_LIMIT = 50
HISTORY_ACTIONS = ("customer_updated", "customer_reassigned")


def may_edit(user: StaffUser, manager_id: int | None) -> bool:
    """Customer and wealth managers edit their own book, supervisors and the head every customer; tellers, the
    lobby and the complaint officer do not edit."""
    return user.role in BRANCH_WIDE or (user.role in BOOK_HOLDERS and manager_id == user.id)


def load_profile(
    db: Database, user: StaffUser, customer_no: str, today: date | None = None, *, now: datetime | None = None
) -> CustomerProfile:
    """The 360 view of a customer as `user` may see it (trimmed by role) — NotFound if there is none. Identifiers
    are masked for every role: seeing them in full is a reveal, with a reason, on record (`reveal_identifiers`).
    `now` places the agreements' cooling-off windows (open / ended)."""
    return _profile(db, user, customer_no, today, now).masked_copy()


def _profile(
    db: Database, user: StaffUser, customer_no: str, today: date | None = None, now: datetime | None = None
) -> CustomerProfile:
    if not may_open_customers(user.role):
        raise NotPermitted("not_permitted")
    now = now or datetime.now()
    today = today or now.date()
    with db.read() as uow:
        s = uow.session
        found = s.execute(
            select(Customer, Staff.name, Household.code)
            .outerjoin(Staff, Staff.id == Customer.manager_id)
            .outerjoin(Household, Household.id == Customer.household_id)
            .where(Customer.customer_no == customer_no.strip().upper())
        ).one_or_none()
        if found is None:
            raise errors.NotFound(f"customer {customer_no}")
        c, manager_name, household_code = found
        cid = c.id
        documents = tuple(
            ProfileDocument(d.id_type, d.id_number, d.issuer, d.expiry, d.check_method, d.verified_at)
            for d in s.scalars(
                select(IdDocument).where(IdDocument.customer_id == cid).order_by(IdDocument.id)
            )
        )
        holdings = tuple(
            HoldingView(
                account_no=h.account_no,
                product_code=code,
                product_name=name,
                family=family,
                balance=h.balance,
                currency=h.currency,
                rate=h.rate,
                opened_on=h.opened_on,
                maturity_on=h.maturity_on,
                status=h.status,
            )
            for h, code, name, family in s.execute(
                select(Holding, Product.code, Product.name, Product.family)
                .join(Product, Product.id == Holding.product_id)
                .where(Holding.customer_id == cid)
                .order_by(Holding.id)
            )
        )
        assessor = aliased(Staff)
        assessments = tuple(
            AssessmentView(
                r.grade, r.score, r.assessed_on, r.valid_until, r.channel, who, r.questionnaire_version
            )
            for r, who in s.execute(
                select(RiskAssessment, assessor.name)
                .outerjoin(assessor, assessor.id == RiskAssessment.assessor_id)
                .where(RiskAssessment.customer_id == cid)
                .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
                .limit(LIST_LIMIT)
            )
        )
        interactions = tuple(
            InteractionView(i.occurred_at, i.channel, i.purpose, who, i.summary, i.outcome, i.next_step)
            for i, who in s.execute(
                select(Interaction, Staff.name)
                .outerjoin(Staff, Staff.id == Interaction.staff_id)
                .where(Interaction.customer_id == cid)
                .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
                .limit(LIST_LIMIT)
            )
        )
        tasks = tuple(
            TaskView(t.kind, t.title, who, t.due_on, t.status)
            for t, who in s.execute(
                select(Task, Staff.name)
                .outerjoin(Staff, Staff.id == Task.assignee_id)
                .where(Task.customer_id == cid)
                .order_by(Task.status != "open", Task.due_on, Task.id.desc())
                .limit(LIST_LIMIT)
            )
        )
        complaints = tuple(
            ComplaintView(k.number, k.received_at, k.category, k.status, k.deadline)
            for k in s.scalars(
                select(Complaint)
                .where(Complaint.customer_id == cid)
                .order_by(Complaint.received_at.desc())
                .limit(LIST_LIMIT)
            )
        )
        teller = user.role is Role.TELLER
        # Private data beyond the counter: the book holders and those who see the branch (DOMAIN §1 rights).
        limited = user.role not in BOOK_HOLDERS | BRANCH_WIDE
        if (
            user.role not in HOLDINGS_VISIBLE
        ):  # the lobby manager sees the tier only, the complaint officer none
            holdings = ()
        household: tuple[HouseholdMember, ...] = ()
        if c.household_id is not None and not limited:  # relatives (minors too) are not counter business
            household = tuple(
                HouseholdMember(m.customer_no, m.name, m.household_relation, m.gender, m.birth_date, m.tier)
                for m in s.scalars(
                    select(Customer)
                    .where(Customer.household_id == c.household_id, Customer.id != cid)
                    .order_by(Customer.id)
                    .limit(LIST_LIMIT)
                )
            )
        supervisor = user.role in BRANCH_WIDE
        changes = _history(s, cid) if supervisor else ()
        profile = CustomerProfile(
            id=cid,
            customer_no=c.customer_no,
            name=c.name,
            name_pinyin=c.name_pinyin,
            gender=c.gender,
            birth_date=c.birth_date,
            nationality=c.nationality,
            phone=c.phone,
            email=c.email,
            address=c.address,
            occupation=c.occupation,
            employer=c.employer,
            annual_income=None if limited else c.annual_income,
            civil_capacity=c.civil_capacity,
            qualified_investor=c.qualified_investor,
            qualified_until=c.qualified_until,
            kyc_status=c.kyc_status,
            aml_risk=None if limited else c.aml_risk,
            tier=c.tier,
            star_level=c.star_level,
            manager_id=c.manager_id,
            manager_name=manager_name,
            household_code=household_code,
            household_relation=c.household_relation,
            tags=tuple(c.tags or ()),
            documents=documents,
            household=household,
            holdings=holdings,
            assessments=assessments,
            interactions=interactions,
            complaints=complaints,
            tasks=tasks,
            changes=changes,
            version=c.version,
            today=today,
            may_edit=may_edit(user, c.manager_id),
            may_reassign=allows(user.role, Action.BOOK_REASSIGN),
            may_see_history=supervisor,
            counter_view=teller,
            holdings_visible=user.role in HOLDINGS_VISIBLE,
            may_reveal=allows(user.role, Action.CUSTOMER_REVEAL),
            consents=active_purposes(s, cid),
            agreements=_agreements(s, cid, now) if user.role in HOLDINGS_VISIBLE else (),
        )
    return profile


def _agreements(session: Session, customer_id: int, now: datetime) -> tuple[AgreementLine, ...]:
    """The customer's agreements, newest first, with their cooling-off window as it stands at `now`."""
    rows = session.execute(
        select(Agreement, Product.code, Product.name, Product.currency)
        .join(Product, Product.id == Agreement.product_id)
        .where(Agreement.customer_id == customer_id)
        .order_by(Agreement.issued_at.desc(), Agreement.id.desc())
        .limit(LIST_LIMIT)
    ).all()
    return tuple(
        AgreementLine(a.number, code, name, a.amount, currency or "CNY", a.issued_at, a.status,
                      a.cooling_off_ends_at, window_state(a.status, a.cooling_off_ends_at, now))
        for a, code, name, currency in rows
    )  # fmt: skip


def _history(session: Session, customer_id: int) -> tuple[ChangeEntry, ...]:
    rows = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "customer",
            AuditEntry.entity_id == str(customer_id),
            AuditEntry.action.in_(HISTORY_ACTIONS),
        )
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(LIST_LIMIT)
    )
    return tuple(
        ChangeEntry(
            at=row.at,
            actor=row.actor,
            action=row.action,
            changes=tuple(
                FieldChange(c.get("field", ""), str(c.get("old", "")), str(c.get("new", "")))
                for c in (row.details or {}).get("changes", [])
            ),
        )
        for row in rows
    )


def reveal_identifiers(
    db: Database, user: StaffUser, customer_no: str, reason: str, note: str = "", now: datetime | None = None
) -> CustomerProfile:
    """Log the reveal (reason, user, time, fields) first, then return the profile with full identifiers."""
    reveal_logged(db, customer_no, user, reason, note=note, now=now)
    full = _profile(db, user, customer_no)
    # Only the identifiers are lifted: account numbers and the rest stay as this role sees them.
    return replace(full.masked_copy(), phone=full.phone, documents=full.documents, masked=False)
