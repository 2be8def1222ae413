"""Holdings import from CSV, all or nothing (the rules as for customers, services/customer_import.py): an account_no
already held by the same customer for the same product gets its balance and dates updated; one held by another
customer, or for another product, is refused."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Customer, Holding, Product
from db.session import Database
from domain.customer_import import HoldingBook, HoldingRecord, ImportRejected, parse_holdings
from domain.identity import mask_account
from domain.staff import StaffUser
from services.import_writing import (
    ImportResult,
    ImportTrail,
    bulk_insert,
    chunks,
    run_import,
    table_of,
    update_rows,
)

__all__ = ["import_holdings"]


def import_holdings(
    db: Database,
    csv_text: str,
    user: StaffUser,
    *,
    today: date | None = None,
    now: datetime | None = None,
    file_sha256: str | None = None,
) -> ImportResult:
    return run_import(
        db, csv_text, user, "holding", _write_holdings, today=today, now=now, file_sha256=file_sha256
    )


def _write_holdings(
    session: Session, csv_text: str, today: date, now: datetime, trail: ImportTrail
) -> tuple[ImportResult, int]:
    customer_ids = dict(session.execute(select(Customer.customer_no, Customer.id)).all())
    products = {
        p.code: p
        for p in session.execute(select(Product.code, Product.id, Product.currency, Product.rate)).all()
    }
    owners = {
        account: (customer_no, code)
        for account, customer_no, code in session.execute(
            select(Holding.account_no, Customer.customer_no, Product.code)
            .join(Customer, Customer.id == Holding.customer_id)
            .join(Product, Product.id == Holding.product_id)
        )
    }
    book = HoldingBook(frozenset(customer_ids), frozenset(products), owners)
    parsed = parse_holdings(csv_text, today=today, book=book)
    if parsed.problems:
        raise ImportRejected(parsed.problems)
    new = [r for r in parsed.records if r.account_no not in owners]
    old = [r for r in parsed.records if r.account_no in owners]
    if new:
        session.execute(bulk_insert(Holding), [_holding_row(r, customer_ids, products) for r in new])
        for r in new:
            trail.created(
                customer_ids[r.customer_no], {"account": mask_account(r.account_no)}, parsed.columns
            )
    updated = _update_holdings(session, old, parsed.columns, trail)
    result = ImportResult(len(new), updated, len(old) - updated, 0, parsed.warnings)
    return result, len(parsed.records)


def _holding_row(
    record: HoldingRecord, customer_ids: dict[str, int], products: Mapping[str, Any]
) -> dict[str, Any]:
    product = products[record.product_code]
    return {
        "customer_id": customer_ids[record.customer_no],
        "product_id": product.id,
        "account_no": record.account_no,
        "balance": record.balance,
        "currency": product.currency,
        "rate": product.rate,  # the rate in force when the file is loaded; the file carries none
        "opened_on": record.opened_on,
        "maturity_on": record.maturity_on,
        "auto_rollover": False,
        "status": "active",
        "version": 1,
    }


def _update_holdings(
    session: Session, records: list[HoldingRecord], columns: frozenset[str], trail: ImportTrail
) -> int:
    by_account = {r.account_no: r for r in records}
    fields = ["balance", "opened_on"] + (["maturity_on"] if "maturity_on" in columns else [])
    holdings = table_of(Holding)
    rows: list[dict[str, Any]] = []
    for chunk in chunks(list(by_account)):
        for current in session.execute(select(holdings).where(holdings.c.account_no.in_(chunk))).mappings():
            record = by_account[current["account_no"]]
            values = {f: getattr(record, f) for f in fields}
            changes = [(f, current[f], v) for f, v in values.items() if current[f] != v]
            if changes:
                rows.append({**values, "id": current["id"], "version": current["version"]})
                trail.changed(current["customer_id"], {"account": mask_account(record.account_no)}, changes)
    update_rows(session, holdings, rows, fields)
    return len(rows)
