"""ประวัติการเข้าถึง: a table of the audit rows about one record (a person with the cases,
visits and evaluations about them; or one case), for the person's record and the case page.
Supervisors and the administrator see it; a row opens its details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from desktop.domain.audit_trail import AuditPage
from desktop.services.desk import Desk
from ui.admin.audit_model import ROW_ROLE, AuditModel
from ui.widgets.tables import set_up_record_table

COLUMN_WIDTHS = (150, 110, 170, 260)


def open_audit_detail(desk: Desk, parent: QWidget, event_id: int) -> QWidget:
    from ui.admin.audit_detail_dialog import AuditDetailDialog

    dialog = AuditDetailDialog(desk, event_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class AccessHistoryView(QWidget):
    def __init__(
        self, desk: Desk, load: Callable[[], AuditPage], parent=None, *, autoload: bool = True
    ) -> None:
        super().__init__(parent)
        self.desk, self.load = desk, load
        self.model = AuditModel(parent=self)
        self.table = QTableView(objectName="accessHistoryTable")
        self.table.setModel(self.model)
        set_up_record_table(self.table, COLUMN_WIDTHS, multi_select=False)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.summary = QLabel(objectName="accessHistorySummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.last_dialog: QWidget | None = None
        if autoload:
            self.reload()

    def reload(self) -> None:
        page = self.load()
        self.model.show_rows(page.rows)
        shown = len(page.rows)
        more = page.total > shown or page.capped
        text = self.tr("%1 รายการล่าสุด (ใหม่สุดก่อน) — ดับเบิลคลิกเพื่อดูรายละเอียด").replace(
            "%1", f"{shown:,}"
        )
        if more:
            text += self.tr(" · ดูทั้งหมดได้ที่หน้าประวัติการใช้งาน")
        self.summary.setText(text)

    def _open(self, index) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is not None:
            self.last_dialog = open_audit_detail(self.desk, self, row.id)
