"""The product catalogue: import the product team's file (all or nothing), export it, list it.

Each product row keeps the whole entry in `Product.spec` (as `spec_to_dict` writes it) plus typed copies of the
fields queries need. Re-importing an entry that did not change leaves its row and version alone, so importing an
export is a no-op.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from db import audit
from db.catalog_file import dump_catalog, parse_catalog_text
from db.models import Product
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
from domain.paths import resource_path

DEFAULT_CATALOG = ("catalog", "default.yaml")


def _columns(spec: ProductSpec) -> dict[str, Any]:
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
                session.add(Product(**_columns(spec), active=True, updated_at=now))
                added += 1
            elif _stored(row) == spec:
                unchanged += 1
            else:
                for name, value in _columns(spec).items():
                    setattr(row, name, value)
                row.updated_at = now
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


def list_products(db: Database) -> list[ProductView]:
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
            )
            for row in rows
        ]
