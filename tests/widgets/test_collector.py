"""Cyclic garbage is collected by the UI thread's timer, not by whichever thread allocates."""

from __future__ import annotations

import gc
import threading

from desktop.collector import UiThreadCollector


def test_automatic_collection_is_off_and_the_timer_collects_on_the_ui_thread(app, qtbot):
    assert not gc.isenabled()
    collected_on: list[str] = []

    class Cycle:
        def __del__(self) -> None:
            collected_on.append(threading.current_thread().name)

    def make_garbage() -> None:
        for _ in range(2000):  # far over the first threshold: the interpreter would collect here if allowed
            a, b = Cycle(), Cycle()
            a.other, b.other = b, a

    worker = threading.Thread(target=make_garbage, name="worker")
    worker.start()
    worker.join()
    assert collected_on == []  # nothing collected on the worker
    qtbot.waitUntil(lambda: len(collected_on) >= 4000, timeout=5000)
    assert set(collected_on) == {threading.main_thread().name}


def test_collect_due_follows_the_interpreters_thresholds(app):
    gc.collect()
    assert UiThreadCollector.collect_due() == 0  # nothing over any threshold right after a full collection


# Two tests in order (a file runs in one worker): Qt garbage a GUI test leaves is collected on the UI thread
# before the next test, not by whichever thread of a later test happens to allocate (tests/conftest.py).
_collected_on: list[str] = []


def test_a_gui_test_leaves_qt_objects_in_a_cycle(qapp):
    from PySide6.QtCore import QObject, QTimer

    class Window(QObject):
        def __del__(self) -> None:
            _collected_on.append(threading.current_thread().name)

    window = Window()
    window.timer = QTimer(window, interval=1000)
    window.timer.start()
    window.me = window  # only the collector can free it


def test_a_later_thread_never_destroys_them():
    def allocate() -> None:
        for _ in range(200_000):  # far over every threshold: this thread would collect if garbage were left
            cycle: list[object] = []
            cycle.append(cycle)

    worker = threading.Thread(target=allocate, name="station")
    worker.start()
    worker.join()
    gc.collect()
    assert _collected_on == [threading.main_thread().name]
