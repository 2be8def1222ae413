"""`branchdesk recommend` and `branchdesk opportunities` as a person runs them: separate processes, exit codes."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import AuditEntry, Customer, Product, RecommendationOutcome, RiskAssessment
from domain.suitability import assessment_valid_until
from services.catalog import load_default_catalog
from tests.cli import branchdesk
from tests.factories import small_branch

TODAY = "2026-11-23"


@pytest.fixture
def shop(db, db_url):
    small_branch(db, date(2026, 11, 23))
    load_default_catalog(db, "test")
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        day = date(2026, 1, 10)
        s.add(RiskAssessment(customer_id=zhang.id, grade="C2", score=30, questionnaire_version="risk_v2025_1",
                             assessed_on=day, valid_until=assessment_valid_until(day), channel="branch",
                             answers={}, confirmed=True, created_at=datetime(2026, 1, 10)))  # fmt: skip
        uow.commit()
    return db_url


def test_json_lists_every_product_once_best_first(shop, db):
    done = branchdesk(shop, "recommend", "c0000000001", "--as-of", TODAY, "--json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert list(payload) == ["customer_no", "as_of", "risk_grade", "tier", "recommended", "excluded"]
    assert (payload["customer_no"], payload["as_of"], payload["risk_grade"], payload["tier"]) == (
        "C0000000001", TODAY, "C2", "T0")  # fmt: skip
    with db.read() as uow:
        codes = sorted(uow.session.scalars(select(Product.code)))
    listed = [r["product"] for r in payload["recommended"]] + [e["product"] for e in payload["excluded"]]
    assert sorted(listed) == codes
    scores = [r["score"] for r in payload["recommended"]]
    # best first: by score, except that a third product of one kind waits below the other kinds (the engine)
    assert scores[:10] == sorted(scores[:10], reverse=True) and scores[0] == max(scores)
    for item in payload["recommended"]:
        assert (
            list(item) == ["product", "score", "suggested_amount", "suggested_monthly", "reasons", "warnings"]
            and item["reasons"]
        )
        if item["product"].startswith(("CARD-", "EB-", "SVC-", "BDL-", "LOAN-")):
            assert item["suggested_amount"] is None  # no amount for cards, e-banking, services
        assert all(set(r) == {"code", "params", "message"} for r in item["reasons"] + item["warnings"])
    excluded = {e["product"]: e["reasons"] for e in payload["excluded"]}
    assert excluded["FUND-EQUITY"] == ["risk_mismatch"]  # C2 may not buy R4, whatever it scores
    maturity = next(r for r in payload["recommended"] if r["product"] == "DEP-TD-1Y")["reasons"]
    reinvest = next(r for r in maturity if r["code"] == "maturity_reinvest")
    assert reinvest["params"] == {
        "product": "TD1Y",
        "product_name": "TD1Y",
        "product_name_en": "",
        "maturity_on": "2026-12-08",
        "amount": "120000.00",
    }
    assert reinvest["message"] == "TD1Y of 120,000.00 yuan matures on 8 Dec 2026: money to place again."
    again = branchdesk(shop, "recommend", "C0000000001", "--as-of", TODAY, "--json")
    assert again.stdout == done.stdout


def test_the_table_and_the_refusals(shop):
    done = branchdesk(shop, "recommend", "C0000000001", "--as-of", TODAY)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("C0000000001  2026-11-23  Mass  risk type ")
    assert "Recommended (" in out and "Not offered (" in out and "Blocked by the sales rules (" in out
    # In words, each rule once with the products it blocks below it; no codes of reasons (issue 13).
    lines = out.splitlines()
    rule = next(i for i, line in enumerate(lines) if "The product is R4 but" in line)
    assert "Growth select equity fund" in lines[rule + 1] and sum("is R4 but" in line for line in lines) == 1
    assert "risk_mismatch" not in out and "maturity_reinvest" not in out
    unknown = branchdesk(shop, "recommend", "C9999999999")
    assert unknown.returncode == 2
    assert "There is no customer C9999999999." in unknown.stderr
    bad_day = branchdesk(shop, "recommend", "C0000000001", "--as-of", "23.11.2026")
    assert bad_day.returncode == 2 and "YYYY-MM-DD" in bad_day.stderr


def test_opportunities_print_and_export_the_book(shop, db, tmp_path):
    done = branchdesk(shop, "opportunities", "--manager", "manager1", "--as-of", TODAY)
    assert done.returncode == 0, done.stderr
    assert "1 customers" in done.stdout and "C0000000001" in done.stdout and "2026-12-08" in done.stdout
    out = tmp_path / "plan.csv"
    unexplained = branchdesk(
        shop, "opportunities", "--manager", "manager1", "--as-of", TODAY, "--out", str(out)
    )
    assert unexplained.returncode == 2 and "Say why this list leaves the system" in unexplained.stderr
    assert not out.exists()
    reason = ("--reason", "customer_contact_plan")
    done = branchdesk(
        shop, "opportunities", "--manager", "manager1", "--as-of", TODAY, "--out", str(out), *reason
    )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:5] == ["rank", "customer_no", "name", "tier", "next_maturity"]
    assert rows[1][:6] == ["1", "C0000000001", "张三", "T0", "2026-12-08", "120000.00"]
    book = tmp_path / "plan.xlsx"
    done = branchdesk(
        shop, "opportunities", "--manager", "manager1", "--as-of", TODAY, "--out", str(book), *reason
    )
    assert done.returncode == 0, done.stderr
    workbook = load_workbook(book, read_only=True)
    assert next(workbook.active.iter_rows(min_row=2, max_row=2, values_only=True))[1] == "C0000000001"
    workbook.close()
    with db.read() as uow:
        exports = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "personal_data_exported")
        ).all()
        assert [(e.details["export"], e.details["rows"], e.details["reason"]) for e in exports] == [
            ("opportunities", 1, "customer_contact_plan")
        ] * 2
    refused = branchdesk(shop, "opportunities", "--manager", "manager1", "--out", str(tmp_path / "plan.pdf"))
    assert refused.returncode == 2 and "must end in .xlsx or .csv" in refused.stderr
    unknown = branchdesk(shop, "opportunities", "--manager", "nobody")
    assert unknown.returncode == 2 and "There is no active staff account with login nobody." in unknown.stderr
    others = branchdesk(shop, "opportunities", "--manager", "supervisor1", "--user", "manager1")
    assert (
        others.returncode == 5 and "(not_permitted)" in others.stderr
    )  # a manager lists their own book only


def test_answers_are_recorded_and_counted(shop, db):
    later = branchdesk(shop, "recommend-answer", "C0000000001", "EB-ONLINE", "later", "--user", "manager1",
                       "--follow-up", "2026-12-01", "--as-of", TODAY)  # fmt: skip
    assert later.returncode == 0, later.stderr
    assert "recorded later for C0000000001 EB-ONLINE, follow-up task" in later.stdout
    refused = branchdesk(
        shop, "recommend-answer", "C0000000001", "EB-ONLINE", "declined", "--user", "manager1"
    )
    assert refused.returncode == 2 and "A declined offer needs a reason from the list." in refused.stderr
    declined = branchdesk(shop, "recommend-answer", "C0000000001", "EB-SMS", "declined", "--reason", "no_funds",
                          "--user", "manager1", "--as-of", TODAY)  # fmt: skip
    assert declined.returncode == 0, declined.stderr
    figures = branchdesk(shop, "conversion", "--by", "product", "--json")
    assert figures.returncode == 0, figures.stderr
    assert json.loads(figures.stdout) == [
        {"key": "EB-ONLINE", "accepted": 0, "declined": 0, "later": 1, "acceptance": None},
        {"key": "EB-SMS", "accepted": 0, "declined": 1, "later": 0, "acceptance": "0.000"},
    ]
    with db.read() as uow:
        outcome = uow.session.scalars(
            select(RecommendationOutcome).order_by(RecommendationOutcome.id)
        ).first()
        assert outcome.rank is not None and outcome.reasons and outcome.follow_up_on == date(2026, 12, 1)
