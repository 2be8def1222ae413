"""Issue 12, "what is on record", tried as an attacker would: the archive's hashes live in the hash-chained audit
trail, so editing the agreements table cannot make a forged PDF verify (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import subprocess

import pytest
from alembic import command
from sqlalchemy import select, text, update
from sqlalchemy import text as text_sql

from db import schema
from db.models import Agreement, AuditEntry
from domain.errors import DomainError
from services import agreement_archive, agreements
from tests.approved import approved_reprint
from tests.cli import branchdesk
from tests.services.test_agreements import NOW, issue_wm, manager, shop


@pytest.fixture
def branch(db):
    shop(db)
    return db


def _forged(pdf: bytes) -> bytes:
    forged = bytearray(pdf)
    forged[len(forged) // 3] ^= 0x01
    return bytes(forged)


@pytest.mark.owner  # the attack is raw SQL as the schema owner
def test_a_forged_hash_added_to_the_copies_column_does_not_make_a_forgery_valid(branch):
    issued = issue_wm(branch)
    forged = _forged(issued.pdf)
    assert agreement_archive.verify(branch, forged).verdict == "tampered"
    # The attack: one UPDATE adding the forged file's hash to the agreement's served copies.
    with branch.write() as uow:
        uow.session.execute(
            update(Agreement).values(
                copy_hashes=[agreements.rules.bytes_hash(forged)], version=Agreement.version + 1
            )
        )
        uow.commit()
    result = agreement_archive.verify(branch, forged)
    assert (result.verdict, result.kind) == ("tampered", None)
    # The genuine original still verifies: its hash is in the chain.
    assert agreement_archive.verify(branch, issued.pdf).verdict == "valid"


@pytest.mark.owner  # the attack is raw SQL as the schema owner
def test_replacing_the_original_bytes_and_hash_in_the_table_does_not_verify_the_replacement(branch):
    issued = issue_wm(branch)
    forged = _forged(issued.pdf)
    with branch.write() as uow:
        uow.session.execute(
            update(Agreement).values(
                pdf=forged, sha256=agreements.rules.bytes_hash(forged), version=Agreement.version + 1
            )
        )
        uow.commit()
    assert agreement_archive.verify(branch, forged).verdict == "tampered"


@pytest.mark.owner  # the attack is raw SQL as the schema owner
def test_a_forged_hash_written_into_an_audit_entry_breaks_the_chain_and_is_named(branch):
    issued = issue_wm(branch)
    copy = approved_reprint(branch, manager(branch), issued.number, now=NOW)
    forged = _forged(copy)
    with branch.write() as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "agreement_reprinted")
        ).one()
        details = dict(entry.details, sha256=agreements.rules.bytes_hash(forged))
        # Raw SQL, as an attacker at the database would do it.
        uow.session.execute(
            text("UPDATE audit_log SET details = :d WHERE id = :id"),
            {"d": json.dumps(details), "id": entry.id},
        )
        uow.commit()
        seq = entry.seq
    result = agreement_archive.verify(branch, forged)
    assert result.verdict == "chain_broken" and result.chain_break == seq


@pytest.mark.owner  # the attack is raw SQL as the schema owner
def test_an_older_database_gets_its_archive_hashes_into_the_chain_on_upgrade(branch):
    """Before 0010 a copy's hash could be only in the agreements table: the upgrade records it in the chain."""
    issued = issue_wm(branch)
    copy = approved_reprint(branch, manager(branch), issued.number, now=NOW)
    with branch.engine.begin() as conn:
        command.downgrade(schema._config(conn), "0009")
    try:
        with branch.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log WHERE action = 'agreement_reprinted'"))
    finally:
        schema.upgrade(branch)
    with branch.read() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "archive_recorded")).one()
        assert (entry.actor, entry.entity_id) == ("migration:0010", issued.number)
        assert entry.details == {"copy_sha256": [agreements.rules.bytes_hash(copy)]}  # the original was there
    assert (agreement_archive.verify(branch, copy).verdict, agreement_archive.verify(branch, copy).kind) == (
        "valid",
        "copy",
    )
    assert agreement_archive.verify(branch, issued.pdf).kind == "original"


