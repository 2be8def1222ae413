"""The search benchmark runs tiny here; every lookup it makes is an index search, never a table scan (SQLite plans;
PostgreSQL plans are printed by `python -m tests.benchmarks.bench_search --explain` at full size)."""

from __future__ import annotations

from tests.benchmarks import bench_search


def test_the_benchmark_builds_caches_and_reports(tmp_path, capsys):
    path = tmp_path / "search.db"
    assert (
        bench_search.main(["--customers", "150", "--sqlite", str(path), "--queries", "40", "--no-gc-freeze"])
        == 0
    )
    first = capsys.readouterr().out
    assert "built in" in first and "median" in first and "queries: 40" in first
    assert (
        bench_search.main(["--customers", "150", "--sqlite", str(path), "--queries", "10", "--no-gc-freeze"])
        == 0
    )
    assert "reused (150 customers)" in capsys.readouterr().out


def test_every_kind_of_query_is_an_index_search(tmp_path):
    url = bench_search.sqlite_file(tmp_path / "plans.db", 150)
    db, _ = bench_search.open_database(url, 150, seed=3)
    try:
        queries = bench_search.typical_queries(db, count=100)
        assert {kind for kind, _ in queries} == {kind for kind, _ in bench_search.MIX}
        for kind, text in queries:
            plan = bench_search.explain(db, text)
            scans = [line for line in plan if line.strip().startswith("SCAN")]
            assert not scans, (kind, text, plan)
    finally:
        db.dispose()
