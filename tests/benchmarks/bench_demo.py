"""How fast the demo generator fills a database: `python -m tests.benchmarks.bench_demo [--customers 100000]`.

Two figures, each into a fresh SQLite file in a temporary folder (or `--db URL`, an empty database, for the big one):
- the demo `make run` fills on a fresh clone (2,000 customers with 120 days of activity through the real services,
  documents included; desktop/shell.py's DEMO_CUSTOMERS): issue 16 wants the sign-in window within 15 s of the
  set-up finishing, and the window itself is meant to take under 2 s, so the fill's target is 13 s;
- a big book (`--customers`, 100,000 by default): under 60 s on SQLite on a two-core machine.
`--no-book` measures only the first. Wall-clock and CPU seconds are both printed: on a shared machine the wall
clock says as much about the neighbours as about the demo.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

import demo
from db import schema
from db.session import Database
from demo.builder import DemoSummary
from tests.benchmarks.targets import Targets

TODAY = date(2026, 11, 23)
RUN_DEMO_CUSTOMERS = 2_000  # desktop/shell.py DEMO_CUSTOMERS
RUN_DEMO_LIMIT_S = 13.0  # 15 s to the sign-in window, less the window's own start
BOOK_LIMIT_S = 60.0


def _fill(url: str | None, customers: int, seed: int) -> tuple[DemoSummary, float, float, str]:
    with tempfile.TemporaryDirectory(prefix="bd-bench-") as folder:
        db = Database(url or f"sqlite:///{Path(folder) / 'bench.db'}")
        try:
            schema.upgrade(db)
            started, cpu = time.perf_counter(), time.process_time()
            summary = demo.generate(db, customers=customers, seed=seed, today=TODAY)
            seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        finally:
            db.dispose()
    return summary, seconds, cpu_seconds, db.description


def _report(title: str, filled: tuple, limit: float) -> bool:
    summary, seconds, cpu_seconds, where = filled
    parts = (summary.customers, summary.households, summary.documents, summary.holdings, summary.assessments)
    rows = sum(parts) + summary.interactions
    print(f"{title}")
    print(f"  database:     {where}")
    print(f"  customers:    {summary.customers:,} ({summary.holdings:,} holdings, {rows:,} rows in all)")
    print(f"  total:        {seconds:.1f} s ({cpu_seconds:.1f} s of CPU)")
    print(f"  customers/s:  {summary.customers / seconds:,.0f}")
    targets = Targets.shared()
    targets.record(f"{title}: CPU", cpu_seconds, None, "s")
    return targets.record(title, seconds, limit, "s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000, help="the big book's size")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--db", metavar="URL", help="an empty database for the big book (default: a SQLite file)"
    )
    parser.add_argument("--no-book", action="store_true", help="only the demo `make run` fills")
    args, _ = parser.parse_known_args(argv)
    ok = _report(
        f"make run demo ({RUN_DEMO_CUSTOMERS:,} customers, SQLite)",
        _fill(None, RUN_DEMO_CUSTOMERS, 1),
        RUN_DEMO_LIMIT_S,
    )
    if not args.no_book:
        book = _fill(args.db, args.customers, args.seed)
        ok &= _report(f"demo book of {args.customers:,} customers", book, BOOK_LIMIT_S)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
