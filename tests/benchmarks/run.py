"""`make bench`: run every benchmark with its default sizes and print its figures.

Each `bench_*.py` module here has `main(argv) -> int`; extra arguments (BENCH_ARGS) go to each of them,
for example `make bench BENCH_ARGS="--pg postgresql://postgres@127.0.0.1:5432/bench"` (BRANCHDESK_BENCH_PG_URL
does the same). `--only recommend,book` runs those benchmarks alone. At the end every target the benchmarks
measured is printed again, one line each: what, the figure, ok / OVER (or "not at full size" for a smaller run),
under the machine's cores and load.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from tests.benchmarks.targets import Targets, machine


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    only: set[str] = set()
    if "--only" in argv:
        at = argv.index("--only")
        only = {f"bench_{name.strip()}" for name in argv[at + 1].split(",")}
        argv = argv[:at] + argv[at + 2 :]
    print(machine())
    failed = 0
    for module_info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
        if not module_info.name.startswith("bench_") or (only and module_info.name not in only):
            continue
        print(f"\n== {module_info.name}")
        module = importlib.import_module(f"tests.benchmarks.{module_info.name}")
        failed += module.main(list(argv)) != 0
    print("\n== targets")
    print("\n".join(Targets.shared().summary()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
