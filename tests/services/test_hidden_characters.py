"""Names, addresses and notes with hidden characters (NUL, U+202E right-to-left override, zero-width and other
control or format characters), tried on every path that accepts text: refused with the field and the code point,
nothing written; a search with them never fails. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Complaint, Customer, Interaction, Product, Staff
from domain.catalog import CatalogInvalid
from domain.codes import Role
from domain.customer_import import ImportRejected
from domain.errors import InvalidValue
from domain.text import checked_text, first_forbidden
from services import catalog, customer_edit, customer_search, staff
from services.customer_import import import_customers
from tests.domain.test_customer_import import customer_csv, person
from tests.factories import LOGINS, operator, small_branch
from tests.services.test_catalog_versions import CATALOG
from tests.services.test_complaints import NOW, as_user, register

RLO = "\u202e"  # 王小明 + RLO + "gnp.exe" prints as "王小明exe.png"
HIDDEN = ["\x00", RLO, "\u2066", "\u200b", "\ufeff", "\x1b[31m", "\u2028", "\ud800"]


@pytest.mark.parametrize("char", HIDDEN)
def test_the_rule_refuses_each_hidden_character_by_code_point(char):
    with pytest.raises(InvalidValue) as refused:
        checked_text(f"王小明{char}gnp.exe", "name")
    assert refused.value.code == "text_control_character"
    assert refused.value.params == {"field": "name", "position": "4", "character": f"U+{ord(char[0]):04X}"}
    assert "王小明" not in str(refused.value)  # the refusal never repeats the text (it may be personal data)


def test_ordinary_text_passes_and_notes_keep_their_line_breaks():
    assert first_forbidden("阿卜杜·热合曼 O'Brien-李 (Ｆ) 北京市朝阳区88号") is None
    assert first_forbidden("第一行\n第二行\r\n\t缩进", multiline=True) is None
    assert first_forbidden("第一行\n第二行") == 4  # a name is one line


def _count(db, model) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def branch(db):
    return small_branch(db, NOW.date())


def test_the_customer_edit_form_refuses_a_reversed_name_and_address(db, branch):
    supervisor = as_user(branch, Role.SUPERVISOR)
    with db.read() as uow:
        row = uow.session.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        version, name, customer_id = row.version, row.name, row.id
    for field, value in (("name", f"张{RLO}三"), ("address", "北京市\x00朝阳区"), ("employer", "\u200b银行")):
        with pytest.raises(InvalidValue) as refused:
            customer_edit.update_customer(db, supervisor, "C0000000001", version, {field: value})
        assert refused.value.code == "text_control_character" and refused.value.params["field"] == field
    with db.read() as uow:
        assert uow.session.scalars(select(Customer.name).where(Customer.id == customer_id)).one() == name
    with pytest.raises(InvalidValue):
        customer_edit.add_interaction(db, supervisor, "C0000000001", "phone", "service", f"回访{RLO}完成")
    assert _count(db, Interaction) == 0


def test_a_complaint_with_a_hidden_character_is_not_registered(db, branch):
    for overrides in ({"complainant_name": f"王{RLO}小明"}, {"content": "态度冷淡\x00"}):
        with pytest.raises(InvalidValue) as refused:
            register(db, branch, **overrides)
        assert refused.value.code == "text_control_character"
    assert _count(db, Complaint) == 0
    register(db, branch, content="柜员态度冷淡。\n客户要求道歉。")  # line breaks are fine in the account


def test_a_staff_account_name_with_a_direction_override_is_refused(db, branch):
    with pytest.raises(InvalidValue):
        staff.add_user(db, login_name="mallory", name=f"管理员{RLO}", role=Role.TELLER, password="Teller2026x",
                       actor=operator(db))  # fmt: skip
    with db.read() as uow:
        assert uow.session.scalar(select(Staff.id).where(Staff.login == "mallory")) is None


def test_an_import_names_the_line_and_column_and_writes_nothing(db):
    good = person()
    bad = person(name=f"李{RLO}四", id_number="110105198005170019", phone="13900139000")
    nul = person(address="上海市\x00黄浦区", id_number="11010519491231002X", phone="13700137000", gender="F",
                 birth_date="1949-12-31")  # fmt: skip
    with pytest.raises(ImportRejected) as rejected:
        import_customers(db, customer_csv(good, bad, nul), operator(db), today=date(2026, 3, 15))
    found = [(p.line, p.field, p.code, p.params["character"]) for p in rejected.value.problems]
    assert found == [
        (3, "name", "text_control_character_in_file", "U+202E"),
        (4, "address", "text_control_character_in_file", "U+0000"),
    ]
    assert _count(db, Customer) == 0 and _count(db, AuditEntry) == 0


def test_a_catalogue_file_with_a_reversed_product_name_is_refused(db):
    with pytest.raises(CatalogInvalid) as refused:
        catalog.setup_catalog(db, CATALOG.replace("name: ", f"name: {RLO}", 1), "cli:test")
    assert [p.code for p in refused.value.problems] == ["catalog_control_character"]
    assert _count(db, Product) == 0


@pytest.mark.parametrize(
    "typed", ["张\x00三", RLO, "\x00", "C000\x000001", "\u200b张三", "1380013\u202e8000", "\ud800"]
)
def test_search_never_fails_on_hidden_characters(db, branch, typed):
    manager = as_user(branch, Role.MANAGER, LOGINS[Role.MANAGER])
    hits = customer_search.search_customers(db, manager, typed)
    assert isinstance(hits, list)
