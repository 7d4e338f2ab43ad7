"""The needs one volunteer or graduate reported, with what came of them (on the person's page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
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

from desktop.domain.case_records import CaseRow
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.thai_dates import format_medium
from desktop.services.desk import Desk

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportedCasesView(QWidget):
    openCase = Signal(int)
    showInQueue = Signal(int, str)  # person id, name

    def __init__(self, desk: Desk, person_id: int, person_name: str, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.person_id, self.person_name = desk, person_id, person_name
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("เลขที่เรื่อง"), self.tr("วันที่รับ"), self.tr("ผู้มีความต้องการ"),
             self.tr("ความต้องการ"), self.tr("สถานะ"), self.tr("ผลการดำเนินการ")]
        )
        self.table = QTableView(objectName="reportedCases")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.summary = QLabel(objectName="reportedSummary")
        self.queue_button = QPushButton(self.tr("ดูในคิวงานส่งต่อ"), objectName="showInQueue")
        self.queue_button.clicked.connect(
            lambda: self.showInQueue.emit(self.person_id, self.person_name)
        )
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.queue_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> list[CaseRow]:
        rows = self.desk.cases.cases_reported_by(self.person_id)
        self.model.removeRows(0, self.model.rowCount())
        for r in rows:
            outcome = r.outcome.label if r.outcome else ""
            if r.outcome_on:
                outcome += f" ({format_medium(r.outcome_on)})"
            items = [QStandardItem(t) for t in (
                r.case_no, format_medium(r.received_on), r.person_name, r.needs_label,
                r.status.label, outcome,
            )]
            items[0].setData(r.id, CASE_ID_ROLE)
            self.model.appendRow(items)
        fy = fiscal_year_of(self.desk.ctx.today())
        this_year = sum(1 for r in rows if fiscal_year_of(r.received_on) == fy)
        self.summary.setText(
            self.tr("แจ้งความต้องการทั้งหมด %1 เรื่อง · ปีงบประมาณ %2: %3 เรื่อง")
            .replace("%1", f"{len(rows):,}").replace("%2", str(fy)).replace("%3", f"{this_year:,}")
        )
        self.queue_button.setEnabled(bool(rows))
        return rows

    def _open(self, index) -> None:
        if index.isValid():
            self.openCase.emit(self.model.item(index.row(), 0).data(CASE_ID_ROLE))
