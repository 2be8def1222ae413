"""The command line faced with databases it cannot use: a clear sentence, exit 2, no traceback, nothing written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from sqlalchemy import text

from db.session import Database


def branchdesk(*args: str, stdin: str = "", lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "BRANCHDESK_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def add_first_admin(db_url: str, password_line: str, lang: str = "en") -> subprocess.CompletedProcess:
    return branchdesk(
        "users", "add", "wangfang", "--role", "admin", "--name", "王芳", "--password-stdin", "--db", db_url,
        stdin=password_line, lang=lang,
    )  # fmt: skip


def assert_refused(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_db_upgrade_creates_the_schema_and_says_so(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = branchdesk("db", "upgrade", "--db", url)
    assert result.returncode == 0, result.stderr
    assert "upgraded from empty to schema" in result.stdout
    assert "already at schema" in branchdesk("db", "upgrade", "--db", url).stdout


def test_users_add_creates_an_account_that_can_sign_in(db_url):
    result = add_first_admin(db_url, "Counter2026\n")
    assert result.returncode == 0, result.stderr
    from services import staff

    db = Database(db_url)
    assert staff.login(db, "wangfang", "Counter2026").name == "王芳"
    db.dispose()


def test_a_weak_password_is_refused_in_chinese_by_default(db_url):
    result = add_first_admin(db_url, "short\n", lang="zh_CN")
    assert_refused(result, "密码至少需要 8 个字符")


def test_a_database_written_by_a_newer_version_is_refused(db_url):
    db = Database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe9999'"))
    db.dispose()
    result = branchdesk("users", "list", "--db", db_url)
    assert_refused(result, "updated by a newer version of BranchDesk")


def test_an_unreachable_postgresql_server_is_explained():
    result = branchdesk("db", "status", "--db", "postgresql://postgres@127.0.0.1:1/branchdesk")
    assert_refused(result, "The database cannot be reached.")


def test_a_read_only_database_file_refuses_writes_and_keeps_its_data(sqlite_template, tmp_path):
    path = tmp_path / "branch.db"
    shutil.copyfile(sqlite_template, path)
    db_url = f"sqlite:///{path}"
    # Opened read-only the way a file without write permission behaves (root ignores chmod in CI).
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = add_first_admin(read_only, "Counter2026\n")
    assert_refused(result, "read-only")
    assert branchdesk("users", "list", "--db", db_url).stdout == ""


def test_a_missing_folder_for_a_file_database_is_not_a_traceback(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = branchdesk("db", "status", "--db", f"sqlite:///{blocker}/branchdesk.db")
    assert_refused(result, "The database file cannot be opened or created")
