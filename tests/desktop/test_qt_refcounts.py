"""Canary: the pinned Qt bindings must not lose references to None, True or False.

PySide6 6.12.0 on Python 3.11 lost one reference to None on every Qt call that returns nothing and one to True on
every `Signal.emit()`; a few hundred thousand calls (or, for True, a few hundred emits) aborted the interpreter
("none_dealloc" / "bool_dealloc"). The project pins 6.8.3, which does not; nothing pads the counts any more, so
this test is what tells if a new pin brings the defect back. Python 3.12 made the singletons immortal (PEP 683):
there the counts say nothing and the test is skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import desktop  # as every entry point does: it must leave the interpreter alone
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Source(QObject):
        changed = Signal(int)

    def counts():
        return {"None": sys.getrefcount(None), "True": sys.getrefcount(True), "False": sys.getrefcount(False)}

    app = QApplication([])
    label, source, received = QLabel(), Source(), []
    source.changed.connect(received.append)
    for _ in range(10):  # first calls fill the bindings' caches
        label.setVisible(False)
        source.changed.emit(1)
    received.clear()
    for calls in (200, CALLS):  # 200 first: fewer than True's own count, so even faulty bindings report
        before = counts()
        for _ in range(calls):
            label.setVisible(False)  # a void Qt call
            source.changed.emit(1)
        after = counts()
        drift = {name: after[name] - before[name] for name in before}
        print(json.dumps({"calls": calls, "drift": drift, "received": len(received)}), flush=True)
        received.clear()
    """
)


def run(calls: int) -> tuple[list[dict], subprocess.CompletedProcess[str]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.replace("CALLS", str(calls))],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        cwd=str(ROOT),
    )
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")], done


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from Python 3.12 on")
def test_void_calls_and_emits_keep_the_counts_of_none_and_true():
    rounds, done = run(100_000)
    assert rounds, f"the script printed nothing (exit {done.returncode}): {done.stderr[-500:]}"
    for measured in rounds:
        assert measured["received"] == measured["calls"]
        assert measured["drift"] == {"None": 0, "True": 0, "False": 0}, (
            f"the Qt bindings lose references: {measured} (see tests/desktop/test_qt_refcounts.py)"
        )
    assert len(rounds) == 2 and done.returncode == 0, done.stderr[-500:]


def test_importing_desktop_leaves_the_interpreter_alone():
    script = (
        "import sys; before = sys.getrefcount(None), sys.getrefcount(True)\n"
        "import desktop\n"
        "after = sys.getrefcount(None), sys.getrefcount(True)\n"
        "print(max(abs(a - b) for a, b in zip(before, after)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=str(ROOT), check=True
    )
    assert int(done.stdout) < 1000  # an import takes a few references; the old pad added 2**48
