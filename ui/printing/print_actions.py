"""What every print action in the window shares: asking for full IDs, a save dialog, running
the print in a worker behind a cancellable progress dialog, and the done message (the
``printed`` signal, then the file opens). The registry's, the cases' and the mentoring pages'
own prints subclass ``PrintActions``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QMessageBox, QProgressDialog, QWidget

from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.file_dialogs import FileKind, save_file
from ui.operations import default_executor, run_op_in_worker
from ui.workers import Executor, Job

ChoosePath = Callable[[QWidget, str, str], str]
OpenFile = Callable[[str], None]
# work(path, progress, cancelled): write the file at ``path``, reporting progress.
WriteFile = Callable[[str, Callable[[int, int], None], Callable[[], bool]], Any]


FILE_TYPES = {".pdf": "PDF (*.pdf)", ".xlsx": "Excel (*.xlsx)", ".csv": "CSV (*.csv)"}


def export_suffix(csv: bool) -> str:
    """The file extension of a list export: the service picks the format from it."""
    return ".csv" if csv else ".xlsx"


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """A save dialog for the kind of file ``suggested`` names (PDF unless it says otherwise),
    opening where that kind was last saved (``ui.file_dialogs``)."""
    suffix = (
        Path(suggested).suffix.lower() if Path(suggested).suffix.lower() in FILE_TYPES else ".pdf"
    )
    kind = FileKind.PDF if suffix == ".pdf" else FileKind.EXPORT
    path = save_file(parent, kind, title, suggested, FILE_TYPES[suffix])
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path


def open_in_viewer(path: str) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class PrintActions(QObject):
    printed = Signal(str)  # the saved file's path

    def __init__(
        self,
        desk: Desk,
        parent: QWidget,
        *,
        choose_path: ChoosePath = ask_save_path,
        open_file: OpenFile = open_in_viewer,
        executor: Executor | None = None,
        ask_full_id: Callable[[QWidget], bool | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.parent_widget = desk, parent
        self.choose_path, self.open_file = choose_path, open_file
        self.executor = executor or default_executor()
        self.ask_full_id = ask_full_id or self._ask_full_id
        self.job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None

    def _ask_full_id(self, parent: QWidget) -> bool | None:
        """Masked IDs unless the user asks for full ones and is allowed to; None = cancel."""
        if not self.desk.can(Permission.PRINT_FULL_ID):
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("พิมพ์ทะเบียนรายชื่อ"),
            self.tr("พิมพ์ทะเบียนรายชื่อตามตัวกรองปัจจุบัน"),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            parent,
        )
        check = QCheckBox(self.tr("แสดงเลขประจำตัวประชาชนเต็ม (ค่าเริ่มต้น: ปิดบังบางหลัก)"))
        box.setCheckBox(check)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return None
        return check.isChecked()

    def save(
        self,
        title: str,
        suggested_name: str,
        label: str,
        work: WriteFile,
        *,
        changed: str | None = None,
    ) -> Job | None:
        """Ask where to save (None when the user does not say), then write it in the worker."""
        path = self.choose_path(self.parent_widget, title, suggested_name)
        if not path:
            return None
        return self.run_with_progress(
            label,
            lambda progress, cancelled: work(path, progress, cancelled),
            path,
            changed=changed,
            title=title,
        )

    def run_with_progress(
        self,
        label: str,
        work,
        path: str,
        *,
        changed: str | None = None,
        title: str = "",
        on_done: Callable[[Any], None] | None = None,
    ) -> Job | None:
        """Write ``path`` off the GUI thread behind a cancellable progress dialog (shown only
        when it takes a while), then announce and open it — or hand the work's result to
        ``on_done`` instead. ``changed`` goes out on the data bus when the print changed
        stored data (a slip's line in its case's timeline)."""
        progress = QProgressDialog(label, self.tr("ยกเลิก"), 0, 100, self.parent_widget)
        progress.setWindowTitle(title or self.tr("กำลังดำเนินการ"))  # not the program's name
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress_dialog = progress

        def watch(job: Job) -> None:
            job.progress.connect(
                lambda done, total: progress.setValue(int(100 * done / max(total, 1)))
            )
            progress.canceled.connect(job.cancel)
            for ended in (job.finished, job.failed, job.cancelled):
                ended.connect(lambda *_: progress.reset())
            self.job = job

        return run_op_in_worker(
            self.parent_widget,
            work,
            changed=changed,
            on_done=on_done or (lambda _result: self._done(path)),
            prepare=watch,
            executor=self.executor,
        )

    def _done(self, path: str) -> None:
        self.printed.emit(path)
        self.open_file(path)
