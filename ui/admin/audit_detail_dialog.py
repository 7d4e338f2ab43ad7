"""One audit row opened: who, when, what to whom, which fields changed from what to what
(personal values masked unless the reader may see them), and the rest of what was noted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.audit_trail import AuditDetail
from desktop.services.desk import Desk
from ui.dialogs.base import Dialog
from ui.domain_labels import audit_action_text, date_time
from ui.widgets.tables import set_up_record_table


class AuditDetailDialog(Dialog):
    def __init__(self, desk: Desk, event_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("รายละเอียดประวัติการใช้งาน"))
        self.detail: AuditDetail = desk.audit_trail.detail(event_id)
        row = self.detail.row
        form = QFormLayout()
        who = row.username + (
            f" — {self.detail.user_full_name}" if self.detail.user_full_name else ""
        )
        for label, value in (
            (self.tr("วันเวลา"), date_time(row.at)),
            (self.tr("ผู้ใช้"), who),
            (self.tr("การกระทำ"), audit_action_text(row.action, row.category)),
            (self.tr("บุคคล / เรื่อง / เอกสาร"), row.subject),
            (self.tr("รหัสรายการ"), str(row.id)),
        ):
            text = QLabel(value)
            text.setWordWrap(True)
            form.addRow(label + ":", text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.changes = QTableWidget(len(self.detail.changes), 3)
        self.changes.setObjectName("changesTable")
        self.changes.setHorizontalHeaderLabels([self.tr("ช่อง"), self.tr("จาก"), self.tr("เป็น")])
        for i, change in enumerate(self.detail.changes):
            for j, value in enumerate((change.label, change.old, change.new)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.changes.setItem(i, j, item)
        set_up_record_table(self.changes, (160, 220, 220), multi_select=False)
        if self.detail.changes:
            layout.addWidget(QLabel(self.tr("ช่องที่เปลี่ยน")))
            layout.addWidget(self.changes)
        else:
            self.changes.hide()
        self.facts = QTableWidget(len(self.detail.facts), 2)
        self.facts.setObjectName("factsTable")
        self.facts.setHorizontalHeaderLabels([self.tr("รายการ"), self.tr("ค่า")])
        for i, (label, value) in enumerate(self.detail.facts):
            for j, text in enumerate((label, value)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.facts.setItem(i, j, item)
        set_up_record_table(self.facts, (180, 420), multi_select=False)
        if self.detail.facts:
            layout.addWidget(QLabel(self.tr("รายละเอียดที่บันทึกไว้")))
            layout.addWidget(self.facts)
        else:
            self.facts.hide()
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("ปิด"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.close_button.setFocus()
