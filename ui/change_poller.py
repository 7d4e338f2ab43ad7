"""Other clerks' changes reach this window: a timer asks the change counters every few seconds
(one small query, SQLite or PostgreSQL) and announces each kind of data that moved on the
app-wide bus, so every view refreshes as it does after this window's own saves — keeping
the user's selection, scroll and open forms (see ``ui.widgets.kept_view``).

The poll is paused while the window is locked or signed out (``pause``/``resume``), and a
database that cannot answer for a moment is tried again at the next tick, quietly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.errors import DeskError
from desktop.services.changes import Changes, ChangeToken
from ui.operations import bus

log = logging.getLogger(__name__)

POLL_MS = 3000
# Each topic the counters keep, as the kinds of change the views listen for on the bus.
BUS_KINDS = {
    "person": ("person",),
    "case": ("case", "service_level"),
    "mentoring": ("mentoring", "visit", "evaluation"),
    "account": ("user",),
}


class ChangePoller(QObject):
    changed = Signal(frozenset)  # the topics another poll found moved

    def __init__(
        self,
        changes_since: Callable[[ChangeToken | None], Changes],
        *,
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._changes_since = changes_since
        self._token: ChangeToken | None = None
        self._failing = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        if self._token is None:
            self.poll()  # the starting point: nothing is announced for it
        self.timer.start()

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        """Back from a lock: what changed meanwhile is announced at once."""
        self.poll()
        self.timer.start()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def poll(self) -> frozenset[str]:
        try:
            found = self._changes_since(self._token)
        except DeskError:
            if not self._failing:  # once, not every few seconds
                log.warning("change poll failed; trying again at the next tick")
            self._failing = True
            return frozenset()
        self._failing = False
        self._token = found.token
        if found.topics:
            self.changed.emit(found.topics)
            for topic in sorted(found.topics):
                for kind in BUS_KINDS.get(topic, ()):
                    bus().dataChanged.emit(kind)
        return found.topics
