"""Print the oversized rooms: modules over N lines and classes over M lines in services/ and widgets/.

    python scripts/room_sizes.py                 # the house limits: modules > 500 lines, classes > 300 lines
    python scripts/room_sizes.py --module 300 --cls 150 --all

A module's size is its line count; a class's is the span of its `class` statement (decorators to last line),
measured with `ast`. `tests/test_room_sizes.py` enforces the limits with the same functions. Exit status 1 when
something is over a limit, so the script can gate a build too.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("services", "widgets")
MODULE_LIMIT = 500
CLASS_LIMIT = 300


@dataclass(frozen=True)
class Room:
    kind: str  # "module" or "class"
    name: str  # widgets/charts.py or widgets/charts.py:BarChart
    lines: int


def modules(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> Iterator[Path]:
    for package in packages:
        yield from sorted((root / package).rglob("*.py"))


def rooms(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> Iterator[Room]:
    """Every module and every class (nested ones too) with its size in lines."""
    for path in modules(root, packages):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(root).as_posix()
        yield Room("module", rel, len(text.splitlines()))
        for node in ast.walk(ast.parse(text, filename=rel)):
            if isinstance(node, ast.ClassDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                yield Room("class", f"{rel}:{node.name}", (node.end_lineno or node.lineno) - first + 1)


def oversized(
    root: Path = ROOT,
    packages: Iterable[str] = PACKAGES,
    module_limit: int = MODULE_LIMIT,
    class_limit: int = CLASS_LIMIT,
) -> list[Room]:
    limit = {"module": module_limit, "class": class_limit}
    return [room for room in rooms(root, packages) if room.lines > limit[room.kind]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--module", type=int, default=MODULE_LIMIT, help="module limit in lines")
    parser.add_argument("--cls", type=int, default=CLASS_LIMIT, help="class limit in lines")
    parser.add_argument("--all", action="store_true", help="also list the largest rooms within the limits")
    parser.add_argument("packages", nargs="*", default=list(PACKAGES))
    args = parser.parse_args(argv)
    over = oversized(ROOT, args.packages, args.module, args.cls)
    for room in sorted(over, key=lambda r: (r.kind, -r.lines)):
        print(f"{room.kind:6} {room.lines:5}  {room.name}")
    if args.all:
        found = list(rooms(ROOT, args.packages))
        mods = sorted((r for r in found if r.kind == "module"), key=lambda r: -r.lines)
        lines = [r.lines for r in mods]
        print(f"\n{len(mods)} modules, {sum(lines)} lines, median {sorted(lines)[len(lines) // 2]}; largest:")
        for room in mods[:10]:
            print(f"module {room.lines:5}  {room.name}")
        for room in sorted((r for r in found if r.kind == "class"), key=lambda r: -r.lines)[:10]:
            print(f"class  {room.lines:5}  {room.name}")
    if not over:
        print(
            f"no module over {args.module} lines, no class over {args.cls} lines in {', '.join(args.packages)}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
