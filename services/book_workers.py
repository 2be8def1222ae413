"""A large book's call plan scored in several processes: recommendations are pure Python, one core each.

`services.recommend.opportunities` splits a book of at least `PARALLEL_FROM` customers into one part per core (at
most `MAX_WORKERS`): it scores the first part itself while worker processes (new interpreters: nothing of the
parent's state, connections or threads is inherited) score the others, each through its own connection and read
transaction, with the catalogue read again and the branches' peer figures handed over, so every customer is
recommended exactly as in one process. The parts are read at about the same moment, not in one snapshot: a call
plan may see a change committed while it runs in some parts and not in others.

Not in a frozen bundle (its executable runs the program, not `python -m`), nor for an in-memory database (a
worker could not see it).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from db import files
from db.session import Database
from domain.recommend import PeerStats

if TYPE_CHECKING:
    from services.recommend import Opportunity

PARALLEL_FROM = 20_000  # below this a worker's start (about a second of imports) costs more than it saves
MAX_WORKERS = 4


def workers_for(db: Database, customers: int) -> int:
    """How many processes should score a book of `customers` (1: this one alone)."""
    if customers < PARALLEL_FROM or getattr(sys, "frozen", False) or _in_memory(db.url):
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _in_memory(url: str) -> bool:
    return url.startswith("sqlite") and (
        url.rstrip("/").endswith(":") or ":memory:" in url or url.endswith("//")
    )


def split(ids: Sequence[int], parts: int) -> list[list[int]]:
    """`ids` in `parts` slices as equal as they come, in order."""
    size, extra = divmod(len(ids), parts)
    out, start = [], 0
    for n in range(parts):
        end = start + size + (1 if n < extra else 0)
        out.append(list(ids[start:end]))
        start = end
    return out


def _score_part(
    url: str, ids: list[int], names: dict[str, str], as_of: date, channel: str, peers: dict[int, PeerStats]
) -> list[Opportunity]:
    """In a worker process: one part of the book, through a connection of its own."""
    from services.recommend import _Batch, book_opportunities

    db = Database(url)
    try:
        with db.read() as uow:
            return book_opportunities(_Batch(uow.session, as_of, peers=peers), ids, names, channel)
    finally:
        db.dispose()


class Pool:
    """Worker processes scoring `parts` of a book, one each, started on entering; `results()` waits for them.

    A worker is `python -m services.book_workers FILE` with the parent's import path: it reads its part from
    FILE (pickled) and writes the opportunities to its standard output (pickled). Plain subprocesses rather than
    multiprocessing, which would import the caller's main module again in every worker."""

    def __init__(
        self,
        db: Database,
        parts: Sequence[tuple[list[int], dict[str, str]]],  # (customer ids, their names by customer number)
        as_of: date,
        channel: str,
        peers: Mapping[int, PeerStats],
    ) -> None:
        self._url, self._parts, self._as_of, self._channel, self._peers = db.url, parts, as_of, channel, peers
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._workers: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> Pool:
        self._folder = tempfile.TemporaryDirectory(prefix="branchdesk-book-")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        for n, (ids, names) in enumerate(self._parts):
            path = Path(self._folder.name) / f"part-{n}.pickle"
            part = (self._url, ids, names, self._as_of, self._channel, dict(self._peers))
            files.write_private(path, pickle.dumps(part))  # customer numbers and names: the user's eyes only
            command = [sys.executable, "-m", "services.book_workers", str(path)]
            self._workers.append(
                subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            )
        return self

    def results(self) -> list[Opportunity]:
        out: list[Opportunity] = []
        for worker in self._workers:
            data, errors = worker.communicate()
            if worker.returncode != 0:
                tail = errors.decode("utf-8", "replace").strip().splitlines()[-1:]
                raise RuntimeError(f"a book worker failed: {' '.join(tail) or worker.returncode}")
            out.extend(pickle.loads(data))  # noqa: S301 - our own child's output
        return out

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        for worker in self._workers:
            if worker.poll() is None:
                worker.kill()
            worker.communicate()
        if self._folder is not None:
            self._folder.cleanup()


def _main(path: str) -> int:
    with open(path, "rb") as source:
        url, ids, names, as_of, channel, peers = pickle.load(source)  # noqa: S301 - written by our parent
    found = _score_part(url, ids, names, as_of, channel, peers)
    sys.stdout.buffer.write(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1]))
