"""Before a new case is saved: "this person already has open cases — is this one of them?"

``ask_about_duplicates`` is the default ``duplicate_prompt`` of ``IntakeDialog``; tests pass
their own callable instead, or drive ``DuplicateDialog`` without ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases.records import CaseRow
from desktop.domain.national_id import mask_id
from ui.dialogs.base import Dialog
from ui.domain_labels import label_of, medium_date, needs_label
from ui.widgets.list_model import ListTableModel

Choice = Literal["new", "duplicate", "cancel"]
DuplicatePrompt = Callable[[Sequence[CaseRow]], tuple[Choice, int | None]]


class OpenCasesModel(ListTableModel[CaseRow]):
    def __init__(self, rows: Sequence[CaseRow], parent=None) -> None:
        headers = (
            self.tr("เลขที่เรื่อง"),
            self.tr("รับเรื่อง"),
            self.tr("ชื่อ"),
            self.tr("เลขประจำตัว"),
            self.tr("ความต้องการ"),
            self.tr("สถานะ"),
        )
        super().__init__(headers, rows, parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (
            r.case_no,
            medium_date(r.received_on),
            r.person_name,
            mask_id(r.person_national_id) if r.person_national_id else "",
            needs_label(r.needs),
            label_of(r.status),
        )[index.column()]


class DuplicateDialog(Dialog):
    """Lists the open cases; the clerk saves a new case, marks it a duplicate, or goes back."""

    def __init__(self, rows: Sequence[CaseRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("พบเรื่องที่ยังไม่ปิดของบุคคลนี้"))
        self.choice: Choice = "cancel"
        self.original_id: int | None = None

        intro = QLabel(
            self.tr(
                "บุคคลนี้มีเรื่องที่ยังดำเนินการอยู่ %1 เรื่อง (เลขประจำตัวเดียวกัน หรือชื่อและเบอร์โทรเดียวกัน) "
                "เรื่องที่กำลังรับเป็นเรื่องเดียวกันหรือไม่"
            ).replace("%1", str(len(rows))),
            objectName="duplicateIntro",
        )
        intro.setWordWrap(True)
        self.model = OpenCasesModel(rows, self)
        self.table = QTableView(self, objectName="duplicateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.selectRow(0)

        self.duplicate_button = QPushButton(
            self.tr("เป็นเรื่องซ้ำกับเรื่องที่เลือก"), objectName="markDuplicateButton"
        )
        self.new_button = QPushButton(self.tr("ไม่ใช่ บันทึกเป็นเรื่องใหม่"), objectName="saveAsNewButton")
        self.cancel_button = QPushButton(self.tr("กลับไปแก้ไข"), objectName="backButton")
        self.duplicate_button.setDefault(True)
        self.duplicate_button.clicked.connect(self._mark_duplicate)
        self.new_button.clicked.connect(self._save_as_new)
        self.cancel_button.clicked.connect(self.reject)
        self.table.doubleClicked.connect(self._mark_duplicate)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.duplicate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(880, 320)

    def _save_as_new(self) -> None:
        self._finish("new")

    def _mark_duplicate(self, *_index) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.original_id = self.model.row_at(index.row()).id
            self._finish("duplicate")

    def _finish(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def answer(self) -> tuple[Choice, int | None]:
        return self.choice, self.original_id if self.choice == "duplicate" else None


def ask_about_duplicates(parent: QWidget | None) -> DuplicatePrompt:
    """The interactive prompt: a modal ``DuplicateDialog``."""

    def prompt(rows: Sequence[CaseRow]) -> tuple[Choice, int | None]:
        dialog = DuplicateDialog(rows, parent)
        dialog.exec()
        return dialog.answer()

    return prompt
