"""The issues' targets a benchmark measures: each printed as one line when measured, and all together at the end
of `make bench` (tests/benchmarks/run.py) with the machine they were measured on."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    label: str
    value: float
    limit: float | None  # None: a figure with no target
    unit: str
    full_scale: bool  # measured at the size the target names (a smaller run says nothing about it)

    @property
    def ok(self) -> bool:
        return self.limit is None or not self.full_scale or self.value < self.limit

    def line(self) -> str:
        measured = f"{self.value:.2f} {self.unit}" if self.value < 10 else f"{self.value:.1f} {self.unit}"
        if self.limit is None:
            return f"{self.label}: {measured}"
        if not self.full_scale:
            return f"{self.label}: {measured} [target < {self.limit:g} {self.unit}: not at full size]"
        verdict = "ok" if self.ok else "OVER"
        return f"{self.label}: {measured} [target < {self.limit:g} {self.unit}: {verdict}]"


def machine() -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    return (
        f"machine: {platform.node()} · {os.cpu_count()} cores · load average {load} · "
        f"Python {platform.python_version()}"
    )


class Targets:
    """What one process measured; `shared()` is the one `make bench` collects from every benchmark."""

    _shared: Targets | None = None

    def __init__(self) -> None:
        self.measured: list[Target] = []

    @classmethod
    def shared(cls) -> Targets:
        if cls._shared is None:
            cls._shared = Targets()
        return cls._shared

    def record(
        self, label: str, value: float, limit: float | None, unit: str, *, full_scale: bool = True
    ) -> bool:
        """Print the figure as a target line and keep it; False when it is over its target."""
        target = Target(label, value, limit, unit, full_scale)
        self.measured.append(target)
        print(f"  target · {target.line()}")
        return target.ok

    @property
    def all_ok(self) -> bool:
        return all(t.ok for t in self.measured)

    def summary(self) -> list[str]:
        return [machine(), *(f"{'ok  ' if t.ok else 'OVER'}  {t.line()}" for t in self.measured)]
