"""Work-arounds for defects in the pinned Qt bindings; each says how to know when it can go.

PySide6 6.12.0 on Python 3.11: every call of a Qt method that returns nothing (setVisible, setText, ...) takes one
reference from `None` without giving it back, and every `Signal.emit()` one from `True` (measured: 300 calls,
300 references; 1,000 emits, 1,000). Python 3.12 made None, True and
False immortal (PEP 683), so there this is harmless; on 3.11 the count reaches zero after some hundreds of
thousands of calls and the process aborts ("none_dealloc" / "bool_dealloc"), in a long session or at exit.
Until the bindings are fixed, the three singletons get a reference count no session can use up.
Remove when the project requires Python >= 3.12 or `tests/desktop/test_qt_workarounds.py` shows no drift.
"""

from __future__ import annotations

import ctypes
import sys

_PADDING = 1 << 48  # ~2.8e14 leaked references: centuries of a busy counter


def pad_singleton_refcounts() -> None:
    if sys.version_info >= (3, 12) or getattr(pad_singleton_refcounts, "done", False):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython's non-debug build.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PADDING
    pad_singleton_refcounts.done = True
