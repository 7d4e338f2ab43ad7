"""The wizard's long steps (checking every row, writing them) in the worker, behind a
cancellable progress dialog; results and errors come back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.operations import run_op_in_worker
from ui.workers import Executor, Job


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[..., Any],
    *,
    executor: Executor,
    on_done: Callable[[Any], None],
    on_cancelled: Callable[[], None],
    on_failed: Callable[[], None],
    changed: str | None = None,
) -> Job:
    """``work(progress=, cancelled=)`` off the GUI thread; the dialog's cancel button cancels
    it. Exactly one of ``on_done(result)``, ``on_cancelled()`` and ``on_failed()`` runs (a
    failure is shown first with the project's error presenter)."""
    # Busy (no bar) until the work reports its first progress: reading a sheet reports none.
    dialog = QProgressDialog(
        label, QCoreApplication.translate("ImportWizard", "ยกเลิก"), 0, 0, parent
    )
    dialog.setObjectName("importProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def watch(job: Job) -> None:
        def advanced(done: int, total: int) -> None:
            dialog.setMaximum(100)
            dialog.setValue(int(100 * done / max(total, 1)))

        job.progress.connect(advanced)
        dialog.canceled.connect(job.cancel)
        for ended in (job.finished, job.failed, job.cancelled):
            ended.connect(lambda *_: (dialog.reset(), dialog.hide()))
        job.cancelled.connect(on_cancelled)
        job.failed.connect(lambda _exc: on_failed())
        job.progress_dialog = dialog

    return run_op_in_worker(
        parent, work, changed=changed, on_done=on_done, prepare=watch, executor=executor
    )
