"""`branchdesk calendar` as an administrator and a complaint officer use it: separate processes, exit codes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.cli import branchdesk
from tests.factories import small_branch
from tests.services.test_calendar import NOTICE_2027


@pytest.fixture
def shop(db, db_url):
    small_branch(db, date(2026, 12, 1))
    return db_url


def test_a_2027_deadline_is_provisional_until_the_notice_is_loaded(shop, tmp_path):
    asked = branchdesk(shop, "calendar", "add-workdays", "2026-12-30", "3", "--json")
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout) == {
        "start": "2026-12-30", "workdays": 3, "date": "2027-01-04", "provisional": True, "unknown_years": [2027]
    }  # fmt: skip
    assert "PROVISIONAL" in branchdesk(shop, "calendar", "add-workdays", "2026-12-30", "3").stdout

    notice = tmp_path / "2027.csv"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    refused = branchdesk(shop, "calendar", "import", str(notice), "--user", "supervisor1")
    assert refused.returncode == 5 and "(not_permitted)" in refused.stderr
    loaded = branchdesk(shop, "calendar", "import", str(notice), "--user", "admin1")
    assert loaded.returncode == 0, loaded.stderr
    assert json.loads(loaded.stdout)["years"] == [2027]

    answer = json.loads(branchdesk(shop, "calendar", "add-workdays", "2026-12-30", "3", "--json").stdout)
    assert (answer["date"], answer["provisional"]) == ("2027-01-05", False)
    # After the 17:00 cut-off the receipt counts from the next working day.
    late = json.loads(branchdesk(shop, "calendar", "add-workdays", "2026-12-30 17:01", "3", "--json").stdout)
    assert late["date"] == "2027-01-06"
    years = branchdesk(shop, "calendar", "years").stdout
    assert "2027  loaded" in years and "admin1" in years
    days = json.loads(branchdesk(shop, "calendar", "days", "2027", "--json").stdout)
    assert {"date": "2027-02-13", "kind": "makeup_workday", "name": "春节"} in days


def test_a_bad_file_is_refused_in_words_and_loads_nothing(shop, tmp_path):
    notice = tmp_path / "2027.csv"
    notice.write_text(NOTICE_2027 + "2027-01-04,workday,调休\n", encoding="utf-8")
    refused = branchdesk(shop, "calendar", "import", str(notice), "--user", "admin1")
    assert refused.returncode == 2
    assert "Line 11" in refused.stderr and "2027-01-04 is a weekday" in refused.stderr
    assert "2027  missing" in branchdesk(shop, "calendar", "years").stdout
    notice.write_bytes(b"\xff\xfe not utf-8")
    unreadable = branchdesk(shop, "calendar", "import", str(notice), "--user", "admin1")
    assert unreadable.returncode == 2 and "UTF-8" in unreadable.stderr
