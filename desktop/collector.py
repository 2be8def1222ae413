"""Garbage collection on the UI thread only.

Python collects cyclic garbage on whichever thread happens to allocate when a threshold is crossed. If that is a
worker of the job runner and the garbage holds Qt wrappers (a closed dialog, a screen after sign-out), their C++
objects are destroyed off the UI thread, which Qt does not allow and which can crash the process. So automatic
collection is switched off and the same generational thresholds are checked by a timer on the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=INTERVAL_MS, timeout=self.collect_due)
        gc.disable()
        self._timer.start()

    @staticmethod
    def collect_due() -> int:
        """Collect the oldest generation whose threshold is crossed, as the interpreter itself would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for index in range(3):
            if thresholds[index] and counts[index] > thresholds[index]:
                generation = index
        return gc.collect(generation) if generation >= 0 else 0

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
