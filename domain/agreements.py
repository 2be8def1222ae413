"""Issued agreements as archive data (DOMAIN §7.4, §8): numbers, terms, the canonical document data and its hash.

The hash in an agreement's QR code cannot be the hash of the PDF that contains it. It is the SHA-256 of the
*content*: the canonical JSON of the document's data (every printed field) and of the template text used, so the
QR binds the number to exactly what was agreed. The archive stores, besides, the SHA-256 of the final PDF bytes;
verifying a file compares the file's bytes with that. Both are plain SHA-256 hex digests.

`compose(sale)` builds the printed document from the plain facts of one sale (what the counter, the customer file,
the catalogue and the suitability check said at issue): the rules of what an agreement prints live here, pure, so
they are tested without a database; `services/agreements.py` only reads the facts and stores the result.

`document_data(doc)` / `document_from_data(data)` turn an `AgreementDocument` into JSON-able data and back (the
archive keeps it, so a reprint marked 副本 or 作废 is rendered from exactly what was issued).
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from domain import vocabulary
from domain.catalog import ProductSpec
from domain.consents import ConsentView
from domain.consents import statement as consent_statement
from domain.documents import ID_TYPE_WORDS, AgreementDocument, Institution
from domain.errors import InvalidValue
from domain.identity import mask_account
from domain.suitability import Finding
from domain.text import checked_text

# Warnings a sale must acknowledge explicitly before the agreement is issued (DOMAIN §5).
ACKNOWLEDGEABLE = ("senior_special_care", "cooling_off", "dual_recording_required")
VOID_REASON_MIN = 4  # characters: "错误" alone says nothing a reviewer can check
VOID_REASON_MAX = 500
NUMBER = re.compile(r"^[A-Za-z0-9]{1,16}-\d{4}-\d{6,}$")
_TERM = re.compile(r"^([1-9]\d{0,3})([DMY])$")


class Status:
    """DOMAIN §7.4 as stored: issued (printed and signed, waiting for the second person's 复核) -> effective
    (reviewed; its cooling-off window, if any, runs from then) or returned (the reviewer sent it back with a reason:
    it never takes effect and is voided); effective -> cancelled by the customer within the cooling-off window;
    any of them -> voided with a supervisor's approval."""

    ISSUED = "issued"
    EFFECTIVE = "effective"
    RETURNED = "returned"
    VOIDED = "voided"
    CANCELLED = (
        "cancelled"  # by the customer within the cooling-off window, fully refunded (domain/cooling_off.py)
    )
    # Not a sale: left out of sales figures and of "already bought" (services/performance_scope.py, recommend.py).
    NOT_SOLD = (RETURNED, VOIDED, CANCELLED)


class Verdict:
    VALID = "valid"
    TAMPERED = "tampered"
    UNKNOWN = "unknown"
    # The file's hash is in the audit chain, but the chain does not fit from that entry on: the record itself
    # was altered, so it proves nothing (`branchdesk audit verify` names the entry).
    CHAIN_BROKEN = "chain_broken"


@dataclass(frozen=True)
class ReviewItem:
    """One agreement waiting for review, as the reviewer's list shows it."""

    number: str
    customer_no: str
    customer_name: str
    product_code: str
    product_name: str
    amount: Decimal
    currency: str
    issued_at: datetime
    issued_by: str  # login
    issued_by_name: str
    station: str
    own: bool  # issued by the person looking: they may not review it
    product_name_en: str = ""  # the English screens name the product in English


def counter_name(branch_code: str, year: int) -> str:
    """One gap-free sequence per branch and calendar year."""
    return f"agreement:{branch_code}:{year}"


def agreement_number(branch_code: str, year: int, sequence: int) -> str:
    """`branch-year-sequence`, e.g. 0101-2026-000123 (six digits, more once a branch passes 999,999)."""
    return f"{branch_code}-{year}-{sequence:06d}"


def term_words(term: str) -> str:
    """A catalogue term as printed: 3M -> 3个月, 1Y -> 1年, 182D -> 182天."""
    match = _TERM.match(term)
    if not match:
        raise InvalidValue("agreement_term_malformed", term=term)
    return vocabulary.term(term)


def term_end(start: date, term: str) -> date:
    """The maturity of a term starting on `start`: months and years keep the day of month, or take the last
    day of a shorter month (31 January + 1M = 28/29 February)."""
    match = _TERM.match(term)
    if not match:
        raise InvalidValue("agreement_term_malformed", term=term)
    n, unit = int(match.group(1)), match.group(2)
    if unit == "D":
        return start + timedelta(days=n)
    months = n if unit == "M" else 12 * n
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def check_void_reason(reason: str, field: str = "void_reason") -> str:
    """A reason a reviewer can check: 4 to 500 characters once spaces are folded (`agreement_<field>_missing`,
    `agreement_<field>_too_long`)."""
    text = " ".join(checked_text(reason, field, multiline=True).split())
    if len(text) < VOID_REASON_MIN:
        raise InvalidValue(f"agreement_{field}_missing", minimum=VOID_REASON_MIN)
    if len(text) > VOID_REASON_MAX:
        raise InvalidValue(f"agreement_{field}_too_long", maximum=VOID_REASON_MAX)
    return text


def reviewed(
    doc: AgreementDocument, template_text: str, reviewer_name: str, at: datetime
) -> AgreementDocument:
    """The archived copy after 复核: the issued document with the reviewer's name and time, its own content hash
    (the QR of the reviewed copy binds the number to the document as reviewed)."""
    return with_content_hash(
        replace(doc, reviewer_name=reviewer_name, reviewed_at=at.replace(microsecond=0)), template_text
    )


# ---------------------------------------------------------------------------------------------------------
# Composing the document


@dataclass(frozen=True, kw_only=True)
class SaleFacts:
    """What one sale's agreement is made of, as read at issue: plain values, no rows.

    `id_type` / `id_number`: the customer's latest identity document (None: none on file, printed —).
    `term`: the catalogue term already chosen (3M, 1Y), None for products without one. `account`: the full
    settlement account, printed masked. `warnings`: the suitability check's warnings (cooling-off gives its hours);
    `acknowledged`: the warning codes the customer acknowledged, in the check's order.
    """

    number: str
    template_id: str
    template_version: str
    template_text: str
    institution: Institution
    customer_name: str
    id_type: str | None
    id_number: str | None
    product_code: str
    product_name: str
    product_version: int
    product_currency: str | None
    amount: Decimal
    spec: ProductSpec
    risk_grade: str | None
    risk_valid_until: date | None
    warnings: tuple[Finding, ...] = ()
    acknowledged: tuple[str, ...] = ()
    term: str | None = None
    account: str = ""
    details: tuple[tuple[str, str], ...] = ()
    dual_recording_id: str | None = None
    staff_name: str
    staff_login: str
    staff_phone: str = ""
    issued_at: datetime
    station: str = ""
    third_party_consent: ConsentView | None = None  # the sharing consent on file on the day, if any


def compose(sale: SaleFacts) -> AgreementDocument:
    """The agreement as printed, its `content_hash` (the QR's hash) set. Grades are printed only for products
    that need an assessment, and the customer's grade only while it is valid on the day of issue; the issuer only
    when the bank sells as agent (代销); the account masked; the rate as a percentage; the term in words and its
    maturity from the day of issue; the cooling-off hours when the check warned of a cooling-off period."""
    spec, day = sale.spec, sale.issued_at.date()
    assessed = spec.needs_assessment
    grade_valid = sale.risk_grade is not None and (
        sale.risk_valid_until is None or sale.risk_valid_until >= day
    )
    cooling = next((w for w in sale.warnings if w.code == "cooling_off"), None)
    doc = AgreementDocument(
        number=sale.number,
        template_id=sale.template_id,
        template_version=sale.template_version,
        institution=sale.institution,
        customer_name=sale.customer_name,
        id_type=ID_TYPE_WORDS.get(sale.id_type, sale.id_type) if sale.id_type else "—",
        id_number=sale.id_number or "—",
        product_code=sale.product_code,
        product_name=sale.product_name,
        product_version=str(sale.product_version),
        amount=sale.amount,
        currency=sale.product_currency or spec.currency,
        term=term_words(sale.term) if sale.term else None,
        rate=None if spec.rate is None else (spec.rate * 100).normalize(),
        product_risk_level=f"R{spec.risk_level}" if assessed and spec.risk_level else None,
        customer_grade=sale.risk_grade if assessed and grade_valid else None,
        assessment_valid_until=sale.risk_valid_until if assessed and grade_valid else None,
        issuer=spec.issuer if spec.sale_mode == "agency" else None,
        account=mask_account(sale.account) if sale.account else None,
        details=sale.details,
        start_date=day,
        end_date=term_end(day, sale.term) if sale.term else None,
        cooling_off_hours=int(str(cooling.params.get("hours") or 24)) if cooling is not None else None,
        dual_recording="dual_recording_required" in sale.acknowledged,
        dual_recording_id=(sale.dual_recording_id or "").strip() or None,
        acknowledged_warnings=sale.acknowledged,
        staff_name=sale.staff_name,
        staff_login=sale.staff_login,
        staff_phone=sale.staff_phone,
        issued_at=sale.issued_at.replace(microsecond=0),
        station=sale.station,
        consent_statement=consent_statement(sale.third_party_consent),
    )
    return with_content_hash(doc, sale.template_text)


# ---------------------------------------------------------------------------------------------------------
# Canonical data


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Institution):
        return {f.name: getattr(value, f.name) for f in fields(Institution)}
    return value


