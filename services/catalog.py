"""The product catalogue: import the product team's file (all or nothing), export it, list it.

Each product row keeps the whole entry in `Product.spec` (as `spec_to_dict` writes it) plus typed copies of the
fields queries need. Re-importing an entry that did not change leaves its row and version alone, so importing an
export is a no-op.

Who may import, and what an import does (the bank's maker-checker rule, as in the app):
- Into an empty catalogue (a new branch being set up) an administrator's import applies at once: every product
  gets an approved history row (`ProductVersion`).
- Into a catalogue that has products, a supervisor's import changes nothing by itself: every added or changed
  product gets a *pending* version that another supervisor approves or rejects (services/catalog_versions.py).
  A new product waits as an inactive row (not for sale, not recommended) until its version is approved. A
  product with a change already pending or scheduled refuses the whole file (`catalog_change_already_pending`).
  A file that lowers a fund from R3 to R1 therefore cannot turn a blocked sale into an allowed one on one
  person's word.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.catalog_file import dump_catalog, parse_catalog_text
from db.models import Product, ProductVersion
from db.session import Database
from domain.approvals import Kind, catalog_subject
from domain.catalog import (
    CatalogInvalid,
    CatalogProblem,
    ImportSummary,
    ProductSpec,
    ProductView,
    spec_from_dict,
    spec_to_dict,
    validate_catalog,
)
from domain.catalog_versions import VersionStatus, diff_entries, on_sale
from domain.codes import Role
from domain.errors import NotPermitted
from domain.paths import resource_path
from domain.permissions import Action
from domain.staff import StaffUser
from services import approvals

DEFAULT_CATALOG = ("catalog", "default.yaml")


def product_columns(spec: ProductSpec) -> dict[str, Any]:
    return {
        "code": spec.code,
        "name": spec.name,
        "name_en": spec.name_en,
        "family": spec.family,
        "spec": spec_to_dict(spec),
        "risk_level": spec.risk_level,
        "currency": spec.currency,
        "min_amount": spec.min_amount,
        "rate": spec.rate,
    }


def _stored(row: Product) -> ProductSpec | None:
    try:
        return spec_from_dict(row.spec)
    except CatalogInvalid:  # written by an older rule set: the import rewrites it
        return None


def current_entry(row: Product) -> dict[str, Any]:
    """The product's entry as the file writes it (as stored when an older rule set refuses it)."""
    spec = _stored(row)
    return spec_to_dict(spec) if spec is not None else dict(row.spec)


def close_versions(session: Session, product_id: int, kinds: set[str], now: datetime, note: str = "") -> None:
    """Mark the product's versions superseded: `kinds` holds "applied" (the live one) and/or "open" (pending or
    approved-but-scheduled; these get `note` as the decision note)."""
    for pv in session.scalars(
        select(ProductVersion).where(
            ProductVersion.product_id == product_id,
            ProductVersion.status.in_([VersionStatus.PENDING, VersionStatus.APPROVED]),
        )
    ):
        is_open = pv.status == VersionStatus.PENDING or pv.applied_at is None
        if ("open" if is_open else "applied") in kinds:
            pv.status = VersionStatus.SUPERSEDED
            if is_open:
                pv.checked_at = now
                pv.decision_note = note


def _record_import(session: Session, row: Product, old: dict[str, Any], actor: str, now: datetime) -> None:
    """History for a product the import added (`old` empty) or changed; `row` is flushed (its version is set)."""
    close_versions(session, row.id, {"applied", "open"}, now, "catalog_import")
    session.flush()
    entry = dict(row.spec)
    session.add(
        ProductVersion(
            product_id=row.id,
            version=row.version,
            base_version=None,
            spec=entry,
            changes=[{"field": c.field, "old": c.old, "new": c.new} for c in diff_entries(old, entry)],
            status=VersionStatus.APPROVED,
            effective_from=now.date(),
            maker_id=None,
            actor=actor,
            made_at=now,
            note="",
            decision_note="",
            applied_at=now,
        )
    )


def _catalog_is_empty(session: Session) -> bool:
    return session.scalar(select(Product.id).limit(1)) is None


def setup_catalog(db: Database, text: str, actor: str, *, now: datetime | None = None) -> ImportSummary:
    """The shipped or a new branch's catalogue, applied at once: new codes added, changed ones updated (their
    version goes up, open proposals superseded). For the demo generator and set-up code only: no command or
    screen reaches it; a person's import goes through `import_catalog`."""
    raw = parse_catalog_text(text)
    now = now or datetime.now()
    with db.write() as uow:
        summary = _apply_file(uow.session, raw, actor, now)
        uow.commit()
        return summary


def _apply_file(
    session: Session, raw: Any, actor: str, now: datetime, staff_id: int | None = None
) -> ImportSummary:
    rows = {row.code: row for row in session.scalars(select(Product))}
    specs = validate_catalog(raw, known_codes=rows)
    added = updated = unchanged = 0
    for spec in specs:
        row = rows.get(spec.code)
        if row is None:
            row = Product(**product_columns(spec), active=True, updated_at=now)
            session.add(row)
            session.flush()
            _record_import(session, row, {}, actor, now)
            added += 1
        elif _stored(row) == spec:
            unchanged += 1
        else:
            old = current_entry(row)
            for name, value in product_columns(spec).items():
                setattr(row, name, value)
            row.updated_at = now
            session.flush()
            _record_import(session, row, old, actor, now)
            updated += 1
    summary = ImportSummary(added=added, updated=updated, unchanged=unchanged)
    audit.record(
        session,
        actor=actor,
        staff_id=staff_id,
        action="catalog_imported",
        entity="catalog",
        details={"added": added, "updated": updated, "unchanged": unchanged, "applied": True},
        at=now,
    )
    return summary


