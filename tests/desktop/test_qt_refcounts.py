"""The bindings' lost references to None and True must not be able to end a long session."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys
    import desktop  # applies the work-around, as every entry point does
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel
    class Source(QObject):
        changed = Signal(int)
    app = QApplication([])
    label, source = QLabel(), Source()
    for _ in range(CALLS):
        label.setVisible(False)  # loses a reference to None
        source.changed.emit(1)  # loses a reference to True
    print("alive")
    """
)


def run(calls: int, with_workaround: bool) -> subprocess.CompletedProcess[str]:
    script = SCRIPT.replace("CALLS", str(calls))
    if not with_workaround:
        script = script.replace("import desktop  # applies the work-around, as every entry point does", "")
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]),
    )


def test_a_million_void_calls_and_a_clean_exit():
    done = run(1_000_000, with_workaround=True)
    assert done.returncode == 0, done.stderr[-500:]
    assert "alive" in done.stdout


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_the_bindings_still_lose_references_without_it():
    # When this fails, PySide6 no longer loses references to None: remove desktop/qt_workarounds.py.
    done = run(1_000_000, with_workaround=False)
    assert done.returncode != 0 and "dealloc" in done.stderr
