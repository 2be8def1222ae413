"""Locks the station after a configurable time without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    sig_idle = Signal()

    def __init__(self, app: QObject, minutes: int, check_interval_ms: int = 5_000) -> None:
        super().__init__(app)
        self._limit_ms = minutes * 60_000
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self, interval=check_interval_ms)
        self._timer.timeout.connect(self._check)
        self._paused = False
        app.installEventFilter(self)
        if minutes > 0:
            self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self._limit_ms = minutes * 60_000
        self._clock.restart()
        if minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def set_limit_ms(self, limit_ms: int) -> None:
        """Finer than minutes: for tests and the self-test."""
        self._limit_ms = limit_ms
        self._clock.restart()
        self._timer.start()

    def pause(self, paused: bool) -> None:
        self._paused = paused
        self._clock.restart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._clock.restart()
        return False

    def _check(self) -> None:
        if not self._paused and self._limit_ms > 0 and self._clock.elapsed() >= self._limit_ms:
            self._paused = True  # one lock at a time; the shell resumes after unlocking
            self.sig_idle.emit()
