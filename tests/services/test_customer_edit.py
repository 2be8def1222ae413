"""Editing a customer: validation, rights, audit with masked identifiers, stale saves refused (also between two
real processes), reassignment follow-up, the contact log. SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Customer, Task
from db.session import Database
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.profile import editable_values
from domain.staff import StaffUser
from services import approvals
from services.customer_edit import (
    REASSIGN_CONTACT_KIND,
    CustomerChanged,
    add_interaction,
    add_months,
    reassign_book,
    reassign_customer,
    update_customer,
)
from services.profile import load_profile, reveal_identifiers
from tests.factories import LOGINS, ZHANG_ID, add_second_supervisor, new_staff, small_branch

TODAY = date.today()
# 110101199003078515: born 1990-03-07, male (sequence 851 odd); 110101199003078523: same day, female.
NEW_ID_MALE = "110101199003078515"
NEW_ID_FEMALE = "110101199003078523"


def user(ids, role: Role) -> StaffUser:
    return StaffUser(ids[role], LOGINS[role], role.value, role, "0001", "示范银行测试支行")


@pytest.fixture
def ids(db):
    return small_branch(db, TODAY)


def _save(db, who, customer_no, changes):
    profile = load_profile(db, who, customer_no, TODAY)
    return update_customer(db, who, customer_no, profile.version, changes, editable_values(profile))


def test_a_manager_edits_their_customer_and_the_change_is_audited_masked(db, ids):
    manager = user(ids, Role.MANAGER)
    version = _save(
        db,
        manager,
        "C0000000001",
        {"phone": "139 0000 1111", "address": "上海市徐汇区1号", "annual_income": "300000"},
    )
    profile = reveal_identifiers(
        db, manager, "C0000000001", "verify_customer_present"
    )  # masked without a reveal
    assert profile.version == version == 2
    assert profile.phone == "13900001111" and profile.address == "上海市徐汇区1号"
    assert profile.annual_income == Decimal("300000.00")
    with db.read() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "customer_updated")).one()
        assert entry.actor == "manager1" and entry.staff_id == ids[Role.MANAGER]
        # The new address asks for re-identification (DOMAIN §2), on record with the edit.
        assert sorted(entry.details["fields"]) == ["address", "annual_income", "kyc_status", "phone"]
        phone = next(c for c in entry.details["changes"] if c["field"] == "phone")
        assert phone == {"field": "phone", "old": "138****5678", "new": "139****1111"}
        assert "13900001111" not in str(entry.details)


def test_a_new_resident_id_sets_birth_date_and_gender_and_is_stored_masked_in_the_trail(db, ids):
    supervisor = user(ids, Role.SUPERVISOR)
    _save(db, supervisor, "C0000000001", {"id_number": NEW_ID_FEMALE, "id_expiry": "2040-01-01"})
    profile = reveal_identifiers(db, supervisor, "C0000000001", "verify_customer_present")
    assert profile.documents[0].id_number == NEW_ID_FEMALE and profile.documents[0].expiry == date(2040, 1, 1)
    assert profile.birth_date == date(1990, 3, 7) and profile.gender == "F"
    history = profile.changes[0].changes
    assert {c.field for c in history} == {"id_number", "id_expiry"}
    assert all(ZHANG_ID not in c.old and NEW_ID_FEMALE not in c.new for c in history)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"id_number": "110101199003078514"}, "id_number_checksum"),
        ({"phone": "12345"}, "phone_format"),
        ({"annual_income": "12.345"}, "malformed_amount"),
        ({"qualified_until": "2026-02-30"}, "malformed_date"),
        ({"name": " "}, "name_required"),
        ({"tier": "T5"}, "field_not_editable"),
    ],
)
def test_bad_values_are_refused_with_a_code(db, ids, changes, code):
    with pytest.raises(InvalidValue) as caught:
        _save(db, user(ids, Role.SUPERVISOR), "C0000000001", changes)
    assert caught.value.code == code


def test_tellers_and_other_managers_may_not_edit(db, ids):
    with pytest.raises(DomainError):
        _save(db, user(ids, Role.TELLER), "C0000000001", {"address": "x"})
    with pytest.raises(DomainError):
        _save(db, user(ids, Role.MANAGER), "C0000000002", {"address": "x"})  # not in manager1's book


def test_a_stale_save_is_refused_and_names_the_fields_the_other_station_changed(db, ids):
    supervisor = user(ids, Role.SUPERVISOR)
    seen = load_profile(db, supervisor, "C0000000001", TODAY)
    _save(db, user(ids, Role.MANAGER), "C0000000001", {"phone": "13900001111"})
    with pytest.raises(CustomerChanged) as caught:
        update_customer(
            db, supervisor, "C0000000001", seen.version, {"address": "北京"}, editable_values(seen)
        )
    assert caught.value.fields == ("phone",) and caught.value.code == "record_changed"
    assert load_profile(db, supervisor, "C0000000001", TODAY).address == ""


def test_reassignment_creates_the_follow_up_and_moves_open_tasks(db, ids):
    supervisor = user(ids, Role.SUPERVISOR)
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == "C0000000001")).one()
        s.add(
            Task(
                kind="maturity",
                customer_id=zhang.id,
                assignee_id=ids[Role.MANAGER],
                title="到期提醒",
                created_at=datetime(2026, 1, 1),
                version=1,
            )
        )

        manager2 = new_staff("manager2", Role.MANAGER, zhang.branch_id, "王经理")
        s.add(manager2)
        s.flush()
        new_id = manager2.id
        uow.commit()
    with pytest.raises(DomainError):
        reassign_customer(db, user(ids, Role.MANAGER), "C0000000001", 1, new_id)
    pending = reassign_customer(db, supervisor, "C0000000001", 1, new_id)
    with (
        db.read() as uow
    ):  # asked, not done: the customer keeps the manager until a second supervisor approves
        assert uow.session.scalars(select(Task.assignee_id)).all() == [ids[Role.MANAGER]]
    with pytest.raises(DomainError, match="approval_same_person"):
        approvals.approve(db, supervisor, pending.approval_id)
    checker = StaffUser(add_second_supervisor(db), "supervisor2", "主管二", Role.SUPERVISOR, "0001", "")
    approvals.approve(db, checker, pending.approval_id, now=datetime(2026, 1, 31, 10))
    with db.read() as uow:
        tasks = uow.session.scalars(select(Task).order_by(Task.id)).all()
        assert [t.assignee_id for t in tasks] == [new_id, new_id]
        follow_up = tasks[1]
        assert follow_up.kind == REASSIGN_CONTACT_KIND and follow_up.due_on == date(2026, 2, 28)
        assert follow_up.details["notify"] == ["oral", "written"]
    profile = load_profile(db, supervisor, "C0000000001", TODAY)
    assert profile.manager_name == "王经理" and profile.changes[0].action == "customer_reassigned"
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_a_departing_managers_whole_book_moves_at_once(db, ids):
    supervisor = user(ids, Role.SUPERVISOR)
    with db.write() as uow:
        s = uow.session
        li = s.scalars(select(Customer).where(Customer.customer_no == "C0000000002")).one()
        li.manager_id = ids[Role.MANAGER]
        from db.models import Staff

        successor = Staff(
            login="manager9",
            name="接任经理",
            role="manager",
            branch_id=li.branch_id,
            password_hash="x",
            failed_logins=0,
            active=True,
            qualifications=[],
            created_at=datetime(2026, 1, 1),
        )
        s.add(successor)
        s.flush()
        new_id = successor.id
        uow.commit()
    with pytest.raises(InvalidValue):
        reassign_book(db, supervisor, ids[Role.MANAGER], ids[Role.TELLER])  # not a manager
    pending = reassign_book(db, supervisor, ids[Role.MANAGER], new_id)
    checker = StaffUser(add_second_supervisor(db), "supervisor2", "主管二", Role.SUPERVISOR, "0001", "")
    approvals.approve(db, checker, pending.approval_id)
    with db.read() as uow:
        assert set(uow.session.scalars(select(Customer.manager_id))) == {new_id}
        follow_ups = uow.session.scalars(select(Task).where(Task.kind == REASSIGN_CONTACT_KIND)).all()
        assert len(follow_ups) == 2 and {t.assignee_id for t in follow_ups} == {new_id}
        assert (
            len(
                uow.session.scalars(
                    select(AuditEntry).where(AuditEntry.action == "customer_reassigned")
                ).all()
            )
            == 2
        )


def test_a_contact_is_logged_by_the_signed_in_person(db, ids):
    teller = user(ids, Role.TELLER)
    add_interaction(db, teller, "C0000000002", "counter", "service_follow_up", "办理存款", "下周回访")
    with pytest.raises(InvalidValue):
        add_interaction(db, teller, "C0000000002", "counter", "service_follow_up", "  ")
    first = load_profile(db, teller, "C0000000002", TODAY).interactions[0]
    assert (
        first.summary == "办理存款" and first.staff_name == "teller-teller1" and first.next_step == "下周回访"
    )


# -- two stations, two processes --------------------------------------------------------------------------
def _station(url, who, field, value, start, results) -> None:
    db = Database(url)
    try:
        profile = load_profile(db, who, "C0000000001", TODAY)
        start.wait(timeout=30)  # both stations have the customer open before either saves
        try:
            update_customer(db, who, "C0000000001", profile.version, {field: value}, editable_values(profile))
            results.put(("saved", field))
        except CustomerChanged as exc:
            results.put(("refused", exc.fields))
    except BaseException as exc:  # noqa: BLE001 - reported to the test
        results.put(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        db.dispose()


def test_two_stations_saving_the_same_customer_lose_nothing_and_the_loser_is_told(db, db_url, ids):
    add_second_supervisor(db)
    first = user(ids, Role.SUPERVISOR)
    second = user(ids, Role.MANAGER)
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    stations = [
        context.Process(target=_station, args=(db_url, first, "phone", "13900002222", start, results)),
        context.Process(target=_station, args=(db_url, second, "address", "上海市徐汇区2号", start, results)),
    ]
    for process in stations:
        process.start()
    try:
        outcomes = [results.get(timeout=90) for _ in stations]
    finally:
        for process in stations:
            process.join(timeout=10)
    assert sorted(kind for kind, _ in outcomes) == ["refused", "saved"], outcomes
    winner = next(detail for kind, detail in outcomes if kind == "saved")
    refused_fields = next(detail for kind, detail in outcomes if kind == "refused")
    # The loser is told what the other station changed (a new address also asked for re-identification).
    assert refused_fields in ((winner,), (winner, "kyc_status"))
    profile = reveal_identifiers(db, first, "C0000000001", "verify_customer_present")
    assert profile.version == 2
    if winner == "phone":
        assert profile.phone == "13900002222" and profile.address == ""
    else:
        assert profile.address == "上海市徐汇区2号" and profile.phone == "13812345678"


def test_a_new_name_occupation_or_address_asks_for_re_identification(db, ids):
    manager = user(ids, Role.MANAGER)
    with db.write() as uow:
        uow.session.scalars(
            select(Customer).where(Customer.customer_no == "C0000000001")
        ).one().kyc_status = "verified"
        uow.commit()
    _save(db, manager, "C0000000001", {"email": "zs@example.com"})  # not a trigger
    assert load_profile(db, manager, "C0000000001", TODAY).kyc_status == "verified"
    _save(db, manager, "C0000000001", {"occupation": "教师"})
    assert load_profile(db, manager, "C0000000001", TODAY).kyc_status == "re_identification_required"
