"""A book of 100,000 customers recommended through the database: `python -m tests.benchmarks.bench_book`.

What the weekly call plan does for a manager whose book is the whole branch: `services.recommend.opportunities`
reads the customers, their holdings, assessments, documents and answers, recommends every one against the
catalogue with the branch's peer figures and ranks them; then the call plan is written as the command line's
`opportunities --out` writes it (CSV, and the Excel workbook as a second figure).

Target (issue 16, on a two-core machine): reading, scoring and writing the CSV call plan under 30 s, on SQLite and
on PostgreSQL. A book this large is scored in one process per core (services/book_workers.py): the CPU seconds of
every process are printed too (on a shared machine the wall clock also counts other people's work). The database is built once and reused: a demo of `--base` customers (demo.generate), copied with
INSERT ... SELECT until the book has `--customers` (copies get their own ids, numbers, ID numbers and accounts;
all customers go to one manager). SQLite: build/bench/book-N.db; PostgreSQL: schema `bench_book_N` of the
database `--pg URL` (or BRANCHDESK_BENCH_PG_URL) names. `--customers 5000` runs it quickly.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Integer, String, Table, bindparam, cast, func, literal, select, text, update
from sqlalchemy.engine import Connection

import demo
from db import schema
from db.models import Customer, Holding, IdDocument, RecommendationOutcome, RiskAssessment, Staff
from db.session import Database
from reports import tables
from services import recommend
from tests.benchmarks.targets import Targets

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 23)
TARGET_S = 30.0
MANAGER = "manager1"
HEADER = ("rank", "customer_no", "name", "tier", "next_maturity", "maturing_amount", "top_score", "products",
          "reasons", "alerts")  # fmt: skip


def _copy_table(conn: Connection, table: Table, copy: int, stride: int, changes: dict[str, Callable]) -> None:
    """INSERT ... SELECT of every original row (id up to `stride`) as copy number `copy` (ids shifted)."""
    columns = [c for c in table.c if c.computed is None]
    n = bindparam("copy", copy, type_=Integer)
    values = []
    for c in columns:
        if c.name in changes:
            values.append(changes[c.name](c, n).label(c.name))
        elif c.name == "id":
            values.append((c + n * stride).label("id"))
        else:
            values.append(c)
    source = select(*values).where(table.c.id <= stride)
    conn.execute(table.insert().from_select([c.name for c in columns], source))


def _suffixed(column, n):
    return column + literal("-") + cast(n, String)


def _shifted(stride: int) -> Callable:
    return lambda column, n: column + n * stride


def multiply(db: Database, copies: int) -> None:
    """Copy the customers and what recommendations read of them `copies` times, set-based, then give every
    customer to one manager."""
    strides: dict[str, int] = {}
    with db.engine.begin() as conn:
        for model in (Customer, IdDocument, Holding, RiskAssessment, RecommendationOutcome):
            strides[model.__tablename__] = conn.scalar(select(func.coalesce(func.max(model.id), 0))) or 0
    customers = strides["customers"]
    plan: list[tuple[Table, dict[str, Callable]]] = [
        (Customer.__table__, {
            "customer_no": lambda c, n: literal("C") + cast(1_000_000_000 + Customer.id + n * customers, String),
            "household_id": lambda c, n: literal(None, Integer),
            "household_relation": lambda c, n: literal(None, String),
        }),
        (IdDocument.__table__, {"customer_id": _shifted(customers), "id_number": _suffixed}),
        (Holding.__table__, {"customer_id": _shifted(customers), "account_no": _suffixed}),
        (RiskAssessment.__table__, {"customer_id": _shifted(customers)}),
        (RecommendationOutcome.__table__, {"customer_id": _shifted(customers), "task_id": lambda c, n: literal(None, Integer)}),
    ]  # fmt: skip
    for copy in range(1, copies + 1):
        with db.engine.begin() as conn:
            for table, changes in plan:
                _copy_table(conn, table, copy, strides[table.name], changes)
    with db.engine.begin() as conn:
        manager = conn.scalar(select(Staff.id).where(Staff.login == MANAGER))
        conn.execute(update(Customer).values(manager_id=manager))
        if db.engine.dialect.name == "postgresql":
            for name in strides:
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) FROM {name}")
                )
            conn.execute(text("ANALYZE"))
        else:
            conn.execute(text("ANALYZE"))


def count(db: Database) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(Customer)) or 0


def open_book(url: str, customers: int, base: int, seed: int) -> tuple[Database, str]:
    """The book's database: reused when it holds `customers`, built when empty."""
    db = Database(url)
    schema.upgrade(db)
    have = count(db)
    if have == customers:
        return db, f"reused ({have:,} customers)"
    if have:
        raise SystemExit(f"{db.description} holds {have:,} customers, not {customers:,}: drop it first")
    started = time.perf_counter()
    base = min(base, customers)
    demo.generate(db, customers=base, seed=seed, today=AS_OF)
    copies = customers // base - 1
    multiply(db, copies)
    built = count(db)
    return (
        db,
        f"built in {time.perf_counter() - started:.0f} s ({built:,} customers: {base:,} × {copies + 1})",
    )