def import_catalog(db: Database, user: StaffUser, text: str, *, now: datetime | None = None) -> ImportSummary:
    """A person's import of the product team's file. Into an empty catalogue: an administrator's, applied at
    once. Otherwise a supervisor's, and every added or changed product becomes a pending version for a second
    supervisor (`ImportSummary.pending` holds their ids). CatalogInvalid writes nothing."""
    raw = parse_catalog_text(text)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        if _catalog_is_empty(session):  # setting up a branch: the administrator's import applies at once
            if user.role is not Role.ADMIN:
                raise NotPermitted("not_permitted", action=Action.CATALOG_PROPOSE.value)
            summary = _apply_file(session, raw, user.login, now, user.id)
        else:  # a change: a supervisor proposes, a second supervisor approves
            if user.role is not Role.SUPERVISOR:
                raise NotPermitted("not_permitted", action=Action.CATALOG_PROPOSE.value)
            summary = _propose_file(session, raw, user, now)
        uow.commit()
        return summary


def _propose_file(session: Session, raw: Any, maker: StaffUser, now: datetime) -> ImportSummary:
    rows = {row.code: row for row in session.scalars(select(Product).with_for_update())}
    specs = validate_catalog(raw, known_codes=rows)
    open_products = set(
        session.scalars(
            select(ProductVersion.product_id).where(
                (ProductVersion.status == VersionStatus.PENDING)
                | ((ProductVersion.status == VersionStatus.APPROVED) & ProductVersion.applied_at.is_(None))
            )
        )
    )
    changed: list[tuple[ProductSpec, Product | None]] = []
    unchanged = 0
    for spec in specs:
        row = rows.get(spec.code)
        if row is not None and row.active and _stored(row) == spec:
            unchanged += 1
        else:
            changed.append((spec, row))
    busy = [spec.code for spec, row in changed if row is not None and row.id in open_products]
    if busy:
        raise CatalogInvalid(CatalogProblem("catalog_change_already_pending", code) for code in busy)
    pending: list[int] = []
    requests: list[int] = []
    for spec, row in changed:
        entry = spec_to_dict(spec)
        old = current_entry(row) if row is not None and row.active else {}
        if row is None:  # a new product waits, not for sale, until its version is approved
            row = Product(**product_columns(spec), active=False, updated_at=now)
            session.add(row)
            session.flush()
        pv = ProductVersion(
            product_id=row.id,
            version=None,
            base_version=row.version,
            spec=entry,
            changes=[{"field": c.field, "old": c.old, "new": c.new} for c in diff_entries(old, entry)],
            status=VersionStatus.PENDING,
            effective_from=now.date(),
            maker_id=maker.id,
            actor=maker.login,
            made_at=now,
            note="catalog_import",
            decision_note="",
        )
        session.add(pv)
        session.flush()
        pending.append(pv.id)
        payload = {"version_id": pv.id, "product": spec.code}
        subject = catalog_subject(spec.code, pv.id)
        requests.append(approvals.request_in(session, maker, Kind.CATALOG_CHANGE, subject, payload, now))
        audit.record(
            session,
            actor=maker.login,
            staff_id=maker.id,
            action="catalog_change_proposed",
            entity="product",
            entity_id=spec.code,
            details={"version_id": pv.id, "fields": [c["field"] for c in pv.changes], "source": "file"},
            at=now,
        )
    added = sum(1 for spec, _ in changed if spec.code not in rows)
    summary = ImportSummary(added, len(changed) - added, unchanged, tuple(pending), tuple(requests))
    audit.record(
        session,
        actor=maker.login,
        staff_id=maker.id,
        action="catalog_imported",
        entity="catalog",
        details={
            "added": summary.added,
            "updated": summary.updated,
            "unchanged": unchanged,
            "applied": False,
            "pending": list(pending),
        },  # fmt: skip
        at=now,
    )
    return summary


def load_default_catalog(db: Database, actor: str) -> ImportSummary:
    """The catalogue shipped in resources/ (the demo and tests start from it), applied at once."""
    text = resource_path(*DEFAULT_CATALOG).read_text(encoding="utf-8")
    return setup_catalog(db, text, actor)


def export_catalog(db: Database) -> str:
    """The current catalogue as a file the product team can edit and import again."""
    with db.read() as uow:
        stored = uow.session.scalars(select(Product.spec).order_by(Product.id)).all()
    entries = []
    for raw in stored:
        try:
            entries.append(spec_to_dict(spec_from_dict(raw)))
        except CatalogInvalid:
            entries.append(dict(raw))  # still exported, so the product team can see and fix it
    return dump_catalog(entries)


def list_products(db: Database, today: date | None = None) -> list[ProductView]:
    """Every product; `on_sale` from the entry's sale period (sale_start, sale_end) as of `today`."""
    today = today or date.today()
    with db.read() as uow:
        rows = uow.session.scalars(select(Product).order_by(Product.id)).all()
        return [
            ProductView(
                code=row.code,
                name=row.name,
                name_en=row.name_en,
                family=row.family,
                risk_level=row.risk_level,
                currency=row.currency,
                min_amount=row.min_amount,
                rate=row.rate,
                terms=tuple(row.spec.get("terms") or ()),
                version=row.version,
                active=row.active,
                sale_start=_day(row.spec.get("sale_start")),
                sale_end=_day(row.spec.get("sale_end")),
                on_sale=on_sale(_day(row.spec.get("sale_start")), _day(row.spec.get("sale_end")), today),
            )
            for row in rows
        ]


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
