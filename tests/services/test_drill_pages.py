"""A drill-down comes a page at a time (issue 16): the first page is the largest AUM first, the next page goes on
where it stopped, and the pages together are every row the figure counts, each once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import Branch, CustomerPosition, Staff
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
