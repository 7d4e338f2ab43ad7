"""The administrator's service levels: days allowed per step (columns) and need (rows).

Each cell is saved as soon as it is edited; a new number counts for cases entering that step
from then on (the service never moves a due date already given). The model only shows the table
and hands an edit to the page, which saves it through the service like any other change.

The only unsaved edit is a cell whose editor is still open: the page answers
``has_unsaved()`` / ``save()`` / ``discard()`` (``ui.dialogs.unsaved``) for it, and the editor
does not commit itself just because the Save / Discard / Cancel question took the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
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
from ui.domain_labels import label_of
from ui.errors import message_of
from ui.operations import run_op
from ui.widgets.page_title import page_title

STEPS = list(Step)
NEEDS = list(Need)


# Saves one cell; True when it was saved (the caller has told the user why not otherwise).
SaveDays = Callable[[Step, Need, int], bool]


class ServiceLevelsModel(QAbstractTableModel):
    def __init__(
        self, table: Mapping[tuple[Step, Need], int], save: SaveDays | None, parent=None
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.editable = save is not None
        self.defaults = default_table()
        self.table = dict(table)

    def show_table(self, table: Mapping[tuple[Step, Need], int]) -> None:
        self.beginResetModel()
        self.table = dict(table)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(NEEDS)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STEPS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return label_of(STEPS[section])
        return label_of(NEEDS[section])

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
            font = QFont()
            font.setBold(True)  # changed by this office
            return font
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if self.save is None or isinstance(value, bool):
            return False
        try:
            days = int(value)
        except (TypeError, ValueError):
            return False
        step, need = STEPS[index.column()], NEEDS[index.row()]
        if not self.save(step, need, days):
            return False
        self.table[(step, need)] = days
        self.dataChanged.emit(index, index)
        return True


class DaysDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(MIN_DAYS, MAX_DAYS)
        editor.setSuffix(self.tr(" วัน"))
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        # Focus gone to another window of ours (the "save your edits?" question): keep the
        # editor open and uncommitted, so that the answer decides, not the focus change.
        if event.type() == QEvent.Type.FocusOut and isinstance(editor, QSpinBox):
            now = QApplication.focusWidget()
            if now is not None and now.window() is not editor.window():
                return False
        return super().eventFilter(editor, event)


class ServiceLevelsPage(QWidget):
    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        editable = desk.can(Permission.MANAGE_SERVICE_LEVELS)
        self.model = ServiceLevelsModel(
            desk.service_levels.table(), self._save if editable else None, self
        )
        title = page_title(self.tr("ระยะเวลามาตรฐานของแต่ละขั้นตอน (วัน)"))
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
        self.setWindowTitle(self.tr("ระยะเวลามาตรฐาน"))  # names the page when asking
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    # -- an open cell editor (the protocol of ui.dialogs.unsaved) ---------------------------
    def _open_editor(self) -> tuple[QModelIndex, QSpinBox] | None:
        if self.table.state() != QAbstractItemView.State.EditingState:
            return None
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index)
        return (index, editor) if isinstance(editor, QSpinBox) else None

    def has_unsaved(self) -> bool:
        open_editor = self._open_editor()
        if open_editor is None:
            return False
        index, editor = open_editor
        editor.interpretText()
        return editor.value() != self.model.data(index, Qt.ItemDataRole.EditRole)

    def save(self) -> bool:
        open_editor = self._open_editor()
        if open_editor is None:
            return True
        index, editor = open_editor
        editor.interpretText()
        saved = self.model.setData(index, editor.value())
        if saved:
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return saved

    def discard(self) -> None:
        open_editor = self._open_editor()
        if open_editor is not None:
            self.table.closeEditor(open_editor[1], QAbstractItemDelegate.EndEditHint.NoHint)

    def _save(self, step: Step, need: Need, days: int) -> bool:
        def refused(exc: DeskError) -> bool:
            self.message.setText(f"{label_of(need)} · {label_of(step)}: {message_of(exc)}")
            return True

        def save() -> bool:
            self.desk.service_levels.set_days(step, need, days)
            return True

        return run_op(self, save, changed="service_level", on_error=refused) is True
