from __future__ import annotations

import threading
import time

from desktop.jobs import JobRunner


def test_results_come_back_on_the_ui_thread(app, qtbot):
    runner = JobRunner()
    seen = []
    runner.submit(threading.get_ident, on_done=seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] != threading.get_ident()  # it ran on a worker ...
    delivered_on = []
    runner.submit(lambda: None, on_done=lambda _: delivered_on.append(threading.get_ident()))
    qtbot.waitUntil(lambda: bool(delivered_on))
    assert delivered_on == [threading.get_ident()]  # ... and was delivered on the UI thread


def test_a_newer_request_supersedes_an_older_one(app, qtbot):
    runner = JobRunner()
    shown = []

    def slow(value):
        time.sleep(0.2)
        return value

    runner.submit(slow, "old", on_done=shown.append, key="search")
    runner.submit(lambda v: v, "new", on_done=shown.append, key="search")
    qtbot.waitUntil(runner.is_idle, timeout=3000)
    assert shown == ["new"]


def test_an_error_reaches_the_error_callback_not_the_result_one(app, qtbot):
    runner = JobRunner()
    errors, results = [], []
    runner.submit(lambda: 1 / 0, on_done=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError) and results == []


def test_busy_shows_only_for_work_longer_than_half_a_second(app, qtbot):
    runner = JobRunner()
    states = []
    runner.busy_changed.connect(states.append)
    runner.submit(lambda: None)
    qtbot.waitUntil(runner.is_idle)
    qtbot.wait(600)
    assert states == []
    runner.submit(time.sleep, 0.8)
    qtbot.waitUntil(runner.is_idle, timeout=3000)
    assert states == [True, False]


def test_writes_run_one_at_a_time(app, qtbot):
    runner = JobRunner()
    active, overlaps = [0], []
    lock = threading.Lock()

    def write():
        with lock:
            active[0] += 1
            overlaps.append(active[0])
        time.sleep(0.05)
        with lock:
            active[0] -= 1

    for _ in range(4):
        runner.submit(write, write=True)
    qtbot.waitUntil(runner.is_idle, timeout=3000)
    assert max(overlaps) == 1


def test_an_answer_for_a_deleted_screen_is_dropped(app, qtbot):
    from PySide6.QtWidgets import QLabel
    from shiboken6 import Shiboken

    runner = JobRunner()
    label = QLabel()
    release = threading.Event()
    runner.submit(lambda: (release.wait(5), "late")[1], on_done=label.setText)
    Shiboken.delete(label)  # the screen closed while its job ran
    release.set()
    qtbot.waitUntil(runner.is_idle)  # delivered without touching the deleted label (that would raise)
    alive = QLabel()
    runner.submit(lambda: "on time", on_done=alive.setText)
    qtbot.waitUntil(lambda: alive.text() == "on time")
