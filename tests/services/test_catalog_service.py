from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, text

from db.models import AuditEntry
from domain.catalog import CatalogInvalid
from domain.codes import Role
from domain.errors import DomainError
from domain.staff import StaffUser
from services import catalog, catalog_versions
from tests.factories import LOGINS, add_second_supervisor, add_staff

NOTICE = """
  - code: DEP-NOTICE-7D
    name: 七天通知存款
    family: deposit
    currency: CNY
    min_amount: "50000"
    min_remaining_balance: "50000"
    terms: [7D]
    rate: "0.0045"
"""
FUND = """
  - code: FUND-MMF
    name: 示范货币市场基金A
    family: fund
    risk_level: 1
    currency: CNY
    min_amount: "1"
"""


def _file(*entries: str) -> str:
    return "products:" + "".join(entries)


@pytest.fixture
def people(db) -> dict[str, StaffUser]:
    ids = add_staff(db)
    second = add_second_supervisor(db)

    def user(staff_id: int, login: str, role: Role) -> StaffUser:
        return StaffUser(staff_id, login, f"{role.value}-{login}", role, "0001", "示范银行测试支行")

    people = {role.value: user(ids[role], LOGINS[role], role) for role in Role if role in ids}
    return people | {"checker": user(second, "supervisor2", Role.SUPERVISOR)}


def _setup(db, text_: str):
    return catalog.setup_catalog(db, text_, "test")


def _products(db):
    return {p.code: p for p in catalog.list_products(db)}


def _imports_audited(db) -> list[dict]:
    with db.read() as uow:
        rows = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "catalog_imported"))
        return [r.details for r in rows]


def test_the_default_catalogue_loads_every_family(db):
    summary = catalog.load_default_catalog(db, "test")
    products = catalog.list_products(db)
    assert summary.added == len(products) >= 40 and summary.updated == summary.unchanged == 0
    assert {p.family for p in products} == {
        "deposit", "wealth", "fund", "insurance", "bond", "gold", "fx", "card", "ebanking", "loan", "service",
        "bundle",
    }  # fmt: skip
    notice = next(p for p in products if p.code == "DEP-NOTICE-7D")
    assert (notice.min_amount, notice.rate, notice.terms, notice.version) == (
        Decimal("50000.00"), Decimal("0.0045"), ("7D",), 1
    )  # fmt: skip
    assert _imports_audited(db) == [{"added": summary.added, "updated": 0, "unchanged": 0, "applied": True}]


def test_importing_the_export_changes_nothing(db, people):
    catalog.load_default_catalog(db, "test")
    before = catalog.list_products(db)
    exported = catalog.export_catalog(db)
    summary = catalog.import_catalog(db, people["supervisor"], exported)
    assert (summary.added, summary.updated, summary.unchanged, summary.pending) == (0, 0, len(before), ())
    assert catalog.list_products(db) == before
    assert catalog.export_catalog(db) == exported


def test_a_changed_entry_waits_for_a_second_supervisor_then_its_version_goes_up(db, people):
    _setup(db, _file(NOTICE, FUND))
    changed = _file(NOTICE.replace('"0.0045"', '"0.0040"'), FUND)
    summary = catalog.import_catalog(db, people["supervisor"], changed)
    assert (summary.added, summary.updated, summary.unchanged, len(summary.pending)) == (0, 1, 1, 1)
    assert _products(db)["DEP-NOTICE-7D"].rate == Decimal("0.0045")  # nothing changed yet
    catalog_versions.approve(db, people["checker"], summary.pending[0])
    products = _products(db)
    assert (products["DEP-NOTICE-7D"].rate, products["DEP-NOTICE-7D"].version) == (Decimal("0.0040"), 2)
    assert products["FUND-MMF"].version == 1


def test_attack_a_file_lowering_a_fund_from_r3_to_r1_takes_no_effect_on_one_persons_word(db, people):
    _setup(db, _file(FUND.replace("risk_level: 1", "risk_level: 3")))
    summary = catalog.import_catalog(db, people["supervisor"], _file(FUND))
    assert _products(db)["FUND-MMF"].risk_level == 3
    with pytest.raises(DomainError) as same:
        catalog_versions.approve(db, people["supervisor"], summary.pending[0])
    assert same.value.code == "maker_checker_same_person"
    for role in ("teller", "manager", "admin"):  # nobody else imports into a catalogue in use
        with pytest.raises(DomainError) as refused:
            catalog.import_catalog(db, people[role], _file(FUND))
        assert refused.value.code == "not_permitted"
    with pytest.raises(CatalogInvalid) as busy:  # nor piles a second file on the waiting change
        catalog.import_catalog(db, people["checker"], _file(FUND.replace("risk_level: 1", "risk_level: 2")))
    assert [p.code for p in busy.value.problems] == ["catalog_change_already_pending"]
    assert _products(db)["FUND-MMF"].risk_level == 3
    catalog_versions.reject(db, people["checker"], summary.pending[0], "R1 无依据")
    assert _products(db)["FUND-MMF"].risk_level == 3


def test_only_an_administrator_sets_up_an_empty_catalogue_and_it_applies_at_once(db, people):
    for role in ("teller", "manager", "supervisor"):
        with pytest.raises(DomainError):
            catalog.import_catalog(db, people[role], _file(FUND))
    summary = catalog.import_catalog(db, people["admin"], _file(NOTICE, FUND))
    assert (summary.added, summary.pending) == (2, ())
    assert set(_products(db)) == {"DEP-NOTICE-7D", "FUND-MMF"}
    with pytest.raises(DomainError) as again:  # and only once: after that, changes are proposals
        catalog.import_catalog(db, people["admin"], _file(NOTICE.replace('"0.0045"', '"0.0040"')))
    assert again.value.code == "not_permitted"


