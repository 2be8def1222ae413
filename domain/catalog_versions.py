"""Catalogue changes made in the app: a supervisor proposes, a second supervisor approves (maker-checker).

A `ProductVersion` row is one version of a product's catalogue entry. Its life:

- `pending`: proposed in the app, waiting for a second supervisor. At most one pending *or scheduled* version per
  product at a time (a second proposal is refused with `catalog_change_already_pending`), so a checker always
  approves a change against the entry the maker saw.
- `approved`: a checker approved it (or the command-line import wrote it). It is *applied* (`applied_at` set, the
  product row carries it, `version` = the product's version number) once `effective_from` has come; until then it
  is approved-but-scheduled and `apply_due_versions` applies it on or after that date.
- `rejected`: a checker turned it down (with a note); the product is untouched.
- `superseded`: a later version replaced it (the previously applied one), or the product team's file was imported
  over the product while this proposal or schedule was open (the file takes effect at once and wins).

`version` is the product's optimistic-lock version number the entry was live under (what an agreement records as
`product_version`); proposals not yet applied have none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

# The fields a supervisor may change in the app. Code, family and bundle members come only through the file:
# they change what the product *is*, not its terms.
EDITABLE_FIELDS = (
    "name",
    "name_en",
    "rate",
    "min_amount",
    "step_amount",
    "max_amount",
    "risk_level",
    "sale_start",
    "sale_end",
    "terms",
)


class VersionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class FieldChange:
    """One field of the entry, as the file writes it (text, `None` = not set)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class VersionView:
    id: int
    product_code: str
    product_name: str
    version: int | None  # the product version it was live under; None until applied
    status: VersionStatus
    effective_from: date
    maker_id: int | None  # None: the command-line import
    maker: str  # name, or the command-line actor
    made_at: datetime
    note: str
    checker_id: int | None
    checker: str
    checked_at: datetime | None
    decision_note: str
    applied_at: datetime | None
    changes: tuple[FieldChange, ...]

    @property
    def scheduled(self) -> bool:
        return self.status is VersionStatus.APPROVED and self.applied_at is None


@dataclass(frozen=True)
class ProductHistory:
    code: str
    name: str
    version: int  # the product's current version
    entry: dict[str, Any]  # the current catalogue entry, as the file writes it
    open_version_id: int | None  # a pending or scheduled version blocks a new proposal
    versions: tuple[VersionView, ...]  # newest first


def diff_entries(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    """Fields that differ between two entries written by `spec_to_dict`, in the file's field order of `new`."""
    names = list(new) + [name for name in old if name not in new]
    return tuple(
        FieldChange(name, old.get(name), new.get(name)) for name in names if old.get(name) != new.get(name)
    )


def on_sale(sale_start: date | None, sale_end: date | None, today: date) -> bool:
    """Within the entry's sale period (either end open when not set)."""
    return (sale_start is None or sale_start <= today) and (sale_end is None or today <= sale_end)
