"""Customer and holdings imports against a real database (SQLite and PostgreSQL): all or nothing."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db import errors
from db.models import AuditEntry, Branch, Counter, Customer, Holding, IdDocument, Product, RiskAssessment
from domain.codes import Role
from domain.errors import InvalidValue
from services import customers, staff
from services.customer_import import ImportRejected, import_customers, import_holdings
from tests.domain.test_customer_import import account, customer_csv, holdings_csv, person, resident_id
from tests.factories import operator

TODAY = date(2026, 3, 15)
TABLES = (Customer, IdDocument, RiskAssessment, Holding, AuditEntry, Counter)


def _import(db, *rows, **kwargs):
    return import_customers(db, customer_csv(*rows, **kwargs), operator(db), today=TODAY)


def _holdings(db, *rows):
    return import_holdings(db, holdings_csv(*rows), operator(db), today=TODAY)


def add_product(db, code="DEP-TIME-1Y", family="deposit", currency="CNY", rate=Decimal("1.45")):
    with db.write() as uow:
        uow.session.add(Product(code=code, name=f"产品{code}", family=family, spec={}, risk_level=1,
                                currency=currency, rate=rate, updated_at=datetime.now()))  # fmt: skip
        uow.commit()


def add_manager(db, login="wangcm"):
    return staff.add_user(
        db, login_name=login, name="王芳", role=Role.MANAGER, password="Manager2026", actor=operator(db)
    )


def teller(db):
    """A teller at the counter, zhangwei (who reveals; tellers may not import)."""
    accounts = {a.login for a in staff.list_accounts(db)}
    if "zhangwei" not in accounts:
        staff.add_user(db, login_name="zhangwei", name="张伟", role=Role.TELLER, password="Teller2026x",
                       actor=operator(db))  # fmt: skip
    return staff.user_by_login(db, "zhangwei")


def counts(db) -> dict[str, int]:
    with db.read() as uow:
        found = {t.__tablename__: uow.session.scalar(select(func.count()).select_from(t)) for t in TABLES}
        found["counter_value"] = uow.session.scalar(select(func.coalesce(func.sum(Counter.value), 0)))
        return found


def customer(db, customer_no) -> Customer:
    """The row as stored (detached before the read ends, so its attributes stay loaded)."""
    with db.read() as uow:
        row = uow.session.scalars(select(Customer).where(Customer.customer_no == customer_no)).one()
        uow.session.expunge(row)
        return row


def second_person(**overrides):
    return person(name="李娜", id_number=resident_id("1992-01-02", 246), gender="F", birth_date="1992-01-02",
                  phone="13912345678", **overrides)  # fmt: skip


def test_a_valid_file_creates_customers_documents_and_assessments(db):
    manager = add_manager(db)
    result = _import(db, person(manager="wangcm"), second_person(risk_grade="", risk_assessed_on="",
                                                                 risk_assessed_channel=""))  # fmt: skip
    assert (result.created, result.updated, result.unchanged, result.assessments) == (2, 0, 0, 1)
    view = customers.customer_detail(db, "C0000000001")
    assert (view.name, view.gender, view.birth_date, view.phone) == (
        "张伟",
        "M",
        date(1980, 5, 17),
        "13800138000",
    )
    assert view.annual_income == Decimal("120000.00") and view.manager_login == "wangcm"
    assert view.manager_id == manager.id and view.kyc_status == "verified"
    assert view.documents[0].id_number == resident_id("1980-05-17") and view.documents[0].expiry == date(
        2030, 5, 17
    )
    assert view.risk is not None
    assert (view.risk.grade, view.risk.valid_until, view.risk.channel) == ("C3", date(2026, 11, 23), "branch")
    row = customer(db, "C0000000001")
    assert (row.name_pinyin, row.name_initials, row.version) == ("zhangwei", "zw", 1)
    with db.read() as uow:
        tails = uow.session.scalars(select(IdDocument.id_tail).order_by(IdDocument.id)).all()
        version = uow.session.scalar(select(RiskAssessment.questionnaire_version))
        branches = uow.session.scalars(select(Branch.id)).all()
    assert tails == [resident_id("1980-05-17")[-6:], resident_id("1992-01-02", 246)[-6:]]
    assert version == "import"
    assert branches == [row.branch_id]


def test_a_branchless_database_gets_the_default_branch(db):
    _import(db, person())
    with db.read() as uow:
        assert uow.session.scalars(select(Branch.code)).all() == ["0001"]


def test_generated_numbers_are_gap_free_and_skip_numbers_already_used(db):
    _import(db, person(customer_no="C0000000002"))
    _import(
        db,
        second_person(),
        person(name="王强", id_number=resident_id("1975-03-03", 333), gender="", birth_date=""),
    )
    with db.read() as uow:
        numbers = uow.session.scalars(select(Customer.customer_no).order_by(Customer.customer_no)).all()
        counter = uow.session.scalar(select(Counter.value).where(Counter.name == "customer_no"))
    assert numbers == ["C0000000001", "C0000000002", "C0000000003"]
    assert counter == 3


def test_one_bad_row_among_good_ones_writes_nothing(db):
    add_manager(db)
    before = counts(db)
    rows = [person(name=f"客户{i}", id_number=resident_id("1980-01-01", 100 + i), gender="", birth_date="")
            for i in range(1, 6)]  # fmt: skip
    rows[3]["phone"] = "1380013800"
    with pytest.raises(ImportRejected) as rejected:
        _import(db, *rows)
    assert [(p.line, p.field, p.code) for p in rejected.value.problems] == [(5, "phone", "phone_format")]
    assert counts(db) == before


def test_database_problems_are_all_reported_and_nothing_is_written(db):
    _import(db, person(customer_no="C0000000100"))
    before = counts(db)
    with pytest.raises(ImportRejected) as rejected:
        _import(
            db,
            second_person(manager="ghost"),
            person(customer_no="C0000000200", name="冒名"),  # ID of C0000000100
            person(
                customer_no="C0000000100", id_number=resident_id("1970-01-01", 555), gender="", birth_date=""
            ),
            person(name="坏行", id_number="bad", phone="1"),
        )
    assert [(p.line, p.field, p.code) for p in rejected.value.problems] == [
        (2, "manager", "unknown_manager"),
        (3, "id_number", "id_number_taken"),
        (4, "customer_no", "customer_no_id_mismatch"),
        (5, "id_number", "id_number_format"),
        (5, "phone", "phone_format"),
    ]
    assert counts(db) == before


def test_a_disabled_staff_account_cannot_be_assigned(db):
    admin = operator(db)
    add_manager(db)
    account_row = next(a for a in staff.list_accounts(db) if a.login == "wangcm")
    staff.set_active(db, account_row.id, account_row.version, False, admin)
    with pytest.raises(ImportRejected, match="import_rejected"):
        _import(db, person(manager="wangcm"))


def test_reimporting_the_same_file_changes_nothing(db):
    text_rows = (person(), second_person())
    _import(db, *text_rows)
    before = counts(db)
    result = _import(db, *text_rows)
    assert (result.created, result.updated, result.unchanged, result.assessments) == (0, 0, 2, 0)
    after = counts(db)
    assert after["audit_log"] == before["audit_log"] + 1
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }
    assert customer(db, "C0000000001").version == 1


def test_reimport_updates_a_matching_customer_and_keeps_assessment_history(db):
    _import(db, person(customer_no="C0000000007"))
    result = _import(
        db,
        person(customer_no="C0000000007", phone="13700001111", address="上海市", risk_grade="C4",
               risk_assessed_on="2026-03-01"),
    )  # fmt: skip
    assert (result.created, result.updated, result.assessments) == (0, 1, 1)
    row = customer(db, "C0000000007")
    assert (row.phone, row.address, row.version) == ("13700001111", "上海市", 2)
    view = customers.customer_detail(db, "C0000000007")
    assert view.risk is not None and view.risk.grade == "C4"
    with db.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(RiskAssessment)) == 2


def test_an_empty_customer_no_finds_the_customer_by_id_number(db):
    _import(db, person())
    result = _import(db, person(occupation="教师"))
    assert (result.created, result.updated) == (0, 1)
    assert customer(db, "C0000000001").occupation == "教师"


def test_columns_absent_from_the_file_are_left_alone(db):
    _import(db, person(customer_no="C0000000001"))
    columns = ("customer_no", "name", "id_type", "id_number", "occupation")
    result = _import(db, person(customer_no="C0000000001", occupation="律师"), columns=columns)
    assert result.updated == 1
    row = customer(db, "C0000000001")
    assert (row.occupation, row.phone, row.annual_income) == ("律师", "13800138000", Decimal("120000.00"))


def test_an_expired_id_imports_the_customer_for_re_identification(db):
    result = _import(db, person(id_expiry="2026-01-31"))
    assert [(w.line, w.code) for w in result.warnings] == [(2, "id_expired")]
    assert customer(db, "C0000000001").kyc_status == "re_identification_required"


def test_the_audit_record_holds_counts_and_no_personal_data(db):
    _import(db, person(), second_person())
    with db.read() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "customers_imported")).one()
        uow.session.expunge(entry)
    assert entry.actor == "ops1"
    assert entry.details == {
        "rows": 2,
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "assessments": 2,
        "warnings": 0,
        "file_sha256": hashlib.sha256(customer_csv(person(), second_person()).encode("utf-8")).hexdigest(),
    }
    text = json.dumps(entry.details, ensure_ascii=False)
    for secret in ("张伟", resident_id("1980-05-17"), "13800138000", "13912345678"):
        assert secret not in text


def test_a_few_thousand_rows_go_in_with_bulk_statements(db):
    rows = [
        person(name="测试", id_number=resident_id(f"19{50 + i % 40}-01-01", i % 1000, region=f"{110100 + i // 1000}"),
               gender="", birth_date="", phone="")
        for i in range(3000)
    ]  # fmt: skip
    result = _import(db, *rows)
    assert result.created == 3000 and result.assessments == 3000
    assert counts(db)["customers"] == 3000


# -- holdings -----------------------------------------------------------------------------------------------


def test_holdings_import_and_reimport(db):
    add_product(db)
    add_product(db, "DEP-DEMAND", rate=None)
    _import(db, person(), second_person())
    result = _holdings(db, account(), account(account_no="A2", customer_no="C0000000002", product_code="DEP-DEMAND",
                                              balance="8.80", maturity_on=""))  # fmt: skip
    assert (result.created, result.updated) == (2, 0)
    view = customers.customer_detail(db, "C0000000001")
    (holding,) = view.holdings
    assert (holding.balance, holding.rate, holding.currency) == (Decimal("50000.00"), Decimal("1.45"), "CNY")
    assert holding.maturity_on == date(2026, 6, 1) and view.aum == Decimal("50000.00")
    again = _holdings(db, account(balance="50100.25"), account(account_no="A2", customer_no="C0000000002",
                                                               product_code="DEP-DEMAND", balance="8.80",
                                                               maturity_on=""))  # fmt: skip
    assert (again.created, again.updated, again.unchanged) == (0, 1, 1)
    assert customers.customer_detail(db, "C0000000001").holdings[0].balance == Decimal("50100.25")


def test_holdings_with_unknown_customer_product_or_foreign_account_are_refused(db):
    add_product(db)
    _import(db, person(), second_person())
    _holdings(db, account(account_no="A1"))
    before = counts(db)
    with pytest.raises(ImportRejected) as rejected:
        _holdings(
            db,
            account(account_no="A2"),
            account(account_no="A3", customer_no="C0000000404"),
            account(account_no="A4", product_code="GOLD-1KG"),
            account(account_no="A1", customer_no="C0000000002"),
        )
    assert [(p.line, p.field, p.code) for p in rejected.value.problems] == [
        (3, "customer_no", "unknown_customer"),
        (4, "product_code", "unknown_product"),
        (5, "account_no", "account_no_taken"),
    ]
    assert counts(db) == before


# -- detail and reveal ----------------------------------------------------------------------------------------


def test_an_unknown_customer_number_raises_not_found(db):
    with pytest.raises(errors.NotFound):
        customers.customer_detail(db, "C0000000404")
    with pytest.raises(errors.NotFound):
        customers.reveal_logged(db, "C0000000404", teller(db), "verify_customer_present")


def test_a_reveal_is_audited_with_reason_and_fields(db):
    _import(db, person())
    customers.reveal_logged(db, "C0000000001", teller(db), "verify_customer_present")
    with db.read() as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "identifiers_revealed")
        ).one()
        uow.session.expunge(entry)
    assert entry.actor == "zhangwei" and entry.entity == "customer"
    assert entry.details["reason"] == "verify_customer_present"
    assert entry.details["fields"] == ["id_number", "phone"]


def test_a_reveal_needs_a_known_reason_and_other_needs_a_note(db):
    _import(db, person())
    with pytest.raises(InvalidValue, match="reveal_reason_unknown"):
        customers.reveal_logged(db, "C0000000001", teller(db), "curiosity")
    with pytest.raises(InvalidValue, match="reveal_note_required"):
        customers.reveal_logged(db, "C0000000001", teller(db), "other")
    customers.reveal_logged(db, "C0000000001", teller(db), "other", note="法院协查函 2026-17")
