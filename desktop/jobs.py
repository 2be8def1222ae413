"""Runs database and PDF work off the UI thread and hands results back on it.

Reads go to a small pool; writes go through one lane so a station never races itself. A newer request with the
same key supersedes an older one (its result is dropped). `busy_changed(True)` fires only when work has been
pending for more than half a second, so quick answers never flash a progress indicator.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from shiboken6 import Shiboken

log = logging.getLogger(__name__)
BUSY_DELAY_MS = 500
T = TypeVar("T")


def _receiver_alive(callback: Callable) -> bool:
    """False when the callback is a method of a Qt object already deleted (its screen closed while the job ran):
    its answer has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or Shiboken.isValid(owner)


class _Relay(QObject):
    """Lives on the UI thread; worker threads emit into it (queued across threads)."""

    # (ok, result) travels as one object. The "bool_dealloc" aborts once suspected here were PySide6 6.12.0's lost
    # references to True on every emit; the pinned 6.8.3 does not lose them (tests/desktop/test_qt_workarounds.py).
    finished = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[..., Any], args: tuple, relay: _Relay) -> None:
        super().__init__()
        self._job_id, self._fn, self._args, self._relay = job_id, fn, args, relay

    def run(self) -> None:
        try:
            result, ok = self._fn(*self._args), True
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread, never lost
            result, ok = exc, False
        # The runner may be deleted while the job ran (its station closed): then nobody is left to answer.
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit(self._job_id, (ok, result))


class JobRunner(QObject):
    busy_changed = Signal(bool)
    sig_failed = Signal(object)  # exceptions of jobs submitted without their own on_error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._ids = itertools.count(1)
        self._pending: dict[
            int, tuple[str | None, Callable[[Any], object] | None, Callable[[BaseException], object] | None]
        ] = {}
        self._latest: dict[str, int] = {}
        self._dropped: set[int] = set()
        self._writing: set[int] = set()  # write-lane jobs not yet answered
        self._busy = False
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._update_busy)

    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        key: str | None = None,
        write: bool = False,
    ) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = (key, on_done, on_error)
        if key is not None:
            self._latest[key] = job_id
        if write:
            self._writing.add(job_id)
        (self._writes if write else self._reads).start(_Job(job_id, fn, args, self._relay))
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        return job_id

    def drop_pending(self) -> None:
        """The screens that asked are gone (signed out): their results are not delivered. Writes already
        started still finish in the database; only the answer is dropped."""
        self._dropped |= set(self._pending)
        self._latest.clear()

    def is_idle(self) -> bool:
        return not self._pending

    def is_writing(self) -> bool:
        """A save, an issue or a print is still on the write lane (closing the window now would cut it off)."""
        return bool(self._writing)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """For tests and shutdown: block until the pools are drained (results still arrive by event)."""
        return self._reads.waitForDone(timeout_ms) and self._writes.waitForDone(timeout_ms)

    @Slot(int, object)
    def _deliver(self, job_id: int, outcome: tuple[bool, Any]) -> None:
        ok, result = outcome
        key, on_done, on_error = self._pending.pop(job_id, (None, None, None))
        self._writing.discard(job_id)
        self._update_busy()
        if job_id in self._dropped:
            self._dropped.discard(job_id)
            return
        if key is not None:
            if self._latest.get(key) != job_id:
                return  # superseded by a newer request for the same thing
            del self._latest[key]
        if ok:
            if on_done is not None and _receiver_alive(on_done):
                on_done(result)
        elif on_error is not None:
            if _receiver_alive(on_error):
                on_error(result)
        else:
            self.sig_failed.emit(result)

    def _update_busy(self) -> None:
        if not self._pending:
            self._busy_timer.stop()
        busy = bool(self._pending) and not self._busy_timer.isActive()
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
