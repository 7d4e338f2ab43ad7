"""Printing from the window: pick where to save, render off the GUI thread, open the PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from desktop.services.people.service import PersonFilter
from ui.errors import show_error
from ui.workers import Job, ThreadExecutor

ChoosePath = Callable[[QWidget, str, str], str]
OpenFile = Callable[[str], None]


FILE_TYPES = {".pdf": "PDF (*.pdf)", ".xlsx": "Excel (*.xlsx)"}


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """A save dialog for the kind of file ``suggested`` names (PDF unless it says otherwise)."""
    suffix = (
        Path(suggested).suffix.lower() if Path(suggested).suffix.lower() in FILE_TYPES else ".pdf"
    )
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, FILE_TYPES[suffix])
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path


def open_in_viewer(path: str) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class PrintActions(QObject):
    printed = Signal(str)  # the PDF path

    def __init__(
        self,
        desk: Desk,
        parent: QWidget,
        *,
        choose_path: ChoosePath = ask_save_path,
        open_file: OpenFile = open_in_viewer,
        executor=None,
        ask_full_id: Callable[[QWidget], bool | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.parent_widget = desk, parent
        self.choose_path, self.open_file = choose_path, open_file
        self.executor = executor or ThreadExecutor()
        self.ask_full_id = ask_full_id or self._ask_full_id
        self.job: Job | None = None

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

    def print_roster(self, f: PersonFilter) -> Job | None:
        full_id = self.ask_full_id(self.parent_widget)
        if full_id is None:
            return None
        path = self.choose_path(
            self.parent_widget,
            self.tr("บันทึกทะเบียนรายชื่อเป็น PDF"),
            str(Path.home() / "ทะเบียนรายชื่ออาสาสมัครแรงงาน.pdf"),
        )
        if not path:
            return None
        return self.run_with_progress(
            self.tr("กำลังสร้างทะเบียนรายชื่อ…"),
            lambda progress, cancelled: self.desk.printing.roster(
                f, path, full_id=full_id, progress=progress, cancelled=cancelled
            ),
            path,
        )

    def run_with_progress(self, label: str, work, path: str) -> Job | None:
        """Render off the GUI thread behind a cancellable progress dialog, then open ``path``."""
        progress = QProgressDialog(label, self.tr("ยกเลิก"), 0, 100, self.parent_widget)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = Job(work)
        job.progress.connect(lambda done, total: progress.setValue(int(100 * done / max(total, 1))))
        progress.canceled.connect(job.cancel)
        job.finished.connect(lambda _n: (progress.reset(), self._done(path)))
        job.failed.connect(lambda exc: (progress.reset(), show_error(self.parent_widget, exc)))
        job.cancelled.connect(progress.reset)
        self.job = job
        return self.executor.submit(job)

    def print_record(self, person_id: int) -> str | None:
        person = self.desk.people.get(person_id)
        return self.save_now(
            self.tr("บันทึกทะเบียนประวัติเป็น PDF"),
            f"ทะเบียนประวัติ {person.first_name} {person.last_name}.pdf",
            lambda path: self.desk.printing.record(person_id, path),
        )

    def save_now(
        self, title: str, suggested_name: str, work: Callable[[str], object]
    ) -> str | None:
        """Ask where to save, write the file at once (small documents), then open it."""
        path = self.choose_path(self.parent_widget, title, str(Path.home() / suggested_name))
        if not path:
            return None
        try:
            work(path)
        except Exception as exc:  # noqa: BLE001 — shown to the user, nothing half-written
            show_error(self.parent_widget, exc)
            return None
        self._done(path)
        return path

    def _done(self, path: str) -> None:
        self.printed.emit(path)
        self.open_file(path)