_DECIMALS = ("amount", "rate")
_DATES = ("assessment_valid_until", "start_date", "end_date")


# Fields added after agreements were archived: left out while empty, so an original's data (and its content hash)
# is the same as before they existed.
_LATER = ("reviewer_name", "reviewed_at")


def document_data(doc: AgreementDocument) -> dict[str, Any]:
    """Every field of the document as JSON-able values, `content_hash` left out (it is derived from this)."""
    return {
        f.name: _plain(getattr(doc, f.name))
        for f in fields(AgreementDocument)
        if f.name != "content_hash" and not (f.name in _LATER and not getattr(doc, f.name))
    }


def document_from_data(data: dict[str, Any], content_hash: str = "") -> AgreementDocument:
    values = dict(data)
    values["institution"] = Institution(**values["institution"])
    for name in _DECIMALS:
        if values.get(name) is not None:
            values[name] = Decimal(values[name])
    for name in _DATES:
        if values.get(name) is not None:
            values[name] = date.fromisoformat(values[name])
    values["issued_at"] = datetime.fromisoformat(values["issued_at"])
    if values.get("reviewed_at"):
        values["reviewed_at"] = datetime.fromisoformat(values["reviewed_at"])
    values["acknowledged_warnings"] = tuple(values.get("acknowledged_warnings") or ())
    values["details"] = tuple(tuple(pair) for pair in values.get("details") or ())
    return AgreementDocument(**values, content_hash=content_hash)


def canonical_json(data: dict[str, Any], template_text: str) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same data always gives the same bytes."""
    payload = {"document": data, "template": template_text}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_hash(data: dict[str, Any], template_text: str) -> str:
    return hashlib.sha256(canonical_json(data, template_text)).hexdigest()


def with_content_hash(doc: AgreementDocument, template_text: str) -> AgreementDocument:
    return replace(doc, content_hash=content_hash(document_data(doc), template_text))


def qr_payload(number: str, content_sha256: str) -> str:
    """What the QR code carries: `number|sha256-of-content`."""
    return f"{number}|{content_sha256}"


def bytes_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class IssuedAgreement:
    number: str
    sha256: str  # of the PDF bytes
    content_sha256: str  # of the document data: the hash in the QR code
    pdf: bytes
    product_code: str
    product_version: int
    template_id: str
    template_version: str
    acknowledged_warnings: tuple[str, ...]
    rule_version: str
    issued_at: datetime
