"""The column mapping as a table: each header of the sheet, a few of its values, and the
field it fills (a combo in the third column; "ไม่นำเข้า" leaves the column out).

The mapping is the plain ``{header: field}`` the services and ``--mapping FILE.json`` use;
headers the mapping names in a problem are tinted, with the Thai reason as their tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from desktop.exchange.sheet_reading import SheetTable
from ui.imports.kinds import plain_text

HEADER, SAMPLE, FIELD = range(3)
SAMPLES = 3
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM = QColor("#fde7e5")


class MappingModel(QAbstractTableModel):
    mappingChanged = Signal()

    def __init__(self, fields: Mapping[str, str], parent=None) -> None:
        super().__init__(parent)
        self.fields = dict(fields)
        self.headers: list[str] = []
        self.samples: list[str] = []
        self.chosen: list[str] = []  # the field of each header, "" for none
        self.problems: dict[str, str] = {}  # header → the Thai reason

    def set_table(self, table: SheetTable, mapping: Mapping[str, str]) -> None:
        self.beginResetModel()
        self.headers = list(table.headers)
        self.samples = []
        for j in range(len(self.headers)):
            values: list[str] = []
            for r in table.rows:  # the first few filled cells, not all 20,000
                if j < len(r) and (text := plain_text(r[j])):
                    values.append(text)
                    if len(values) == SAMPLES:
                        break
            self.samples.append(", ".join(values))
        self.chosen = [
            mapping.get(h, "") if mapping.get(h) in self.fields else "" for h in self.headers
        ]
        self.problems = {}
        self.endResetModel()
        self.mappingChanged.emit()

    def mapping(self) -> dict[str, str]:
        return {h: f for h, f in zip(self.headers, self.chosen, strict=True) if f}

    def set_mapping(self, mapping: Mapping[str, str]) -> None:
        """The fields of the headers ``mapping`` names; every other header left out."""
        self.chosen = [
            mapping.get(h, "") if mapping.get(h) in self.fields else "" for h in self.headers
        ]
        self._changed_all()

    def choose(self, header: str, field: str) -> None:
        self.setData(self.index(self.headers.index(header), FIELD), field, FIELD_ROLE)

    def set_problems(self, problems: Mapping[str, str]) -> None:
        """The mapping's problems by header; a field chosen twice marks both its columns."""
        self.problems = dict(problems)
        for header, message in problems.items():
            if header in self.headers and (field := self.chosen[self.headers.index(header)]):
                for h, f in zip(self.headers, self.chosen, strict=True):
                    if f == field:
                        self.problems.setdefault(h, message)
        self.dataChanged.emit(self.index(0, 0), self.index(max(len(self.headers) - 1, 0), FIELD))

    def _changed_all(self) -> None:
        if self.headers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.headers) - 1, FIELD))
        self.mappingChanged.emit()

    def label(self, field: str) -> str:
        return self.fields.get(field, "") if field else self.tr("— ไม่นำเข้า —")

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("หัวคอลัมน์ในไฟล์"), self.tr("ตัวอย่างข้อมูล"), self.tr("นำเข้าเป็น"))[section]
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD else base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        header = self.headers[r]
        if role == Qt.ItemDataRole.DisplayRole:
            return (header, self.samples[r], self.label(self.chosen[r]))[c]
        if role in (FIELD_ROLE, Qt.ItemDataRole.EditRole):
            return self.chosen[r]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems.get(header) or (self.samples[r] if c == SAMPLE else None)
        if role == Qt.ItemDataRole.BackgroundRole and header in self.problems:
            return QBrush(PROBLEM)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != FIELD:
            return False
        if role not in (Qt.ItemDataRole.EditRole, FIELD_ROLE):
            return False
        value = value or ""
        if value and value not in self.fields:
            return False
        self.chosen[index.row()] = value
        self.dataChanged.emit(index.siblingAtColumn(0), index)
        self.mappingChanged.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """The field column's editor: a combo of "none" and every field, by its Thai label."""

    def createEditor(self, parent, option, index):  # noqa: N802
        model: MappingModel = index.model()
        combo = QComboBox(parent)
        combo.setObjectName("fieldCombo")
        combo.addItem(model.label(""), "")
        for field, label in model.fields.items():
            combo.addItem(label, field)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(FIELD_ROLE))))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), FIELD_ROLE)
