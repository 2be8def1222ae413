"""Tasks arriving from other stations (issue 7): a referral shows on the manager's station within 2 seconds.

A timer on the UI thread asks the job runner's read pool, twice a second, for what db/notifications.TaskListener
has seen (`poll(0)`: never waits), and emits `sig_arrived(count)` for the tasks of the signed-in person (a
supervisor: also the supervisors' queue). The UI thread never touches the database; the listener (PostgreSQL:
a LISTEN connection; SQLite: a poll of the task ids) is only used under a lock, one poll at a time, and is closed
by `stop()` when the window closes. A failing database is retried quietly every few seconds (the screens report
storage errors themselves).
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QTimer, Signal

from db.notifications import TaskListener
from db.session import Database
from domain.permissions import BRANCH_WIDE
from domain.staff import StaffUser
from widgets.jobs_port import JobsPort

log = logging.getLogger(__name__)
INTERVAL_MS = 500
RETRY_SECONDS = 5.0


class TaskWatcher(QObject):
    sig_arrived = Signal(int)  # how many tasks arrived for this person

    def __init__(self, db: Database, user: StaffUser, runner: JobsPort, parent=None) -> None:
        super().__init__(parent)
        self._db, self._user, self._runner = db, user, runner
        self._lock = threading.Lock()
        self._listener: TaskListener | None = None
        self._stopped = False
        self._in_flight = False
        self._resume_at = 0.0
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()
        self._tick()  # open the listener now: what arrives from here on is news

    def stop(self) -> None:
        self._timer.stop()
        with self._lock:  # waits for a poll in progress (it never blocks)
            self._stopped = True
            if self._listener is not None:
                self._listener.close()
                self._listener = None

    def _mine(self, assignee_id: int | None) -> bool:
        if assignee_id is None:
            return self._user.role in BRANCH_WIDE  # the unassigned queue
        return assignee_id == self._user.id

    def _tick(self) -> None:
        if self._in_flight or self._stopped or time.monotonic() < self._resume_at:
            return
        self._in_flight = True
        self._runner.submit(self._poll, on_done=self._polled, on_error=self._failed)

    def _poll(self) -> list[int | None]:  # on a worker thread
        with self._lock:
            if self._stopped:
                return []
            try:
                if self._listener is None:
                    self._listener = TaskListener(self._db)
                return self._listener.poll(0)
            except Exception:
                if self._listener is not None:
                    self._listener.close()
                    self._listener = None
                raise

    def _polled(self, assignees: list[int | None]) -> None:
        self._in_flight = False
        count = sum(1 for a in assignees if self._mine(a))
        if count and not self._stopped:
            self.sig_arrived.emit(count)

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        self._resume_at = time.monotonic() + RETRY_SECONDS
        log.warning("task watcher: listening failed (%s); retrying", type(error).__name__)
