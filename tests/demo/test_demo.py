from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

import demo
from db import counters, schema
from db.models import Customer, Holding, Household, IdDocument, Interaction, Product, RiskAssessment
from db.session import Database
from demo.rows import tier_for
from domain.errors import DomainError
from domain.identity import parse_resident_id
from domain.people import age_on
from services import staff

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo_db(db, demo_copy):
    summary = demo_copy(db, customers=2000, seed=1, today=TODAY)
    return db, summary


def _snapshot(db) -> list[tuple]:
    """What a person would compare: customers with their documents and balances."""
    with db.read() as uow:
        session = uow.session
        customers = session.execute(
            select(
                Customer.customer_no, Customer.name, Customer.birth_date, Customer.phone, Customer.tier
            ).order_by(Customer.id)
        ).all()
        documents = session.execute(select(IdDocument.id_number).order_by(IdDocument.id)).scalars().all()
        balances = session.execute(select(Holding.balance).order_by(Holding.id)).scalars().all()
    return [tuple(customers), tuple(documents), tuple(balances)]


def test_the_same_seed_makes_the_same_customers(db, tmp_path):
    demo.generate(db, customers=300, seed=5, today=TODAY)
    other = Database(f"sqlite:///{tmp_path / 'again.db'}")
    try:
        schema.upgrade(other)
        demo.generate(other, customers=300, seed=5, today=TODAY)
        assert _snapshot(other) == _snapshot(db)
    finally:
        other.dispose()


def test_another_seed_makes_other_customers(db, tmp_path):
    demo.generate(db, customers=50, seed=1, today=TODAY)
    other = Database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        schema.upgrade(other)
        demo.generate(other, customers=50, seed=2, today=TODAY)
        assert _snapshot(other)[0] != _snapshot(db)[0]
    finally:
        other.dispose()


def test_every_resident_id_is_valid_unique_and_matches_the_customer(demo_db):
    db, summary = demo_db
    with db.read() as uow:
        rows = uow.session.execute(
            select(
                IdDocument.id_type,
                IdDocument.id_number,
                IdDocument.id_tail,
                Customer.birth_date,
                Customer.gender,
            ).join(Customer, Customer.id == IdDocument.customer_id)
        ).all()
    assert summary.customers == 2000
    numbers = Counter((id_type, number) for id_type, number, *_ in rows)
    assert max(numbers.values()) == 1
    resident = [r for r in rows if r.id_type == "RESIDENT_ID"]
    assert len(resident) > 1900 and len(rows) > len(resident)  # a few passports and permits too
    for _, number, tail, birth, gender in resident:
        parsed = parse_resident_id(number)
        assert (parsed.birth_date, parsed.gender.value, tail) == (birth, gender, number[-6:])


def test_every_tier_occurs_and_matches_the_holdings(demo_db):
    db, summary = demo_db
    with db.read() as uow:
        aum = dict(
            uow.session.execute(
                select(Holding.customer_id, func.sum(Holding.balance)).group_by(Holding.customer_id)
            ).all()
        )
        tiers = dict(uow.session.execute(select(Customer.id, Customer.tier)).all())
        per_customer = Counter(uow.session.scalars(select(Holding.customer_id)))
    counts = Counter(tiers.values())
    assert set(counts) == {"T0", "T1", "T2", "T3", "T4", "T5"}
    assert counts["T0"] > counts["T1"] > counts["T2"] > counts["T3"] > counts["T4"] > counts["T5"]
    assert dict(summary.tiers) == dict(counts)
    for customer_id, tier in tiers.items():
        assert tier == tier_for(int(Decimal(aum[customer_id]) * 100))
    assert set(per_customer.values()) <= {1, 2, 3, 4, 5} and max(per_customer.values()) == 5


