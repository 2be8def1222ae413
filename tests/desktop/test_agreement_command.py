"""`branchdesk agreement ...` as a person runs it: separate processes, exit statuses, JSON, files, pdftotext."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from sqlalchemy import func, select

from db.models import Agreement
from domain.documents import load_template
from reports.agreement import build_agreement
from tests.cli import branchdesk
from tests.factories import ZHANG_ID, add_second_supervisor
from tests.reports import samples
from tests.services.test_agreements import DEMAND_ACCOUNT, assess_senior, shop


@pytest.fixture
def url(db, db_url):
    shop(db)
    add_second_supervisor(db)
    return db_url


def agreements_stored(db) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(Agreement))


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return re.sub(r"\s+", "", out.stdout.decode("utf-8"))


ISSUE = ("agreement", "issue", "--customer", "C0000000001", "--user", "manager1")


def test_issue_writes_the_file_and_verify_tells_original_from_altered(url, db, tmp_path):
    out = tmp_path / "a.pdf"
    done = branchdesk(url, *ISSUE, "--product", "WM-R2", "--amount", "50000", "--ack", "dual_recording_required",
                      "--station", "T07", "--out", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    issued = json.loads(done.stdout)
    assert set(issued) == {"number", "sha256", "file"}
    assert re.fullmatch(r"0001-\d{4}-000001", issued["number"]) and issued["file"] == str(out.resolve())
    text = text_of(out)
    for expected in (issued["number"], "人民币伍万元整", "¥50,000.00", ZHANG_ID, "张三", "WM-R2", "终端T07"):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(line.split()[-5] == "yes" for line in rows)

    valid = branchdesk(url, "agreement", "verify", str(out))
    assert valid.returncode == 0 and valid.stdout.startswith(f"valid {issued['number']} (original)")
    flipped = bytearray(out.read_bytes())
    flipped[len(flipped) // 2] ^= 0x20
    (tmp_path / "flipped.pdf").write_bytes(bytes(flipped))
    tampered = branchdesk(url, "agreement", "verify", str(tmp_path / "flipped.pdf"))
    assert tampered.returncode == 4 and tampered.stdout.startswith(f"tampered {issued['number']}")
    (tmp_path / "appended.pdf").write_bytes(out.read_bytes() + b"%%EOF\n")
    assert branchdesk(url, "agreement", "verify", str(tmp_path / "appended.pdf")).returncode == 4
    other = samples.agreement(number="0001-2026-424242")
    foreign = build_agreement(other, load_template(other.template_id), qr_payload=samples.qr_payload(other))
    (tmp_path / "foreign.pdf").write_bytes(foreign)
    unknown = branchdesk(url, "agreement", "verify", str(tmp_path / "foreign.pdf"), "--json")
    assert unknown.returncode == 7 and json.loads(unknown.stdout)["verdict"] == "unknown"


def test_a_refused_sale_exits_3_with_codes_and_writes_nothing(url, db, tmp_path):
    out = tmp_path / "refused.pdf"
    done = branchdesk(url, *ISSUE, "--product", "WM-R4", "--amount", "50000", "--out", str(out))
    assert done.returncode == 3
    assert "risk_mismatch" in done.stderr and "block risk_mismatch: The product is R4" in done.stderr
    assert not out.exists() and agreements_stored(db) == 0 and done.stdout == ""
    missing = branchdesk(url, *ISSUE, "--product", "WM-R2", "--amount", "50000", "--out", str(out))
    assert missing.returncode == 3 and "dual_recording_required" in missing.stderr
    assert not out.exists() and agreements_stored(db) == 0
    unknown = branchdesk(url, *ISSUE, "--product", "NO-SUCH", "--amount", "50000", "--out", str(out))
    assert unknown.returncode == 2 and "NO-SUCH" in unknown.stderr and not out.exists()


def test_an_unacknowledged_warning_is_worded_with_its_own_parameters(url, db, tmp_path):
    assess_senior(db)
    out = tmp_path / "refused.pdf"
    senior = ("agreement", "issue", "--customer", "C0000000002", "--user", "manager1")
    done = branchdesk(url, *senior, "--product", "WM-R4", "--amount", "10000", "--out", str(out))
    assert done.returncode == 3 and not out.exists()
    line = next(
        line for line in done.stderr.splitlines() if line.startswith("unacknowledged senior_special_care")
    )
    assert re.search(r"The customer is \d+ and the product is R4", line), line
    assert "{" not in done.stderr and "}" not in done.stderr, done.stderr
    private = branchdesk(url, *ISSUE, "--product", "WM-PRIV", "--amount", "300000", "--out", str(out))
    assert private.returncode == 3 and "cooling-off period of 24 hours" in private.stderr, private.stderr
    assert "{" not in private.stderr and "block" not in private.stderr


def test_reprint_void_and_show(url, db, tmp_path):
    out = tmp_path / "a.pdf"
    issued = json.loads(
        branchdesk(
            url, *ISSUE, "--product", "TD-X", "--amount", "100010", "--term", "1Y", "--out", str(out)
        ).stdout
    )
    copy = tmp_path / "copy.pdf"
    asked = branchdesk(
        url, "agreement", "reprint", issued["number"], "--out", str(copy), "--user", "manager1"
    )
    assert asked.returncode == 0 and asked.stdout.splitlines()[-1].startswith("pending approval ")
    assert not copy.exists()  # nothing printed until a supervisor approves
    request = asked.stdout.split()[-1]
    assert branchdesk(url, "approvals", "approve", request, "--user", "supervisor1").returncode == 0
    done = branchdesk(url, "agreement", "reprint", issued["number"], "--out", str(copy), "--user", "manager1")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["copy"] == 1 and copy.read_bytes() != out.read_bytes()
    again = branchdesk(
        url, "agreement", "reprint", issued["number"], "--out", str(copy), "--user", "manager1"
    )
    assert "pending approval" in again.stdout  # one approval, one copy
    assert "人民币壹拾万零壹拾元整" in text_of(copy)
    assert branchdesk(url, "agreement", "verify", str(copy)).stdout.startswith("valid")
    asked = branchdesk(url, "agreement", "void", issued["number"], "--reason", "客户要求撤销", "--json",
                       "--user", "supervisor1")  # fmt: skip
    request = str(json.loads(asked.stdout.splitlines()[-1])["pending_approval"])
    assert json.loads(branchdesk(url, "agreement", "show", issued["number"]).stdout)["status"] != "voided"
    same = branchdesk(url, "approvals", "approve", request, "--user", "supervisor1")
    assert same.returncode == 2 and "someone other than" in same.stderr
    done = branchdesk(url, "approvals", "approve", request, "--user", "supervisor2")
    assert done.returncode == 0, done.stderr
    shown = json.loads(branchdesk(url, "agreement", "show", issued["number"]).stdout)
    assert (
        shown["status"] == "voided" and shown["voided_by"] == "supervisor2" and shown["copies_printed"] == 1
    )
    assert ZHANG_ID not in json.dumps(shown, ensure_ascii=False)
    assert branchdesk(url, "agreement", "show", "0001-2026-999999").returncode == 2


def test_receipt_issue_and_reprint(url, tmp_path):
    customer, bank = tmp_path / "c.pdf", tmp_path / "b.pdf"
    done = branchdesk(url, "receipt", "issue", "--service", "定期存款开户", "--amount", "50000", "--user", "teller1",
                      "--customer", "C0000000001", "--account", "6222020000000001", "--station", "T09",
                      "--paper", "roll80", "--out", str(customer), "--bank-out", str(bank))  # fmt: skip
    assert done.returncode == 0, done.stderr
    issued = json.loads(done.stdout)
    assert re.fullmatch(r"0001-T09-\d{8}-000001", issued["number"])
    for path in (customer, bank):
        text = text_of(path)
        assert "人民币伍万元整" in text and "************0001" in text and ZHANG_ID not in text
    again = tmp_path / "again.pdf"
    done = branchdesk(url, "receipt", "reprint", issued["number"], "--out", str(again), "--copy", "bank")
    assert done.returncode == 0, done.stderr
    assert "补打第1次" in text_of(again) and "银行记账联" in text_of(again)
    nowhere = branchdesk(url, "receipt", "issue", "--service", "存款", "--amount", "1", "--user", "teller1")
    assert nowhere.returncode == 2 and "terminal id" in nowhere.stderr


def test_review_from_the_command_line_second_person_copy_and_return(url, db, tmp_path):
    sold = json.loads(branchdesk(url, *ISSUE, "--product", "WM-R2", "--amount", "50000", "--ack",
                                 "dual_recording_required", "--out", str(tmp_path / "a.pdf")).stdout)["number"]  # fmt: skip
    waiting = branchdesk(url, "agreement", "reviews", "--json")
    assert waiting.returncode == 0, waiting.stderr
    assert [item["number"] for item in json.loads(waiting.stdout)] == [sold]
    assert branchdesk(url, "agreement", "reviews", user="manager1").returncode == 5  # not a reviewer's role
    # A supervisor who issued an agreement cannot review it (maker ≠ checker).
    mine = json.loads(branchdesk(url, "agreement", "issue", "--customer", "C0000000001", "--product", "TD-X",
                                 "--amount", "5000", "--term", "3M", "--out", str(tmp_path / "m.pdf")).stdout)  # fmt: skip
    own = branchdesk(url, "agreement", "review", mine["number"])
    assert own.returncode == 2 and "a different person must review it" in own.stderr
    copy = tmp_path / "reviewed.pdf"
    done = branchdesk(url, "agreement", "review", sold, "--out", str(copy))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["status"] == "effective" and record["reviewed_by"] == "supervisor1"
    assert "复核人：supervisor-supervisor1" in text_of(copy)
    verified = branchdesk(url, "agreement", "verify", str(copy))
    assert verified.returncode == 0 and verified.stdout.startswith(f"valid {sold} (reviewed) [effective]")
    assert branchdesk(url, "agreement", "verify", str(tmp_path / "a.pdf")).stdout.startswith(
        f"valid {sold} (original)"
    )
    assert branchdesk(url, "audit", "verify").returncode == 0
    again = branchdesk(url, "agreement", "review", sold)
    assert again.returncode == 2 and "already been reviewed" in again.stderr

    other = json.loads(branchdesk(url, *ISSUE, "--product", "TD-X", "--amount", "5000", "--term", "3M",
                                  "--out", str(tmp_path / "b.pdf")).stdout)["number"]  # fmt: skip
    no_reason = branchdesk(url, "agreement", "review", other, "--return")
    assert no_reason.returncode == 2 and "reason for returning" in no_reason.stderr
    back = branchdesk(url, "agreement", "review", other, "--return", "--reason", "期限填写有误")
    assert back.returncode == 0 and json.loads(back.stdout)["status"] == "returned"
    left = json.loads(branchdesk(url, "agreement", "reviews", "--json").stdout)
    assert [(item["number"], item["own"]) for item in left] == [(mine["number"], True)]


def test_cancel_within_the_window_and_the_follow_up_call_from_the_command_line(url, db, tmp_path):
    def sell_private(name: str) -> str:
        done = branchdesk(url, *ISSUE, "--product", "WM-PRIV", "--amount", "300000", "--ack", "cooling_off",
                          "--account", DEMAND_ACCOUNT, "--out", str(tmp_path / name))  # fmt: skip
        assert done.returncode == 0, done.stderr
        number = json.loads(done.stdout)["number"]
        assert branchdesk(url, "agreement", "review", number).returncode == 0  # the window starts now
        return number

    cancelled, called = sell_private("a.pdf"), sell_private("b.pdf")
    form = tmp_path / "form.pdf"
    done = branchdesk(url, "agreement", "cancel", cancelled, "--out", str(form), user="teller1")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["refund_amount"] == "300000.00" and record["agreement_number"] == cancelled
    assert "人民币叁拾万元整" in text_of(form) and cancelled in text_of(form)
    again = branchdesk(
        url, "agreement", "cancel", cancelled, "--out", str(tmp_path / "again.pdf"), user="teller1"
    )
    assert again.returncode == 2 and "already been cancelled" in again.stderr
    assert json.loads(branchdesk(url, "agreement", "show", cancelled).stdout)["status"] == "cancelled"
    # The call waits for the end of the window, and is never the seller's.
    early = branchdesk(url, "agreement", "follow-up", called, "--outcome", "confirmed")
    assert early.returncode == 2 and "runs until" in early.stderr
    seller = branchdesk(url, "agreement", "follow-up", called, "--outcome", "confirmed", user="manager1")
    assert seller.returncode == 2 and "someone else" in seller.stderr
    assert (
        branchdesk(url, "agreement", "follow-up", called, "--outcome", "confirmed", user="teller1").returncode
        == 5
    )
