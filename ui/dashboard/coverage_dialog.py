"""The list behind the dashboard's coverage numbers: every subdistrict of the province (or of
one district) with its active volunteers, those without one first — all, covered or not."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from desktop import areas
from desktop.domain.report_figures import CoverageRow
from desktop.services.dashboard.records import CoverageList
from ui.dialogs.base import Dialog
from ui.widgets.list_model import ListTableModel
from ui.widgets.tables import set_up_record_table


class CoverageModel(ListTableModel[CoverageRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            (self.tr("อำเภอ"), self.tr("ตำบล"), self.tr("อาสาสมัครแรงงานที่ปฏิบัติงาน (คน)")),
            (),
            parent,
        )

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (r.district, r.subdistrict, f"{r.active_count:,}")[index.column()]


class CoverageDialog(Dialog):
    def __init__(self, desk, link: CoverageList, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageDialog")
        self.setWindowTitle(self.tr("ตำบลและอาสาสมัครแรงงานที่ปฏิบัติงาน"))
        self.desk = desk
        self.district = QComboBox(objectName="coverageDistrict")
        self.district.addItem(self.tr("ทั้งจังหวัด"), "")
        office = desk.office()
        for d in areas.districts(office.province_code) if office else ():
            self.district.addItem(d.name_th, d.code)
        self.district.setCurrentIndex(max(0, self.district.findData(link.district_code)))
        self.show_only = QComboBox(objectName="coverageShow")
        for text, value in (
            (self.tr("ทุกตำบล"), None),
            (self.tr("ตำบลที่มีอาสาสมัครแรงงาน"), True),
            (self.tr("ตำบลที่ยังไม่มีอาสาสมัครแรงงาน"), False),
        ):
            self.show_only.addItem(text, value)
        self.show_only.setCurrentIndex(max(0, self.show_only.findData(link.covered)))
        self.model = CoverageModel(self)
        self.table = QTableView(objectName="coverageTable")
        self.table.setModel(self.model)
        set_up_record_table(self.table, (200, 220, 200), multi_select=False)
        self.count = QLabel(objectName="coverageCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("อำเภอ")))
        top.addWidget(self.district)
        top.addWidget(self.show_only)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        lay.addWidget(buttons)
        self.resize(720, 560)
        for combo in (self.district, self.show_only):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        self.district.setFocus()

    def reload(self) -> list[CoverageRow]:
        covered = self.show_only.currentData()
        rows = [
            r
            for r in self.desk.dashboard.coverage(self.district.currentData() or "")
            if covered is None or (r.active_count > 0) == covered
        ]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 ตำบล").replace("%1", f"{len(rows):,}"))
        return rows
