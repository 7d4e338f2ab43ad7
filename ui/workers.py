"""Slow work off the GUI thread, with progress and cancel; results come back by signal.

The executor is injectable: tests pass ``SyncExecutor`` so the work runs at once, in order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Job(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Callable[..., Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(
                progress=lambda done, total: self.progress.emit(done, total),
                cancelled=self.is_cancelled,
            )
        except Exception as exc:  # noqa: BLE001 — delivered to the GUI thread by signal
            if self.is_cancelled():
                self.cancelled.emit()
            else:
                self.failed.emit(exc)
            return
        if self.is_cancelled():
            self.cancelled.emit()
        else:
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


class ThreadExecutor:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()

    def submit(self, job: Job) -> Job:
        self.pool.start(_Runnable(job))
        return job


class SyncExecutor:
    def submit(self, job: Job) -> Job:
        job.run()
        return job
