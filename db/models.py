"""SQLAlchemy models: the shared branch database. Only db/ imports this module.

Editable rows carry `version` (optimistic locking: a second station saving a row that changed under it gets
`StaleDataError`, turned into `RecordChanged`). Money columns are `Money` (integer fen).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from db.types import ExactDecimal, Money

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Mixin: optimistic locking through a version counter."""

    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # By the time the directive runs `cls` is a mapped class with its Table; the mixin itself has none.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Branch(Base):
    __tablename__ = "branches"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    # The longest a station may sit idle before it locks; set by the administrator, users may only go shorter.
    idle_lock_max_minutes: Mapped[int] = mapped_column(Integer, default=10, server_default=text("10"))


class Staff(Versioned, Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(20))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    phone: Mapped[str] = mapped_column(String(30), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Sales qualifications held (fund, insurance, gold): checked by the suitability rules.
    qualifications: Mapped[list[Any]] = mapped_column(JSON, default=list)  # "fund" or {"family", "until"}
    # Their own identity number (migration 0014): refuses self-dealing on their own customer record (DOMAIN §1).
    id_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class Household(Base):
    __tablename__ = "households"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)


class Customer(Versioned, Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_no: Mapped[str] = mapped_column(String(20), unique=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    name: Mapped[str] = mapped_column(String(60))
    name_pinyin: Mapped[str] = mapped_column(String(120), default="", index=True)
    name_initials: Mapped[str] = mapped_column(String(20), default="", index=True)
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(3), default="CHN")
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    # The mobile's last 4 digits, computed by the database (never written by the app), indexed for the search.
    phone_tail: Mapped[str | None] = mapped_column(
        String(4), Computed("substr(phone, length(phone) - 3)"), index=True
    )
    address: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    occupation: Mapped[str] = mapped_column(String(60), default="")
    employer: Mapped[str] = mapped_column(String(100), default="")
    annual_income: Mapped[Decimal | None] = mapped_column(Money)
    civil_capacity: Mapped[str] = mapped_column(String(10), default="full")
    qualified_investor: Mapped[bool] = mapped_column(Boolean, default=False)
    qualified_until: Mapped[date | None] = mapped_column(Date)
    kyc_status: Mapped[str] = mapped_column(String(30), default="verified")
    aml_risk: Mapped[str] = mapped_column(String(10), default="low")
    tier: Mapped[str] = mapped_column(String(2), default="T0")
    star_level: Mapped[int] = mapped_column(Integer, default=1)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    household_relation: Mapped[str | None] = mapped_column(String(10))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # new customers per period
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    documents: Mapped[list[IdDocument]] = relationship(back_populates="customer", order_by="IdDocument.id")
    holdings: Mapped[list[Holding]] = relationship(back_populates="customer", order_by="Holding.id")


class IdDocument(Base):
    __tablename__ = "id_documents"
    __table_args__ = (UniqueConstraint("id_type", "id_number", name="uq_id_documents_type_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    id_type: Mapped[str] = mapped_column(String(16))
    id_number: Mapped[str] = mapped_column(String(40), index=True)
    # Last digits, indexed, so a teller can find a customer by the tail of an ID without a full scan.
    id_tail: Mapped[str] = mapped_column(String(6), index=True)
    issuer: Mapped[str] = mapped_column(String(100), default="")
    expiry: Mapped[date | None] = mapped_column(Date)  # None = long-term (长期)
    check_method: Mapped[str] = mapped_column(String(10), default="formal")
    verified_at: Mapped[datetime | None] = mapped_column(DateTime)
    customer: Mapped[Customer] = relationship(back_populates="documents")


class Product(Versioned, Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(150), default="")
    family: Mapped[str] = mapped_column(String(20), index=True)
    # The whole catalogue entry as the product team wrote it (typed fields below are for queries).
    spec: Mapped[dict[str, Any]] = mapped_column(JSON)
    risk_level: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    min_amount: Mapped[Decimal | None] = mapped_column(Money)
    rate: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Holding(Versioned, Base):
    __tablename__ = "holdings"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    account_no: Mapped[str] = mapped_column(String(32), unique=True)
    balance: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    rate: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    opened_on: Mapped[date] = mapped_column(Date)
    maturity_on: Mapped[date | None] = mapped_column(Date, index=True)
    auto_rollover: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="active")
    customer: Mapped[Customer] = relationship(back_populates="holdings")
    product: Mapped[Product] = relationship()


class RiskAssessment(Base):
    __tablename__ = "risk_assessments"
    __table_args__ = (Index("ix_risk_assessments_customer_date", "customer_id", "assessed_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    grade: Mapped[str] = mapped_column(String(2))
    score: Mapped[int] = mapped_column(Integer)
    questionnaire_version: Mapped[str] = mapped_column(String(20))
    assessed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(10))
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Interaction(Base):
    """The contact log: every visit, call or message with a customer."""

    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_customer_time", "customer_id", "occurred_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str] = mapped_column(String(10))
    purpose: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(30), default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(DateTime)


class Task(Versioned, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_kind_created_at", "kind", "created_at"),
        Index("ix_tasks_status_due_on", "status", "due_on"),  # open and overdue, counted per figure and job
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    # Generated tasks carry a key (kind + subject + date) so a daily job never creates one twice.
    source_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    title: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    outcome: Mapped[str] = mapped_column(String(30), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)


class Complaint(Versioned, Base):
    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_status_deadline", "status", "deadline"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(30))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    content: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    is_major: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="registered")
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    subject_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    deadline: Mapped[date | None] = mapped_column(Date)
    leader_instruction: Mapped[str] = mapped_column(Text, default="")
    reply: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str] = mapped_column(String(20), default="")
    overdue_reason: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The flow of domain/complaint_flow.py (migration 0006). The complainant's identity is shown in full only to
    # the case's handler, its registrar and supervisors; others see 张* (services/complaints.py).
    complainant_name: Mapped[str] = mapped_column(String(60), default="")
    complainant_phone: Mapped[str] = mapped_column(String(20), default="")
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    major_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    day_zero: Mapped[date | None] = mapped_column(Date)
    warn_from: Mapped[date | None] = mapped_column(Date)
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime)
    replied_at: Mapped[datetime | None] = mapped_column(DateTime)
    findings: Mapped[str] = mapped_column(Text, default="")
    disposition: Mapped[str] = mapped_column(Text, default="")
    corrective_measures: Mapped[str] = mapped_column(Text, default="")
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    # A repeat complaint (domain/complaint_duties.py, migration 0015): the earlier case about the same matter.
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"), index=True)


class ComplaintMajorReport(Base):
    """A major complaint reported upward (重大投诉, DOMAIN §7.7): who reported it, when, to whom, what was said.
    Written once; a later report (a follow-up) is another row."""

    __tablename__ = "complaint_major_reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    reported_to: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    reported_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reported_at: Mapped[datetime] = mapped_column(DateTime)
    due_on: Mapped[date] = mapped_column(Date)  # the limit it was reported against
    late: Mapped[bool] = mapped_column(Boolean, default=False)


class ComplaintDailyCheck(Base):
    """The outlet's daily check of the opinion book or the online channels (DOMAIN §7.7): one per branch, day, kind."""

    __tablename__ = "complaint_daily_checks"
    __table_args__ = (UniqueConstraint("branch_id", "check_date", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    check_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    checked: Mapped[str] = mapped_column(Text)
    findings: Mapped[str] = mapped_column(Text)
    checked_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class Agreement(Versioned, Base):
    """An issued agreement: the stored bytes are the legal record; reprints serve them, never a re-render."""

    __tablename__ = "agreements"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    product_version: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)
    term: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(20), default="issued")
    template_id: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[str] = mapped_column(String(40))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    copies_printed: Mapped[int] = mapped_column(Integer, default=0)
    acknowledged_warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # the approving supervisor
    signed_scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The archive (migration 0006, services/agreements.py): the document data the PDF was rendered from
    # (template text included) and its SHA-256, the hash the QR code carries; `sha256` is the PDF bytes' hash.
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    document: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    station: Mapped[str] = mapped_column(String(20), default="")
    rule_version: Mapped[str] = mapped_column(String(80), default="")  # suitability rules at issue
    copy_hashes: Mapped[list[str]] = mapped_column(JSON, default=list)  # SHA-256 of the copies served
    void_requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_scan_sha256: Mapped[str | None] = mapped_column(String(64))
    signed_scan_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_scan_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Migration 0013 (services/agreement_review.py): the second person's 复核, or the return with its reason, and
    # the end of the cooling-off window (from the moment the agreement became effective).
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    return_reason: Mapped[str] = mapped_column(Text, default="")
    cooling_off_ends_at: Mapped[datetime | None] = mapped_column(DateTime)


class AgreementVersion(Base):
    """A later archived version of an agreement, linked to the original (migration 0013): the reviewed copy with
    the reviewer's name. Written once, never updated; the original row's bytes stay as the customer signed them."""

    __tablename__ = "agreement_versions"
    __table_args__ = (UniqueConstraint("agreement_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # reviewed
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    document: Mapped[dict[str, Any]] = mapped_column(
        JSON
    )  # the data it was rendered from (template: the row's)
    supersedes_sha256: Mapped[str] = mapped_column(
        String(64)
    )  # the original's bytes, as the chain recorded them
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AgreementCancellation(Base):
    """A cancellation within the cooling-off window and its refund record (migration 0013): the form's bytes, the
    refund of the agreement's whole amount and the account it goes to. Written once; the agreement's status says
    `cancelled`."""

    __tablename__ = "agreement_cancellations"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # the form's, gap-free per branch and year
    cancelled_at: Mapped[datetime] = mapped_column(DateTime)
    cancelled_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    refund_amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    refund_account: Mapped[str] = mapped_column(String(32), default="")  # as given; printed masked
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    document: Mapped[dict[str, Any]] = mapped_column(JSON)


class Receipt(Base):
    __tablename__ = "receipts"
    __table_args__ = (Index("ix_receipts_operator_issued_at", "operator_id", "issued_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    terminal: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    service: Mapped[str] = mapped_column(String(40))
    account_no: Mapped[str] = mapped_column(String(32), default="")
    amount: Mapped[Decimal] = mapped_column(Money)
    fee: Mapped[Decimal] = mapped_column(Money)
    balance_after: Mapped[Decimal | None] = mapped_column(Money)
    operator_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    authoriser_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))  # of `pdf`, the customer copy
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    # Migration 0006: the bank copy beside the customer copy, and the data both were rendered from.
    template_version: Mapped[str] = mapped_column(String(40), default="")
    paper: Mapped[str] = mapped_column(String(10), default="A4")
    document: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    bank_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    bank_sha256: Mapped[str] = mapped_column(String(64), default="")


class AuditEntry(Base):
    """Who did what, when. Details never hold a full ID number or phone (masked or field names only).

    Append-only and hash-chained (migration 0010, db/audit.py): `seq` is the place in the chain, `prev_hash`
    the hash of the entry before, `hash` the SHA-256 of this entry's canonical serialisation."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    actor: Mapped[str] = mapped_column(String(40))  # login, or "cli:<os user>" for command-line actions
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditChainHead(Base):
    """One row (id 1): the last chained audit entry's `seq` and `hash`. Appending locks it (db/audit.py)."""

    __tablename__ = "audit_chain_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class Counter(Base):
    """Gap-free numbering: incremented inside the issuing transaction (UPDATE ... RETURNING)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ProductVersion(Base):
    """One version of a product's catalogue entry: proposed in the app (maker-checker) or imported from the file.

    Life cycle and numbering: domain/catalog_versions.py. Never deleted: this is the catalogue's history.
    """

    __tablename__ = "product_versions"
    __table_args__ = (
        UniqueConstraint("product_id", "version", name="uq_product_versions_product_version"),
        Index("ix_product_versions_status", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    # The product's version number this entry was live under; NULL until applied (NULLs never collide).
    version: Mapped[int | None] = mapped_column(Integer)
    base_version: Mapped[int | None] = mapped_column(Integer)  # the product version the maker changed
    spec: Mapped[dict[str, Any]] = mapped_column(JSON)
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # [{field, old, new}]
    status: Mapped[str] = mapped_column(String(12))
    effective_from: Mapped[date] = mapped_column(Date)
    maker_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # NULL: the command-line import
    actor: Mapped[str] = mapped_column(String(40))
    made_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    checker_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime | None] = mapped_column(DateTime)


# Search (services/customer_search.py, migration 0003). Prefix searches compare ranges in code-point order:
# SQLite's BINARY collation does so on the plain indexes (which end in the rowid); PostgreSQL gets "C"-collated
# copies ending in the customer id, whatever the database collation, so "ORDER BY key, id LIMIT n" stops after n
# index entries.
Index("ix_customers_name", Customer.name)
Index("ix_customers_manager_customer_no", Customer.manager_id, Customer.customer_no)
for _column, _owner in (
    (Customer.name, Customer.id),
    (Customer.name_pinyin, Customer.id),
    (Customer.name_initials, Customer.id),
    (Customer.phone, Customer.id),
    (Customer.customer_no, Customer.id),
    (IdDocument.id_number, IdDocument.customer_id),
    (Holding.account_no, Holding.customer_id),
):
    Index(f"ix_{_column.class_.__tablename__}_{_column.key}_c", _column.collate("C"), _owner).ddl_if(
        dialect="postgresql"
    )
del _column, _owner


class RecommendationOutcome(Base):
    """The customer's answer to one recommended product (DOMAIN §6): accepted, declined with a reason from the
    list, or later (a follow-up task). Never edited: a changed answer is a new row. Feeds conversion figures."""

    __tablename__ = "recommendation_outcomes"
    __table_args__ = (Index("ix_recommendation_outcomes_recorded_at", "recorded_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(10))  # accepted / declined / later
    decline_reason: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    rank: Mapped[int | None] = mapped_column(Integer)  # place in the list shown, 1 = first
    score: Mapped[int | None] = mapped_column(Integer)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)  # reason codes shown with the product
    rule_version: Mapped[str] = mapped_column(String(80), default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class DailyPosition(Base):
    """The book at the end of a day, per manager and tier (migration 0007): trends, averages, 年初 and 同期.

    Written by services/positions.py from the live tables; a day nobody opened the app carries the last
    recorded day forward, so every calendar day has its row and a daily average is a plain sum ÷ days."""

    __tablename__ = "daily_positions"
    __table_args__ = (Index("ix_daily_positions_day_manager", "day", "manager_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    tier: Mapped[str] = mapped_column(String(2))
    customers: Mapped[int] = mapped_column(Integer)
    aum: Mapped[Decimal] = mapped_column(Money)
    deposits: Mapped[Decimal] = mapped_column(Money)
    holdings: Mapped[int] = mapped_column(Integer)  # active holdings
    families: Mapped[int] = mapped_column(Integer)  # Σ product families held per customer
    contact_due: Mapped[int] = mapped_column(Integer)  # T1+ customers, whom the contact plan covers
    contacted: Mapped[int] = mapped_column(Integer)  # of them, contacted within their tier's interval


class CustomerMonthEnd(Base):
    """Each customer's manager, tier and AUM at a month end (migration 0007): tier moves and retention."""

    __tablename__ = "customer_month_ends"
    __table_args__ = (
        UniqueConstraint("month_end", "customer_id", name="uq_customer_month_ends_month_customer"),
        Index("ix_customer_month_ends_month_manager_tier", "month_end", "manager_id", "tier"),
        Index("ix_customer_month_ends_move", "month_end", "previous_tier", "tier", "aum"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    month_end: Mapped[date] = mapped_column(Date)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    tier: Mapped[str] = mapped_column(String(2))
    aum: Mapped[Decimal] = mapped_column(Money)
    # The tier at the month end recorded before this one ("" for a customer new since; NULL on rows recorded before
    # migration 0016): a tier move's customers are found by index, largest AUM first.
    previous_tier: Mapped[str | None] = mapped_column(String(2))


class CustomerPosition(Base):
    """Each customer's line at the last run of the daily job (migration 0016): one row per customer, rewritten
    only where it changed.

    The day's sums (`daily_positions`) are taken from these lines, and a drill-down into the book or the contact
    plan reads a page of them by index instead of summing every customer's holdings again."""

    __tablename__ = "customer_positions"
    __table_args__ = (
        Index("ix_customer_positions_branch_aum", "branch_id", "aum", "customer_id"),
        Index("ix_customer_positions_branch_tier_aum", "branch_id", "tier", "aum", "customer_id"),
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id"), primary_key=True, autoincrement=False
    )
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    tier: Mapped[str] = mapped_column(String(2))
    aum: Mapped[Decimal] = mapped_column(Money)
    deposits: Mapped[Decimal] = mapped_column(Money)
    holdings: Mapped[int] = mapped_column(Integer)
    families: Mapped[int] = mapped_column(Integer)
    planned: Mapped[bool] = mapped_column(Boolean)  # T1+: the contact plan covers the customer
    contacted: Mapped[bool] = mapped_column(Boolean)  # within the tier's interval up to the end of the day


class UnfinishedRun(Base):
    """A job recorded in chunks that has started and not finished (migration 0016): the next run completes it."""

    __tablename__ = "unfinished_runs"
    job: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)


class TierTransition(Base):
    """Where the customers of one book at a month end stood at the next month end (migration 0007).

    `manager_id` is the manager at the earlier month end; `to_tier` is "" for a customer no longer with the bank
    and `from_tier` "" for one who is new; `left_book` marks a customer now managed by someone else."""

    __tablename__ = "tier_transitions"
    __table_args__ = (Index("ix_tier_transitions_month_manager", "month_end", "manager_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    month_end: Mapped[date] = mapped_column(Date)  # the later of the two
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    from_tier: Mapped[str] = mapped_column(String(2))
    to_tier: Mapped[str] = mapped_column(String(2))
    left_book: Mapped[bool] = mapped_column(Boolean)
    customers: Mapped[int] = mapped_column(Integer)


class SalesPlan(Base):
    """A target the branch head sets for the branch or one person over a period (migration 0007)."""

    __tablename__ = "sales_plans"
    __table_args__ = (Index("ix_sales_plans_branch_first", "branch_id", "first_day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # None: the whole branch
    metric: Mapped[str] = mapped_column(String(30))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    target: Mapped[Decimal] = mapped_column(ExactDecimal)  # yuan for money metrics, a count otherwise
    set_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    set_at: Mapped[datetime] = mapped_column(DateTime)


class CalendarYear(Base):
    """A year whose State Council schedule the branch loaded (migration 0008); it replaces the shipped one.

    Years neither loaded nor in the shipped library are counted Mon–Fri and every date computed in them is
    provisional (domain/workdays.py)."""

    __tablename__ = "calendar_years"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(DateTime)
    loaded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class CalendarDay(Base):
    """One holiday or make-up workday (调休) of a loaded year."""

    __tablename__ = "calendar_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("calendar_years.year"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # holiday | makeup_workday
    name: Mapped[str] = mapped_column(String(60))
    source: Mapped[str] = mapped_column(String(200))


class TierChange(Base):
    """A customer's tier or stars changed (migration 0009): by the month-end job, an override or its expiry."""

    __tablename__ = "tier_changes"
    __table_args__ = (Index("ix_tier_changes_customer_as_of", "customer_id", "as_of"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    as_of: Mapped[date] = mapped_column(Date, index=True)
    old_tier: Mapped[str] = mapped_column(String(2))
    new_tier: Mapped[str] = mapped_column(String(2))
    old_star: Mapped[int] = mapped_column(Integer)
    new_star: Mapped[int] = mapped_column(Integer)
    measure: Mapped[Decimal] = mapped_column(Money)  # the AUM the decision was made on
    reason: Mapped[str] = mapped_column(
        String(20)
    )  # upgrade | downgrade | override | override_expired | stars
    note: Mapped[str] = mapped_column(String(200), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # None: the month-end job
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TierOverride(Base):
    """A supervisor holds a customer's tier by hand until `expires_on` (inclusive), with a reason."""

    __tablename__ = "tier_overrides"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    tier: Mapped[str] = mapped_column(String(2))
    reason: Mapped[str] = mapped_column(String(200))
    expires_on: Mapped[date] = mapped_column(Date)
    set_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    set_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class TierRun(Base):
    """The month-end tier job ran for this month end: running it again changes nothing."""

    __tablename__ = "tier_runs"
    as_of: Mapped[date] = mapped_column(Date, primary_key=True)
    ran_at: Mapped[datetime] = mapped_column(DateTime)
    upgrades: Mapped[int] = mapped_column(Integer)
    downgrades: Mapped[int] = mapped_column(Integer)
    overrides_expired: Mapped[int] = mapped_column(Integer)
    stars_changed: Mapped[int] = mapped_column(Integer)


class Approval(Base):
    """A change that needs a second person (void, reprint, catalogue change, reassignment, unlock): stored as
    pending by the requester, decided by an approver signed in as themselves (services/approvals.py)."""

    __tablename__ = "approvals"
    __table_args__ = (
        Index("ix_approvals_status_kind", "status", "kind"),
        Index("ix_approvals_kind_subject", "kind", "subject"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(60))  # the agreement number, customer number, login...
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(10))  # pending, approved, rejected, used
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_reason: Mapped[str] = mapped_column(String(200), default="")
    used_at: Mapped[datetime | None] = mapped_column(DateTime)


class Consent(Base):
    """A customer's separate consent for one purpose (PIPL Art. 23, 29): given on a day, through a channel, with
    its evidence; withdrawn, never deleted (services/consents.py)."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_customer_purpose", "customer_id", "purpose"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    purpose: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[str] = mapped_column(String(200), default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
