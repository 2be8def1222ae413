"""Test harness: offscreen Qt, warnings fatal, every database test on SQLite and on PostgreSQL.

PostgreSQL tests run when BRANCHDESK_TEST_PG_URL is set (`.ci/run` sets it). In CI a missing or unreachable
server is an error, never a skip.

Parallel runs (pytest-xdist, `make test` uses `-n auto`): every worker is a process of its own with its own
sandbox, temporary folder, SQLite files and PostgreSQL schema `bd_test_<run>_<worker>_<n>` (the notification
channel follows the schema). The controller drops whatever schemas of its run are left when it finishes, so a
worker that crashed leaves nothing behind.
"""

from __future__ import annotations

import functools
import gc
import itertools
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
from tests.demo_cache import DemoCache  # noqa: E402


def _cheap_password_hashing() -> None:
    """argon2 at the product's cost (64 MiB, three passes, four lanes) takes about 0.2 s of CPU per hash or check
    on purpose, and the suite signs in a few thousand times. In tests only, hash at argon2's lowest cost: the
    checks stay real (a wrong password is still refused), and since argon2 checks a hash with the parameters
    stored in it, a `branchdesk` process started by a test checks the tests' hashes cheaply as well."""
    from argon2 import PasswordHasher

    from services import staff

    staff._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


_cheap_password_hashing()

PG_URL = os.environ.get("BRANCHDESK_TEST_PG_URL", "")
# Set (to a role name) to run the PostgreSQL tests as the stations do: a login role given exactly the station's
# privileges by `db station-role` (db/privileges.py), never the schema owner. Tests marked `owner` keep the owner.
PG_ROLE = os.environ.get("BRANCHDESK_TEST_PG_ROLE", "")
IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = ["sqlite", "postgresql"]
# "gw0", "gw1", ... in an xdist worker; "main" in a serial run (and in the xdist controller, which runs no tests).
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
_RUN = {"id": uuid.uuid4().hex[:8]}  # the controller's id, handed to its workers (pytest_configure_node)


def pytest_configure(config: pytest.Config) -> None:
    if IN_CI and not PG_URL:
        raise pytest.UsageError("CI runs every test on PostgreSQL too: set BRANCHDESK_TEST_PG_URL")
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        _RUN["id"] = workerinput["branchdesk_run"]


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """xdist controller: every worker of this run names its schemas after the same run id."""
    node.workerinput["branchdesk_run"] = _RUN["id"]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """After a test that used Qt, and after pytest has let go of its fixtures, collect its garbage here on the UI
    thread. Otherwise a later test's worker thread (stations racing, parallel sign-ins) runs the collector and
    destroys windows and timers off the UI thread, which Qt does not allow: it hung a worker at the suite's end."""
    yield
    if "qapp" in getattr(item, "fixturenames", ()):
        from PySide6.QtCore import QCoreApplication, QEvent

        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_sessionfinish(session, exitstatus) -> None:
    for engine in _ENGINES.values():
        engine.dispose()  # type: ignore[attr-defined]
    shutil.rmtree(_SANDBOX, ignore_errors=True)
    if PG_URL and not hasattr(session.config, "workerinput"):
        _drop_run_schemas()


def _admin_engine():
    return create_engine(
        PG_URL.replace("postgresql://", "postgresql+psycopg://", 1), connect_args={"connect_timeout": 5}
    )


def _drop_run_schemas() -> None:
    """Schemas of this run still there (a worker crashed or was killed before its teardown): drop them."""
    try:
        admin = _admin_engine()
        try:
            with admin.begin() as conn:
                names = conn.scalars(
                    text("SELECT nspname FROM pg_namespace WHERE nspname LIKE :prefix"),
                    {"prefix": f"bd\\_test\\_{_RUN['id']}\\_%"},
                ).all()
                for name in names:
                    conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        finally:
            admin.dispose()
    except Exception:  # noqa: BLE001 - tidying up; the server may be gone, the tests have their result
        pass


