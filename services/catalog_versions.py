"""Catalogue changes in the app, maker-checker: a supervisor proposes, another supervisor approves or rejects.

Rules (states and numbering: domain/catalog_versions.py):
- Only supervisors propose, approve, reject or read pending changes and history (`not_permitted`).
- A proposal changes only `EDITABLE_FIELDS`; the resulting entry passes the same checks as the catalogue file
  (`CatalogInvalid`, every problem naming its field; nothing is written). `effective_from` may not be in the past.
- One open (pending or approved-but-scheduled) version per product at a time: `catalog_change_already_pending`.
- The checker is not the maker: `maker_checker_same_person` (for approving and for rejecting).
- Approving applies the entry to the product at once when `effective_from` has come (the product's version goes up
  through the ORM, so optimistic locking holds); otherwise it stays approved-but-scheduled until
  `apply_due_versions(db, today)` runs on or after that date (the backend calls it before listing products).
- Every action is audited.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db import audit, errors
from db.models import Approval, Product, ProductVersion, Staff
from db.session import Database
from domain.approvals import Kind, Status, catalog_subject
from domain.catalog import CatalogInvalid, CatalogProblem, spec_from_dict, spec_to_dict
from domain.catalog_versions import (
    EDITABLE_FIELDS,
    FieldChange,
    ProductHistory,
    VersionStatus,
    VersionView,
    diff_entries,
)
from domain.errors import Conflict, InvalidValue, SeparationOfDuties
from domain.permissions import Action, require
from domain.staff import StaffUser
from domain.text import checked_text
from services import approvals
from services.catalog import close_versions, current_entry, product_columns


def _require_supervisor(user: StaffUser) -> None:
    require(user, Action.CATALOG_APPROVE)


def _is_open(pv: ProductVersion) -> bool:
    return pv.status == VersionStatus.PENDING or (
        pv.status == VersionStatus.APPROVED and pv.applied_at is None
    )


def _names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted))).all())


def _views(session: Session, rows: list[tuple[ProductVersion, Product]]) -> list[VersionView]:
    names = _names(session, [pv.maker_id for pv, _ in rows] + [pv.checker_id for pv, _ in rows])
    return [
        VersionView(
            id=pv.id,
            product_code=product.code,
            product_name=product.name,
            version=pv.version,
            status=VersionStatus(pv.status),
            effective_from=pv.effective_from,
            maker_id=pv.maker_id,
            maker=names.get(pv.maker_id, pv.actor) if pv.maker_id is not None else pv.actor,
            made_at=pv.made_at,
            note=pv.note,
            checker_id=pv.checker_id,
            checker=names.get(pv.checker_id, "") if pv.checker_id is not None else "",
            checked_at=pv.checked_at,
            decision_note=pv.decision_note,
            applied_at=pv.applied_at,
            changes=tuple(FieldChange(c["field"], c.get("old"), c.get("new")) for c in pv.changes or ()),
        )
        for pv, product in rows
    ]


def _product(session: Session, code: str, *, lock: bool = False) -> Product:
    query = select(Product).where(Product.code == code)
    if lock:
        query = query.with_for_update()
    row = session.scalars(query).one_or_none()
    if row is None:
        raise errors.unknown_product(code)
    return row


def _proposed_entry(
    code: str, current: dict[str, Any], changes: Mapping[str, Any]
) -> tuple[dict[str, Any], list[CatalogProblem]]:
    """The entry with `changes` applied (None or blank text: the field is cleared), and the problems found."""
    problems = [
        CatalogProblem("catalog_field_not_editable", code, name)
        for name in changes
        if name not in EDITABLE_FIELDS
    ]
    entry = dict(current)
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            continue
        if value is None or (isinstance(value, str) and not value.strip()) or value == []:
            entry.pop(name, None)
        else:
            entry[name] = value.strip() if isinstance(value, str) else value
    try:
        return spec_to_dict(spec_from_dict(entry)), problems
    except CatalogInvalid as invalid:
        return entry, problems + list(invalid.problems)


def propose_change(
    db: Database,
    maker: StaffUser,
    code: str,
    changes: Mapping[str, Any],
    effective_from: date,
    note: str = "",
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> VersionView:
    """A pending version of product `code` with `changes` ({field: value as the file writes it})."""
    _require_supervisor(maker)
    checked_text(note, "note", multiline=True)
    now = now or datetime.now()
    today = today or now.date()
    with db.write() as uow:
        session = uow.session
        product = _product(session, code, lock=True)  # one proposal at a time per product, across stations
        if any(
            _is_open(pv)
            for pv in session.scalars(select(ProductVersion).where(ProductVersion.product_id == product.id))
        ):
            raise Conflict("catalog_change_already_pending", product=code)
        old = current_entry(product)
        entry, problems = _proposed_entry(code, old, changes)
        if effective_from < today:
            problems.append(
                CatalogProblem(
                    "catalog_effective_in_past", code, "effective_from", effective_from.isoformat()
                )
            )
        if problems:
            raise CatalogInvalid(problems)
        diff = diff_entries(old, entry)
        if not diff:
            raise InvalidValue("catalog_no_change", product=code)
        pv = ProductVersion(
            product_id=product.id,
            version=None,
            base_version=product.version,
            spec=entry,
            changes=[{"field": c.field, "old": c.old, "new": c.new} for c in diff],
            status=VersionStatus.PENDING,
            effective_from=effective_from,
            maker_id=maker.id,
            actor=maker.login,
            made_at=now,
            note=note.strip(),
            decision_note="",
        )
        session.add(pv)
        session.flush()
        request_in(session, maker, pv, code, now)
        audit.record(
            session,
            actor=maker.login,
            staff_id=maker.id,
            action="catalog_change_proposed",
            entity="product",
            entity_id=code,
            details={
                "version_id": pv.id,
                "fields": [c.field for c in diff],
                "effective_from": effective_from.isoformat(),
            },
            at=now,
        )
        view = _views(session, [(pv, product)])[0]
        uow.commit()
        return view


def _apply(session: Session, pv: ProductVersion, product: Product, now: datetime) -> None:
    """Put the version's entry on the product: the live version is superseded, the product's version goes up."""
    close_versions(session, product.id, {"applied"}, now)
    for name, value in product_columns(spec_from_dict(pv.spec)).items():
        setattr(product, name, value)
    product.active = True  # a product the file added waits inactive until this approval
    product.updated_at = now
    session.flush()  # the version counter moves here (and a stale product row raises RecordChanged)
    pv.version = product.version
    pv.applied_at = now


def _checked_version(session: Session, checker: StaffUser, version_id: int) -> tuple[ProductVersion, Product]:
    pv = session.scalars(
        select(ProductVersion).where(ProductVersion.id == version_id).with_for_update()
    ).one_or_none()
    if pv is None:
        raise errors.NotFound(f"product version {version_id}")
    product = session.get_one(Product, pv.product_id)
    if pv.status != VersionStatus.PENDING:
        raise Conflict("catalog_version_not_pending", product=product.code)
    if pv.maker_id == checker.id:
        raise SeparationOfDuties("maker_checker_same_person")
    return pv, product


def approve(
    db: Database,
    checker: StaffUser,
    version_id: int,
    note: str = "",
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> VersionView:
    """Approve a pending version; applied now when its effective date has come, else scheduled."""
    _require_supervisor(checker)
    checked_text(note, "note", multiline=True)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        pv, product = _checked_version(session, checker, version_id)
        _approve_in(session, checker, pv, product, note, (today or now.date()), now)
        subject = catalog_subject(product.code, pv.id)
        approvals.settle_linked_in(session, Kind.CATALOG_CHANGE, subject, checker, Status.APPROVED, now)
        view = _views(session, [(pv, product)])[0]
        uow.commit()
        return view


def change_approved(
    s: Session, request: Approval, maker: StaffUser, checker: StaffUser, now: datetime
) -> None:
    """Approved from the approvals list (services/approvals.py): the same as approving the version here."""
    pv, product = _checked_version(s, checker, int(request.payload["version_id"]))
    _approve_in(s, checker, pv, product, "", now.date(), now)


def _approve_in(
    session: Session,
    checker: StaffUser,
    pv: ProductVersion,
    product: Product,
    note: str,
    today: date,
    now: datetime,
) -> None:
    if product.version != pv.base_version:  # the product changed since the proposal was made
        raise Conflict("catalog_version_outdated", product=product.code)
    pv.status = VersionStatus.APPROVED
    pv.checker_id = checker.id
    pv.checked_at = now
    pv.decision_note = note.strip()
    if pv.effective_from <= today:
        _apply(session, pv, product, now)
    audit.record(
        session,
        actor=checker.login,
        staff_id=checker.id,
        action="catalog_change_approved",
        entity="product",
        entity_id=product.code,
        details={
            "version_id": pv.id,
            "version": pv.version,
            "scheduled": pv.applied_at is None,
            "effective_from": pv.effective_from.isoformat(),
        },
        at=now,
    )
    session.flush()


def request_in(session: Session, maker: StaffUser, pv: ProductVersion, code: str, now: datetime) -> int:
    """File the version's approval request (the approvals list shows it beside voids and unlocks)."""
    payload = {"version_id": pv.id, "product": code}
    return approvals.request_in(
        session, maker, Kind.CATALOG_CHANGE, catalog_subject(code, pv.id), payload, now
    )


