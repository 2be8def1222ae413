"""The stations' PostgreSQL role (`branchdesk db station-role`, db/privileges.py), tried as an attacker at a station
would: it works the counter (issue, reprint, void, receipts, audit appends) but cannot rewrite the record."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text

from db import audit, errors
from db.privileges import STATION_GRANTS, check_table_coverage
from db.session import Database
from services import agreement_archive, agreement_cancel, agreement_review, receipts
from services.staff import user_by_login
from tests.approved import approved_reprint, approved_void
from tests.cli import branchdesk
from tests.conftest import PgSchema
from tests.factories import add_second_supervisor
from tests.services.test_agreements import NOW, issue_wm, manager, shop
from tests.services.test_cooling_off import REVIEWED, private_effective

ROLE = "bd_test_station_role"
PASSWORD = "station-role-pw-1"

pytestmark = pytest.mark.owner  # the owner creates the role; the tests then connect as it


def test_every_table_has_an_entry_and_every_granted_column_exists():
    assert check_table_coverage() == []
    assert "audit_log" in STATION_GRANTS and STATION_GRANTS["audit_log"].update == ()
    assert not STATION_GRANTS["audit_log"].delete and not STATION_GRANTS["agreements"].delete
    assert not {"pdf", "sha256", "document", "number", "content_sha256"} & set(
        STATION_GRANTS["agreements"].update
    )


@pytest.fixture
def station(pg_schema: PgSchema, db_url):
    """A database set up by the owner, and the same database as a station connected as the station role."""
    if "postgresql" not in db_url:
        pytest.skip("station roles are a PostgreSQL matter")
    owner = create_engine(pg_schema.url.replace("postgresql://", "postgresql+psycopg://", 1))
    with owner.begin() as conn:
        conn.execute(
            text(
                f"DO $$ BEGIN CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'; "
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"  # parallel workers
            )
        )
    owner.dispose()
    done = branchdesk(pg_schema.url, "db", "station-role", ROLE)
    assert done.returncode == 0, done.stderr
    assert "GRANT UPDATE (" in done.stdout and f"stations may now connect as {ROLE}" in done.stdout
    from sqlalchemy.engine import make_url

    url = make_url(pg_schema.url).set(username=ROLE, password=PASSWORD).render_as_string(hide_password=False)
    owner_db = Database(pg_schema.url)
    shop(owner_db)
    add_second_supervisor(owner_db)
    owner_db.dispose()
    db = Database(url)
    yield db, url
    db.dispose()


ATTACKS = [
    "UPDATE audit_log SET actor = 'nobody'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
    "UPDATE agreements SET copy_hashes = '[\"forged\"]', sha256 = 'forged'",
    "UPDATE agreements SET pdf = ''",
    "DELETE FROM agreements",
    "UPDATE agreement_versions SET pdf = '', sha256 = 'forged'",
    "DELETE FROM agreement_versions",
    "UPDATE agreement_cancellations SET refund_amount = 0",
    "DELETE FROM agreement_cancellations",
    "UPDATE receipts SET sha256 = 'forged'",
    "DELETE FROM receipts",
    "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    "DROP TABLE audit_log",
]


def test_the_station_role_works_the_counter_but_cannot_rewrite_the_record(station):
    db, url = station
    issued = issue_wm(db)  # suitability, counter, archive row, chained audit entry: all as the station
    agreement_review.review(db, user_by_login(db, "supervisor1"), issued.number, now=NOW)  # the reviewed copy
    private = private_effective(
        db
    )  # with its follow-up call task; cancelled within the window: form and refund
    agreement_cancel.cancel(db, user_by_login(db, "teller1"), private, now=REVIEWED + timedelta(hours=1))
    copy = approved_reprint(db, manager(db), issued.number, now=NOW)
    approved_void(db, user_by_login(db, "supervisor1"), issued.number, "客户要求撤销本次认购",
                    user_by_login(db, "supervisor2"), now=NOW)  # fmt: skip
    receipts.issue_receipt(
        db, user_by_login(db, "teller1"), station="T01", service="定期存款开户", amount=Decimal("100")
    )
    for attack in ATTACKS:
        with pytest.raises(errors.PermissionDenied), db.write() as uow:
            uow.session.execute(text(attack))
    assert agreement_archive.verify(db, copy).verdict == "valid"
    assert agreement_archive.verify(db, agreement_archive.reviewed_copy(db, issued.number)).kind == "reviewed"
    with db.read() as uow:
        assert audit.check_chain(uow.session).intact


def test_the_command_line_as_the_station_role(station, tmp_path):
    _, url = station
    out = tmp_path / "a.pdf"
    done = branchdesk(url, "agreement", "issue", "--customer", "C0000000001", "--user", "manager1",
                      "--product", "TD-X", "--amount", "100010", "--term", "1Y", "--out", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert branchdesk(url, "agreement", "verify", str(out)).returncode == 0
    assert branchdesk(url, "audit", "verify").returncode == 0
    # A station cannot hand itself more: granting is the owner's job.
    refused = branchdesk(url, "db", "station-role", ROLE)
    assert refused.returncode == 2 and "Only the schema's owner" in refused.stderr
