"""`branchdesk complaint` as a person runs it: the whole flow in separate processes, refusals worded, exit 2."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from tests.cli import branchdesk
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
    assert nobody.returncode == 5 and "(wrong_password)" in nobody.stderr
    missing = branchdesk(shop, "complaint", "show", "--user", "supervisor1", "TS0001-2026-09999")
    assert missing.returncode == 2 and "There is no complaint TS0001-2026-09999." in missing.stderr


def test_print_the_documents_and_refusals_write_no_file(shop, db, tmp_path):
    from datetime import date, timedelta

    from domain.codes import Role
    from services import complaints
    from tests.reports.conftest import Pdf
    from tests.services.test_complaints import as_user
    from tests.widgets.test_complaints_screen import small_ids

    ids = small_ids(db)
    received = datetime.now().replace(microsecond=0) - timedelta(days=30)
    case = complaints.register(db, as_user(ids, Role.TELLER), channel="letter", category="error", content="错账未更正",
                               complainant_name="王小明", complainant_phone="13812345678", received_at=received)  # fmt: skip
    complaints.assign(db, as_user(ids, Role.SUPERVISOR), case.number, "manager1")

    transfer = tmp_path / "transfer.pdf"
    done = branchdesk(
        shop, "complaint", "print", "transfer", case.number, "--user", "admin1", "--out", str(transfer)
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"document": "transfer", "number": case.number, "file": str(transfer)}
    text = Pdf(transfer.read_bytes(), tmp_path).flat
    assert "客户投诉转办单" in text and "王**" in text and "王小明" not in text  # admin1 is not on the case

    urging = tmp_path / "urging.pdf"
    done = branchdesk(
        shop, "complaint", "print", "urging", case.number, "--user", "supervisor1", "--out", str(urging)
    )
    assert done.returncode == 0, done.stderr
    assert "已超时" in Pdf(urging.read_bytes(), tmp_path).flat

    result = tmp_path / "result.pdf"
    early = branchdesk(
        shop, "complaint", "print", "result", case.number, "--user", "supervisor1", "--out", str(result)
    )
    assert early.returncode == 2
    assert "the result report is printed once the customer has been answered" in early.stderr
    missing = branchdesk(shop, "complaint", "print", "transfer", "TS0001-2026-09999", "--user", "supervisor1",
                         "--out", str(result))  # fmt: skip
    assert missing.returncode == 2 and "There is no complaint TS0001-2026-09999." in missing.stderr
    assert not result.exists()

    book = tmp_path / "register.pdf"
    first, last = (received.date() - timedelta(days=1)).isoformat(), date.today().isoformat()
    bad = branchdesk(shop, "complaint", "print", "register", "--from", "2026-13-01", "--to", last,
                     "--user", "supervisor1", "--out", str(book))  # fmt: skip
    assert bad.returncode == 2 and "2026-13-01 is not a date" in bad.stderr
    reversed_period = branchdesk(shop, "complaint", "print", "register", "--from", last, "--to", first,
                                 "--user", "supervisor1", "--out", str(book))  # fmt: skip
    assert reversed_period.returncode == 2 and "after it ends" in reversed_period.stderr
    assert not book.exists()
    done = branchdesk(shop, "complaint", "print", "register", "--from", first, "--to", last,
                      "--user", "supervisor1", "--out", str(book))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["number"].startswith("DJB0001-")
    text = Pdf(book.read_bytes(), tmp_path).flat
    assert "客户投诉登记簿" in text and case.number in text and "王小明" in text


def test_a_major_complaint_is_reported_upward_and_the_daily_checks_recorded(shop, tmp_path):
    done = branchdesk(shop, "complaint", "register", "--user", "teller1", "--channel", "phone",
                      "--category", "product", "--content", "理财亏损", "--name", "王小明",
                      "--customer", "C0000000001", "--sensitive", "--json")  # fmt: skip
    number = json.loads(done.stdout)["number"]
    again = branchdesk(shop, "complaint", "register", "--user", "teller1", "--channel", "phone",
                       "--category", "product", "--content", "再次投诉理财亏损", "--name", "王小明",
                       "--customer", "C0000000001", "--json")  # fmt: skip
    assert json.loads(again.stdout)["repeat_of"] == number
    early = branchdesk(shop, "complaint", "print", "major-report", "--user", "supervisor1", number,
                       "--out", str(tmp_path / "r.pdf"))  # fmt: skip
    assert early.returncode == 2 and "not been reported upward" in early.stderr
    refused = branchdesk(
        shop, "complaint", "report-major", "--user", "teller1", number, "--to", "分行", "--content", "x"
    )
    assert refused.returncode != 0
    reported = branchdesk(shop, "complaint", "report-major", "--user", "supervisor1", number,
                          "--to", "省联社办事处；银保监分局", "--content", "已电话报告并书面报送", "--json")  # fmt: skip
    assert reported.returncode == 0, reported.stderr
    assert json.loads(reported.stdout)["reported_to"] == "省联社办事处；银保监分局"
    printed = branchdesk(shop, "complaint", "print", "major-report", "--user", "supervisor1", number,
                         "--out", str(tmp_path / "r.pdf"))  # fmt: skip
    assert printed.returncode == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    shown = branchdesk(shop, "complaint", "show", "--user", "supervisor1", number)
    assert "repeated by" in shown.stdout and "reported 20" in shown.stdout

    check = branchdesk(shop, "complaint", "check", "--user", "supervisor1", "--kind", "online", "--date",
                       "2026-11-20", "--checked", "手机银行留言", "--findings", "一条投诉", "--found-items", "--json")  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["forward_by"] == "2026-11-24"
    listing = branchdesk(
        shop, "complaint", "checks", "--user", "supervisor1", "--from", "2026-11-19", "--to", "2026-11-20"
    )
    assert (
        "2026-11-20  online  一条投诉" in listing.stdout
        and "2026-11-19  opinion_book  MISSING" in listing.stdout
    )
