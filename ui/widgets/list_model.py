"""A read-only table over a small Python list (a timeline, a person's cases, a dialog's choices).

Long lists that live in the database use :class:`ui.widgets.paged_model.PagedTableModel`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

T = TypeVar("T")


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses give the headers (already translated) and ``data``; rows are records."""

    def __init__(self, headers: Sequence[str], rows: Iterable[T] = (), parent=None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[T] = list(rows)

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
