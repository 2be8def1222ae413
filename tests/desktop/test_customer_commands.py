"""`branchdesk customers import|show` and `branchdesk holdings import`, run through their parsers and handlers."""

from __future__ import annotations

import io
import json
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Customer, Product
from desktop.cli import build_parser
from desktop.commands import CommandContext, signin
from domain.errors import DomainError
from services.staff import staff_count
from tests.domain.test_customer_import import account, customer_csv, holdings_csv, person, resident_id
from tests.factories import PASSWORD, add_staff


def run(db, *argv: str, user: str = "supervisor1") -> tuple[int, str, str]:
    """The command in this process, through the real parser and sign-in (`user` with the test password)."""
    if staff_count(db) == 0:
        add_staff(db)
    args = build_parser().parse_args([*argv, "--user", user, "--password-stdin"])
    out, err = io.StringIO(), io.StringIO()
    ctx = CommandContext(db=db, out=out, err=err, stdin=io.StringIO(PASSWORD + "\n"))
    code = signin.dispatch(args, ctx)
    return code, out.getvalue(), err.getvalue()


def customer_count(db) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(Customer))


@pytest.fixture
def csv_file(tmp_path):
    def write(text: str, name: str = "customers.csv", encoding: str = "utf-8") -> str:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return str(path)

    return write


@pytest.fixture
def imported(db, csv_file):
    """One customer with a holding, imported through the commands."""
    with db.write() as uow:
        uow.session.add(Product(code="DEP-TIME-1Y", name="一年期整存整取", family="deposit", spec={}, risk_level=1,
                                currency="CNY", rate=Decimal("1.45"), updated_at=datetime.now()))  # fmt: skip
        uow.commit()
    assert run(db, "customers", "import", csv_file(customer_csv(person())))[0] == 0
    assert run(db, "holdings", "import", csv_file(holdings_csv(account()), "holdings.csv"))[0] == 0
    return db


def test_a_valid_file_is_imported_and_counted(db, csv_file):
    code, out, err = run(db, "customers", "import", csv_file(customer_csv(person(), bom=True)))
    assert code == 0 and err == ""
    assert "1 new, 0 updated, 0 unchanged" in out and "1 risk assessments added" in out
    assert customer_count(db) == 1


def test_a_rejected_file_lists_every_bad_row_and_writes_nothing(db, csv_file):
    rows = [
        person(),
        person(id_number=resident_id("1970-01-01", 555), gender="", birth_date="", phone="1234"),
        person(
            id_number=resident_id("1971-01-01", 555), gender="", birth_date="1971-13-01", annual_income="1万"
        ),
    ]
    code, out, err = run(db, "customers", "import", csv_file(customer_csv(*rows)))
    assert code != 0 and out == ""
    lines = err.splitlines()
    assert lines[:3] == [
        "line 3: phone: The phone is not an 11-digit mainland mobile number.",
        "line 4: birth_date: 1971-13-01 is not a date written as YYYY-MM-DD.",
        "line 4: annual_income: The amount 1万 is not a plain number such as 50000.00.",
    ]
    assert "Nothing was imported: 3 problems" in lines[3]
    assert customer_count(db) == 0


def test_a_file_level_error_is_reported_on_line_1(db, csv_file):
    code, _, err = run(db, "customers", "import", csv_file("name,id_type,id_number,shoe_size\n"))
    assert code != 0 and err.splitlines()[0] == "line 1: shoe_size: Unknown column shoe_size."


def test_a_missing_file_and_a_non_utf8_file_get_a_clear_message(db, csv_file, tmp_path):
    code, _, err = run(db, "customers", "import", str(tmp_path / "nope.csv"))
    assert code != 0 and err.strip() == f"There is no file {tmp_path / 'nope.csv'}."
    gbk = csv_file(customer_csv(person()), "gbk.csv", encoding="gbk")
    code, _, err = run(db, "customers", "import", gbk)
    assert code != 0 and "is not UTF-8 text" in err
    code, _, err = run(db, "holdings", "import", str(tmp_path))
    assert code != 0 and "cannot be read" in err


def test_expired_id_warnings_are_printed_and_the_rows_imported(db, csv_file):
    code, out, err = run(db, "customers", "import", csv_file(customer_csv(person(id_expiry="2020-01-01"))))
    assert code == 0 and "1 new" in out
    assert "line 2: id_expiry: The ID document expired on 2020-01-01" in err


