"""Slow work off the GUI thread, with progress and cancel; results come back by signal.

A ``Job`` wraps ``work(progress=, cancelled=)``; an executor runs it. The executor is
injectable: tests pass ``SyncExecutor`` so the work runs at once, in order, or a
``ThreadExecutor`` of their own pool to see it come back from another thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Job(QObject):
    """One piece of slow work. Exactly one of ``finished``, ``failed`` and ``cancelled`` is
    emitted at the end; an error raised because the user cancelled counts as cancelled."""

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


class Executor(Protocol):
    def submit(self, job: Job) -> Job: ...


class ThreadExecutor:
    """Runs jobs on a thread pool; keeps each job alive until its end has been delivered (its
    signals reach the GUI thread queued, after the worker is done with it)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Job] = set()

    def submit(self, job: Job) -> Job:
        self._running.add(job)

        def forget(*_ignored) -> None:
            self._running.discard(job)

        for ended in (job.finished, job.failed, job.cancelled):
            ended.connect(forget)
        self.pool.start(_Runnable(job))
        return job


class SyncExecutor:
    """Runs the job at once on the calling thread (tests, and the command line's habits)."""

    def submit(self, job: Job) -> Job:
        job.run()
        return job
