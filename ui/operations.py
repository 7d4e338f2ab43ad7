"""Data changes go through ``run_op``: call a service, report failure, announce the change.

``run_op_in_worker`` is the same for long calls (bulk prints, exports): the call runs in a
worker with progress and cancel, and its success or failure is reported on the GUI thread.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import DeskError
from desktop.services.failures import expected_failure_message
from ui.errors import show_error
from ui.workers import Executor, Job, ThreadExecutor

T = TypeVar("T")
log = logging.getLogger(__name__)


class DataBus(QObject):
    """One app-wide signal views listen to so they refresh after any change."""

    dataChanged = Signal(str)  # what changed: "person", "user", …


_bus: DataBus | None = None


def bus() -> DataBus:
    global _bus
    if _bus is None:
        _bus = DataBus()
    return _bus


def run_op(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    changed: str | None = None,
    on_error: Callable[[DeskError], bool] | None = None,
) -> T | None:
    """Run ``call``; on an expected error show it (unless ``on_error`` handled it) and return None."""
    try:
        result = call()
    except (DeskError, OSError) as exc:
        _report(parent, exc, on_error)
        return None
    if changed:
        bus().dataChanged.emit(changed)
    return result


_executor: Executor | None = None


def default_executor() -> Executor:
    """The worker pool long operations run on unless a caller passes its own."""
    global _executor
    if _executor is None:
        _executor = ThreadExecutor()
    return _executor


def run_op_in_worker(
    parent: QWidget | None,
    work: Callable[..., Any],
    *,
    changed: str | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[DeskError], bool] | None = None,
    prepare: Callable[[Job], None] | None = None,
    executor: Executor | None = None,
) -> Job:
    """``run_op`` off the GUI thread: ``work(progress=, cancelled=)`` runs in a worker; when
    it is done ``changed`` goes out on the bus and ``on_done(result)`` runs, on the GUI
    thread; an error is shown as ``run_op`` shows it. A cancelled job reports nothing.

    ``prepare(job)`` connects anything else (a progress dialog) before the job starts, and
    its connections run first (the progress dialog closes before a message opens). With a
    synchronous executor the job has run to its end by the time this returns."""
    job = Job(work)
    if prepare is not None:
        prepare(job)

    def succeeded(result: Any) -> None:
        if changed:
            bus().dataChanged.emit(changed)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, OSError) and expected_failure_message(exc) is None:
            # Unexpected, and raised on another thread where no excepthook sees it: log it
            # with its traceback; the user still gets the message show_error gives it.
            log.error("unexpected error in a worker", exc_info=(type(exc), exc, exc.__traceback__))
        _report(parent, exc, on_error)

    job.finished.connect(succeeded)
    job.failed.connect(failed)
    return (executor or default_executor()).submit(job)


def _report(
    parent: QWidget | None, exc: BaseException, on_error: Callable[[DeskError], bool] | None
) -> None:
    if isinstance(exc, DeskError) and on_error is not None and on_error(exc):
        return
    show_error(parent, exc)


class ReloadsOnChange:
    """Mixin for widgets that show stored data: reload on the bus's ``dataChanged`` for the
    kinds in ``reload_on`` — at once while visible, otherwise when next shown. A closed dialog
    or a page in the back never queries for nothing (nor for a record that is gone)."""

    reload_on: tuple[str, ...] = ()
    _reload_when_shown = False

    def listen_for_changes(self) -> None:
        # Through a weak reference, not a bound method: a dialog Python collects (its widgets'
        # state already cleared) must not be called by the app-wide bus on its way out.
        ref = weakref.ref(self)

        def relay(what: str) -> None:
            widget = ref()
            if widget is None or not shiboken6.isValid(widget):
                bus().dataChanged.disconnect(relay)
                return
            widget._on_data_changed(what)

        bus().dataChanged.connect(relay)

    def _on_data_changed(self, what: str) -> None:
        if what not in self.reload_on:
            return
        if self.isVisible():
            self.reload()
        else:
            self._reload_when_shown = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._reload_when_shown:
            self._reload_when_shown = False
            self.reload()
        super().showEvent(event)

    def reload(self):
        raise NotImplementedError
