"""The rows of the audit trail as a table: when, who, what, whom. Sorting asks the page to
reload from the database (the trail is paged there), never sorts the rows held here."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.domain.audit_trail import AuditRow, AuditSort
from ui.domain_labels import audit_action_text, date_time

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# Columns a header click sorts by (each has its own index in the database).
SORTS = {0: AuditSort.AT, 1: AuditSort.USER, 2: AuditSort.CATEGORY}


class AuditModel(QAbstractTableModel):
    def __init__(self, on_sort: Callable[[AuditSort, bool], None] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.on_sort = on_sort
        self.headers = [
            self.tr("วันเวลา"),
            self.tr("ผู้ใช้"),
            self.tr("การกระทำ"),
            self.tr("บุคคล / เรื่อง / เอกสาร"),
        ]

    def show_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        return None

    def cell(self, row: AuditRow, column: int) -> str:
        if column == 0:
            return date_time(row.at)
        if column == 1:
            return row.username
        if column == 2:
            return audit_action_text(row.action, row.category)
        return row.subject

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column in SORTS and self.on_sort is not None:
            self.on_sort(SORTS[column], order == Qt.SortOrder.DescendingOrder)
