"""The administrator's service levels: days allowed per step (columns) and need (rows).

Each cell is saved as soon as it is edited; a new number counts for cases entering that step
from then on (the service never moves a due date already given).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases.categories import Need
from desktop.domain.cases.service_levels import MAX_DAYS, MIN_DAYS, Step, default_table
from desktop.domain.errors import DeskError
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.errors import message_of
from ui.operations import bus

STEPS = list(Step)
NEEDS = list(Need)


class ServiceLevelsModel(QAbstractTableModel):
    failed = Signal(str)  # a Thai message naming the cell

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.editable = desk.can(Permission.MANAGE_SERVICE_LEVELS)
        self.defaults = default_table()
        self.table = desk.service_levels.table()

    def reload(self) -> None:
        self.beginResetModel()
        self.table = self.desk.service_levels.table()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(NEEDS)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STEPS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return STEPS[section].label
        return NEEDS[section].label

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = (STEPS[index.column()], NEEDS[index.row()])
        days = self.table[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%1 วัน").replace("%1", str(days))
        if role == Qt.ItemDataRole.EditRole:
            return days
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("ค่าเริ่มต้น %1 วัน").replace("%1", str(self.defaults[key]))
        if role == Qt.ItemDataRole.FontRole and days != self.defaults[key]:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)  # changed by this office
            return font
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        step, need = STEPS[index.column()], NEEDS[index.row()]
        try:
            self.desk.service_levels.set_days(step, need, int(value))
        except (DeskError, ValueError) as exc:
            self.failed.emit(f"{need.label} · {step.label}: {message_of(exc)}")
            return False
        self.table[(step, need)] = int(value)
        self.dataChanged.emit(index, index)
        bus().dataChanged.emit("service_level")
        return True


class DaysDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(MIN_DAYS, MAX_DAYS)
        editor.setSuffix(" วัน")
        return editor


class ServiceLevelsPage(QWidget):
    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.model = ServiceLevelsModel(desk, self)
        title = QLabel(self.tr("ระยะเวลามาตรฐานของแต่ละขั้นตอน (วัน)"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "ดับเบิลคลิกช่องเพื่อแก้จำนวนวัน ค่าที่ต่างจากค่าเริ่มต้นแสดงเป็นตัวหนา "
                "ค่าใหม่ใช้กับเรื่องที่เข้าสู่ขั้นตอนนั้นนับจากนี้ กำหนดเสร็จของเรื่องเดิมไม่เปลี่ยน"
            )
        )
        intro.setWordWrap(True)
        self.message = QLabel(objectName="serviceLevelMessage")
        self.message.setStyleSheet("color:#8c1d18;")
        self.message.setWordWrap(True)
        self.model.failed.connect(self.message.setText)
        self.model.dataChanged.connect(lambda *_: self.message.clear())
        self.table = QTableView(objectName="serviceLevelsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(DaysDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
