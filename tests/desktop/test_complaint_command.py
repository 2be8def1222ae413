"""`branchdesk complaint` as a person runs it: the whole flow in separate processes, refusals worded, exit 2."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from tests.desktop.test_suitability_command import branchdesk
from tests.factories import small_branch


@pytest.fixture
def shop(db, db_url):
    small_branch(db, datetime(2026, 11, 23).date())
    return db_url


def test_register_assign_handle_reply_and_close_from_the_command_line(shop):
    done = branchdesk(shop, "complaint", "register", "--user", "teller1", "--channel", "phone",
                      "--category", "error", "--content", "转账金额录错", "--name", "王小明",
                      "--phone", "13812345678", "--about", "teller1", "--amount", "60000", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    case = json.loads(done.stdout)
    number = case["number"]
    assert case["major_reasons"] == ["amount_over_threshold"] and case["deadline"]

    refused = branchdesk(shop, "complaint", "assign", "--user", "supervisor1", number, "--to", "teller1")
    assert refused.returncode == 2 and "cannot handle the complaint" in refused.stderr

    for argv in (
        ("assign", "--user", "supervisor1", number, "--to", "manager1"),
        ("start", "--user", "manager1", number),
        ("reply", "--user", "manager1", number, "--text", "已更正并致歉"),
    ):
        step = branchdesk(shop, "complaint", *argv)
        assert step.returncode == 0, step.stderr

    masked = branchdesk(shop, "complaint", "show", "--user", "admin1", number)
    assert "王**" in masked.stdout and "13812345678" not in masked.stdout

    incomplete = branchdesk(
        shop, "complaint", "close", "--user", "supervisor1", number, "--instruction", "同意"
    )
    assert incomplete.returncode == 2
    assert (
        "cannot be closed yet" in incomplete.stderr
        and "the cause and findings are missing" in incomplete.stderr
    )

    closed = branchdesk(shop, "complaint", "close", "--user", "supervisor1", number, "--instruction", "同意",
                        "--findings", "录入错误", "--disposition", "批评教育", "--measures", "双人复核",
                        "--satisfaction", "satisfied", "--json")  # fmt: skip
    assert closed.returncode == 0, closed.stderr
    assert json.loads(closed.stdout)["status"] == "closed"


def test_an_unknown_user_or_complaint_is_named(shop):
    nobody = branchdesk(shop, "complaint", "list", "--user", "ghost")
    assert nobody.returncode == 2 and "ghost" in nobody.stderr
    missing = branchdesk(shop, "complaint", "show", "--user", "supervisor1", "TS0001-2026-09999")
    assert missing.returncode == 2 and "There is no complaint TS0001-2026-09999." in missing.stderr
