"""Start-up, every command and the first document (issue 16): `python -m tests.benchmarks.bench_startup [--runs 5]`
(`make bench BENCH_ARGS="--only startup"` runs it alone).

Every figure is a whole process, started as a person or a script starts it, the median of `--runs` runs, each
measured beside its baseline in the same run (the machine is shared: load changes from minute to minute):
- command line: `customers show --json`, `suitability`, `recommend --json`, `agreement issue` against a bare
  process that imports SQLAlchemy, opens the same database and runs one query. Target: at most 2x.
- start-up: the sign-in window shown (tests/benchmarks/startup_probe.py, offscreen) against a bare PySide6 window
  with a label and a line edit. Target: at most 2x.
- the first agreement of a GUI session, from sign-in finished to its PDF in the preview, in a fresh process
  (tests/benchmarks/first_agreement_probe.py; the sign-in window waits 3 s for the person to type). Target < 1 s.
The database is a demo branch in a SQLite file under build/bench/ (`--sqlite PATH`), built once and reused.
Exit 1 when a figure is over its target.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.targets import Targets

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RATIO = 2.0
FIRST_AGREEMENT_S = 1.0
CUSTOMER, PRODUCT, AMOUNT, TERM = "C0000000017", "DEP-TD-1Y", "50000", "1Y"  # the demo's; no warning to tick
PASSWORD = "Demo2026"  # the demo's logins
BARE_QUERY = """
import sys
from sqlalchemy import create_engine, text
with create_engine(sys.argv[1]).connect() as connection:
    connection.execute(text("SELECT count(*) FROM customers")).scalar()
"""


def _demo_database(path: Path) -> str:
    if not path.exists():
        import demo
        from db import schema
        from db.session import Database

        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        db = Database(f"sqlite:///{building}")
        try:
            print(f"building the demo branch in {path} (once)")
            schema.upgrade(db)
            demo.generate(db, customers=300, seed=1)
        finally:
            db.dispose()
        building.rename(path)  # only a finished demo is reused
    return f"sqlite:///{path}"


def _environment(scratch: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BRANCHDESK_CONFIG_DIR=str(scratch / "config"),
        BRANCHDESK_DATA_DIR=str(scratch / "data"),
        PYTHONPATH=str(ROOT),
        PYTHONIOENCODING="utf-8",
    )


def _timed(argv: list[str], env: dict[str, str], stdin: str = "", *, window: bool = False) -> float:
    """Seconds from starting the process to its end (a command) or to its "shown" line (a window)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        argv,
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if window:  # a probe: the window is what is timed, not the process's end
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        process.wait(60)
        if line.strip() != "shown":
            raise RuntimeError(f"{argv}: no window ({process.stderr.read() if process.stderr else ''})")
        return elapsed
    _out, err = process.communicate(stdin, timeout=120)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {process.returncode}: {err.strip()[-400:]}")
    return elapsed


def _commands(url: str, scratch: Path) -> dict[str, list[str]]:
    signed = ["--db", url, "--user", "manager1", "--password-stdin"]
    return {
        "customers show --json": ["customers", "show", CUSTOMER, "--json", *signed],
        "suitability": ["suitability", CUSTOMER, PRODUCT, "--amount", AMOUNT, *signed],
        "recommend --json": ["recommend", CUSTOMER, "--json", *signed],
        "agreement issue": [
            "agreement", "issue", "--customer", CUSTOMER, "--product", PRODUCT, "--amount", AMOUNT,
            "--term", TERM, "--out", str(scratch / "agreement.pdf"), *signed,
        ],
    }  # fmt: skip


def _ratio_line(targets: Targets, label: str, measured: list[float], baseline: list[float]) -> bool:
    value, base = statistics.median(measured), statistics.median(baseline)
    print(f"  {label}: median {value:.2f} s, baseline {base:.2f} s ({len(measured)} runs)")
    return targets.record(f"{label} / baseline", value / base, RATIO, "x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5); the median counts")
    parser.add_argument("--sqlite", type=Path, default=ROOT / "build" / "bench" / "startup.db")
    parser.add_argument("--skip-gui", action="store_true", help="the command line only")
    args, _ = parser.parse_known_args(argv)
    targets = Targets.shared()
    python = sys.executable
    url = _demo_database(args.sqlite)
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        env = _environment(scratch)
        commands = _commands(url, scratch)
        bare: list[float] = []
        measured: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved: a busy minute weighs on both sides alike
            bare.append(_timed([python, "-c", BARE_QUERY, url], env))
            for name, words in commands.items():
                measured[name].append(_timed([python, "-m", "desktop", *words], env, stdin=PASSWORD + "\n"))
        print("command line (baseline: a process importing SQLAlchemy, opening the database, one query)")
        for name, times in measured.items():
            ok &= _ratio_line(targets, f"command `{name}`", times, bare)
        if not args.skip_gui:
            ok &= _gui(targets, args.runs, python, url, env)
    return 0 if ok else 1


def _gui(targets: Targets, runs: int, python: str, url: str, env: dict[str, str]) -> bool:
    probe = str(HERE / "startup_probe.py")
    window, sign_in = [], []
    for _ in range(runs):
        window.append(_timed([python, probe, "bare"], env, window=True))
        sign_in.append(_timed([python, probe, "app", "--db", url], env, window=True))
    print("start-up (baseline: a bare PySide6 window with a label and a line edit)")
    ok = _ratio_line(targets, "sign-in window shown", sign_in, window)
    firsts = []
    for _ in range(max(1, runs // 2)):  # each run waits at the sign-in window and signs in: slower
        done = subprocess.run(
            [python, str(HERE / "first_agreement_probe.py"), "--db", url, "--customer", CUSTOMER,
             "--product", PRODUCT, "--amount", AMOUNT, "--term", TERM],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"first agreement probe: {done.stderr.strip()[-400:]}")
        firsts.append(float(done.stdout.split()[0]))
    first = statistics.median(firsts)
    print(f"  first agreement, sign-in finished to its preview: {', '.join(f'{t:.2f}' for t in firsts)} s")
    return ok & targets.record(
        "first agreement of a GUI session to its preview", first, FIRST_AGREEMENT_S, "s"
    )


if __name__ == "__main__":
    raise SystemExit(main())
