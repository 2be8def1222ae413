"""The product catalogue: import the product team's file (all or nothing), export it, list it.

Each product row keeps the whole entry in `Product.spec` (as `spec_to_dict` writes it) plus typed copies of the
fields queries need. Re-importing an entry that did not change leaves its row and version alone, so importing an
export is a no-op.

Every product the import adds or changes gets a history row (`ProductVersion`, approved and applied at once: the
import is an administrator's action that takes effect immediately). A change proposed in the app that is still
pending or scheduled for such a product is superseded: the file wins (domain/catalog_versions.py).
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
from domain.catalog import (
    CatalogInvalid,
    ImportSummary,
    ProductSpec,
    ProductView,
    spec_from_dict,
    spec_to_dict,
    validate_catalog,
)
from domain.catalog_versions import VersionStatus, diff_entries, on_sale
from domain.paths import resource_path

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


def import_catalog(db: Database, text: str, actor: str, *, now: datetime | None = None) -> ImportSummary:
    """Add new codes, update changed ones (their version goes up), leave the rest; CatalogInvalid writes nothing."""
    raw = parse_catalog_text(text)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
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
            action="catalog_imported",
            entity="catalog",
            details={"added": added, "updated": updated, "unchanged": unchanged},
            at=now,
        )
        uow.commit()
        return summary


def load_default_catalog(db: Database, actor: str) -> ImportSummary:
    """The catalogue shipped in resources/ (new branches and the demo start from it)."""
    text = resource_path(*DEFAULT_CATALOG).read_text(encoding="utf-8")
    return import_catalog(db, text, actor)


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
