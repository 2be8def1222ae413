"""Performance figures at scale: `python -m tests.benchmarks.bench_performance [--db URL] [--pg URL] [--today D]`.

Databases: the search benchmark's 1,000,000-customer SQLite file (build/bench/search-1000000.db, built by
bench_search; `--db URL` to use another) and, with `--pg URL` or BRANCHDESK_BENCH_PG_URL, a PostgreSQL one (used
only once it holds at least `--min-customers`). Each is upgraded (migration 0007 adds the positions tables), then
prepared once, cheaply, in SQL:
- daily positions: when `daily_positions` is empty, the daily job (`record_positions`) runs for today, timed -
  that is the real cost of the job on this book - and today's rows are copied back over 400 days, AUM and
  deposits scaled down a little per day (a year of history without walking a million customers per day);
- month ends: the job wrote the last month end; the one before it is copied from the customers with one in
  seventeen a tier lower and one in nineteen a tier higher, so tier moves and retention have data; then the
  stored transitions between the two;
- activity: when there are few referrals, a year of it in bulk (about 1% of customers referred, 10% answered a
  recommendation, 2% signed an agreement, 6% got a counter receipt; the documents are placeholders - this measures
  counting, not PDFs).
Then, as the branch supervisor (after one warm-up): the dashboard opening (`scorecard` for today's day cadence, 10
runs), the monthly report (`scorecard` for the month + the PDF, + the Excel workbook when
reports/performance_xlsx.py exists; 5 runs), a manager's dashboard (10 runs) and drill-downs (5 runs each).

Targets: dashboard under 1 s, monthly report under 5 s (slowest run); exit 1 if a database misses one. `--explain`
prints the query plan of the statements the dashboard runs (SQLite: EXPLAIN QUERY PLAN) with their times.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Date, event, func, insert, literal, select, text

from db import schema
from db.models import (
    Agreement,
    Customer,
    CustomerMonthEnd,
    CustomerPosition,
    DailyPosition,
    Product,
    Receipt,
    RecommendationOutcome,
    Staff,
    Task,
)
from db.session import Database
from domain.codes import Role
from domain.performance import Figure
from domain.periods import Cadence, period_containing
from domain.staff import StaffUser
from reports.performance import build_performance_report
from services.performance import scorecard
from services.performance_drill import drill
from services.positions import _write_transitions, previous_month_end, record_positions

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SQLITE = ROOT / "build" / "bench" / "search-1000000.db"
DASHBOARD_S = 1.0
REPORT_S = 5.0
HISTORY_DAYS = 400
CHUNK = 5_000


def machine() -> str:
    return f"machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}"


def _workbook_builder() -> Callable | None:
    try:
        from reports.performance_xlsx import build_performance_workbook
    except ImportError:
        return None
    return build_performance_workbook


def staff_user(db: Database, role: Role) -> StaffUser:
    with db.read() as uow:
        s = uow.session
        row = s.scalars(
            select(Staff).where(Staff.role == role.value, Staff.active.is_(True)).order_by(Staff.id)
        ).first()
        if row is None:
            raise SystemExit(f"no active {role.value} in the database")
        from db.models import Branch

        branch = s.get_one(Branch, row.branch_id)
        return StaffUser(row.id, row.login, row.name, role, branch.code, branch.name)


# --- preparing the database (once) ------------------------------------------------------------------------


def prepare_positions(db: Database, today: date) -> None:
    with db.read() as uow:
        recorded = uow.session.scalar(select(func.count()).select_from(DailyPosition))
        lines = uow.session.scalar(select(CustomerPosition.customer_id).limit(1))
    if recorded:
        print(f"  daily positions: {recorded:,} rows already recorded")
        if lines is None:  # recorded before the job stored each customer's line (migration 0016)
            started = time.perf_counter()
            record_positions(db, today)
            print(f"  customers' lines by record_positions({today}): {time.perf_counter() - started:.1f} s")
        return
    started = time.perf_counter()
    run = record_positions(db, today)
    print(
        f"  record_positions({today}): {time.perf_counter() - started:.1f} s - {run.groups} groups, "
        f"month end {run.month_end}"
    )
    started = time.perf_counter()
    p = DailyPosition
    columns = [
        "day", "branch_id", "manager_id", "tier", "customers", "aum", "deposits", "holdings", "families",
        "contact_due", "contacted",
    ]  # fmt: skip
    with db.write() as uow:
        s = uow.session
        rows = s.execute(select(*[getattr(p, c) for c in columns]).where(p.day == today)).all()
        for offset in range(1, HISTORY_DAYS + 1):
            scale = Decimal(1) - Decimal(offset) * Decimal("0.0004")  # about 15% less a year before
            s.execute(
                insert(p.__table__),
                [
                    {
                        **dict(zip(columns, row, strict=True)),
                        "day": today - timedelta(days=offset),
                        "aum": (row.aum * scale).quantize(Decimal("0.01")),
                        "deposits": (row.deposits * scale).quantize(Decimal("0.01")),
                    }
                    for row in rows
                ],
            )
        uow.commit()
    print(
        f"  history: {HISTORY_DAYS} days x {len(rows)} groups copied back in {time.perf_counter() - started:.1f} s"
    )


def prepare_month_ends(db: Database, today: date) -> None:
    started = time.perf_counter()
    later = previous_month_end(today)
    earlier = previous_month_end(later)
    with db.write() as uow:
        s = uow.session
        if s.scalar(select(func.count()).where(CustomerMonthEnd.month_end == earlier)) == 0:
            m = CustomerMonthEnd
            # One in 17 was a tier lower (moved up since), one in 19 a tier higher (moved down since).
            tier = text(
                "CASE WHEN customer_month_ends.customer_id % 17 = 0 AND customer_month_ends.tier > 'T0' THEN "
                "'T' || CAST(CAST(SUBSTR(customer_month_ends.tier, 2, 1) AS INTEGER) - 1 AS TEXT) "
                "WHEN customer_month_ends.customer_id % 19 = 0 AND customer_month_ends.tier < 'T5' THEN "
                "'T' || CAST(CAST(SUBSTR(customer_month_ends.tier, 2, 1) AS INTEGER) + 1 AS TEXT) "
                "ELSE customer_month_ends.tier END"
            )
            s.execute(
                insert(m.__table__).from_select(
                    ["month_end", "customer_id", "branch_id", "manager_id", "tier", "aum"],
                    select(
                        literal(earlier, Date), m.customer_id, m.branch_id, m.manager_id, tier, m.aum
                    ).where(m.month_end == later),
                )
            )
            transitions = _write_transitions(s, later)
            uow.commit()
            print(
                f"  month end {earlier} from the customers, {transitions} transitions to {later}: "
                f"{time.perf_counter() - started:.1f} s"
            )


def prepare_activity(db: Database, today: date, seed: int = 7) -> None:
    from services.recommend_outcomes import DECLINE_REASONS

    with db.read() as uow:
        s = uow.session
        referrals = s.scalar(select(func.count()).where(Task.kind == "referral"))
        if referrals >= 1000:
            print(f"  activity: {referrals:,} referrals already there")
            return
        tellers = s.scalars(select(Staff.id).where(Staff.role == "teller")).all()
        managers = s.scalars(select(Staff.id).where(Staff.role == "manager")).all()
        products = s.execute(select(Product.id, Product.family)).all()
        low, high = s.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
        people = s.execute(
            select(Customer.id, Customer.customer_no, Customer.manager_id).where(Customer.id % 10 == 3)
        ).all()
    started = time.perf_counter()
    rng = random.Random(seed)
    sold = [pid for pid, family in products if family in ("wealth", "fund", "insurance", "gold", "bond")]
    deposits = [pid for pid, family in products if family == "deposit"]

    def moment() -> datetime:
        day = today - timedelta(days=rng.randrange(HISTORY_DAYS))
        return datetime.combine(day, datetime.min.time()) + timedelta(minutes=rng.randrange(540, 1020))

    tasks, outcomes, agreements, receipts = [], [], [], []
    for index, (cid, number, manager) in enumerate(people):
        at = moment()
        if index % 10 == 0 and manager is not None:
            outcome = rng.choice(["converted", "converted", "not_interested", "contacted", ""])
            done = outcome in ("converted", "not_interested")
            tasks.append(
                {"kind": "referral", "source_key": None, "customer_id": cid, "assignee_id": manager,
                 "created_by_id": rng.choice(tellers), "title": number, "details": {"reason": "stated_need"},
                 "due_on": (at + timedelta(days=3)).date(), "status": "done" if done else "open",
                 "outcome": outcome, "created_at": at, "done_at": at + timedelta(days=2) if done else None,
                 "version": 1}
            )  # fmt: skip
        answer = rng.choice(["accepted", "declined", "declined", "later"])
        outcomes.append(
            {"customer_id": cid, "product_id": rng.choice(sold), "staff_id": manager or rng.choice(managers),
             "outcome": answer, "decline_reason": rng.choice(DECLINE_REASONS) if answer == "declined" else None,
             "note": "", "reasons": [], "rule_version": "bench", "recorded_at": at}
        )  # fmt: skip
        if index % 5 == 0:
            agreements.append(
                {"number": f"BENCH-{at.year}-{index:07d}", "customer_id": cid, "product_id": rng.choice(sold),
                 "product_version": 1, "amount": Decimal(rng.randrange(10, 500)) * 1000, "term": "",
                 "status": "voided" if index % 97 == 0 else "issued", "template_id": "bench",
                 "template_version": "bench", "pdf": b"%PDF-bench", "sha256": "0" * 64,
                 "issued_by_id": manager or rng.choice(managers), "issued_at": at, "copies_printed": 0,
                 "acknowledged_warnings": [], "void_reason": "", "version": 1}
            )  # fmt: skip
        if index % 10 in (1, 4, 8):
            receipts.append(
                {"number": f"BENCH-{index:08d}", "terminal": "B01", "customer_id": cid,
                 "service": rng.choice(["定期存款开户", "活期取款", "转账汇款", "挂失补发"]),
                 "account_no": "", "amount": Decimal(rng.randrange(1, 2000)) * 100,
                 "fee": Decimal(rng.choice([0, 0, 0, 5, 10])), "operator_id": rng.choice(tellers),
                 "issued_at": at, "pdf": b"%PDF-bench", "sha256": "0" * 64, "reprints": 0}
            )  # fmt: skip
    del low, high, deposits
    with db.write() as uow:
        connection = uow.session.connection()
        for model, rows in (
            (Task, tasks),
            (RecommendationOutcome, outcomes),
            (Agreement, agreements),
            (Receipt, receipts),
        ):
            for start in range(0, len(rows), CHUNK):
                connection.execute(insert(model.__table__), rows[start : start + CHUNK])
        uow.commit()
    print(
        f"  activity: {len(tasks):,} referrals, {len(outcomes):,} recommendation answers, "
        f"{len(agreements):,} agreements, {len(receipts):,} receipts in {time.perf_counter() - started:.1f} s"
    )


# --- measuring ---------------------------------------------------------------------------------------------


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up: connections, statement caches, fonts
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def line(label: str, times: list[float], target: float | None) -> bool:
    median, worst = statistics.median(times), max(times)
    ok = target is None or worst < target
    verdict = "" if target is None else (f"  target < {target:g} s: " + ("ok" if ok else "MISSED"))
    print(f"  {label:<44} median {median * 1000:8.0f} ms   max {worst * 1000:8.0f} ms{verdict}")
    return ok


def statement_times(db: Database, fn: Callable[[], object], explain: bool) -> None:
    """Each statement `fn` runs, slowest first, with its plan on SQLite."""
    engine = db.engine
    seen: list[tuple[float, str, object]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        conn.info.setdefault("bench_started", []).append(time.perf_counter())

    def after(conn, cursor, statement, parameters, context, executemany):
        started = conn.info["bench_started"].pop()
        seen.append((time.perf_counter() - started, statement, parameters))

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)
    seen.sort(key=lambda item: -item[0])
    print(f"  statements: {len(seen)}, together {sum(t for t, _s, _p in seen) * 1000:.0f} ms; the slowest:")
    for seconds, statement, parameters in seen[:6]:
        print(f"    {seconds * 1000:7.1f} ms  {' '.join(statement.split())[:300]}")
        if explain and engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                raw = conn.connection.driver_connection
                for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall():
                    print(f"               {row[-1]}")


def measure(db: Database, today: date, explain: bool) -> bool:
    supervisor = staff_user(db, Role.SUPERVISOR)
    manager = staff_user(db, Role.MANAGER)
    day = period_containing(Cadence.DAY, today)
    month = period_containing(Cadence.MONTH, today)
    workbook = _workbook_builder()

    def dashboard():
        return scorecard(db, supervisor, day, today=today)

    def monthly_report():
        card = scorecard(db, supervisor, month, today=today)
        build_performance_report(card)
        if workbook is not None:
            workbook(card)

    ok = line("branch dashboard (day, supervisor)", timed(dashboard, 10), DASHBOARD_S)
    card = dashboard()
    ok &= line(
        "monthly report (scorecard + PDF" + (" + xlsx)" if workbook else ", no xlsx builder yet)"),
        timed(monthly_report, 5),
        REPORT_S,
    )
    started = time.perf_counter()
    month_card = scorecard(db, supervisor, month, today=today)
    print(f"    of which the month's scorecard alone: {(time.perf_counter() - started) * 1000:.0f} ms")
    ok &= line(
        f"manager dashboard (day, {manager.login})",
        timed(lambda: scorecard(db, manager, day, today=today), 10),
        DASHBOARD_S,
    )
    for figure, tier, period in (
        (Figure.BOOK, "T4", month),
        (Figure.MOVED_DOWN, "", month),
        (Figure.CONTACT_DUE, "", month),
        (Figure.REFERRALS_CONVERTED, "", month),
    ):
        line(
            f"drill {figure.value}{' ' + tier if tier else ''} (month, supervisor)",
            timed(lambda f=figure, t=tier, p=period: drill(db, supervisor, f, p, tier=t, today=today), 5),
            None,
        )
    book = card.book
    print(
        f"  figures: {book.customers_end:,} customers, AUM {book.aum_end:,} yuan, deposits {book.deposits_end:,}, "
        f"moves up {month_card.book.moved_up:,} down {month_card.book.moved_down:,}, "
        f"referrals in month {month_card.activity.referrals_made:,}, agreements {month_card.activity.agreements_issued:,}"
    )
    if explain or not ok:
        print("  dashboard statements:")
        statement_times(db, dashboard, explain)
        print("  monthly scorecard statements:")
        statement_times(db, lambda: scorecard(db, supervisor, month, today=today), explain)
    return ok


def enough_customers(db: Database, minimum: int) -> int:
    with db.read() as uow:
        return uow.session.scalar(select(func.count()).select_from(Customer)) or 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", default=[], metavar="URL", help="a database to measure")
    parser.add_argument("--pg", default=os.environ.get("BRANCHDESK_BENCH_PG_URL", ""), help="PostgreSQL URL")
    parser.add_argument("--today", help="YYYY-MM-DD (default: today)")
    parser.add_argument("--min-customers", type=int, default=1_000_000)
    parser.add_argument("--explain", action="store_true", help="statement times and SQLite query plans")
    args, _ = parser.parse_known_args(argv)
    today = date.fromisoformat(args.today) if args.today else date.today()
    urls = list(args.db)
    if not urls:
        if DEFAULT_SQLITE.is_file():
            urls.append(f"sqlite:///{DEFAULT_SQLITE}")
        else:
            print(f"  {DEFAULT_SQLITE} is missing: build it with tests/benchmarks/bench_search.py")
    if args.pg:
        urls.append(args.pg)
    print(machine())
    ok = True
    for url in urls:
        db = Database(url)
        try:
            customers = enough_customers(db, args.min_customers)
            print(f"\n{db.description}: {customers:,} customers, today {today}")
            if url == args.pg and customers < args.min_customers:
                print(f"  skipped: fewer than {args.min_customers:,} customers (still being built?)")
                continue
            schema.upgrade(db)
            prepare_positions(db, today)
            prepare_month_ends(db, today)
            prepare_activity(db, today)
            gc.collect()
            gc.freeze()
            ok &= measure(db, today, args.explain)
        finally:
            db.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