def reject(
    db: Database, checker: StaffUser, version_id: int, note: str, *, now: datetime | None = None
) -> VersionView:
    """Turn a pending version down; the reason is required and kept. The product is untouched."""
    _require_supervisor(checker)
    if not note.strip():
        raise InvalidValue("catalog_reject_reason_required")
    checked_text(note, "note", multiline=True)
    now = now or datetime.now()
    with db.write() as uow:
        session = uow.session
        pv, product = _checked_version(session, checker, version_id)
        _reject_in(session, checker, pv, product, note, now)
        subject = catalog_subject(product.code, pv.id)
        approvals.settle_linked_in(session, Kind.CATALOG_CHANGE, subject, checker, Status.REJECTED, now, note)
        view = _views(session, [(pv, product)])[0]
        uow.commit()
        return view


def change_rejected(s: Session, request: Approval, checker: StaffUser, now: datetime) -> None:
    pv, product = _checked_version(s, checker, int(request.payload["version_id"]))
    _reject_in(s, checker, pv, product, request.decision_reason, now)


def _reject_in(
    session: Session, checker: StaffUser, pv: ProductVersion, product: Product, note: str, now: datetime
) -> None:
    pv.status = VersionStatus.REJECTED
    pv.checker_id = checker.id
    pv.checked_at = now
    pv.decision_note = note.strip()
    audit.record(
        session,
        actor=checker.login,
        staff_id=checker.id,
        action="catalog_change_rejected",
        entity="product",
        entity_id=product.code,
        details={"version_id": pv.id},
        at=now,
    )
    session.flush()


