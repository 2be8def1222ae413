"""`.venv/bin/python -m tests.recommend_quality [-v]`: the quality set's figures (see __init__.py)."""

from __future__ import annotations

import sys

from tests.recommend_quality.cases import CASES
from tests.recommend_quality.score import score


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    result = score()
    for r in result.results:
        if verbose or r.violations or r.hits3 < r.den3:
            mark = "ok " if not r.violations else "!! "
            print(f"{mark}{r.case.id} {r.case.note}")
            print(
                f"     top5: {' '.join(r.shown) or '-'}  top3 {r.hits3}/{r.den3}  actions {' '.join(r.actions)}"
            )
            for v in r.violations:
                print(f"     never: {v}")
    print(f"\n{len(CASES)} customers  top-3 precision {result.top3}%  top-5 precision {result.top5}%  "
          f"never violations {result.violations}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
