"""The first rows of a read sheet, as the file step shows them (so the clerk sees the Thai
read correctly in the encoding chosen)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.exchange.sheet_reading import SheetTable
from ui.imports.kinds import plain_text
from ui.widgets.list_model import ListTableModel

PREVIEW_ROWS = 8


class SheetPreviewModel(ListTableModel):
    """The sheet's headers (after the title lines) and its first rows, read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__([], [], parent)
        self.row_numbers: list[int] = []

    def set_table(self, table: SheetTable | None) -> None:
        self.beginResetModel()
        self.headers = list(table.headers) if table else []
        self.rows = list(table.rows[:PREVIEW_ROWS]) if table else []
        self.row_numbers = list(table.row_numbers[:PREVIEW_ROWS]) if table else []
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        return plain_text(row[index.column()]) if index.column() < len(row) else ""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(self.row_numbers[section])  # the row number as Excel shows it
        return super().headerData(section, orientation, role)
