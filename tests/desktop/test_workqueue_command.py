"""`branchdesk referral|tasks|reminders` as a person runs them: separate processes, refusals worded, exit 2."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.desktop.test_suitability_command import branchdesk
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
    assert "maturity 1" in first.stdout  # the small branch's deposit matures in 15 days
    second = branchdesk(shop, "reminders", "run")
    assert "maturity 0" in second.stdout
    bad = branchdesk(shop, "reminders", "run", "--today", "2026-13-01")
    assert bad.returncode == 2
