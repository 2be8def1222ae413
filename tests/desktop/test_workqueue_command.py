"""`branchdesk referral|tasks|reminders` as a person runs them: separate processes, refusals worded, exit 2."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from db.models import Holding
from tests.cli import branchdesk
from tests.factories import small_branch


@pytest.fixture
def shop(db, db_url):
    small_branch(db, date.today())
    return db_url


def test_refer_list_and_record_the_outcome(shop):
    made = branchdesk(shop, "referral", "create", "--user", "teller1", "--customer", "C0000000001",
                      "--reason", "stated_need", "--products", "TD1Y", "--note", "问定期", "--json")  # fmt: skip
    assert made.returncode == 0, made.stderr
    referral = json.loads(made.stdout)
    assert referral["manager_login"] == "manager1" and referral["products"] == ["TD1Y"]

    again = branchdesk(shop, "referral", "create", "--user", "teller1", "--customer", "C0000000001",
                       "--reason", "stated_need")  # fmt: skip
    assert again.returncode == 2 and "already has an open referral" in again.stderr

    listed = branchdesk(shop, "tasks", "list", "--user", "manager1")
    assert listed.returncode == 0 and "referral" in listed.stdout and "C0000000001" in listed.stdout
    sent = branchdesk(shop, "tasks", "list", "--user", "teller1").stdout  # the referrer follows it
    assert "referral" in sent and "manager1" in sent
    everyone = branchdesk(shop, "tasks", "list", "--user", "supervisor1", "--all", "--json")
    assert [t["kind"] for t in json.loads(everyone.stdout)] == ["referral"]

    wrong = branchdesk(
        shop, "referral", "outcome", "--user", "teller1", str(referral["id"]), "--outcome", "converted"
    )
    assert wrong.returncode == 2 and "another manager" in wrong.stderr
    done = branchdesk(
        shop, "referral", "outcome", "--user", "manager1", str(referral["id"]), "--outcome", "converted"
    )
    assert done.returncode == 0, done.stderr and "converted" in done.stdout
    credits = branchdesk(shop, "referral", "credits")
    assert "teller1" in credits.stdout and "converted 1" in credits.stdout


def test_reminders_run_twice_creates_nothing_new(shop):
    first = branchdesk(shop, "reminders", "run")
    assert first.returncode == 0, first.stderr
    created, closed = first.stdout.splitlines()
    assert "maturity 1" in created and closed.startswith("closed")  # the deposit matures in 15 days
    second = branchdesk(shop, "reminders", "run")
    assert "created  maturity 0" in second.stdout
    bad = branchdesk(shop, "reminders", "run", "--today", "2026-13-01")
    assert bad.returncode == 2


def test_reminders_run_escalates_an_overdue_referral_and_closes_what_went_away(shop, db):
    made = branchdesk(shop, "referral", "create", "--user", "teller1", "--customer", "C0000000001",
                      "--reason", "stated_need", "--json")  # fmt: skip
    referral = json.loads(made.stdout)
    branchdesk(shop, "reminders", "run")  # today's maturity reminder
    late = (date.today() + timedelta(days=30)).isoformat()  # about three weeks of working days past due
    with db.write() as uow:
        uow.session.execute(update(Holding).values(status="closed"))  # the deposit was closed early
        uow.commit()
    job = branchdesk(shop, "reminders", "run", "--today", late)
    assert job.returncode == 0, job.stderr
    created, closed = job.stdout.splitlines()
    assert "referral_escalation 1" in created
    assert "maturity 1" in closed  # its reminder closed itself
    queue = json.loads(branchdesk(shop, "tasks", "list", "--user", "supervisor1", "--json").stdout)
    [escalation] = [t for t in queue if t["kind"] == "referral_escalation"]
    assert escalation["assignee_login"] == "" and escalation["customer_no"] == "C0000000001"
    assert (
        escalation["details"]["manager_login"] == "manager1"
        and escalation["details"]["workdays_overdue"] >= 5
    )
    again = branchdesk(shop, "reminders", "run", "--today", late)
    assert "referral_escalation 0" in again.stdout.splitlines()[0]  # never twice
    branchdesk(
        shop, "referral", "outcome", "--user", "manager1", str(referral["id"]), "--outcome", "contacted"
    )
    queue = json.loads(branchdesk(shop, "tasks", "list", "--user", "supervisor1", "--json").stdout)
    assert [t for t in queue if t["kind"] == "referral_escalation"] == []  # closed with the outcome


def test_referral_report_per_referrer_and_manager(shop):
    made = branchdesk(shop, "referral", "create", "--user", "teller1", "--customer", "C0000000001",
                      "--reason", "stated_need", "--json")  # fmt: skip
    referral = json.loads(made.stdout)
    branchdesk(
        shop, "referral", "outcome", "--user", "manager1", str(referral["id"]), "--outcome", "converted"
    )
    as_json = branchdesk(shop, "referral", "report", "--user", "supervisor1", "--json")
    assert as_json.returncode == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    [line] = report["referrers"]
    assert (line["login"], line["referred"], line["converted"], line["conversion_rate"]) == (
        "teller1",
        1,
        1,
        1.0,
    )
    assert report["manager_total"]["contacted_in_time"] == 1 and report["first"].endswith("-01")
    text = branchdesk(
        shop, "referral", "report", "--user", "teller1", "--from", "2020-01-01", "--to", "2099-12-31"
    )
    lines = text.stdout.splitlines()
    assert lines[0].startswith("referrals made 2020-01-01 .. 2099-12-31")
    assert any(row.startswith("teller1") and row.rstrip().endswith("100%") for row in lines)
    assert any(row.startswith("total") for row in lines)
    reversed_period = branchdesk(
        shop, "referral", "report", "--user", "teller1", "--from", "2026-12-01", "--to", "2026-11-01"
    )
    assert reversed_period.returncode == 2
    assert "The period starts on 2026-12-01, after its end on 2026-11-01" in reversed_period.stderr
