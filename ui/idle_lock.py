"""Noticing that nobody is at the PC: any key, mouse or touch input anywhere in the application
(one application-wide event filter) counts as someone there; after the office's idle minutes
with none, ``idle`` is emitted once and the window locks.

The filter only notes the time of the input (a monotonic clock, injectable); a timer looks at
it now and then, so a mouse moving across the window costs one comparison per event.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)
LONGEST_CHECK_MS = 15_000  # the lock comes at most this late


class IdleWatch(QObject):
    idle = Signal()

    def __init__(
        self,
        idle_ms: int = 0,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._idle_ms = 0
        self._last = clock()
        self._watching = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self.set_idle_ms(idle_ms)

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def set_idle_ms(self, idle_ms: int) -> None:
        """How long without input counts as idle; 0 = never (the office turned the lock off)."""
        self._idle_ms = max(0, int(idle_ms))
        self._timer.setInterval(max(1, min(self._idle_ms, LONGEST_CHECK_MS) // 2 or 1))
        if self._watching:
            self.start()

    def start(self) -> None:
        """Watch from now (after sign-in, after an unlock)."""
        self._last = self._clock()
        app = QCoreApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
        self._watching = True
        if self._idle_ms:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        if self._watching and (app := QCoreApplication.instance()) is not None:
            app.removeEventFilter(self)
        self._watching = False

    def is_watching(self) -> bool:
        return self._watching and self._idle_ms > 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if event.type() in INPUT_EVENTS:
            self._last = self._clock()
        return False

    def check(self) -> bool:
        """Idle long enough: stop watching and say so (once, until started again)."""
        if not self.is_watching():
            return False
        if (self._clock() - self._last) * 1000 < self._idle_ms:
            return False
        self.stop()
        self.idle.emit()
        return True
