"""Step 1: the file. Its sheet when a workbook has several; for a CSV the encoding found,
with a choice to read it in another; the first rows as read, so the clerk sees the Thai
come out right before going on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from desktop.exchange.sheet_reading import CSV_FORMATS, SheetTable
from ui import file_dialogs
from ui.file_dialogs import FileKind
from ui.imports.jobs import run_with_progress
from ui.imports.sheet_model import PREVIEW_ROWS, SheetPreviewModel
from ui.operations import run_op
from ui.widgets.tables import set_up_record_table

LAST_FOLDER_KEY = file_dialogs.settings_key(FileKind.IMPORT)
# The encodings a CSV saved from Excel comes in; None: as detected.
ENCODINGS = (
    ("UTF-8", "utf-8"),
    ("UTF-8-BOM", "utf-8-sig"),
    ("UTF-16", "utf-16"),
    ("TIS-620 / cp874", "cp874"),
)
_ENCODING_NAMES = {
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp874": "TIS-620 / cp874",
}


class FilePage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("1. เลือกไฟล์"))
        self.setSubTitle(
            self.tr("ไฟล์ Excel (.xlsx .xlsm .xls) หรือ CSV ที่สำนักงานใช้อยู่ หัวตารางอยู่ใต้บรรทัดชื่อเรื่องได้")
        )
        self.path = QLineEdit(objectName="pathEdit")
        self.path.setPlaceholderText(self.tr("ที่อยู่ของไฟล์ หรือกด “เลือกไฟล์…”"))
        self.path.returnPressed.connect(lambda: self.load(self.path.text().strip()))
        self.browse = QPushButton(self.tr("เลือกไฟล์…"), objectName="browseButton")
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)

        self.sheet = QComboBox(objectName="sheetCombo")
        self.sheet.activated.connect(lambda _i: self.reload())
        self.sheet_label = QLabel(self.tr("แผ่นงาน"))
        self.encoding = QComboBox(objectName="encodingCombo")
        self.encoding.activated.connect(lambda _i: self.reload())
        self.encoding_label = QLabel(self.tr("การเข้ารหัสของไฟล์ CSV"))
        form = QFormLayout()
        form.addRow(self.tr("ไฟล์"), row)
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.encoding_label, self.encoding)

        self.info = QLabel(objectName="sheetInfo")
        self.model = SheetPreviewModel(self)
        self.table = QTableView(objectName="sheetPreview")
        self.table.setModel(self.model)
        set_up_record_table(self.table, multi_select=False)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setResizeContentsPrecision(PREVIEW_ROWS)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        self._show_choices()
        self._generation = 0
        self.first_field = self.path

    # -- choosing ------------------------------------------------------------------------
    def start_folder(self) -> str:
        return file_dialogs.start_folder(FileKind.IMPORT)

    def choose(self) -> None:
        path = self.wiz.choose_file(
            self,
            self.tr("เลือกไฟล์ที่จะนำเข้า"),
            self.start_folder(),
            self.tr("ไฟล์ Excel หรือ CSV (*.xlsx *.xlsm *.xls *.csv);;ทุกไฟล์ (*)"),
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Open ``path``: its sheets, then the first (or only) one in the detected encoding."""
        if not path:
            return
        self.path.setText(path)
        sheets = run_op(self, lambda: self.wiz.service.sheets(path))
        self.sheet.clear()
        self.encoding.clear()
        self.wiz.set_table(path, None)
        if sheets is None:
            self._show_choices()
            self._show(None)
            return
        self.sheet.addItems(sheets)
        file_dialogs.remember(FileKind.IMPORT, path)
        self.reload()

    def reload(self) -> None:
        """Read the sheet (in the worker: a large workbook takes seconds) in the sheet and
        encoding chosen, then show its first rows."""
        path = self.path.text().strip()
        sheet = self.sheet.currentText() if self.sheet.count() > 1 else None
        encoding = self.encoding.currentData() if self.encoding.count() else None
        service = self.wiz.service
        self.wiz.set_table(path, None)
        self._show(None)
        self.info.setText(self.tr("กำลังอ่านไฟล์…"))
        self._generation += 1
        generation = self._generation

        def read(table: SheetTable | None) -> None:
            if generation == self._generation:  # not a file the clerk has since replaced
                self._read(path, table)

        run_with_progress(
            self,
            self.tr("กำลังอ่านไฟล์…"),
            lambda progress, cancelled: service.read(path, sheet, encoding),
            executor=self.wiz.executor,
            on_done=read,
            on_cancelled=lambda: read(None),
            on_failed=lambda: read(None),
        )

    def _read(self, path: str, table: SheetTable | None) -> None:
        self.wiz.set_table(path, table)
        if table is not None and self._is_csv(path) and not self.encoding.count():
            detected = _ENCODING_NAMES.get(table.encoding, table.encoding)
            self.encoding.addItem(self.tr("ตามที่ตรวจพบ: %1").replace("%1", detected), None)
            for label, codec in ENCODINGS:
                self.encoding.addItem(label, codec)
        self._show_choices()
        self._show(table)

    # -- showing -------------------------------------------------------------------------
    def _is_csv(self, path: str) -> bool:
        return Path(path).suffix.lower() in CSV_FORMATS

    def _show_choices(self) -> None:
        several = self.sheet.count() > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)
        csv = self.encoding.count() > 0
        self.encoding.setVisible(csv)
        self.encoding_label.setVisible(csv)

    def _show(self, table: SheetTable | None) -> None:
        self.model.set_table(table)
        if table is None:
            self.info.setText("")
        elif not table.rows:
            self.info.setText(self.tr("แผ่นงาน “%1” ไม่มีแถวข้อมูล").replace("%1", table.sheet))
        else:
            self.info.setText(
                self.tr("แผ่นงาน “%1”: %2 แถว %3 คอลัมน์ (แสดง %4 แถวแรก)")
                .replace("%1", table.sheet)
                .replace("%2", f"{len(table.rows):,}")
                .replace("%3", str(len(table.headers)))
                .replace("%4", str(self.model.rowCount()))
            )
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.table is not None and bool(self.wiz.table.rows)

    def validatePage(self) -> bool:  # noqa: N802
        return self.isComplete()
