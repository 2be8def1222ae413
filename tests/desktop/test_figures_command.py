"""`branchdesk figures snapshot|show|drill|report|plan` as a person runs them: separate processes, refusals worded,
exit 2 and nothing written."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import SalesPlan
from tests.cli import branchdesk

TODAY = date.today()


@pytest.fixture
def shop(db, db_url, demo_copy):
    demo_copy(db, customers=60, seed=2, today=TODAY)
    return db_url


def _plans(db) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(SalesPlan))


def test_snapshot_show_and_drill(shop, db):
    done = branchdesk(shop, "figures", "snapshot")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"positions recorded for {TODAY.isoformat()}: ")

    shown = branchdesk(shop, "figures", "show", "--user", "supervisor1")
    assert shown.returncode == 0, shown.stderr
    for part in (
        "whole branch",
        "book",
        "customers",
        "activity",
        "referrals made",
        "plans",
        "staff",
        "manager1",
    ):
        assert part in shown.stdout
    card = json.loads(branchdesk(shop, "figures", "show", "--user", "supervisor1", "--json").stdout)
    assert card["period"]["cadence"] == "month" and card["book"]["customers_end"] == 60
    xun = json.loads(
        branchdesk(shop, "figures", "show", "--user", "manager1", "--cadence", "xun", "--json").stdout
    )
    assert xun["scope_login"] == "manager1" and xun["period"]["cadence"] == "xun" and xun["staff"] == []
    typed = json.loads(
        branchdesk(shop, "figures", "show", "--user", "supervisor1", "--from", "2026-01-01", "--to",
                   "2026-03-31", "--today", "2026-11-29", "--json").stdout
    )  # fmt: skip
    assert typed["period"] == {"cadence": "quarter", "first": "2026-01-01", "last": "2026-03-31"}

    drilled = json.loads(
        branchdesk(shop, "figures", "drill", "book", "--user", "supervisor1", "--json").stdout
    )
    assert drilled["total"] == 60 and len(drilled["rows"]) == 60
    text = branchdesk(shop, "figures", "drill", "book", "--tier", "t0", "--user", "supervisor1").stdout
    assert text.startswith("book T0  month ")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["show", "--user", "teller1", "--staff", "manager1"], "You can only see your own figures"),
        (["show", "--user", "supervisor1", "--staff", "ghost"], "There is no active staff account ghost."),
        (["show", "--user", "admin1"], "Administrators have no performance figures"),
        (["show", "--user", "supervisor1", "--cadence", "fortnight"], "Unknown period fortnight"),
        (["show", "--user", "supervisor1", "--day", "2026-02-30"], "2026-02-30 is not a date written as"),
        (
            ["show", "--user", "supervisor1", "--from", "2026-05-02", "--to", "2026-05-01"],
            "ends (2026-05-01)",
        ),
        (["show", "--user", "supervisor1", "--from", "2026-05-02"], "needs both its first day"),
        (["show", "--user", "supervisor1", "--day", "2099-01-01"], "still to come"),
        (["drill", "everything", "--user", "supervisor1"], "Unknown figure everything: use book,"),
        (["drill", "book", "--tier", "T9", "--user", "supervisor1"], "Unknown tier T9"),
    ],
)
def test_refusals_exit_2_with_a_sentence(shop, argv, words):
    done = branchdesk(shop, "figures", *argv)
    assert done.returncode == 2, done.stdout
    assert words in done.stderr and "Traceback" not in done.stderr


def test_report_pdf_and_xlsx(shop, tmp_path):
    pdf = tmp_path / "month.pdf"
    done = branchdesk(
        shop, "figures", "report", "--format", "pdf", "--out", str(pdf), "--user", "supervisor1"
    )
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and "bytes" in done.stdout
    pytest.importorskip("reports.performance_xlsx")
    book = tmp_path / "manager.xlsx"
    done = branchdesk(shop, "figures", "report", "--format", "xlsx", "--out", str(book), "--user", "manager2",
                      "--cadence", "quarter")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert book.read_bytes().startswith(b"PK")
    nowhere = branchdesk(shop, "figures", "report", "--format", "pdf", "--out", str(tmp_path / "no" / "x.pdf"),
                         "--user", "supervisor1")  # fmt: skip
    assert nowhere.returncode == 2 and "cannot be written" in nowhere.stderr


def test_plans_set_replace_list_delete_and_refusals(shop, db):
    before = _plans(db)
    made = branchdesk(shop, "figures", "plan", "set", "wealth_sales", "1,500,000.50", "--user", "supervisor1",
                      "--staff", "manager1", "--cadence", "quarter", "--json")  # fmt: skip
    assert made.returncode == 0, made.stderr
    plan = json.loads(made.stdout)
    assert plan["target"] == "1500000.50" and plan["staff_login"] == "manager1"
    again = branchdesk(shop, "figures", "plan", "set", "wealth_sales", "2000000", "--user", "supervisor1",
                       "--staff", "manager1", "--cadence", "quarter", "--json")  # fmt: skip
    assert json.loads(again.stdout)["id"] == plan["id"] and _plans(db) == before + 1  # replaced, not added
    listed = branchdesk(shop, "figures", "plan", "list", "--user", "supervisor1")
    assert f"{plan['id']}  wealth_sales  " in listed.stdout and "2,000,000.00" in listed.stdout
    mine = json.loads(branchdesk(shop, "figures", "plan", "list", "--user", "manager1", "--json").stdout)
    assert {p["staff_login"] for p in mine} == {"manager1"}

    refusals = [
        (["set", "pies_baked", "10", "--user", "supervisor1"], "Unknown plan metric pies_baked"),
        (["set", "new_customers", "12.5", "--user", "supervisor1"], "enter a whole number"),
        (["set", "fund_sales", "10.001", "--user", "supervisor1"], "at most two decimals"),
        (["set", "fund_sales", "abc", "--user", "supervisor1"], "at most two decimals"),
        (["set", "fund_sales", "-5", "--user", "supervisor1"], "above zero"),
        (["set", "fund_sales", "5000", "--user", "supervisor1", "--staff", "ghost"], "no active staff account"),
        (["set", "agreements", "5", "--user", "supervisor1", "--from", "2026-02-01", "--to", "2026-01-01"],
         "before it begins"),
        (["delete", "999999", "--user", "supervisor1"], "There is no sales plan 999999."),
    ]  # fmt: skip
    for argv, words in refusals:
        done = branchdesk(shop, "figures", "plan", *argv)
        assert done.returncode == 2 and words in done.stderr, (argv, done.stderr)
    for argv in (
        ["set", "fund_sales", "5000", "--user", "manager1"],
        ["delete", str(plan["id"]), "--user", "teller1"],
    ):
        done = branchdesk(shop, "figures", "plan", *argv)  # a role the permission table refuses: exit 5
        assert done.returncode == 5 and "(not_permitted)" in done.stderr, (argv, done.stderr)
    assert _plans(db) == before + 1  # nothing written by a refusal

    gone = branchdesk(shop, "figures", "plan", "delete", str(plan["id"]), "--user", "supervisor1")
    assert gone.returncode == 0 and _plans(db) == before