def sqlite_url(customers: int) -> str:
    path = ROOT / "build" / "bench" / f"book-{customers}.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def pg_url(url: str, customers: int) -> str:
    """The database `url` names, in a schema of its own (made when missing)."""
    name = f"bench_book_{customers}"
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{name}"'))
    finally:
        db.dispose()
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{name}"


def call_plan_rows(found: list[recommend.Opportunity]) -> list[list[object]]:
    """The rows of `branchdesk opportunities --out` (desktop/commands/recommend.py)."""
    return [
        [rank, o.customer_no, o.name, o.tier, o.next_maturity.isoformat() if o.next_maturity else "",
         format(o.maturing_amount, "f") if o.maturing_amount is not None else "", o.top_score,
         " ".join(o.products), " ".join(o.reasons), " ".join(o.alerts)]
        for rank, o in enumerate(found, 1)
    ]  # fmt: skip


def measure(db: Database, targets: Targets, customers: int) -> None:
    gc.collect()
    with tempfile.TemporaryDirectory(prefix="bd-book-") as folder:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        started, cpu = time.perf_counter(), time.process_time()
        found = recommend.opportunities(db, MANAGER, AS_OF)
        scored = time.perf_counter() - started
        rows = call_plan_rows(found)
        (Path(folder) / "plan.csv").write_bytes(tables.csv_bytes(HEADER, rows))
        total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
        written = time.perf_counter()
        (Path(folder) / "plan.xlsx").write_bytes(tables.xlsx_bytes("opportunities", HEADER, rows))
        xlsx = time.perf_counter() - written
    print(f"  {len(found):,} customers: read and scored in {scored:.1f} s, CSV written at {total:.1f} s "
          f"(CPU: {total_cpu:.1f} s here, {workers_cpu:.1f} s in worker processes); the Excel workbook takes "
          f"{xlsx:.1f} s more")  # fmt: skip
    if len(found) != customers:
        raise SystemExit(f"the call plan lists {len(found):,} customers, not {customers:,}")
    kind = "SQLite" if db.is_sqlite else "PostgreSQL"
    label = f"book of {customers:,} customers recommended through {kind} (read, score, write the call plan)"
    targets.record(label, total, TARGET_S, "s", full_scale=customers >= 100_000)
    targets.record(
        f"book of {customers:,} customers, CPU seconds of every process ({kind})",
        total_cpu + workers_cpu,
        None,
        "s",
    )
    targets.record(f"the same call plan as an Excel workbook ({kind})", total - scored + xlsx, None, "s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=2_000, help="demo customers copied to make the book")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg", default=os.environ.get("BRANCHDESK_BENCH_PG_URL", ""), help="PostgreSQL URL")
    parser.add_argument("--no-sqlite", action="store_true", help="skip SQLite")
    args, _unknown = parser.parse_known_args(argv)  # `make bench` hands every benchmark the same arguments
    targets = Targets.shared()
    urls = [] if args.no_sqlite else [sqlite_url(args.customers)]
    if args.pg:
        urls.append(pg_url(args.pg, args.customers))
    else:
        print("  PostgreSQL skipped: give --pg URL or set BRANCHDESK_BENCH_PG_URL")
    for url in urls:
        db, how = open_book(url, args.customers, args.base, args.seed)
        try:
            print(f"{db.description}: {how}")
            measure(db, targets, args.customers)
        finally:
            db.dispose()
    return 0 if targets.all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
