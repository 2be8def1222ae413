"""Recommendations read from a real database: bulk facts, peers, one customer, a book, outcomes and conversion."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, select

from db import errors
from db.models import (
    Customer,
    Holding,
    Household,
    Product,
    RecommendationOutcome,
    RiskAssessment,
    Staff,
    Task,
)
from db.session import Database
from domain.codes import Role
from domain.errors import DomainError, InvalidValue
from domain.people import life_stage
from domain.suitability import assessment_valid_until
from services import book_workers, recommend_facts, recommend_outcomes
from services import recommend as service
from services.catalog import load_default_catalog
from services.suitability import suitability_facts
from tests.factories import add_customer, small_branch

TODAY = date(2026, 11, 23)
ZHANG, LI = "C0000000001", "C0000000002"


def _holding(s, customer_id: int, code: str, balance: str, account: str, **changes) -> None:
    product_id = s.scalars(select(Product.id).where(Product.code == code)).one()
    values = {"opened_on": date(2025, 1, 1), "maturity_on": None, "status": "active"}
    values.update(changes)
    s.add(Holding(customer_id=customer_id, product_id=product_id, account_no=account, balance=Decimal(balance),
                  **values))  # fmt: skip


@pytest.fixture
def branch(db):
    ids = small_branch(db, TODAY)
    load_default_catalog(db, "test")
    with db.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        zhang.tags = ["guardian_consent"]
        zhang.annual_income = Decimal("300000")
        _holding(s, zhang.id, "CARD-DEBIT", "0", "A1")
        _holding(s, zhang.id, "WM-STABLE-180D", "5000", "A2", status="closed", opened_on=date(2024, 1, 1))
        _holding(s, zhang.id, "DEP-DEMAND", "60000", "A3", opened_on=TODAY - timedelta(days=1))
        day = date(2026, 1, 10)
        s.add(RiskAssessment(customer_id=zhang.id, grade="C3", score=50, questionnaire_version="risk_v2025_1",
                             assessed_on=day, valid_until=assessment_valid_until(day), channel="branch",
                             answers={}, confirmed=True, created_at=datetime(2026, 1, 10)))  # fmt: skip
        branch_id = zhang.branch_id
        for n in range(3, 15):  # twelve middle-aged T0 peers of 张三's segment, eight holding a gold bar
            peer = add_customer(s, f"C00000000{n:02d}", f"客户{n}", f"11010519800517{n:03d}9"[:18],
                                date(1975, 1, n), "M", ids[Role.MANAGER], branch_id)  # fmt: skip
            if n < 11:
                _holding(s, peer.id, "GOLD-BAR", "1000", f"G{n}")
        uow.commit()
    return db


def test_bulk_facts_are_the_suitability_facts(branch):
    with branch.read() as uow:
        s = uow.session
        _entries, products = recommend_facts.load_catalogue(s)
        rows = recommend_facts.load_customers(s, list(s.scalars(select(Customer.id))), TODAY, products)
    assert [facts.customer_no for _b, facts in rows] == sorted(facts.customer_no for _b, facts in rows)
    for _branch, facts in rows:
        assert facts.suitability == suitability_facts(branch, facts.customer_no, TODAY), facts.customer_no
    zhang = next(f for _b, f in rows if f.customer_no == ZHANG)
    assert zhang.annual_income == Decimal("300000.00")
    assert {h.product for h in zhang.holdings} == {"CARD-DEBIT", "DEP-DEMAND", "TD1Y"}  # closed left out
    assert next(h for h in zhang.holdings if h.product == "TD1Y").maturity_on == TODAY + timedelta(days=15)


def test_peer_stats_count_customers_and_holders_per_segment(branch):
    with branch.read() as uow:
        peers = recommend_facts.peer_stats(uow.session, uow.session.scalar(select(Customer.branch_id)), TODAY)
        people = uow.session.execute(select(Customer.tier, Customer.birth_date)).all()
    expected: dict[tuple[str, str], int] = {}
    for tier, birth in people:
        expected[(tier, life_stage(birth, TODAY))] = expected.get((tier, life_stage(birth, TODAY)), 0) + 1
    assert dict(peers.segments) == expected
    assert peers.share(("T0", "middle"), "GOLD-BAR") == (8, 13)


@pytest.mark.parametrize(("as_of", "years", "expected"), [
    (date(2026, 11, 23), 35, date(1991, 11, 23)),
    (date(2025, 2, 28), 35, date(1990, 2, 28)),
    (date(2025, 2, 28), 1, date(2024, 2, 29)),  # 29 February birthdays count on 28 February
    (date(2024, 2, 29), 60, date(1964, 2, 29)),
])  # fmt: skip
def test_the_life_stage_cut_off_dates_follow_age_on(as_of, years, expected):
    assert recommend_facts.born_by(as_of, years) == expected


def test_one_customer_every_product_once_with_reasons(branch):
    rec = service.recommend_for(branch, " c0000000001 ", TODAY)
    with branch.read() as uow:
        codes = set(uow.session.scalars(select(Product.code)))
    listed = [r.product for r in rec.recommended] + [e.product for e in rec.excluded]
    assert sorted(listed) == sorted(codes)
    assert rec.customer_no == ZHANG and rec.risk_grade == "C3" and rec.tier == "T0"
    excluded = {e.product: e.codes for e in rec.excluded}
    assert excluded["TD1Y"] == ("product_spec_unreadable",)  # the factory's bare entry
    assert excluded["CARD-DEBIT"] == ("already_held",)
    reasons = {r.product: {x.code: dict(x.params) for x in r.reasons} for r in rec.recommended}
    assert reasons["EB-ONLINE"]["coverage_gap"] == {"held_family": "card", "missing_family": "ebanking"}
    assert reasons["GOLD-BAR"]["peers_hold"] == {
        "share": 61,
        "customers": 13,
        "tier": "T0",
        "stage": "middle",
    }
    assert reasons["FUND-MIXED"]["large_inflow"]["amount"] == Decimal("60000.00")


def test_an_unknown_customer_is_refused_by_number(branch):
    with pytest.raises(errors.NotFound) as refused:
        service.recommend_for(branch, "C9999999999", TODAY)
    assert refused.value.code == "unknown_customer" and refused.value.params == {"customer_no": "C9999999999"}


def test_a_book_is_ranked_maturities_first(branch):
    found = service.opportunities(branch, "manager1", TODAY)
    assert len(found) == 13  # 张三 and twelve peers; 李四 has no manager
    assert found[0].customer_no == ZHANG
    assert found[0].next_maturity == TODAY + timedelta(days=15)
    assert found[0].maturing_amount == Decimal("120000.00")
    rest = [(-o.top_score, o.customer_no) for o in found[1:]]
    assert rest == sorted(rest)
    with pytest.raises(DomainError):
        service.opportunities(branch, "nobody", TODAY)


def test_a_large_book_is_scored_in_worker_processes_alike(branch, monkeypatch):
    """Worker processes (each its own connection) give the call plan one process gives."""
    alone = service.opportunities(branch, "manager1", TODAY)
    monkeypatch.setattr(book_workers, "PARALLEL_FROM", 2)
    monkeypatch.setattr(book_workers.os, "cpu_count", lambda: 3)
    parts: list[int] = []
    enter = book_workers.Pool.__enter__
    monkeypatch.setattr(
        book_workers.Pool, "__enter__", lambda pool: parts.append(len(pool._parts)) or enter(pool)
    )
    assert service.opportunities(branch, "manager1", TODAY) == alone
    assert parts == [2]  # three parts: this process scored one, two workers the others


def test_a_book_stays_in_one_process_when_workers_cannot_help(monkeypatch):
    assert book_workers.split(list(range(7)), 3) == [[0, 1, 2], [3, 4], [5, 6]]
    monkeypatch.setattr(book_workers.os, "cpu_count", lambda: 2)
    on_file = Database("sqlite:////tmp/nowhere/book.db", engine=create_engine("sqlite://"))
    assert book_workers.workers_for(on_file, 100_000) == 2
    assert book_workers.workers_for(on_file, book_workers.PARALLEL_FROM - 1) == 1  # starting one costs more
    assert book_workers.workers_for(Database("sqlite://"), 100_000) == 1  # a worker could not see it
    monkeypatch.setattr(book_workers.sys, "frozen", True, raising=False)
    assert book_workers.workers_for(on_file, 100_000) == 1  # the bundle's executable is not `python -m`


def test_outcomes_are_stored_and_later_makes_a_follow_up_task(branch):
    with branch.read() as uow:
        staff_id = uow.session.scalar(select(Staff.id).where(Staff.login == "manager1"))
    now = datetime(2026, 11, 23, 10, 0)
    common = {"staff_id": staff_id, "actor": "manager1", "customer_no": ZHANG, "now": now}
    recommend_outcomes.record_outcome(branch, product_code="EB-ONLINE", outcome="accepted", reasons=["coverage_gap"],
                           rank=1, score=55, **common)  # fmt: skip
    recommend_outcomes.record_outcome(branch, product_code="GOLD-BAR", outcome="declined", decline_reason="risk_too_high",
                           reasons=["peers_hold", "risk_profile"], **common)  # fmt: skip
    later = recommend_outcomes.record_outcome(branch, product_code="FUND-MIXED", outcome="later",
                                   reasons=["risk_profile"], **common)  # fmt: skip
    with branch.read() as uow:
        task = uow.session.get_one(Task, later.task_id)
        assert (task.kind, task.due_on, task.details["product"]) == (
            "recommendation_follow_up", date(2026, 11, 30), "FUND-MIXED")  # fmt: skip
        assert task.details["expires_on"] == "2026-12-30"
        assert uow.session.query(RecommendationOutcome).count() == 3
    by_product = {c.key: c for c in recommend_outcomes.conversion(branch, "product")}
    assert (by_product["EB-ONLINE"].accepted, by_product["GOLD-BAR"].declined) == (1, 1)
    staff = recommend_outcomes.conversion(branch, "staff")
    assert [(c.key, c.accepted, c.declined, c.later, c.acceptance) for c in staff] == [
        ("manager1", 1, 1, 1, Decimal("0.500"))
    ]
    by_reason = {
        c.key: (c.accepted, c.declined, c.later) for c in recommend_outcomes.conversion(branch, "reason")
    }
    assert by_reason == {"coverage_gap": (1, 0, 0), "peers_hold": (0, 1, 0), "risk_profile": (0, 1, 1)}
    assert [c.key for c in recommend_outcomes.conversion(branch, "decline_reason")] == ["risk_too_high"]
    assert recommend_outcomes.conversion(branch, "product", since=date(2026, 11, 24)) == []


@pytest.mark.parametrize(("changes", "code"), [
    ({"outcome": "maybe"}, "unknown_outcome"),
    ({"outcome": "declined"}, "decline_reason_required"),
    ({"outcome": "declined", "decline_reason": "too_ugly"}, "unknown_decline_reason"),
    ({"outcome": "accepted", "decline_reason": "no_funds"}, "unknown_decline_reason"),
])  # fmt: skip
def test_a_bad_answer_is_refused(branch, changes, code):
    with pytest.raises(InvalidValue) as refused:
        recommend_outcomes.record_outcome(branch, staff_id=1, actor="x", customer_no=ZHANG, product_code="EB-ONLINE",
                               **changes)  # fmt: skip
    assert refused.value.code == code


def test_a_product_just_sold_rests_like_an_accepted_offer(branch):
    from db.models import Agreement

    top = service.recommend_for(branch, ZHANG, TODAY).recommended[0].product
    with branch.write() as uow:
        s = uow.session
        customer_id = s.scalars(select(Customer.id).where(Customer.customer_no == ZHANG)).one()
        product_id = s.scalars(select(Product.id).where(Product.code == top)).one()
        staff_id = s.scalars(select(Staff.id).where(Staff.login == "manager1")).one()
        s.add(Agreement(number="0001-2026-000001", customer_id=customer_id, product_id=product_id, product_version=1,
                        amount=Decimal("1000"), term="", status="issued", template_id="t", template_version="v",
                        pdf=b"%PDF", sha256="0" * 64, issued_by_id=staff_id,
                        issued_at=datetime.combine(TODAY, datetime.min.time()), copies_printed=0,
                        acknowledged_warnings=[], void_reason="", content_sha256="0" * 64, document={},
                        station="", rule_version="", copy_hashes=[]))  # fmt: skip
        uow.commit()
    after = service.recommend_for(branch, ZHANG, TODAY)
    assert top not in [item.product for item in after.recommended]
    assert "recently_answered" in next(e.codes for e in after.excluded if e.product == top)


def test_a_household_child_of_school_age_brings_education_savings_to_the_parent(branch):
    """The household's children are read with the customer: 张三 is offered 教育储蓄 only once a child of 9 to
    17 is in his household, the child's age in the reason."""

    def education():
        rec = service.recommend_for(branch, ZHANG, TODAY)
        return next((item for item in rec.recommended if item.product == "DEP-EDUCATION"), None)

    assert education() is None
    with branch.write() as uow:
        s = uow.session
        zhang = s.scalars(select(Customer).where(Customer.customer_no == ZHANG)).one()
        household = Household(code="H000000009")
        s.add(household)
        s.flush()
        child = add_customer(s, "C0000000099", "张小明", "110105201405050014", date(2014, 5, 5), "M",
                             zhang.manager_id, zhang.branch_id)  # fmt: skip
        zhang.household_id, zhang.household_relation = household.id, "head"
        child.household_id, child.household_relation = household.id, "child"
        uow.commit()
    found = education()
    assert found is not None and ("household_child", {"age": 12}) in [
        (r.code, r.params) for r in found.reasons
    ]
