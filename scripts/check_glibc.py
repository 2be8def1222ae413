"""The newest glibc a frozen bundle needs: the highest GLIBC_x.y version its ELF files ask of the C library.

    python scripts/check_glibc.py dist/branchdesk [--max 2.28]

Runs `objdump -T` over every ELF file under the folder (the program, every .so and .so.N), keeps the versions of
the symbols each one imports (*UND*), prints the highest per origin (Qt/PySide6, the Python runtime, the other
libraries) and every file that needs more than --max, with a few of the symbols that need it, and exits 1 if any
file does. Branch PCs run UOS 20 / Kylin V10: glibc 2.28. The whole bundle counts, not only the parts we chose:
one library that asks for GLIBC_2.34 stops the program from starting there.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

VERSION = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def needs(path: Path) -> dict[tuple[int, ...], list[str]]:
    """{glibc version: symbols imported at that version} for one ELF file."""
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=True).stdout
    found: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for line in out.splitlines():
        if "*UND*" not in line:
            continue
        match = VERSION.search(line)
        if match:
            version = tuple(int(part) for part in match.groups() if part is not None)
            found[version].append(line.split()[-1])
    return found


def origin(relative: str) -> str:
    name = relative.rsplit("/", 1)[-1]
    if (
        "PySide6" in relative
        or "shiboken6" in relative
        or name.startswith(("libQt6", "libpyside6", "libshiboken6"))
    ):
        return "Qt/PySide6"
    if name.startswith("libpython") or "lib-dynload" in relative or "/" not in relative:
        return "Python runtime (libpython, its extension modules, the program)"
    if relative.count("/") == 1 and ".so" in name and ".cpython-" not in name and ".abi3." not in name:
        return "system libraries copied from the build machine (libstdc++, libX11, libcups, ...)"
    return "other wheels (psycopg, Pillow, ...)"


def show(version: tuple[int, ...]) -> str:
    return "GLIBC_" + ".".join(map(str, version))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max", default="2.28", help="the newest glibc allowed (default 2.28)")
    args = parser.parse_args(argv)
    ceiling = tuple(int(part) for part in args.max.split("."))

    files = sorted(p for p in args.folder.rglob("*") if is_elf(p))
    if not files:
        print(f"check_glibc: no ELF files under {args.folder}", file=sys.stderr)
        return 2
    per_origin: dict[str, tuple[int, ...]] = {}
    too_new = []
    for path in files:
        found = needs(path)
        if not found:
            continue
        relative = path.relative_to(args.folder).as_posix()
        highest = max(found)
        group = origin(relative)
        per_origin[group] = max(per_origin.get(group, highest), highest)
        if highest > ceiling:
            newer = sorted(v for v in found if v > ceiling)
            examples = ", ".join(f"{sym}@{show(v)}" for v in reversed(newer) for sym in sorted(found[v])[:3])
            too_new.append((highest, relative, examples))

    overall = max(per_origin.values())
    print(
        f"check_glibc: {len(files)} ELF files; the bundle needs glibc >= {show(overall)[6:]}, allowed: {args.max}"
    )
    for group, version in sorted(per_origin.items()):
        print(f"  {group}: {show(version)}")
    if too_new:
        print(f"check_glibc: {len(too_new)} file(s) need more than glibc {args.max}:")
        for highest, relative, examples in sorted(too_new, reverse=True):
            print(f"  {show(highest):12} {relative}  ({examples})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
