"""Requests that wait for a second person's decision (services/approvals.py), as screens and commands see them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Kind(StrEnum):
    AGREEMENT_VOID = "agreement_void"
    AGREEMENT_REPRINT = "agreement_reprint"
    BOOK_REASSIGN = "book_reassign"
    STAFF_UNLOCK = "staff_unlock"
    CATALOG_CHANGE = "catalog_change"


class Status(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    USED = "used"  # an approved reprint, printed


@dataclass(frozen=True)
class ApprovalView:
    id: int
    kind: Kind
    subject: str  # agreement number, customer number, login, product code
    details: tuple[tuple[str, str], ...]  # what was asked: the reason, the new manager...
    requested_by_login: str
    requested_by_name: str
    requested_at: datetime
    status: Status
    own: bool  # the viewer asked for it, so may not decide it


@dataclass(frozen=True)
class Pending:
    """What a command or screen says after filing a request: nothing has changed yet."""

    approval_id: int
    kind: Kind
    subject: str


def catalog_subject(code: str, version_id: int) -> str:
    """A catalogue change's request names the product and the proposed version."""
    return f"{code}#{version_id}"
