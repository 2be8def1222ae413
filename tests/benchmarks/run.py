"""`make bench`: run every benchmark with its default sizes and print its figures.

Each `bench_*.py` module here has `main(argv) -> int`; extra arguments (BENCH_ARGS) go to each of them,
for example `make bench BENCH_ARGS="--db postgresql://postgres@127.0.0.1:5432/bench"`.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import platform
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print(f"machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}")
    failed = 0
    for module_info in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
        if not module_info.name.startswith("bench_"):
            continue
        print(f"\n== {module_info.name}")
        module = importlib.import_module(f"tests.benchmarks.{module_info.name}")
        failed += module.main(list(argv)) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
