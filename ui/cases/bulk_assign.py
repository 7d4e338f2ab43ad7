"""Assign several cases at once to one office user (or take them off everybody's list)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from desktop.services.desk import Desk
from ui.dialogs.entry_dialog import EntryDialog
from ui.operations import run_op


class BulkAssignDialog(EntryDialog):
    def __init__(self, desk: Desk, case_ids: Sequence[int], parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_ids = list(case_ids)
        self.assigned = 0
        self.setWindowTitle(self.tr("มอบหมายงาน"))
        intro = QLabel(self.tr("มอบหมาย %1 เรื่องที่เลือกให้").replace("%1", f"{len(self.case_ids):,}"))
        self.user = QComboBox(objectName="assignee")
        self.user.addItem(self.tr("— ไม่มอบหมาย —"), None)
        for user in desk.cases.assignable_users():
            self.user.addItem(user.full_name, user.id)
        if self.user.count() > 1:
            self.user.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("ผู้รับผิดชอบ"), self.user)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("มอบหมาย"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choose(self, user_id: int | None) -> None:
        self.user.setCurrentIndex(max(self.user.findData(user_id), 0))

    def submit(self) -> int | None:
        user_id = self.user.currentData()
        n = run_op(self, lambda: self.desk.cases.assign(self.case_ids, user_id), changed="case")
        if n is not None:
            self.assigned = n
            self.accept()
        return n

    def save(self) -> int | None:
        return self.submit()
