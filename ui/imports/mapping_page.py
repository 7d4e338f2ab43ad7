"""Step 2: which column fills which field. Proposed from the headers (the office's last
mapping first), corrected by the clerk; a missing required field or a field chosen twice is
named in Thai and keeps the wizard here. The mapping can be saved as, or loaded from, the
JSON file ``--mapping`` reads; it is remembered for the office when the clerk goes on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from desktop.exchange.mapping_files import read_mapping, write_mapping
from ui.cases.case_details import breakable
from ui.imports.mapping_model import FIELD, FieldDelegate, MappingModel
from ui.operations import run_op
from ui.widgets.field_error import FieldError
from ui.widgets.tables import ROW_HEIGHT


class MappingPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("2. จับคู่คอลัมน์"))
        self.setSubTitle(
            self.tr(
                "เลือกว่าแต่ละคอลัมน์ของไฟล์คือข้อมูลใด (กด F2 หรือพิมพ์เพื่อเปลี่ยน) คอลัมน์ที่ไม่ต้องการเลือก “ไม่นำเข้า”"
            )
        )
        self.model = MappingModel(wizard.kind.fields, self)
        self.model.mappingChanged.connect(self._check)
        self.table = QTableView(objectName="mappingTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FIELD, FieldDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT + 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(FIELD, 260)

        self.errors = FieldError()
        self.errors.setObjectName("mappingErrors")
        self.note = QLabel(objectName="mappingNote")
        self.note.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("จับคู่อัตโนมัติใหม่"), objectName="suggestButton")
        self.suggest_button.clicked.connect(self.suggest)
        self.load_button = QPushButton(self.tr("เปิดการจับคู่จากไฟล์…"), objectName="loadMappingButton")
        self.load_button.clicked.connect(self.load_file)
        self.save_button = QPushButton(self.tr("บันทึกการจับคู่เป็นไฟล์…"), objectName="saveMappingButton")
        self.save_button.clicked.connect(self.save_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        for b in (self.suggest_button, self.load_button, self.save_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self._table_shown = None
        self.first_field = self.table

    def initializePage(self) -> None:  # noqa: N802
        """A new file (or sheet, or encoding) gets a new proposal; going back and forth to
        the same one keeps the clerk's choices."""
        if self.wiz.table is not self._table_shown:
            self._table_shown = self.wiz.table
            self.suggest()
        self.table.setCurrentIndex(self.model.index(0, FIELD))

    def suggest(self) -> None:
        table = self.wiz.table
        mapping = run_op(self, lambda: self.wiz.service.suggested_mapping(table)) or {}
        self.note.setText("")
        self.model.set_table(table, mapping)

    def _check(self) -> None:
        problems = self.wiz.kind.mapping_errors(self.model.mapping(), self.model.headers)
        self.model.set_problems(problems)
        self.errors.setError(breakable("\n".join(problems.values())))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.model.headers) and not self.errors.error()

    def validatePage(self) -> bool:  # noqa: N802
        """The clerk confirms the mapping: the office remembers it for the next file."""
        if not self.isComplete():
            return False
        mapping = self.model.mapping()
        if run_op(self, lambda: self.wiz.service.save_mapping(mapping) or True) is None:
            return False
        self.wiz.mapping = mapping
        return True

    # -- files ---------------------------------------------------------------------------
    def _beside_source(self, name: str) -> str:
        return str(Path(self.wiz.path).with_name(name)) if self.wiz.path else name

    def save_file(self) -> None:
        path = self.wiz.choose_save(
            self,
            self.tr("บันทึกการจับคู่คอลัมน์"),
            self._beside_source(Path(self.wiz.path).stem + " - การจับคู่คอลัมน์.json"),
            self.tr("การจับคู่คอลัมน์ (*.json)"),
        )
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        if run_op(self, lambda: write_mapping(path, self.model.mapping()) or True):
            self.note.setText(self.tr("บันทึกการจับคู่แล้ว: %1").replace("%1", path))

    def load_file(self) -> None:
        path = self.wiz.choose_file(
            self,
            self.tr("เปิดการจับคู่คอลัมน์"),
            str(Path(self.wiz.path).parent) if self.wiz.path else "",
            self.tr("การจับคู่คอลัมน์ (*.json)"),
        )
        if not path:
            return
        mapping = run_op(self, lambda: read_mapping(path))
        if mapping is None:
            return
        self.model.set_mapping(mapping)
        missing = [h for h in mapping if h not in self.model.headers]
        self.note.setText(
            self.tr("ไม่พบคอลัมน์เหล่านี้ในแผ่นงาน: %1").replace("%1", ", ".join(missing))
            if missing
            else self.tr("ใช้การจับคู่จากไฟล์ %1").replace("%1", Path(path).name)
        )