def test_holdings_import_refuses_unknown_products_and_customers(imported, csv_file):
    text = holdings_csv(
        account(account_no="A9", product_code="NOPE"), account(account_no="A8", customer_no="C9")
    )
    code, _, err = run(imported, "holdings", "import", csv_file(text, "h.csv"))
    assert code != 0
    assert err.splitlines()[:2] == [
        "line 2: product_code: There is no product with code NOPE.",
        "line 3: customer_no: There is no customer C9.",
    ]


def test_show_json_masks_identifiers_by_default(imported):
    code, out, _ = run(imported, "customers", "show", "C0000000001", "--json")
    assert code == 0
    data = json.loads(out)
    number = resident_id("1980-05-17")
    assert data["id_documents"] == [
        {"id_type": "RESIDENT_ID", "id_number": number[:4] + "*" * 10 + number[-4:], "expiry": "2030-05-17",
         "long_term": False}
    ]  # fmt: skip
    assert data["phone"] == "138****8000" and data["masked"] is True
    assert number not in out and "13800138000" not in out
    assert (data["name"], data["gender"], data["birth_date"]) == ("张伟", "M", "1980-05-17")
    assert isinstance(data["age"], int) and data["age"] >= 45
    assert (data["annual_income"], data["aum"], data["civil_capacity"]) == ("120000.00", "50000.00", "full")
    assert (data["tier"], data["star"]) == ("T0", 1)  # until the month-end tier job runs
    assert data["risk"]["grade"] == "C3" and data["risk"]["valid_until"] == "2026-11-23"
    assert data["manager"] is None and data["kyc_status"] == "verified" and data["tier"] == "T0"
    (holding,) = data["holdings"]
    assert holding["account_no"].endswith("2233") and "6222020200112233" not in out
    assert holding == {
        **holding,
        "product_code": "DEP-TIME-1Y",
        "product_name": "一年期整存整取",
        "family": "deposit",
        "balance": "50000.00",
        "currency": "CNY",
        "rate": "1.45",
        "opened_on": "2025-06-01",
        "maturity_on": "2026-06-01",
        "status": "active",
    }


def test_show_with_reveal_prints_full_identifiers_and_audits_it(imported):
    code, out, _ = run(
        imported, "customers", "show", "C0000000001", "--json", "--reveal", "verify_customer_present"
    )
    assert code == 0
    data = json.loads(out)
    assert data["id_documents"][0]["id_number"] == resident_id("1980-05-17")
    assert data["phone"] == "13800138000" and data["holdings"][0]["account_no"] == "6222020200112233"
    with imported.read() as uow:
        reveals = uow.session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "identifiers_revealed")
        )
        assert [d["reason"] for d in reveals] == ["verify_customer_present"]


def test_show_refuses_an_unknown_reveal_reason(imported, capsys):
    with pytest.raises(SystemExit):
        run(imported, "customers", "show", "C0000000001", "--reveal", "curious")
    assert "invalid choice" in capsys.readouterr().err


def test_show_an_unknown_customer_fails_with_a_message(db):
    code, out, err = run(db, "customers", "show", "C0000000404", "--json")
    assert code != 0 and out == ""
    assert err.strip() == "There is no customer C0000000404."


def test_show_without_json_prints_one_field_per_line(imported):
    code, out, _ = run(imported, "customers", "show", "c0000000001")
    assert code == 0
    assert 'customer_no: "C0000000001"' in out.splitlines() and any(
        x.startswith("holding: ") for x in out.split("\n")
    )


def test_reveal_for_other_reasons_needs_a_note(imported):
    code, out, err = run(imported, "customers", "show", "C0000000001", "--reveal", "other")
    assert code != 0 and out == "" and "needs a note" in err
    code, out, _ = run(
        imported, "customers", "show", "C0000000001", "--reveal", "other", "--note", "公安协查"
    )
    assert code == 0 and "13800138000" in out


def test_a_consent_is_recorded_and_withdrawn_from_the_command_line(imported):
    code, out, err = run(imported, "customers", "consent", "C0000000001", "--purpose", "third_party",
                         "--evidence", "授权书 17", "--on", "2026-01-05", user="teller1")  # fmt: skip
    assert code == 0 and "third_party consent given on 2026-01-05 (branch)" in out, err
    code, out, _ = run(imported, "customers", "consent", "C0000000001", "--purpose", "third_party", "--withdraw",
                       user="teller1")  # fmt: skip
    assert code == 0 and "withdrawn" in out
    with pytest.raises(DomainError, match="consent_not_on_file"):
        run(imported, "customers", "consent", "C0000000001", "--purpose", "third_party", "--withdraw")