def test_holdings_respect_the_catalogue_and_some_mature_soon(demo_db):
    db, _ = demo_db
    with db.read() as uow:
        rows = uow.session.execute(
            select(
                Product.code, Product.min_amount, Holding.balance, Holding.opened_on, Holding.maturity_on
            ).join(Product, Product.id == Holding.product_id)
        ).all()
        raw = uow.session.execute(text("SELECT balance FROM holdings LIMIT 1")).scalar_one()
    assert isinstance(raw, int)  # Money columns hold integer fen, even through bulk inserts
    assert all(isinstance(r.balance, Decimal) and r.balance > 0 for r in rows)
    assert all(r.min_amount is None or r.balance >= r.min_amount for r in rows)
    assert all(r.opened_on <= TODAY for r in rows)
    soon = [r for r in rows if r.maturity_on and TODAY < r.maturity_on <= TODAY + timedelta(days=30)]
    assert len(soon) > 20
    assert {r.code for r in rows} >= {
        "DEP-DEMAND",
        "DEP-TD-1Y",
        "WM-STABLE-180D",
        "FUND-EQUITY",
        "WM-PRIVATE-2Y",
    }
    assert all(r.maturity_on is None for r in rows if r.code in {"DEP-DEMAND", "DEP-NOTICE-7D", "FUND-MMF"})


def test_households_assessments_contacts_and_managers(demo_db):
    db, summary = demo_db
    with db.read() as uow:
        session = uow.session
        customers = session.execute(
            select(Customer.id, Customer.birth_date, Customer.household_id, Customer.household_relation,
                   Customer.manager_id, Customer.tier)
        ).all()  # fmt: skip
        assessments = session.execute(select(RiskAssessment.customer_id, RiskAssessment.valid_until)).all()
        contacts = session.scalar(select(func.count()).select_from(Interaction))
        investors = set(
            session.scalars(
                select(Holding.customer_id)
                .join(Product, Product.id == Holding.product_id)
                .where(Product.family.in_(["wealth", "fund"]))
            )
        )
    households = defaultdict(list)
    for c in customers:
        if c.household_id:
            households[c.household_id].append(c.household_relation)
    assert len(households) == summary.households > 100
    assert all("head" in relations and len(relations) >= 2 for relations in households.values())
    assert any(age_on(c.birth_date, TODAY) < 18 for c in customers)
    assert all(18 <= age_on(c.birth_date, TODAY) <= 86 for c in customers if c.household_relation != "child")
    assessed = {a.customer_id for a in assessments}
    assert investors - assessed, "some investors have never been assessed"
    assert any(a.valid_until < TODAY for a in assessments), "some assessments have expired"
    assert contacts == summary.interactions > 1000
    assert any(c.manager_id is None for c in customers)
    assert all(c.manager_id is not None for c in customers if c.tier in {"T3", "T4", "T5"})


def test_the_demo_logins_work(demo_db):
    db, summary = demo_db
    logins = dict(summary.logins)
    assert logins == {
        "teller1": "teller", "teller2": "teller", "manager1": "manager", "manager2": "manager",
        "manager3": "manager", "supervisor1": "supervisor", "admin1": "admin", "lobby1": "lobby_manager",
        "wealth1": "wealth_manager", "complaints1": "complaint_officer", "head1": "branch_head",
    }  # fmt: skip
    for login in logins:
        user = staff.login(db, login, "Demo2026")
        assert (user.login, user.role.value, user.branch_code) == (login, logins[login], "3101")


def test_a_database_with_customers_is_refused_and_left_alone(demo_db):
    db, _ = demo_db
    before = _snapshot(db)
    assert not demo.is_empty(db)
    with pytest.raises(DomainError, match="database_not_empty"):
        demo.generate(db, customers=10, seed=9, today=TODAY)
    assert _snapshot(db) == before


def test_later_numbers_and_rows_do_not_collide_with_the_demo(db):
    assert demo.is_empty(db)
    demo.generate(db, customers=20, seed=1, today=TODAY)
    with db.write() as uow:
        assert counters.next_value(uow.session, "customer_no") == 21
        uow.session.add(Household(code="H-NEW"))  # PostgreSQL: the id sequence was moved past the demo rows
        uow.session.add(
            Interaction(
                customer_id=1, channel="phone", purpose="test", occurred_at=datetime(2026, 11, 23, 10)
            )
        )
        uow.commit()
