"""The import wizard: choose a file → map its columns → preview every row → import.

One wizard for every kind of import: what differs (the service, the field labels, the
columns read per row, who may open it) comes in an :class:`ImportKind` adapter. The file
dialogs, the folder opener and the executor are injectable, so tests drive it without a
dialog and run the worker's steps synchronously.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from desktop.exchange.sheet_reading import SheetTable
from desktop.services.desk import Desk
from desktop.services.imports.records import ImportPreview, ImportResult
from ui.imports.file_page import FilePage
from ui.imports.import_page import DonePage, ImportPage
from ui.imports.kinds import ImportKind
from ui.imports.mapping_page import MappingPage
from ui.imports.preview_page import PreviewPage
from ui.operations import default_executor
from ui.widgets.screen_fit import fit_to_screen
from ui.workers import Executor

# (parent, title, start path, filter) → the chosen path, "" when the user cancels.
ChooseFile = Callable[[QWidget, str, str, str], str]
OpenFolder = Callable[[str], None]
SIZE = (1180, 680)  # fits a 1280×720 screen with the taskbar and the title bar


def ask_open_file(parent: QWidget, title: str, start: str, filters: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, start, filters)[0]


def ask_save_file(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]


def open_in_file_manager(folder: str) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(folder))


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportResult, once the rows are in

    def __init__(
        self,
        desk: Desk,
        kind: ImportKind,
        parent: QWidget | None = None,
        *,
        executor: Executor | None = None,
        choose_file: ChooseFile = ask_open_file,
        choose_save: ChooseFile = ask_save_file,
        open_folder: OpenFolder = open_in_file_manager,
    ) -> None:
        super().__init__(parent)
        self.desk, self.kind = desk, kind
        self.service = kind.service(desk)
        self.executor = executor or default_executor()
        self.choose_file, self.choose_save, self.open_folder = choose_file, choose_save, open_folder
        self.path = ""
        self.table: SheetTable | None = None
        self.mapping: dict[str, str] = {}
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None

        self.setObjectName(f"{kind.name}ImportWizard")
        self.setWindowTitle(kind.title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< ย้อนกลับ")),
            (QWizard.WizardButton.NextButton, self.tr("ถัดไป >")),
            (QWizard.WizardButton.CommitButton, self.tr("นำเข้า")),
            (QWizard.WizardButton.FinishButton, self.tr("เสร็จ")),
            (QWizard.WizardButton.CancelButton, self.tr("ยกเลิก")),
        ):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        self.done_page = DonePage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.preview_page,
            self.import_page,
            self.done_page,
        ):
            self.addPage(page)
        self.currentIdChanged.connect(lambda _id: self.focus_first_field())
        self.resize(*SIZE)

    def showEvent(self, event) -> None:  # QWizard cannot take the Dialog base
        super().showEvent(event)
        fit_to_screen(self)

    def set_table(self, path: str, table: SheetTable | None) -> None:
        """The file step read ``path`` (None: it could not); later steps start again."""
        self.path, self.table = path, table
        self.preview = None

    def focus_first_field(self) -> None:
        page = self.currentPage()
        field = getattr(page, "first_field", None)
        if field is not None:
            field.setFocus()
        elif page is self.done_page:
            self.button(QWizard.WizardButton.FinishButton).setFocus()

    def reject(self) -> None:
        """Cancel stops an import that is running (nothing of it stays) and closes."""
        self.preview_page.cancel_running()
        self.import_page.cancel_running()
        super().reject()
