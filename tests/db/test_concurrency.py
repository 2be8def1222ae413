"""Several stations on one database: no lost update, stale saves refused, gap-free numbers (SQLite and PostgreSQL).

Stations are real OS processes (multiprocessing, spawn), each with its own engine, as in a branch.
"""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import select

from db import counters, errors
from db.models import Customer
from db.session import Database
from services.customer_import import import_customers
from tests.domain.test_customer_import import customer_csv, person
from tests.factories import operator

STATIONS = 4
INCREMENTS = 25
NUMBERS_PER_STATION = 30
SEQUENCE = "test_sequence"


def _run_stations(target, *args) -> list:
    """Start STATIONS processes that wait for each other before working; return their results."""
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(STATIONS), context.Queue()
    processes = [
        context.Process(target=_station, args=(start, results, target, args)) for _ in range(STATIONS)
    ]
    for process in processes:
        process.start()
    try:
        found = [results.get(timeout=60) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=10)
    failures = [r for r in found if isinstance(r, str)]
    assert not failures, failures
    return found


def _station(start, results, target, args) -> None:
    try:
        start.wait(timeout=30)  # every process is up (imports done) before any starts working
        results.put(target(*args))
    except BaseException as exc:  # noqa: BLE001 - reported to the test, which fails with it
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.fixture
def customer_no(db) -> str:
    import_customers(db, customer_csv(person(customer_no="C0000000001")), operator(db))
    return "C0000000001"


def _star_level(db: Database, customer_no: str) -> tuple[int, int]:
    with db.read() as uow:
        row = uow.session.scalars(select(Customer).where(Customer.customer_no == customer_no)).one()
        return row.star_level, row.version


# -- workers (run in the child processes: module-level so spawn can import them) -------------------------------


def _increment_many(url: str, customer_no: str, times: int) -> int:
    """Read-modify-write through a unit of work; a stale save is retried. Returns how many retries it took."""
    db = Database(url)
    retries = 0
    try:
        for _ in range(times):
            while True:
                try:
                    with db.write() as uow:
                        row = uow.session.scalars(
                            select(Customer).where(Customer.customer_no == customer_no)
                        ).one()
                        row.star_level = row.star_level + 1
                        uow.commit()
                    break
                except errors.RecordChanged:
                    retries += 1
    finally:
        db.dispose()
    return retries


def _take_numbers(url: str, count: int) -> list[int]:
    """Every third transaction takes a number and rolls back: it must not use one up."""
    db = Database(url)
    taken: list[int] = []
    try:
        for i in range(count + count // 2):
            with db.write() as uow:
                value = counters.next_value(uow.session, SEQUENCE)
                if i % 3 == 2:
                    continue  # leaving without commit rolls back
                uow.commit()
                taken.append(value)
    finally:
        db.dispose()
    return taken


# -- tests ---------------------------------------------------------------------------------------------------


def test_no_update_is_lost_between_stations(db, db_url, customer_no):
    start, _ = _star_level(db, customer_no)
    retries = _run_stations(_increment_many, db_url, customer_no, INCREMENTS)
    level, version = _star_level(db, customer_no)
    assert level == start + STATIONS * INCREMENTS
    assert version == 1 + STATIONS * INCREMENTS
    if db.is_sqlite:
        assert sum(retries) == 0  # BEGIN IMMEDIATE queues writers: a read-modify-write never goes stale


def test_a_second_station_saving_a_stale_record_gets_record_changed(db_url, customer_no):
    first, second = Database(db_url), Database(db_url)
    try:
        # Both stations open the customer (the read ends; the screens keep what they read).
        loaded = []
        for station in (first, second):
            with station.write() as uow:
                row = uow.session.scalars(select(Customer).where(Customer.customer_no == customer_no)).one()
                uow.session.expunge(row)
                loaded.append(row)
        mine, theirs = loaded
        with first.write() as uow:
            uow.session.add(mine)
            mine.phone = "13900000001"
            uow.commit()
        with pytest.raises(errors.RecordChanged), second.write() as uow:
            uow.session.add(theirs)
            theirs.phone = "13900000002"
            uow.commit()
        with second.read() as uow:
            stored = uow.session.scalars(
                select(Customer.phone).where(Customer.customer_no == customer_no)
            ).one()
        assert stored == "13900000001"  # the first save stands, the stale one was not applied
    finally:
        first.dispose()
        second.dispose()


def test_counter_numbers_are_unique_and_gap_free_across_stations(db, db_url):
    batches = _run_stations(_take_numbers, db_url, NUMBERS_PER_STATION)
    numbers = sorted(n for batch in batches for n in batch)
    assert numbers == list(range(1, STATIONS * NUMBERS_PER_STATION + 1))


def test_a_rolled_back_transaction_does_not_use_up_a_number(db):
    with db.write() as uow:
        assert counters.next_value(uow.session, SEQUENCE) == 1
        uow.commit()
    with db.write() as uow:
        assert counters.next_value(uow.session, SEQUENCE) == 2  # then rolled back
    with db.write() as uow:
        assert counters.next_value(uow.session, SEQUENCE) == 2
        assert counters.next_value(uow.session, SEQUENCE, count=3) == 5
        uow.commit()
