"""The daily jobs (positions, reminders) and the month-end tier job write in chunks (short write transactions): a run cut short anywhere is
completed by the next run, to exactly what one uninterrupted run records, and a second run changes nothing."""

from __future__ import annotations

import itertools
import shutil
from datetime import date, datetime

import pytest
from sqlalchemy import select, update

from db.models import (
    Customer,
    CustomerMonthEnd,
    CustomerPosition,
    DailyPosition,
    Task,
    TierChange,
    TierRun,
    TierTransition,
    UnfinishedRun,
)
from db.session import Database
from services import positions, reminders, tier_job

DEMO_DAY = date(2026, 11, 23)
FIRST_OF_DECEMBER = date(2026, 12, 2)  # the first run after November's month end
NOVEMBER_END = date(2026, 11, 30)


class PowerCut(Exception):
    pass


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    """Many chunks on a 300-customer demo, as on a million customers."""
    monkeypatch.setattr(tier_job, "JOB_CHUNK", 7)
    monkeypatch.setattr(positions, "CHUNK_CUSTOMERS", 40)


def _state(db: Database) -> dict[str, object]:
    """What the run recorded, by customer number (ids differ in nothing, but numbers read better)."""
    with db.read() as uow:
        s = uow.session
        number = {cid: no for cid, no in s.execute(select(Customer.id, Customer.customer_no))}
        run = s.get(TierRun, NOVEMBER_END)
        return {
            "tiers": sorted(
                map(tuple, s.execute(select(Customer.customer_no, Customer.tier, Customer.star_level)))
            ),
            "changes": sorted(
                (number[c.customer_id], c.old_tier, c.new_tier, c.old_star, c.new_star, c.reason)
                for c in s.scalars(select(TierChange).where(TierChange.as_of == NOVEMBER_END))
            ),
            "run": (run.upgrades, run.downgrades, run.overrides_expired, run.stars_changed) if run else None,
            "month_end": sorted(
                (number[m.customer_id], m.manager_id, m.tier, m.aum)
                for m in s.scalars(select(CustomerMonthEnd).where(CustomerMonthEnd.month_end == NOVEMBER_END))
            ),
            "transitions": sorted(
                (t.manager_id or 0, t.from_tier, t.to_tier, t.left_book, t.customers)
                for t in s.scalars(select(TierTransition).where(TierTransition.month_end == NOVEMBER_END))
            ),
            "days": sorted(
                (d.day, d.manager_id or 0, d.tier, d.customers, d.aum, d.deposits, d.contact_due, d.contacted)
                for d in s.scalars(select(DailyPosition).where(DailyPosition.day > DEMO_DAY))
            ),
            "lines": sorted(
                (number[c.customer_id], c.tier, c.aum, c.planned, c.contacted)
                for c in s.scalars(select(CustomerPosition))
            ),
            "unfinished": list(s.scalars(select(UnfinishedRun.job))),
        }


def _demo(db: Database, demo_copy) -> None:
    """The demo, with every third customer's tier set back to T0 one star: the month end upgrades them."""
    demo_copy(db, customers=300, seed=3, today=DEMO_DAY)
    with db.write() as uow:
        uow.session.execute(update(Customer).where(Customer.id % 3 == 0).values(tier="T0", star_level=1))
        uow.commit()


@pytest.fixture
def reference(sqlite_template, demo_copy, tmp_path):
    """One uninterrupted run on a copy of the same demo: (its state, how many write transactions it took)."""
    path = tmp_path / "reference.db"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    _demo(db, demo_copy)
    writes = itertools.count()
    real = db.write

    def counted():
        next(writes)
        return real()

    db.write = counted  # type: ignore[method-assign]
    run = positions.record_positions(db, FIRST_OF_DECEMBER)
    assert run is not None and run.month_end == NOVEMBER_END
    total = next(writes)
    db.write = real  # type: ignore[method-assign]
    state = _state(db)
    db.dispose()
    return state, total


@pytest.mark.parametrize("where", [0.1, 0.3, 0.5, 0.7, 0.9, 1.0])
def test_a_run_cut_short_is_completed_by_the_next_one(db, demo_copy, reference, monkeypatch, where):
    expected, writes = reference
    assert writes >= 15  # the chunks are many: tier changes, customers' lines, the month end's copy
    assert expected["changes"] and expected["run"] and expected["month_end"] and expected["transitions"]
    _demo(db, demo_copy)
    cut_at = max(1, int(writes * where) - 1)
    count = itertools.count()
    real = db.write

    def failing():
        if next(count) >= cut_at:
            raise PowerCut
        return real()

    monkeypatch.setattr(db, "write", failing)
    with pytest.raises(PowerCut):
        positions.record_positions(db, FIRST_OF_DECEMBER)
    monkeypatch.setattr(db, "write", real)
    half_done = _state(db)
    assert half_done != expected
    positions.record_positions(db, FIRST_OF_DECEMBER)
    assert _state(db) == expected
    again = positions.record_positions(db, FIRST_OF_DECEMBER)  # the same day again: nothing new
    assert again is not None and again.month_end is None
    assert _state(db) == expected


def _tasks(db: Database) -> list[tuple]:
    with db.read() as uow:
        return sorted(
            (t.source_key or "", t.kind, t.assignee_id or 0, t.status, t.outcome, t.due_on)
            for t in uow.session.scalars(select(Task))
        )


@pytest.mark.parametrize("where", [0.2, 0.6, 1.0])
def test_the_reminders_job_cut_short_is_completed_by_the_next_run(
    db, demo_copy, sqlite_template, tmp_path, monkeypatch, where
):
    monkeypatch.setattr(reminders, "WRITE_TASKS", 7)
    path = tmp_path / "reference.db"
    shutil.copyfile(sqlite_template, path)
    reference = Database(f"sqlite:///{path}")
    demo_copy(reference, customers=300, seed=3, today=DEMO_DAY)
    writes = itertools.count()
    real_reference = reference.write
    monkeypatch.setattr(reference, "write", lambda: (next(writes), real_reference())[1])
    first = reminders.generate_reminders(reference, FIRST_OF_DECEMBER, now=datetime(2026, 12, 2, 8))
    total = next(writes)
    expected = _tasks(reference)
    reference.dispose()
    assert sum(first.created.values()) > 14 and total > 3  # several batches
    demo_copy(db, customers=300, seed=3, today=DEMO_DAY)
    count = itertools.count()
    real = db.write

    def failing():
        if next(count) >= max(1, int(total * where) - 1):
            raise PowerCut
        return real()

    monkeypatch.setattr(db, "write", failing)
    with pytest.raises(PowerCut):
        reminders.generate_reminders(db, FIRST_OF_DECEMBER, now=datetime(2026, 12, 2, 8))
    monkeypatch.setattr(db, "write", real)
    assert _tasks(db) != expected
    reminders.generate_reminders(db, FIRST_OF_DECEMBER, now=datetime(2026, 12, 2, 8))
    assert _tasks(db) == expected
    again = reminders.generate_reminders(db, FIRST_OF_DECEMBER, now=datetime(2026, 12, 2, 8))
    assert not again.changed
