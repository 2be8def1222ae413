"""Test harness: offscreen Qt, warnings fatal, every database test on SQLite and on PostgreSQL.

PostgreSQL tests run when BRANCHDESK_TEST_PG_URL is set (`.ci/run` sets it). In CI a missing or unreachable
server is an error, never a skip.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may touch the real user's database, settings or logs.
_SANDBOX = Path(tempfile.mkdtemp(prefix="branchdesk-tests-"))
os.environ["BRANCHDESK_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["BRANCHDESK_CONFIG_DIR"] = str(_SANDBOX / "config")
os.environ.pop("BRANCHDESK_DB_URL", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from db import schema  # noqa: E402
from db.models import Base  # noqa: E402
from db.session import Database  # noqa: E402

PG_URL = os.environ.get("BRANCHDESK_TEST_PG_URL", "")
IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = ["sqlite", "postgresql"]


def pytest_configure(config: pytest.Config) -> None:
    if IN_CI and not PG_URL:
        raise pytest.UsageError("CI runs every test on PostgreSQL too: set BRANCHDESK_TEST_PG_URL")


def pytest_sessionfinish(session, exitstatus) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


class PgSchema:
    """A private schema per test run, so runs never see each other's rows."""

    def __init__(self) -> None:
        self.name = f"bd_test_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.name}"'))
        admin.dispose()
        separator = "&" if "?" in PG_URL else "?"
        self.url = f"{PG_URL}{separator}options=-csearch_path%3D{self.name}"

    def drop(self) -> None:
        admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_schema():
    if not PG_URL:
        pytest.skip("PostgreSQL: set BRANCHDESK_TEST_PG_URL to run (CI always does)")
    try:
        pg = PgSchema()
    except Exception as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL at BRANCHDESK_TEST_PG_URL is unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    db = Database(pg.url)
    schema.upgrade(db)
    db.dispose()
    yield pg
    pg.drop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(f"sqlite:///{path}")
    schema.upgrade(db)
    db.dispose()  # the last connection to close checkpoints the WAL into the file we copy
    return path


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """URL of an empty, migrated database; usable from other processes too."""
    if request.param == "sqlite":
        path = tmp_path / "branchdesk.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    pg: PgSchema = request.getfixturevalue("pg_schema")
    _truncate_all(pg.url)
    return pg.url


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    yield database
    database.dispose()


def _truncate_all(url: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        # A test may have stamped another schema version (the "newer database" tests): put it back.
        conn.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": _schema_head()})
    engine.dispose()


def _schema_head() -> str:
    from alembic.script import ScriptDirectory

    from db.schema import _config

    return ScriptDirectory.from_config(_config()).get_current_head()
