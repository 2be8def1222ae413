"""Issued agreements as archive data (DOMAIN §7.4, §8): numbers, terms, the canonical document data and its hash.

The hash in an agreement's QR code cannot be the hash of the PDF that contains it. It is the SHA-256 of the
*content*: the canonical JSON of the document's data (every printed field) and of the template text used, so the
QR binds the number to exactly what was agreed. The archive stores, besides, the SHA-256 of the final PDF bytes;
verifying a file compares the file's bytes with that. Both are plain SHA-256 hex digests.

`document_data(doc)` / `document_from_data(data)` turn an `AgreementDocument` into JSON-able data and back (the
archive keeps it, so a reprint marked 副本 or 作废 is rendered from exactly what was issued).
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from domain.documents import AgreementDocument, Institution
from domain.errors import InvalidValue
from domain.text import checked_text

# Warnings a sale must acknowledge explicitly before the agreement is issued (DOMAIN §5).
ACKNOWLEDGEABLE = ("senior_special_care", "cooling_off", "dual_recording_required")
VOID_REASON_MIN = 4  # characters: "错误" alone says nothing a reviewer can check
VOID_REASON_MAX = 500
NUMBER = re.compile(r"^[A-Za-z0-9]{1,16}-\d{4}-\d{6,}$")
_TERM = re.compile(r"^([1-9]\d{0,3})([DMY])$")
_TERM_WORDS = {"D": "天", "M": "个月", "Y": "年"}


class Status:
    ISSUED = "issued"
    VOIDED = "voided"


class Verdict:
    VALID = "valid"
    TAMPERED = "tampered"
    UNKNOWN = "unknown"
    # The file's hash is in the audit chain, but the chain does not fit from that entry on: the record itself
    # was altered, so it proves nothing (`branchdesk audit verify` names the entry).
    CHAIN_BROKEN = "chain_broken"


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
    return f"{match.group(1)}{_TERM_WORDS[match.group(2)]}"


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


def check_void_reason(reason: str) -> str:
    text = " ".join(checked_text(reason, "void_reason", multiline=True).split())
    if len(text) < VOID_REASON_MIN:
        raise InvalidValue("agreement_void_reason_missing", minimum=VOID_REASON_MIN)
    if len(text) > VOID_REASON_MAX:
        raise InvalidValue("agreement_void_reason_too_long", maximum=VOID_REASON_MAX)
    return text


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


def document_data(doc: AgreementDocument) -> dict[str, Any]:
    """Every field of the document as JSON-able values, `content_hash` left out (it is derived from this)."""
    return {
        f.name: _plain(getattr(doc, f.name)) for f in fields(AgreementDocument) if f.name != "content_hash"
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
