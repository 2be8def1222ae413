"""A drill-down comes a page at a time (issue 16): the first page is the largest AUM first, the next page goes on
where it stopped, and the pages together are every row the figure counts, each once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from db.models import Branch, CustomerMonthEnd, CustomerPosition, Staff
from domain.codes import Role
from domain.performance import Figure
from domain.periods import Cadence, period_containing
from domain.staff import StaffUser
from services import performance, performance_drill, positions

TODAY = date(2026, 11, 23)


def _supervisor(db) -> StaffUser:
    with db.read() as uow:
        row = uow.session.scalar(select(Staff).where(Staff.login == "supervisor1"))
        branch = uow.session.get(Branch, row.branch_id)
        return StaffUser(row.id, row.login, row.name, Role.SUPERVISOR, branch.code, branch.name)


@pytest.fixture
def demo_db(db, demo_copy):
    demo_copy(db, customers=300, seed=3, today=TODAY)
    return db


def test_the_book_comes_a_page_at_a_time_from_the_stored_lines(demo_db, monkeypatch):
    db = demo_db
    monkeypatch.setattr(performance_drill, "DRILL_ROWS", 120)
    positions.record_positions(db, TODAY)
    supervisor = _supervisor(db)
    month = period_containing(Cadence.MONTH, TODAY)
    card = performance.scorecard(db, supervisor, month, today=TODAY)
    pages = [
        performance_drill.drill(db, supervisor, Figure.BOOK, month, today=TODAY, offset=offset)
        for offset in (0, 120, 240)
    ]
    assert [len(p.rows) for p in pages] == [120, 120, 60]
    assert card.book.customers_end == 300
    assert {p.total for p in pages} == {300}
    listed = [r for p in pages for r in p.rows]
    assert len({r.customer_no for r in listed}) == 300
    assert [r.aum for r in listed] == sorted((r.aum for r in listed), reverse=True)
    with db.read() as uow:  # the AUM shown is the stored line's, the line the figure was summed from
        stored = {
            cid: aum
            for cid, aum in uow.session.execute(select(CustomerPosition.customer_id, CustomerPosition.aum))
        }
    assert sorted(stored.values(), reverse=True) == [r.aum for r in listed]
    due = performance_drill.drill(db, supervisor, Figure.CONTACT_DUE, month, today=TODAY)
    assert due.total == card.book.contact_due - card.book.contacted
    assert [r.aum for r in due.rows] == sorted((r.aum for r in due.rows), reverse=True)


def _user(db, login: str) -> StaffUser:
    with db.read() as uow:
        row = uow.session.scalar(select(Staff).where(Staff.login == login))
        branch = uow.session.get(Branch, row.branch_id)
        return StaffUser(row.id, row.login, row.name, Role(row.role), branch.code, branch.name)


@pytest.mark.owner  # rewrites October's stored month end, which no station may change
def test_tier_moves_read_by_index_are_the_customers_the_join_finds(demo_db, monkeypatch):
    db = demo_db
    with db.write() as uow:  # October's month end as if some stood lower and some higher than they do now
        s = uow.session
        october = CustomerMonthEnd.month_end == date(2026, 10, 31)
        s.execute(
            update(CustomerMonthEnd).where(october, CustomerMonthEnd.customer_id % 3 == 0).values(tier="T0")
        )
        s.execute(
            update(CustomerMonthEnd).where(october, CustomerMonthEnd.customer_id % 7 == 0).values(tier="T5")
        )
        uow.commit()
    positions.record_positions(db, date(2026, 12, 2))  # records 11-30, each row with its October tier
    month = period_containing(Cadence.MONTH, date(2026, 12, 2))
    for login in ("supervisor1", "manager1"):
        user = _user(db, login)
        for figure in (Figure.MOVED_UP, Figure.MOVED_DOWN, Figure.MID_HIGH_LOST):
            by_index = performance_drill.drill(db, user, figure, month, today=date(2026, 12, 2))
            with monkeypatch.context() as m:
                m.setattr(performance_drill, "_moves_page", lambda *args: None)
                by_join = performance_drill.drill(db, user, figure, month, today=date(2026, 12, 2))
            assert by_index.total == by_join.total > 0, (login, figure)
            assert by_index.rows == by_join.rows, (login, figure)
    cell = performance_drill.drill(db, _user(db, "supervisor1"), Figure.MOVED_UP, month, move=("T0", "T2"),
                                   today=date(2026, 12, 2))  # fmt: skip
    assert cell.total and {r.detail for r in cell.rows} == {"T0→T2"}
