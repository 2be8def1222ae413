"""How fast the demo generator fills a database: `python -m tests.benchmarks.bench_demo --customers 100000`.

Uses a fresh SQLite file in a temporary folder unless `--db URL` names another (empty) database. The target is
100,000 customers in under 60 s on SQLite on a two-core machine.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", metavar="URL", help="an empty database (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bd-bench-") as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        db = Database(url)
        try:
            schema.upgrade(db)
            started = time.perf_counter()
            summary = demo.generate(db, customers=args.customers, seed=args.seed, today=date(2026, 11, 23))
            seconds = time.perf_counter() - started
        finally:
            db.dispose()
    parts = (summary.customers, summary.households, summary.documents, summary.holdings, summary.assessments)
    rows = sum(parts) + summary.interactions
    print(f"database:     {db.description}")
    print(f"customers:    {summary.customers:,} ({summary.holdings:,} holdings, {rows:,} rows in all)")
    print(f"total:        {seconds:.1f} s")
    print(f"customers/s:  {summary.customers / seconds:,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
