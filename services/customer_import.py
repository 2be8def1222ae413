"""Customer imports from CSV (holdings: services/holding_import.py): all or nothing, one audit record per import.

The whole file is checked first (domain.customer_import) against lookups preloaded once, inside the writing
transaction so nothing changes between check and write; then rows go in with bulk statements. Any problem, in
the file or against the database, raises one `ImportRejected` listing them all, and nothing is written.

Existing records (a re-import is how a branch refreshes its book):
- A customer_no already in the database is updated when its ID document matches the row's (type, number);
  otherwise the row is refused. Only the columns present in the file are changed; risk assessments are history,
  so a grade adds an assessment unless the same (grade, date) is already on file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import counters
from db.models import Customer, IdDocument, RiskAssessment, Staff
from db.session import Database
from domain.codes import KycStatus
from domain.customer_import import CustomerBook, CustomerRecord, ImportRejected, parse_customers
from domain.names import name_pinyin
from domain.profile import needs_reidentification
from domain.staff import StaffUser
from domain.suitability.model import assessment_valid_until
from services.holding_import import import_holdings
from services.import_writing import (
    ImportResult,
    ImportTrail,
    bulk_insert,
    chunks,
    run_import,
    table_of,
    update_rows,
)
from services.staff import branch_or_default

__all__ = ["ImportRejected", "ImportResult", "import_customers", "import_holdings", "format_customer_no"]


CUSTOMER_NO_COUNTER = "customer_no"
# Customer attributes and the column that feeds each: on an update, absent columns leave the field alone.
_CUSTOMER_FIELDS = {
    "name": "name",
    "name_pinyin": "name",
    "name_initials": "name",
    "gender": "gender",
    "birth_date": "birth_date",
    "nationality": "nationality",
    "phone": "phone",
    "address": "address",
    "occupation": "occupation",
    "annual_income": "annual_income",
    "civil_capacity": "civil_capacity",
    "qualified_investor": "qualified_investor",
    "manager_id": "manager",
}


def format_customer_no(value: int) -> str:
    return f"C{value:010d}"


# Derived columns are not reported on their own (a new name is reported once, as `name`).
_DERIVED = frozenset({"name_pinyin", "name_initials"})
_AUDIT_NAMES = {"manager_id": "manager"}


# -- customers ------------------------------------------------------------------------------------------------


def import_customers(
    db: Database,
    csv_text: str,
    user: StaffUser,
    *,
    today: date | None = None,
    now: datetime | None = None,
    file_sha256: str | None = None,
) -> ImportResult:
    return run_import(
        db, csv_text, user, "customer", _write_customers, today=today, now=now, file_sha256=file_sha256
    )


def _write_customers(
    session: Session, csv_text: str, today: date, now: datetime, trail: ImportTrail
) -> tuple[ImportResult, int]:
    managers = dict(session.execute(select(Staff.login, Staff.id).where(Staff.active)).all())
    customer_ids = dict(session.execute(select(Customer.customer_no, Customer.id)).all())
    id_owners = {
        (t, n): no
        for t, n, no in session.execute(
            select(IdDocument.id_type, IdDocument.id_number, Customer.customer_no).join(Customer)
        )
    }
    book = CustomerBook(frozenset(managers), frozenset(customer_ids), id_owners)
    parsed = parse_customers(csv_text, today=today, book=book)
    if parsed.problems:
        raise ImportRejected(parsed.problems)
    new = [r for r in parsed.records if r.customer_no not in customer_ids]
    old = [r for r in parsed.records if r.customer_no in customer_ids]
    new = _insert_customers(session, new, managers, customer_ids, now)
    for r in new:
        trail.created(customer_ids[r.customer_no or ""], {"customer_no": r.customer_no or ""}, parsed.columns)
    updated = _update_customers(session, old, parsed.columns, managers, customer_ids, now, trail)
    assessments = _add_assessments(session, [*new, *old], customer_ids, now)
    result = ImportResult(len(new), updated, len(old) - updated, assessments, parsed.warnings)
    return result, len(parsed.records)


def _new_numbers(session: Session, count: int, taken: Iterable[str]) -> list[str]:
    """Gap-free numbers from the counter, skipping any a file or an older system already used."""
    taken = set(taken)
    numbers: list[str] = []
    while len(numbers) < count:
        need = count - len(numbers)
        last = counters.next_value(session, CUSTOMER_NO_COUNTER, count=need)
        candidates = (format_customer_no(v) for v in range(last - need + 1, last + 1))
        numbers += [n for n in candidates if n not in taken]
    return numbers


def _customer_values(record: CustomerRecord, managers: dict[str, int]) -> dict[str, Any]:
    pinyin, initials = name_pinyin(record.name)
    pinyin, initials = pinyin[:120], initials[:20]  # the column widths: a long foreign name must still fit
    return {
        "name": record.name,
        "name_pinyin": pinyin,
        "name_initials": initials,
        "gender": record.gender.value,
        "birth_date": record.birth_date,
        "nationality": record.nationality,
        "phone": record.phone,
        "address": record.address,
        "occupation": record.occupation,
        "annual_income": record.annual_income,
        "civil_capacity": record.civil_capacity.value,
        "qualified_investor": record.qualified_investor,
        "manager_id": managers[record.manager] if record.manager else None,
    }


def _insert_customers(
    session: Session,
    records: list[CustomerRecord],
    managers: dict[str, int],
    customer_ids: dict[str, int],
    now: datetime,
) -> list[CustomerRecord]:
    """Insert new customers with their ID documents; returns the records, each now with its number."""
    if not records:
        return []
    branch_id = branch_or_default(session, None).id  # the same default branch the first staff account gets
    unnumbered = sum(1 for r in records if r.customer_no is None)
    generated = iter(
        _new_numbers(session, unnumbered, [*customer_ids, *(r.customer_no for r in records if r.customer_no)])
    )
    numbers = [r.customer_no or next(generated) for r in records]
    rows = [
        {
            **_customer_values(r, managers),
            "customer_no": number,
            "branch_id": branch_id,
            "email": "",
            "employer": "",
            "qualified_until": None,
            # An expired ID is a re-identification trigger (DOMAIN §2), not a reason to leave the customer out.
            "kyc_status": (
                KycStatus.RE_IDENTIFICATION_REQUIRED if r.id_expired else KycStatus.VERIFIED
            ).value,
            "aml_risk": "low",
            "tier": "T0",
            "star_level": 1,
            "household_id": None,
            "household_relation": None,
            "tags": [],
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for r, number in zip(records, numbers, strict=True)
    ]
    # Insert, then look the new ids up by number: INSERT ... RETURNING in parameter order made SQLAlchemy send
    # one statement per row on SQLite (100,000 rows took six minutes).
    session.execute(bulk_insert(Customer), rows)
    for chunk in chunks(numbers):
        customer_ids.update(
            session.execute(
                select(Customer.customer_no, Customer.id).where(Customer.customer_no.in_(chunk))
            ).all()
        )
    ids = [customer_ids[n] for n in numbers]
    session.execute(
        bulk_insert(IdDocument),
        [
            {
                "customer_id": customer_id,
                "id_type": r.id_type.value,
                "id_number": r.id_number,
                "id_tail": r.id_number[-6:],
                "issuer": "",
                "expiry": r.id_expiry,
                "check_method": "formal",
                "verified_at": None,
            }
            for r, customer_id in zip(records, ids, strict=True)
        ],
    )
    return [replace(r, customer_no=number) for r, number in zip(records, numbers, strict=True)]


def _update_customers(
    session: Session,
    records: list[CustomerRecord],
    columns: frozenset[str],
    managers: dict[str, int],
    customer_ids: dict[str, int],
    now: datetime,
    trail: ImportTrail,
) -> int:
    """Rewrite the customers whose file values differ from the stored ones; returns how many."""
    by_id = {customer_ids[r.customer_no]: r for r in records if r.customer_no}
    fields = [a for a, column in _CUSTOMER_FIELDS.items() if column in columns] + ["kyc_status", "updated_at"]
    customers, documents = table_of(Customer), table_of(IdDocument)
    customer_rows: list[dict[str, Any]] = []
    document_rows: list[dict[str, Any]] = []
    for chunk in chunks(list(by_id)):
        new_expiry: dict[int, tuple[date | None, date | None]] = {}
        if "id_expiry" in columns:
            for doc in session.execute(select(documents).where(documents.c.customer_id.in_(chunk))):
                record = by_id[doc.customer_id]
                same = (doc.id_type, doc.id_number) == (record.id_type.value, record.id_number)
                if same and doc.expiry != record.id_expiry:
                    document_rows.append({"id": doc.id, "expiry": record.id_expiry})
                    new_expiry[doc.customer_id] = (doc.expiry, record.id_expiry)
        for current in session.execute(select(customers).where(customers.c.id.in_(chunk))).mappings():
            record = by_id[current["id"]]
            values = {a: v for a, v in _customer_values(record, managers).items() if a in fields}
            values["kyc_status"] = current["kyc_status"]
            if record.id_expired and current["kyc_status"] == KycStatus.VERIFIED:
                values["kyc_status"] = KycStatus.RE_IDENTIFICATION_REQUIRED.value
            changes = [
                (_AUDIT_NAMES.get(a, a), current[a], v)
                for a, v in values.items()
                if a not in _DERIVED and current[a] != v
            ]
            if needs_reidentification(changes, values["kyc_status"]):  # DOMAIN §2: name, occupation, address
                changes.append(
                    ("kyc_status", values["kyc_status"], KycStatus.RE_IDENTIFICATION_REQUIRED.value)
                )
                values["kyc_status"] = KycStatus.RE_IDENTIFICATION_REQUIRED.value
            if current["id"] in new_expiry:
                changes.append(("id_expiry", *new_expiry[current["id"]]))
            if changes:
                customer_rows.append(
                    {**values, "updated_at": now, "id": current["id"], "version": current["version"]}
                )
                logins = {v: k for k, v in managers.items()}
                trail.changed(
                    current["id"],
                    {"customer_no": current["customer_no"]},
                    [
                        (n, logins.get(o, o), logins.get(v, v)) if n == "manager" else (n, o, v)
                        for n, o, v in changes
                    ],
                )
    update_rows(session, customers, customer_rows, fields)
    update_rows(session, documents, document_rows, ["expiry"])
    return len(customer_rows)


def _add_assessments(
    session: Session, records: Sequence[CustomerRecord], customer_ids: dict[str, int], now: datetime
) -> int:
    graded = [(customer_ids[r.customer_no], r.risk) for r in records if r.risk and r.customer_no]
    if not graded:
        return 0
    on_file: set[tuple[int, str, date]] = set()
    for chunk in chunks(sorted({customer_id for customer_id, _ in graded})):
        on_file.update(
            session.execute(
                select(RiskAssessment.customer_id, RiskAssessment.grade, RiskAssessment.assessed_on).where(
                    RiskAssessment.customer_id.in_(chunk)
                )
            )
        )
    rows: list[dict[str, Any]] = [
        {
            "customer_id": customer_id,
            "grade": risk.grade.value,
            "score": 0,  # the import carries the result, not the answers
            "questionnaire_version": "import",
            "assessed_on": risk.assessed_on,
            "valid_until": assessment_valid_until(risk.assessed_on),
            "channel": risk.channel.value,
            "assessor_id": None,
            "answers": {},
            "confirmed": True,
            "created_at": now,
        }
        for customer_id, risk in graded
        if (customer_id, risk.grade.value, risk.assessed_on) not in on_file
    ]
    if rows:
        session.execute(bulk_insert(RiskAssessment), rows)
    return len(rows)
