"""Every drill-down on 1,000,000 customers: `python -m tests.benchmarks.bench_drill [--db URL] [--pg URL]`.

The database is the search benchmark's 1,000,000-customer SQLite file (build/bench/search-1000000.db, built once by
bench_search and reused; `--db URL` for another, `--pg URL` or BRANCHDESK_BENCH_PG_URL adds a PostgreSQL one),
prepared once as bench_performance prepares it (today's positions by the daily job, a year of history, an earlier
month end, a year of activity). Then every kind of drill-down (each figure, the book per tier, one cell of the
moves table), as the supervisor (the whole branch) and as a manager, is opened 3 times after a warm-up: the time to
its first page (DRILL_ROWS rows and the total), and the time to the page after it.

Target (issue 16): the slowest opening of each kind under 500 ms to the first screenful. Exit 1 if one is over.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from datetime import date

from db import schema
from db.session import Database
from domain.codes import Role
from domain.performance import Figure
from domain.periods import Cadence, period_containing
from services.performance_drill import DRILL_ROWS, drill
from tests.benchmarks.bench_performance import (
    DEFAULT_SQLITE,
    enough_customers,
    prepare_activity,
    prepare_month_ends,
    prepare_positions,
    staff_user,
)
from tests.benchmarks.targets import Targets

TARGET_MS = 500.0
RUNS = 3
KINDS: tuple[tuple[Figure, str, tuple[str, str] | None], ...] = (
    (Figure.BOOK, "", None),
    *((Figure.BOOK, tier, None) for tier in ("T0", "T1", "T2", "T3", "T4", "T5")),
    (Figure.NEW_CUSTOMERS, "", None),
    (Figure.MOVED_UP, "", None),
    (Figure.MOVED_DOWN, "", None),
    (Figure.MOVED_UP, "", ("T1", "T2")),
    (Figure.MID_HIGH_LOST, "", None),
    (Figure.CONTACT_DUE, "", None),
    (Figure.REFERRALS_CONVERTED, "", None),
    (Figure.RECOMMENDATIONS_ACCEPTED, "", None),
    (Figure.AGREEMENTS, "", None),
    (Figure.OVERDUE_TASKS, "", None),
)


def measure(db: Database, today: date, targets: Targets, full_scale: bool) -> None:
    month = period_containing(Cadence.MONTH, today)
    where = "SQLite" if db.is_sqlite else "PostgreSQL"
    for role in (Role.SUPERVISOR, Role.MANAGER):
        user = staff_user(db, role)
        for figure, tier, move in KINDS:
            label = f"{figure.value}{' ' + tier if tier else ''}{' ' + '→'.join(move) if move else ''}"

            def first_page(u=user, f=figure, t=tier, m=move):
                return drill(db, u, f, month, tier=t, move=m, today=today)

            listed = first_page()  # warm-up
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                first_page()
                times.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            drill(db, user, figure, month, tier=tier, move=move, today=today, offset=DRILL_ROWS)
            next_ms = (time.perf_counter() - started) * 1000
            print(
                f"  {role.value:<10} {label:<26} {listed.total:>9,} rows  first page median "
                f"{statistics.median(times):6.0f} ms  max {max(times):6.0f} ms  next page {next_ms:6.0f} ms"
            )
            targets.record(
                f"drill-down {label} as {role.value}, first page ({where})",
                max(times),
                TARGET_MS,
                "ms",
                full_scale=full_scale,
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", default=[], metavar="URL", help="a database to measure")
    parser.add_argument("--pg", default=os.environ.get("BRANCHDESK_BENCH_PG_URL", ""), help="PostgreSQL URL")
    parser.add_argument("--today", help="YYYY-MM-DD (default: today)")
    parser.add_argument("--min-customers", type=int, default=1_000_000)
    args, _ = parser.parse_known_args(argv)
    today = date.fromisoformat(args.today) if args.today else date.today()
    urls = list(args.db) or ([f"sqlite:///{DEFAULT_SQLITE}"] if DEFAULT_SQLITE.is_file() else [])
    if not urls:
        print(f"  {DEFAULT_SQLITE} is missing: build it with tests/benchmarks/bench_search.py")
    if args.pg:
        urls.append(args.pg)
    targets = Targets.shared()
    for url in urls:
        db = Database(url)
        try:
            customers = enough_customers(db, args.min_customers)
            print(f"{db.description}: {customers:,} customers, today {today}")
            if url == args.pg and customers < args.min_customers:
                print(f"  skipped: fewer than {args.min_customers:,} customers")
                continue
            schema.upgrade(db)
            prepare_positions(db, today)
            prepare_month_ends(db, today)
            prepare_activity(db, today)
            gc.collect()
            gc.freeze()
            measure(db, today, targets, full_scale=customers >= 1_000_000)
        finally:
            db.dispose()
    return 0 if targets.all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