class PgSchema:
    """A private schema per worker of a test run, so runs and workers never see each other's rows."""

    _made = itertools.count(1)  # a worker may make more than one (demo templates, upgrade tests): number them

    def __init__(self, suffix: str = "") -> None:
        self.name = f"bd_test_{_RUN['id']}_{WORKER}_{next(self._made)}{suffix}"
        admin = _admin_engine()
        try:
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{self.name}"'))
        finally:
            admin.dispose()
        separator = "&" if "?" in PG_URL else "?"
        self.url = f"{PG_URL}{separator}options=-csearch_path%3D{self.name}"
        self.station_url = ""

    def add_station_role(self, role: str) -> str:
        """Create the login role (once per server) and grant it the station's privileges on this schema, as
        `branchdesk db station-role` does; return the URL that connects as it."""
        from sqlalchemy.engine import make_url

        from db.privileges import grant_station_role

        password = "station-test-password"
        owner = create_engine(self.url.replace("postgresql://", "postgresql+psycopg://", 1))
        with owner.begin() as conn:
            conn.execute(
                text(
                    f"DO $$ BEGIN CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'; "
                    "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"  # parallel workers
                )
            )
            grant_station_role(conn, role)
        owner.dispose()
        station = make_url(self.url).set(username=role, password=password)
        self.station_url = station.render_as_string(hide_password=False)
        return self.station_url

    def drop(self) -> None:
        admin = _admin_engine()
        try:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE'))
        finally:
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


@pytest.fixture(scope="session")
def demo_cache(sqlite_template, tmp_path_factory):
    cache = DemoCache(tmp_path_factory.mktemp("demo"), lambda: sqlite_template, PgSchema, _admin_engine)
    yield cache
    cache.close()


@pytest.fixture
def demo_copy(demo_cache):
    """`demo_copy(db, customers, seed, today=None) -> DemoSummary`: the empty `db` filled exactly as
    `demo.generate` fills it, from a demo built once per worker and backend (tests/demo_cache.py)."""
    return demo_cache.load


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """URL of an empty, migrated database; usable from other processes too."""
    if request.param == "sqlite":
        path = tmp_path / "branchdesk.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    pg: PgSchema = request.getfixturevalue("pg_schema")
    _truncate_all(pg.url)
    if PG_ROLE and request.node.get_closest_marker("owner") is None:
        # Granted again for every test: an owner test may have migrated down and up (new tables, no grants),
        # just as a branch runs `db station-role` after every `db upgrade`.
        return pg.add_station_role(PG_ROLE)
    return pg.url


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    yield database
    database.dispose()


_ENGINES: dict[str, object] = {}  # URL -> engine: one pool per schema for the emptying between tests


def _truncate_all(url: str) -> None:
    """Empty every table of the schema and restart its id sequences, as TRUNCATE ... RESTART IDENTITY would.

    DELETE, children first, in one round trip: a test leaves a few rows, and deleting them takes milliseconds,
    where TRUNCATE of all the tables gives every table and index a new file (0.3 s idle, 1.5 s on the busy
    machine, before every PostgreSQL test). No table has a delete trigger or rule."""
    engine = _ENGINES.get(url)
    if engine is None:
        engine = _ENGINES[url] = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    deletes = "; ".join(f'DELETE FROM "{t.name}"' for t in reversed(Base.metadata.sorted_tables))
    with engine.begin() as conn:  # type: ignore[attr-defined]
        conn.exec_driver_sql(
            f"{deletes}; "
            "DO $$ DECLARE s record; BEGIN "
            "FOR s IN SELECT sequencename FROM pg_sequences "
            "WHERE schemaname = current_schema() AND last_value IS NOT NULL LOOP "
            "EXECUTE 'ALTER SEQUENCE ' || quote_ident(s.sequencename) || ' RESTART'; END LOOP; END $$"
        )
        # A test may have stamped another schema version (the "newer database" tests): put it back.
        conn.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": _schema_head()})


@functools.cache
def _schema_head() -> str:
    from alembic.script import ScriptDirectory

    from db.schema import _config

    return ScriptDirectory.from_config(_config()).get_current_head()
