"""Catalogue changes in the app: maker-checker, history, effective dates (on SQLite and PostgreSQL)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from db import schema
from db.models import AuditEntry, ProductVersion
from db.session import Database
from domain.catalog import CatalogInvalid
from domain.catalog_versions import VersionStatus
from domain.codes import Role
from domain.errors import DomainError
from domain.staff import StaffUser
from services import catalog, catalog_versions
from tests.conftest import PG_URL, PgSchema
from tests.factories import LOGINS, add_second_supervisor, add_staff

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)
CATALOG = """products:
  - code: DEP-NOTICE-7D
    name: 七天通知存款
    family: deposit
    currency: CNY
    min_amount: "50000"
    terms: [7D]
    rate: "0.0045"
  - code: FUND-MMF
    name: 示范货币市场基金A
    family: fund
    risk_level: 1
    currency: CNY
    min_amount: "1"
"""


@pytest.fixture
def people(db):
    ids = add_staff(db)
    second = add_second_supervisor(db)
    catalog.setup_catalog(db, CATALOG, "cli:test", now=NOW - timedelta(days=30))

    def user(staff_id: int, login: str, role: Role) -> StaffUser:
        return StaffUser(staff_id, login, f"{role.value}-{login}", role, "0001", "示范银行测试支行")

    return {
        "maker": user(ids[Role.SUPERVISOR], LOGINS[Role.SUPERVISOR], Role.SUPERVISOR),
        "checker": user(second, "supervisor2", Role.SUPERVISOR),
        "manager": user(ids[Role.MANAGER], LOGINS[Role.MANAGER], Role.MANAGER),
        "teller": user(ids[Role.TELLER], LOGINS[Role.TELLER], Role.TELLER),
    }


def _product(db, code="DEP-NOTICE-7D"):
    return {p.code: p for p in catalog.list_products(db, TODAY)}[code]


def _propose(db, maker, changes=None, effective=TODAY, code="DEP-NOTICE-7D"):
    return catalog_versions.propose_change(
        db, maker, code, changes or {"rate": "0.0050"}, effective, "rate up", today=TODAY, now=NOW
    )


def _versions(db) -> list[dict]:
    with db.read() as uow:
        rows = uow.session.scalars(select(ProductVersion).order_by(ProductVersion.id))
        return [{c.name: getattr(r, c.name) for c in ProductVersion.__table__.columns} for r in rows]


def test_a_proposal_waits_and_the_product_is_unchanged(db, people):
    proposed = _propose(db, people["maker"])
    assert proposed.status is VersionStatus.PENDING and proposed.version is None
    assert [(c.field, c.old, c.new) for c in proposed.changes] == [("rate", "0.0045", "0.0050")]
    assert [v.id for v in catalog_versions.pending_versions(db, people["checker"])] == [proposed.id]
    assert _product(db).rate == Decimal("0.0045") and _product(db).version == 1


def test_the_maker_cannot_approve_or_reject_their_own_change(db, people):
    proposed = _propose(db, people["maker"])
    for action in (
        lambda: catalog_versions.approve(db, people["maker"], proposed.id, today=TODAY),
        lambda: catalog_versions.reject(db, people["maker"], proposed.id, "no"),
    ):
        with pytest.raises(DomainError) as refused:
            action()
        assert refused.value.code == "maker_checker_same_person"
    assert _product(db).rate == Decimal("0.0045")


def test_a_second_supervisor_approves_and_the_product_takes_the_new_version(db, people):
    proposed = _propose(db, people["maker"])
    approved = catalog_versions.approve(db, people["checker"], proposed.id, "ok", today=TODAY, now=NOW)
    product = _product(db)
    assert product.rate == Decimal("0.0050") and product.version == 2
    assert approved.status is VersionStatus.APPROVED and approved.version == 2 and approved.applied_at == NOW
    assert approved.checker == "supervisor-supervisor2" and approved.maker == "supervisor-supervisor1"
    assert catalog_versions.pending_versions(db, people["checker"]) == []
    with db.read() as uow:
        actions = uow.session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "product")).all()
    assert actions == ["catalog_change_proposed", "catalog_change_approved"]


def test_a_rejected_change_leaves_the_product_alone_and_frees_it(db, people):
    proposed = _propose(db, people["maker"])
    with pytest.raises(DomainError) as no_reason:
        catalog_versions.reject(db, people["checker"], proposed.id, "  ")
    assert no_reason.value.code == "catalog_reject_reason_required"
    rejected = catalog_versions.reject(db, people["checker"], proposed.id, "rate not agreed")
    assert rejected.status is VersionStatus.REJECTED and rejected.decision_note == "rate not agreed"
    assert _product(db).rate == Decimal("0.0045") and _product(db).version == 1
    with pytest.raises(DomainError) as again:
        catalog_versions.approve(db, people["checker"], proposed.id, today=TODAY)
    assert again.value.code == "catalog_version_not_pending"
    assert _propose(db, people["maker"]).status is VersionStatus.PENDING  # the product is free again


def test_an_invalid_change_is_refused_naming_each_field_and_nothing_is_written(db, people):
    before = _versions(db)
    with pytest.raises(CatalogInvalid) as refused:
        _propose(
            db,
            people["maker"],
            {
                "rate": "1.35",
                "min_amount": "abc",
                "family": "fund",
                "sale_end": "2026-01-01",
                "sale_start": "2026-06-01",
            },
            effective=TODAY - timedelta(days=1),
        )
    found = {(p.code, p.field) for p in refused.value.problems}
    assert found == {
        ("catalog_rate_not_fraction", "rate"),
        ("catalog_not_amount", "min_amount"),
        ("catalog_field_not_editable", "family"),
        ("catalog_end_before_start", "sale_end"),
        ("catalog_effective_in_past", "effective_from"),
    }
    assert _versions(db) == before
    with pytest.raises(DomainError) as same:
        _propose(db, people["maker"], {"rate": "0.0045"})
    assert same.value.code == "catalog_no_change"


def test_one_open_change_per_product(db, people):
    _propose(db, people["maker"])
    with pytest.raises(DomainError) as busy:
        _propose(db, people["checker"], {"name": "七天通知存款（新）"})
    assert busy.value.code == "catalog_change_already_pending"
    assert (
        _propose(db, people["checker"], {"min_amount": "2"}, code="FUND-MMF").status is VersionStatus.PENDING
    )


def test_only_supervisors_change_or_read_the_pending_list(db, people):
    for who in ("manager", "teller"):
        for action in (
            lambda u: _propose(db, u),
            lambda u: catalog_versions.pending_versions(db, u),
            lambda u: catalog_versions.history(db, u, "DEP-NOTICE-7D"),
            lambda u: catalog_versions.approve(db, u, 1, today=TODAY),
            lambda u: catalog_versions.reject(db, u, 1, "no"),
        ):
            with pytest.raises(DomainError) as refused:
                action(people[who])
            assert refused.value.code == "not_permitted"
    assert len(_versions(db)) == 2  # the two import rows only


def test_a_future_change_is_scheduled_and_applied_when_due(db, people):
    later = TODAY + timedelta(days=7)
    proposed = _propose(db, people["maker"], effective=later)
    approved = catalog_versions.approve(db, people["checker"], proposed.id, today=TODAY, now=NOW)
    assert approved.scheduled and approved.version is None
    assert catalog_versions.apply_due_versions(db, TODAY, "supervisor1") == 0
    assert _product(db).rate == Decimal("0.0045")
    with pytest.raises(DomainError) as busy:  # scheduled counts as open
        _propose(db, people["checker"], {"name": "x"})
    assert busy.value.code == "catalog_change_already_pending"
    assert catalog_versions.apply_due_versions(db, later, "supervisor1") == 1
    assert _product(db).rate == Decimal("0.0050") and _product(db).version == 2
    assert catalog_versions.apply_due_versions(db, later, "supervisor1") == 0


def test_the_history_lists_every_version_with_what_changed(db, people):
    first = _propose(db, people["maker"])
    catalog_versions.approve(db, people["checker"], first.id, today=TODAY, now=NOW)
    second = catalog_versions.propose_change(
        db,
        people["checker"],
        "DEP-NOTICE-7D",
        {"terms": ["7D", "1D"]},
        TODAY,
        "",
        today=TODAY,
        now=NOW + timedelta(hours=1),
    )
    catalog_versions.reject(db, people["maker"], second.id, "not now", now=NOW + timedelta(hours=2))
    history = catalog_versions.history(db, people["maker"], "DEP-NOTICE-7D")
    assert history.version == 2 and history.entry["rate"] == "0.0050" and history.open_version_id is None
    rows = [(v.status, v.version, v.maker) for v in history.versions]
    assert rows == [
        (VersionStatus.REJECTED, None, "supervisor-supervisor2"),
        (VersionStatus.APPROVED, 2, "supervisor-supervisor1"),
        (VersionStatus.SUPERSEDED, 1, "cli:test"),
    ]
    assert [(c.field, c.old, c.new) for c in history.versions[0].changes] == [("terms", ["7D"], ["7D", "1D"])]


def test_a_file_import_is_a_proposal_like_any_other(db, people):
    with db.read() as uow:
        rows = uow.session.execute(
            select(ProductVersion.version, ProductVersion.status, ProductVersion.actor)
        ).all()
    assert sorted(rows) == [(1, "approved", "cli:test"), (1, "approved", "cli:test")]
    proposed = _propose(db, people["maker"])
    changed = CATALOG.replace('"0.0045"', '"0.0040"')
    with pytest.raises(CatalogInvalid) as busy:  # a change is open: the file does not overrule it
        catalog.import_catalog(db, people["checker"], changed, now=NOW)
    assert [(p.code, p.product) for p in busy.value.problems] == [
        ("catalog_change_already_pending", "DEP-NOTICE-7D")
    ]
    catalog_versions.reject(db, people["checker"], proposed.id, "not now", now=NOW)
    summary = catalog.import_catalog(db, people["checker"], changed, now=NOW)
    assert (summary.added, summary.updated, summary.unchanged, len(summary.pending)) == (0, 1, 1, 1)
    assert _product(db).rate == Decimal("0.0045")
    catalog_versions.approve(db, people["maker"], summary.pending[0], today=TODAY, now=NOW)
    history = catalog_versions.history(db, people["maker"], "DEP-NOTICE-7D")
    assert [(v.status, v.version, v.maker) for v in history.versions][:2] == [
        (VersionStatus.APPROVED, 2, "supervisor-supervisor2"),
        (VersionStatus.REJECTED, None, "supervisor-supervisor1"),
    ]
    assert [(c.field, c.old, c.new) for c in history.versions[0].changes] == [("rate", "0.0045", "0.0040")]


def test_the_sale_period_says_whether_a_product_is_on_sale(db, people):
    proposed = _propose(db, people["maker"], {"sale_start": "2026-12-01", "sale_end": "2027-03-31"})
    catalog_versions.approve(db, people["checker"], proposed.id, today=TODAY, now=NOW)
    product = _product(db)
    assert product.sale_start == date(2026, 12, 1) and product.sale_end == date(2027, 3, 31)
    assert not product.on_sale
    assert {p.code: p for p in catalog.list_products(db, date(2027, 1, 5))}["DEP-NOTICE-7D"].on_sale


# --- upgrading a database written by the previous version (revision 0001) ---------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request):
    if request.param == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="bd-upgrade-"))
        yield f"sqlite:///{folder / 'old.db'}"
        shutil.rmtree(folder, ignore_errors=True)
        return
    if not PG_URL:
        pytest.skip("PostgreSQL: set BRANCHDESK_TEST_PG_URL to run (CI always does)")
    pg = PgSchema()
    yield pg.url
    pg.drop()


def test_a_database_at_0001_with_products_gets_their_history_on_upgrade(empty_url):
    db = Database(empty_url)
    try:
        with db.engine.begin() as connection:
            command.upgrade(schema._config(connection), "0001")
        with db.engine.begin() as connection:
            for pid, code, version in ((1, "TD1Y", 3), (2, "FUND-MMF", 1)):
                connection.execute(
                    text(
                        "INSERT INTO products (id, code, name, name_en, family, spec, risk_level, currency,"
                        " min_amount, rate, active, updated_at, version) VALUES (:id, :code, :name, '', 'deposit',"
                        " :spec, NULL, 'CNY', 5000, '0.0150', :active, :at, :version)"
                    ),
                    {
                        "id": pid,
                        "code": code,
                        "name": f"旧产品{pid}",
                        "spec": f'{{"code": "{code}", "name": "旧产品{pid}", "family": "deposit", "currency": "CNY"}}',
                        "active": True,
                        "at": datetime(2025, 6, 1, 9, 30),
                        "version": version,
                    },
                )
        assert schema.state(db).current == "0001"
        after = schema.upgrade(db)
        assert after.up_to_date
        rows = _versions(db)
        assert [(r["product_id"], r["version"], r["status"], r["actor"]) for r in rows] == [
            (1, 3, "approved", "migration"),
            (2, 1, "approved", "migration"),
        ]
        assert rows[0]["spec"]["code"] == "TD1Y" and rows[0]["effective_from"] == date(2025, 6, 1)
        assert rows[0]["applied_at"] == datetime(2025, 6, 1, 9, 30)
    finally:
        db.dispose()
