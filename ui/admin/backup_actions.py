"""The administrator's backup and restore in the window, and the day's automatic backup.

Both run in the worker (a large office file takes seconds); the file choices are injectable so
tests choose without a dialog. After a restore every view reloads from the restored file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.permissions import Permission
from desktop.paths import backup_dir
from desktop.services.backups import automatic_backup, describe
from desktop.services.desk import Desk
from ui.file_dialogs import FileKind, open_file
from ui.operations import bus, run_op_in_worker
from ui.workers import Executor, Job

# What every view shows: a restore changes all of it.
EVERYTHING = ("person", "case", "visit", "evaluation", "mentoring", "user", "service_level")


def _ask_backup_file(parent: QWidget | None) -> str:
    # The first time it opens on the automatic backups, where a copy to restore usually is.
    return open_file(
        parent,
        FileKind.BACKUP,
        QCoreApplication.translate("BackupActions", "เลือกสำเนาฐานข้อมูลที่จะกู้คืน"),
        QCoreApplication.translate("BackupActions", "สำเนาฐานข้อมูล (*.sqlite3)"),
        first=str(backup_dir()),
    )


def _confirm(parent: QWidget | None, text: str) -> bool:
    title = QCoreApplication.translate("BackupActions", "กู้คืนฐานข้อมูล")
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class BackupActions(QObject):
    done = Signal(str)  # the Thai line that says what was backed up or restored

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        executor: Executor | None = None,
        ask_file: Callable[[QWidget | None], str] = _ask_backup_file,
        confirm: Callable[[QWidget | None, str], bool] = _confirm,
    ) -> None:
        super().__init__(parent)
        self.desk, self.parent_widget, self.executor = desk, parent, executor
        self.ask_file, self.confirm = ask_file, confirm

    def available(self) -> bool:
        db = self.desk.ctx.db
        return db.dialect == "sqlite" and self.desk.can(Permission.BACKUP_DATABASE)

    def backup_now(self) -> Job:
        return run_op_in_worker(
            self.parent_widget,
            lambda **_: self.desk.backups.backup_now(),
            on_done=lambda made: self.done.emit(
                self.tr("สำรองฐานข้อมูลไว้ที่ ") + f"{made.path}: {describe(made)}"
            ),
            executor=self.executor,
        )

    def restore(self) -> Job | None:
        chosen = self.ask_file(self.parent_widget)
        if not chosen:
            return None
        question = self.tr(
            "ข้อมูลทั้งหมดในฐานข้อมูลปัจจุบันจะถูกแทนที่ด้วยสำเนา %1 (ไฟล์ปัจจุบันจะถูกเก็บไว้) ต้องการกู้คืนหรือไม่"
        ).replace("%1", Path(chosen).name)
        if not self.confirm(self.parent_widget, question):
            return None

        def restored(report) -> None:
            for what in EVERYTHING:
                bus().dataChanged.emit(what)
            self.done.emit(report.describe())

        return run_op_in_worker(
            self.parent_widget,
            lambda **_: self.desk.backups.restore(Path(chosen)),
            on_done=restored,
            executor=self.executor,
        )

    def daily(self) -> Job:
        """The day's automatic backup, quietly: a failure is logged and shown once."""
        db, now = self.desk.ctx.db, self.desk.ctx.now().astimezone()
        return run_op_in_worker(
            self.parent_widget, lambda **_: automatic_backup(db, now), executor=self.executor
        )
