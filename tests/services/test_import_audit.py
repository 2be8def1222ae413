"""What an import leaves on record (issue 12): a re-import that quietly changes phones, managers and balances is
the attack; every changed customer and holding gets its own audit entry with the fields and masked old/new
values, and the summary names the file by its SHA-256. Written in bulk, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import event, select

from db.models import AuditEntry, Customer
from services.customer_import import import_customers, import_holdings
from tests.domain.test_customer_import import account, customer_csv, holdings_csv, person, resident_id
from tests.factories import operator
from tests.services.test_customer_import import TODAY, add_manager, add_product

PHONE, NEW_PHONE = "13800138000", "13912345678"


def _entries(db, action):
    with db.read() as uow:
        rows = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        )
        return [(r.entity, r.entity_id, r.details) for r in rows]


def test_a_re_import_that_changes_phone_address_and_manager_is_on_record_masked(db):
    add_manager(db)
    first = customer_csv(person(customer_no="C0000000001"))
    import_customers(db, first, operator(db), today=TODAY)
    changed = customer_csv(
        person(
            customer_no="C0000000001",
            phone=NEW_PHONE,
            address="上海市浦东新区世纪大道100号",
            manager="wangcm",
        )
    )
    result = import_customers(db, changed, operator(db), today=TODAY)
    assert result.updated == 1
    with db.read() as uow:
        customer_id = uow.session.scalar(select(Customer.id).where(Customer.customer_no == "C0000000001"))
    created, updated = _entries(db, "customer_imported")
    assert created[1:] == (str(customer_id), created[2]) and created[2]["change"] == "created"
    entity, entity_id, details = updated
    assert (entity, entity_id, details["customer_no"], details["change"]) == (
        "customer",
        str(customer_id),
        "C0000000001",
        "updated",
    )
    assert sorted(details["fields"]) == ["address", "kyc_status", "manager", "phone"]
    changes = {c["field"]: (c["old"], c["new"]) for c in details["changes"]}
    assert changes == {
        "phone": ("138****8000", "139****5678"),
        "address": ("北京市海淀区****", "上海市浦东新****"),
        "manager": ("", "wangcm"),
        "kyc_status": ("verified", "re_identification_required"),  # DOMAIN §2: a new address re-identifies
    }
    summaries = _entries(db, "customers_imported")
    assert [s[2]["file_sha256"] for s in summaries] == [
        hashlib.sha256(text.encode("utf-8")).hexdigest() for text in (first, changed)
    ]
    trail = json.dumps([e[2] for e in _entries(db, "customer_imported")], ensure_ascii=False)
    for secret in (PHONE, NEW_PHONE, "中关村大街1号", "世纪大道100号", resident_id("1980-05-17", 123)):
        assert secret not in trail


def test_an_unchanged_row_leaves_no_entry(db):
    import_customers(db, customer_csv(person(customer_no="C0000000001")), operator(db), today=TODAY)
    import_customers(db, customer_csv(person(customer_no="C0000000001")), operator(db), today=TODAY)
    assert [d["change"] for _, _, d in _entries(db, "customer_imported")] == ["created"]


def test_a_balance_raised_to_99_999_999_99_is_on_record_with_old_and_new(db):
    add_product(db)
    import_customers(db, customer_csv(person(customer_no="C0000000001")), operator(db), today=TODAY)
    import_holdings(db, holdings_csv(account()), operator(db), today=TODAY)
    import_holdings(db, holdings_csv(account(balance="99999999.99")), operator(db), today=TODAY)
    created, updated = _entries(db, "holding_imported")
    assert created[2] == {"account": "************2233", "change": "created", "fields": created[2]["fields"]}
    assert updated[2]["changes"] == [{"field": "balance", "old": "50000.00", "new": "99999999.99"}]
    assert updated[2]["account"] == "************2233"
    assert "6222020200112233" not in json.dumps(updated[2])


def test_audit_rows_of_a_large_import_go_in_one_bulk_statement(db):
    def row(n: int) -> dict[str, str]:
        born, sequence = f"{1960 + n // 500}-05-17", n % 500 + 100
        return person(customer_no=f"C{n:010d}", id_number=resident_id(born, sequence), birth_date=born,
                      gender="M" if sequence % 2 else "F", phone=f"138{n:08d}")  # fmt: skip

    rows = [row(n) for n in range(1, 1201)]
    import_customers(db, customer_csv(*rows), operator(db), today=TODAY)
    moved = [dict(r, phone=f"139{n:08d}") for n, r in enumerate(rows, 1)]
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_LOG"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        result = import_customers(db, customer_csv(*moved), operator(db), today=TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert result.updated == 1200
    assert len(_entries(db, "customer_imported")) == 2400
    assert len(statements) <= 3  # the summary and one executemany (a driver may split it into a few batches)
