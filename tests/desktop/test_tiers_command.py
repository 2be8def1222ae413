"""`branchdesk tiers` as a supervisor runs it at a month end: separate processes, refusals exit 2."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.cli import branchdesk
from tests.factories import small_branch


@pytest.fixture
def shop(db, db_url):
    small_branch(db, date(2026, 11, 20))
    return db_url


def test_month_end_run_history_near_list_and_pareto(shop, tmp_path):
    ran = branchdesk(shop, "tiers", "run", "--as-of", "2026-12-01", "--user", "supervisor1", "--json")
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == {"as_of": "2026-11-30", "already": False, "upgrades": 1,
                                           "downgrades": 0, "overrides_expired": 0, "stars_changed": 0}  # fmt: skip
    shown = json.loads(branchdesk(shop, "customers", "show", "C0000000001", "--json").stdout)
    assert (shown["tier"], shown["star"]) == ("T1", 3)  # ¥120,000
    history = json.loads(branchdesk(shop, "tiers", "history", "C0000000001", "--json").stdout)
    assert [(h["old_tier"], h["new_tier"], h["measure"], h["reason"]) for h in history] == [
        ("T0", "T1", "120000.00", "upgrade")
    ]
    again = json.loads(branchdesk(shop, "tiers", "run", "--as-of", "2026-11-30", "--user", "supervisor1",
                                  "--json").stdout)  # fmt: skip
    assert again["already"] is True

    out = tmp_path / "near.csv"
    exported = branchdesk(shop, "tiers", "near", "--user", "supervisor1", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8").startswith("customer_no,name,manager")
    pareto = json.loads(branchdesk(shop, "tiers", "pareto", "--user", "supervisor1", "--json").stdout)
    assert pareto[0]["scope"] == "" and pareto[0]["customers"] == 2

    refused = branchdesk(shop, "tiers", "run", "--as-of", "2026-12-01", "--user", "teller1")
    assert refused.returncode == 5 and "(not_permitted)" in refused.stderr
    bad = branchdesk(shop, "tiers", "override", "C0000000001", "T9", "--reason", "x", "--until", "2027-01-01",
                     "--user", "supervisor1")  # fmt: skip
    assert bad.returncode == 2 and "T9" in bad.stderr
