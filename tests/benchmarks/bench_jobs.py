"""The daily job and the month-end tier job on 1,000,000 customers: `python -m tests.benchmarks.bench_jobs [--db URL]`.

The database is the search benchmark's SQLite file (build/bench/search-1000000.db, built once by bench_search;
`--db URL` for another), prepared as bench_performance prepares it. While each job runs, a second process (another
station) writes one small row every ~50 ms, each in its own write transaction, and the longest of those writes is
the longest another station waited for SQLite's writer lock. Measured, in this order:
1. the month-end tier job alone (`tiers.run_month_end` for the last month end), after undoing that month end's job
   (its tier changes reverted, its run, month-end lines and transitions deleted: the same work again each time);
2. the first daily run after a month end (`positions.record_positions`): the tier job, every customer's line, the
   day's sums, the month end's copy and its transitions; after the same undoing;
3. an ordinary daily run (the month end recorded already);
4. the reminders job (`reminders.generate_reminders`), the other daily job.

Targets (issue 16): each job under 30 s, and no write of the other station waiting 200 ms or more.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime
from multiprocessing.synchronize import Event

from sqlalchemy import text

from db import schema
from db.session import Database
from services import reminders, tiers
from services.positions import previous_month_end, record_positions
from tests.benchmarks.bench_performance import (
    DEFAULT_SQLITE,
    enough_customers,
    prepare_activity,
    prepare_month_ends,
    prepare_positions,
)
from tests.benchmarks.targets import Targets

JOB_S = 30.0
WAIT_MS = 200.0
PROBE_EVERY_S = 0.05


def _probe(url: str, stop: Event, results) -> None:
    """Another station: a small write every ~50 ms; sends the milliseconds each took (BEGIN IMMEDIATE waits for
    the writer lock), and how many failed (the busy timeout ran out)."""
    db = Database(url)
    waits: list[float] = []
    failed = 0
    while not stop.is_set():
        started = time.perf_counter()
        try:
            with db.write() as uow:
                uow.session.execute(text("INSERT INTO bench_probe (at) VALUES (:at)"), {"at": datetime.now()})
                uow.commit()
        except Exception:  # noqa: BLE001 - a locked database is what is being measured
            failed += 1
        if not waits:
            results.put("ready")  # the first write, after the imports: the job may start
        waits.append((time.perf_counter() - started) * 1000)
        time.sleep(PROBE_EVERY_S)
    db.dispose()
    results.put((waits, failed))


def with_probe(db: Database, job: Callable[[], object]) -> tuple[float, list[float], int]:
    """(seconds the job took, the other station's write times in ms, its failed writes)."""
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS bench_probe (id INTEGER PRIMARY KEY, at TIMESTAMP)"))
    context = multiprocessing.get_context("spawn")
    stop, results = context.Event(), context.Queue()
    station = context.Process(target=_probe, args=(db.url, stop, results))
    station.start()
    assert results.get(timeout=120) == "ready"
    started, cpu = time.perf_counter(), time.process_time()
    job()
    seconds = time.perf_counter() - started
    print(f"    CPU seconds of the job's process (SQLite works in it): {time.process_time() - cpu:.1f} s")
    stop.set()
    waits, failed = results.get(timeout=120)
    station.join(timeout=30)
    return seconds, waits, failed


def undo_month_end(db: Database, month_end: date) -> None:
    """The month end as before its job: the job's tier changes reverted and deleted, its run, month-end lines,
    transitions and unfinished mark deleted; and one customer in twenty set back to T0 for it to upgrade."""
    started = time.perf_counter()
    job = "tier_changes.as_of = :m AND tier_changes.staff_id IS NULL"
    with db.write() as uow:
        s = uow.session
        s.execute(
            text(
                "UPDATE customers SET "
                f"tier = (SELECT old_tier FROM tier_changes WHERE customer_id = customers.id AND {job}), "
                f"star_level = (SELECT old_star FROM tier_changes WHERE customer_id = customers.id AND {job}) "
                f"WHERE id IN (SELECT customer_id FROM tier_changes WHERE {job})"
            ),
            {"m": month_end},
        )
        for statement in (
            f"DELETE FROM tier_changes WHERE {job}",
            "DELETE FROM tier_runs WHERE as_of = :m",
            "DELETE FROM customer_month_ends WHERE month_end = :m",
            "DELETE FROM tier_transitions WHERE month_end = :m",
            "DELETE FROM unfinished_runs WHERE day = :m",
        ):
            s.execute(text(statement), {"m": month_end})
        # One customer in twenty back at T0 one star: the job has upgrades to make (about 5% of the book).
        s.execute(text("UPDATE customers SET tier = 'T0', star_level = 1 WHERE id % 20 = 0 AND tier <> 'T0'"))
        uow.commit()
    print(f"  (month end {month_end} undone in {time.perf_counter() - started:.1f} s)")


def report(targets: Targets, label: str, seconds: float, waits: list[float], failed: int, full: bool) -> None:
    worst = max(waits) if waits else 0.0
    ms = sorted(waits)
    p99 = ms[max(0, int(len(ms) * 0.99) - 1)] if ms else 0.0
    print(
        f"  {label}: {seconds:.1f} s; the other station wrote {len(waits)} times, median "
        f"{statistics.median(waits) if waits else 0:.0f} ms, p99 {p99:.0f} ms, worst {worst:.0f} ms"
        + (f", {failed} FAILED (busy timeout)" if failed else "")
    )
    targets.record(f"{label} on 1,000,000 customers (SQLite)", seconds, JOB_S, "s", full_scale=full)
    targets.record(
        f"{label}: the other station's longest wait for the writer lock",
        worst if not failed else float("inf"),
        WAIT_MS,
        "ms",
        full_scale=full,
    )


def measure(db: Database, today: date, targets: Targets, full: bool) -> None:
    month_end = previous_month_end(today)
    jobs: tuple[tuple[str, Callable[[], object], bool], ...] = (
        ("month-end tier job", lambda: tiers.run_month_end(db, month_end), True),
        ("first daily job after a month end", lambda: record_positions(db, today), True),
        ("daily positions job", lambda: record_positions(db, today), False),
        ("daily reminders job", lambda: reminders.generate_reminders(db, today), False),
    )
    for label, job, undo_first in jobs:
        if undo_first:
            undo_month_end(db, month_end)
        result: list[object] = []
        seconds, waits, failed = with_probe(db, lambda j=job, r=result: r.append(j()))
        print(f"    {result[-1]}")
        report(targets, label, seconds, waits, failed, full)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", action="append", default=[], metavar="URL", help="a SQLite database to measure"
    )
    parser.add_argument("--today", help="YYYY-MM-DD (default: today)")
    parser.add_argument("--min-customers", type=int, default=1_000_000)
    args, _ = parser.parse_known_args(argv)
    today = date.fromisoformat(args.today) if args.today else date.today()
    urls = list(args.db) or ([f"sqlite:///{DEFAULT_SQLITE}"] if DEFAULT_SQLITE.is_file() else [])
    if not urls:
        print(f"  {DEFAULT_SQLITE} is missing: build it with tests/benchmarks/bench_search.py")
    targets = Targets.shared()
    for url in urls:
        db = Database(url)
        try:
            if not db.is_sqlite:
                print(f"  {db.description}: the writer-lock target is SQLite's; skipped")
                continue
            customers = enough_customers(db, args.min_customers)
            full = customers >= 1_000_000
            print(f"{db.description}: {customers:,} customers, today {today}")
            schema.upgrade(db)
            prepare_positions(db, today)
            prepare_month_ends(db, today)
            prepare_activity(db, today)
            gc.collect()
            measure(db, today, targets, full)
        finally:
            db.dispose()
    return 0 if targets.all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
