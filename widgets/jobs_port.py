"""What a screen may ask of the job runner: run a call off the UI thread and hand its answer back on it.

The shell's runner (desktop) satisfies this; screens and dialogs are typed against it, never against the class,
so a test may pass any object with the same `submit`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class JobsPort(Protocol):
    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        key: str | None = None,
        write: bool = False,
    ) -> int:
        """Run `fn(*args)` on a worker (`write=True`: on the one writing lane). Its result goes to `on_done`,
        an exception to `on_error`, both on the UI thread; a newer job with the same `key` drops the answer
        of an older one. Returns the job's id."""
        ...