@pytest.mark.owner  # the attack is raw SQL as the schema owner
def test_audit_verify_list_and_closing_sheet_from_the_command_line(branch, db_url, tmp_path):
    issued = issue_wm(branch)
    ok = branchdesk(db_url, "audit", "verify")
    assert ok.returncode == 0 and ok.stdout.startswith("intact: ")
    teller = branchdesk(db_url, "audit", "list", "--user", "teller1")
    assert teller.returncode == 5 and "not allowed" in teller.stderr
    listed = branchdesk(
        db_url, "audit", "list", "--user", "supervisor1", "--customer", "C0000000001", "--json"
    )
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["action"], r["entity_id"]) for r in rows] == [("agreement_issued", issued.number)]
    sheet = tmp_path / "closing.pdf"
    done = branchdesk(db_url, "audit", "closing-sheet", "--user", "supervisor1", "--date", NOW.date().isoformat(),
                      "--out", str(sheet))  # fmt: skip
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    with branch.read() as uow:  # the sheet shows the chain as it was before its own entry
        issued_entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "agreement_issued")
        ).one()
        issued_seq = issued_entry.seq
        assert (printed["last_seq"], printed["last_hash"]) == (issued_seq, issued_entry.hash)
    with branch.read() as uow:  # after it: each command's sign-in, then the sheet's own entry
        later = uow.session.scalars(select(AuditEntry.action).where(AuditEntry.seq > issued_seq)).all()
    assert later[-1] == "closing_sheet_printed" and set(later[:-1]) <= {"login", "command_refused"}
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(sheet), "-"], capture_output=True, check=True)
    flat = "".join(text.stdout.decode("utf-8").split())
    assert "日终审计签章单" in flat and printed["last_hash"] in flat and "协议签发" in flat
    with branch.engine.begin() as conn:
        conn.execute(text_sql("UPDATE audit_log SET actor = 'x' WHERE seq = 1"))
    broken = branchdesk(db_url, "audit", "verify")
    assert broken.returncode == 4 and broken.stdout.startswith("broken at entry #1: hash_mismatch")
    refused = branchdesk(
        db_url, "audit", "closing-sheet", "--user", "supervisor1", "--out", str(tmp_path / "x.pdf")
    )
    assert refused.returncode == 2 and "does not fit at entry 1" in refused.stderr


ISSUE = ("agreement", "issue", "--customer", "C0000000001", "--user", "manager1", "--product", "TD-X",
         "--amount", "100010", "--term", "1Y")  # fmt: skip


def test_a_file_that_cannot_be_written_leaves_an_issued_agreement_whose_original_can_be_printed_once(
    branch, db_url, tmp_path
):
    failed = branchdesk(db_url, *ISSUE, "--out", "/dev/full")
    assert failed.returncode == 6, failed.stderr
    number = json.loads(failed.stdout)["number"]
    assert f"Agreement {number} WAS issued" in failed.stderr and f"print-original {number}" in failed.stderr
    assert agreement_archive.show(branch, number).status == "issued"
    out = tmp_path / "original.pdf"
    done = branchdesk(db_url, "agreement", "print-original", number, "--out", str(out), "--user", "manager1")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == agreement_archive.original(branch, number)
    assert agreement_archive.verify(branch, out.read_bytes()).kind == "original"
    again = branchdesk(db_url, "agreement", "print-original", number, "--out", str(out), "--user", "manager1")
    assert again.returncode == 2 and "may not be printed again" in again.stderr
    with branch.read() as uow:
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == number).order_by(AuditEntry.seq)
        ).all()
    assert actions == ["agreement_issued", "agreement_original_not_delivered", "agreement_original_printed"]
    assert "exit 2 nothing happened" in " ".join(branchdesk(db_url, "--help").stdout.split())


@pytest.mark.owner  # the attack is raw SQL as the schema owner
def test_print_original_without_a_failed_delivery_is_refused_and_never_serves_altered_bytes(branch):
    issued = issue_wm(branch)
    with pytest.raises(DomainError) as refused:
        agreement_archive.print_original(branch, manager(branch), issued.number)
    assert refused.value.code == "agreement_original_not_authorised"
    agreement_archive.original_not_delivered(branch, manager(branch), issued.number, "file_write_failed")
    with branch.write() as uow:
        uow.session.execute(update(Agreement).values(pdf=_forged(issued.pdf), version=Agreement.version + 1))
        uow.commit()
    with pytest.raises(DomainError) as altered:
        agreement_archive.print_original(branch, manager(branch), issued.number)
    assert altered.value.code == "agreement_archive_altered"
