"""The needs one volunteer or graduate reported, with what came of them (on the person's page)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.domain.cases.records import CaseRow
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.services.desk import Desk
from ui.cases.queue_model import urgency_data
from ui.domain_labels import label_of, medium_date, needs_label
from ui.widgets.list_model import ListTableModel
from ui.widgets.tables import set_up_record_table


def outcome_text(r: CaseRow) -> str:
    if r.outcome is None:
        return ""
    return (
        f"{label_of(r.outcome)} ({medium_date(r.outcome_on)})"
        if r.outcome_on
        else label_of(r.outcome)
    )


class ReportedCasesModel(ListTableModel[CaseRow]):
    def __init__(self, parent=None) -> None:
        headers = (
            self.tr("เลขที่เรื่อง"),
            self.tr("วันที่รับ"),
            self.tr("ผู้มีความต้องการ"),
            self.tr("ความต้องการ"),
            self.tr("สถานะ"),
            self.tr("ผลการดำเนินการ"),
        )
        super().__init__(headers, (), parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return urgency_data(r.urgency, role, self.tr) if index.column() == 0 else None
        return (
            r.case_no,
            medium_date(r.received_on),
            r.person_name,
            needs_label(r.needs),
            label_of(r.status),
            outcome_text(r),
        )[index.column()]


class ReportedCasesView(QWidget):
    openCase = Signal(int)
    showInQueue = Signal(int, str)  # person id, name

    def __init__(self, desk: Desk, person_id: int, person_name: str, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.person_id, self.person_name = desk, person_id, person_name
        self.model = ReportedCasesModel(self)
        self.table = QTableView(objectName="reportedCases")
        self.table.setModel(self.model)
        set_up_record_table(
            self.table, (118, 100, 180, 200, 120), multi_select=False, settings_key="reported_cases"
        )
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
        self.model.set_rows(rows)
        fy = fiscal_year_of(self.desk.ctx.today())
        this_year = sum(1 for r in rows if fiscal_year_of(r.received_on) == fy)
        self.summary.setText(
            self.tr("แจ้งความต้องการทั้งหมด %1 เรื่อง · ปีงบประมาณ %2: %3 เรื่อง")
            .replace("%1", f"{len(rows):,}")
            .replace("%2", str(fy))
            .replace("%3", f"{this_year:,}")
        )
        self.queue_button.setEnabled(bool(rows))
        return rows

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openCase.emit(self.model.row_at(index.row()).id)