def test_the_same_value_written_differently_is_not_a_change(db, people):
    _setup(db, _file(NOTICE))
    summary = catalog.import_catalog(db, people["supervisor"], _file(NOTICE.replace('"50000"', "50000.00")))
    assert summary.unchanged == 1 and summary.pending == () and _products(db)["DEP-NOTICE-7D"].version == 1


def test_unquoted_numbers_are_read_exactly(db):
    entry = NOTICE.replace('"0.0045"', "0.1").replace('min_amount: "50000"', "min_amount: 1234567890123.45")
    _setup(db, _file(entry))
    product = _products(db)["DEP-NOTICE-7D"]
    assert product.rate == Decimal("0.1") and str(product.rate) == "0.1"
    assert product.min_amount == Decimal("1234567890123.45")
    exported = catalog.export_catalog(db)
    assert "min_amount: '1234567890123.45'" in exported and "rate: '0.1'" in exported


@pytest.mark.parametrize(
    ("entry", "product", "field"),
    [
        (NOTICE + "    colour: red\n", "DEP-NOTICE-7D", "colour"),
        (NOTICE.replace("    currency: CNY\n", ""), "DEP-NOTICE-7D", "currency"),
        (FUND.replace("    risk_level: 1\n", ""), "FUND-MMF", "risk_level"),
        (FUND.replace("risk_level: 1", "risk_level: 6"), "FUND-MMF", "risk_level"),
        (NOTICE.replace('"0.0045"', "-0.0045"), "DEP-NOTICE-7D", "rate"),
        (NOTICE + '    max_amount: "10000"\n', "DEP-NOTICE-7D", "min_amount"),
        (NOTICE + '    step_amount: "0"\n', "DEP-NOTICE-7D", "step_amount"),
        (NOTICE + "    sale_start: 2026-12-01\n    sale_end: 2026-11-01\n", "DEP-NOTICE-7D", "sale_end"),
        (NOTICE + "    age_min: 65\n    age_max: 18\n", "DEP-NOTICE-7D", "age_min"),
        (NOTICE + "    tiers: [T7]\n", "DEP-NOTICE-7D", "tiers"),
        (NOTICE + "    life_stages: [teen]\n", "DEP-NOTICE-7D", "life_stages"),
        (NOTICE + "    agreement_template: nda\n", "DEP-NOTICE-7D", "agreement_template"),
        (NOTICE.replace("family: deposit", "family: savings"), "DEP-NOTICE-7D", "family"),
        (NOTICE.replace("  - code: DEP-NOTICE-7D\n    name", "  - name"), "#2", "code"),
        (
            "\n  - code: BDL-X\n    name: 套餐\n    family: bundle\n    currency: CNY\n    members: [NOPE]\n",
            "BDL-X",
            "members",
        ),
    ],
)
def test_a_broken_file_is_refused_whole_naming_product_and_field(db, people, entry, product, field):
    _setup(db, _file(FUND))
    before = catalog.export_catalog(db)
    with pytest.raises(CatalogInvalid) as caught:
        catalog.import_catalog(db, people["supervisor"], _file(FUND.replace('"1"', '"5"'), entry))
    assert (product, field) in [(p.product, p.field) for p in caught.value.problems]
    assert catalog.export_catalog(db) == before  # the valid change to FUND-MMF was not written either
    assert len(_imports_audited(db)) == 1


def test_a_file_that_is_not_yaml_names_the_line(db):
    with pytest.raises(CatalogInvalid) as caught:
        _setup(db, "products:\n  - code: [unclosed\n")
    (problem,) = caught.value.problems
    assert problem.code == "catalog_not_yaml" and problem.value == "3"
    assert catalog.list_products(db) == []


def test_a_field_written_twice_is_refused(db):
    with pytest.raises(CatalogInvalid) as caught:
        _setup(db, _file(NOTICE + '    rate: "0.0050"\n'))
    assert [(p.code, p.field) for p in caught.value.problems] == [("catalog_duplicate_key", "rate")]


def test_a_bundle_may_name_products_already_in_the_catalogue(db, people):
    _setup(db, _file(NOTICE, FUND))
    bundle = "\n  - code: BDL-SAVE\n    name: 储蓄套餐\n    family: bundle\n    currency: CNY\n"
    summary = catalog.import_catalog(
        db, people["supervisor"], _file(bundle + "    members: [DEP-NOTICE-7D, FUND-MMF]\n")
    )
    assert summary.added == 1
    assert not _products(db)["BDL-SAVE"].active  # a new product is not for sale before its approval
    catalog_versions.approve(db, people["checker"], summary.pending[0])
    assert _products(db)["BDL-SAVE"].active and len(catalog.list_products(db)) == 3


def test_a_billion_laughs_catalogue_is_refused_quickly_in_words(db, people):
    from tests.domain.test_strict_yaml import billion_laughs

    with pytest.raises(CatalogInvalid) as caught:
        catalog.import_catalog(db, people["admin"], billion_laughs())
    assert [p.code for p in caught.value.problems] == ["yaml_too_many_nodes"]


def test_money_is_stored_as_integer_fen(db):
    _setup(db, _file(NOTICE))
    with db.read() as uow:
        stored = uow.session.execute(text("SELECT min_amount, rate FROM products")).one()
    assert (int(stored[0]), stored[1]) == (5_000_000, "0.0045")
