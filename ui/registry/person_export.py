"""ส่งออกข้อมูลทั้งหมดของบุคคลนี้: a person's whole record for them (PDPA s.30, s.31) — the
user picks a folder, the PDF and the JSON file are written in the worker behind the same
progress dialog as every print, and a message says where the two files are.

The folder dialog, the executor and the message are injectable, so tests answer them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.person_data import PersonDataFiles
from desktop.services.desk import Desk
from ui.file_dialogs import FileKind, choose_folder
from ui.printing.print_actions import OpenFile, PrintActions, open_in_viewer
from ui.workers import Executor, Job

ChooseFolder = Callable[[QWidget, str], str]


def ask_folder(parent: QWidget, title: str) -> str:
    """The system's folder dialog, opening where a person's data was last exported."""
    return choose_folder(parent, FileKind.PERSON_DATA, title)


class PersonDataExportActions(PrintActions):
    exported = Signal(object)  # PersonDataFiles

    def __init__(
        self,
        desk: Desk,
        parent: QWidget,
        *,
        choose_folder: ChooseFolder = ask_folder,
        open_file: OpenFile = open_in_viewer,
        executor: Executor | None = None,
        announce: Callable[[QWidget, PersonDataFiles], None] | None = None,
    ) -> None:
        super().__init__(desk, parent, open_file=open_file, executor=executor)
        self.choose_folder = choose_folder
        self.announce = announce or self._announce
        self.message_box: QMessageBox | None = None

    def export_person(self, person_id: int) -> Job | None:
        """Ask for a folder (None when the user does not choose one), then write both files."""
        title = self.tr("ส่งออกข้อมูลทั้งหมดของบุคคลนี้")
        folder = self.choose_folder(
            self.parent_widget, self.tr("เลือกโฟลเดอร์ที่จะบันทึกข้อมูลทั้งหมดของบุคคลนี้")
        )
        if not folder:
            return None
        return self.run_with_progress(
            self.tr("กำลังรวบรวมข้อมูลทั้งหมดของบุคคลนี้…"),
            lambda progress, cancelled: self.desk.person_data.export(
                person_id, folder, progress=progress, cancelled=cancelled
            ),
            folder,
            title=title,
            on_done=self._exported,
        )

    def _exported(self, files: PersonDataFiles) -> None:
        self.exported.emit(files)
        self.announce(self.parent_widget, files)

    def _announce(self, parent: QWidget, files: PersonDataFiles) -> None:
        """Where the two files are, with a button that opens their folder."""
        folder = str(Path(files.pdf).parent)
        text = self.tr("บันทึกข้อมูลทั้งหมดของบุคคลนี้แล้ว 2 ไฟล์ ในโฟลเดอร์ %1").replace("%1", folder)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("ส่งออกข้อมูลแล้ว"), text, parent=parent
        )
        box.setInformativeText(
            self.tr("PDF สำหรับมอบให้เจ้าของข้อมูล: %1\nJSON สำหรับนำไปใช้กับโปรแกรมอื่น: %2")
            .replace("%1", files.pdf)
            .replace("%2", files.json)
        )
        box.setObjectName("personDataExported")
        opener = box.addButton(self.tr("เปิดโฟลเดอร์"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: self.open_file(folder))
        box.addButton(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.open()  # not exec(): the export is done, the window stays usable