def _due(today: date) -> Select[int]:
    return select(ProductVersion.id).where(
        ProductVersion.status == VersionStatus.APPROVED,
        ProductVersion.applied_at.is_(None),
        ProductVersion.effective_from <= today,
    )


def apply_due_versions(
    db: Database, today: date, actor: str, staff_id: int | None = None, *, now: datetime | None = None
) -> int:
    """Apply approved versions whose effective date has come; how many were applied. Cheap when none are due
    (a read first), so it can run before every listing."""
    with db.read() as uow:
        if uow.session.scalars(_due(today).limit(1)).first() is None:
            return 0
    now = now or datetime.now()
    applied = 0
    with db.write() as uow:
        session = uow.session
        ids = session.scalars(_due(today).order_by(ProductVersion.effective_from, ProductVersion.id)).all()
        for pv in session.scalars(
            select(ProductVersion)
            .where(ProductVersion.id.in_(ids))
            .order_by(ProductVersion.id)
            .with_for_update()
        ):
            if pv.status != VersionStatus.APPROVED or pv.applied_at is not None:
                continue  # another station applied it meanwhile
            product = session.get_one(Product, pv.product_id)
            _apply(session, pv, product, now)
            audit.record(
                session,
                actor=actor,
                staff_id=staff_id,
                action="catalog_change_applied",
                entity="product",
                entity_id=product.code,
                details={"version_id": pv.id, "version": pv.version},
                at=now,
            )
            applied += 1
        uow.commit()
    return applied


def pending_versions(db: Database, user: StaffUser) -> list[VersionView]:
    """Versions waiting for a checker, oldest first."""
    _require_supervisor(user)
    with db.read() as uow:
        rows = uow.session.execute(
            select(ProductVersion, Product)
            .join(Product, Product.id == ProductVersion.product_id)
            .where(ProductVersion.status == VersionStatus.PENDING)
            .order_by(ProductVersion.made_at, ProductVersion.id)
        ).all()
        return _views(uow.session, [(pv, product) for pv, product in rows])


def history(db: Database, user: StaffUser, code: str) -> ProductHistory:
    """Every version of one product, newest first, with the current entry."""
    _require_supervisor(user)
    with db.read() as uow:
        session = uow.session
        product = _product(session, code)
        versions = session.scalars(
            select(ProductVersion)
            .where(ProductVersion.product_id == product.id)
            .order_by(ProductVersion.made_at.desc(), ProductVersion.id.desc())
        ).all()
        views = _views(session, [(pv, product) for pv in versions])
        return ProductHistory(
            code=product.code,
            name=product.name,
            version=product.version,
            entry=current_entry(product),
            open_version_id=next((pv.id for pv in versions if _is_open(pv)), None),
            versions=tuple(views),
        )
