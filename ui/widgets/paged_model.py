"""A table model that fetches its rows from the database a page at a time as the view scrolls.

The whole list is never loaded: the model knows the total count and holds only the rows
fetched so far; filtering, searching and sorting happen in the database. Subclasses say how to
count and fetch, what the columns are, and how a row is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

F = TypeVar("F")  # a frozen filter dataclass with ``sort`` and ``descending`` fields
R = TypeVar("R")  # a frozen row record with an ``id``

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PagedTableModel(QAbstractTableModel, Generic[F, R]):
    PAGE = 200
    # Which database sort each column asks for; columns not listed are not sortable.
    SORT_KEYS: dict[int, str] = {}

    def __init__(self, initial: F, parent=None) -> None:
        super().__init__(parent)
        self._filter = initial
        self._rows: list[R] = []
        self._total = 0

    # -- what subclasses provide ---------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def fetch_count(self, f: F) -> int:
        raise NotImplementedError

    def fetch_page(self, f: F, offset: int, limit: int) -> list[R]:
        raise NotImplementedError

    def display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def other_data(self, row: R, column: int, role: int) -> Any:
        """Colours, tooltips and the like; None when there is nothing to say."""
        return None

    # -- loading -------------------------------------------------------------------------
    @property
    def filter(self) -> F:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, f: F) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.fetch_count(self._filter)
        self._rows = self.fetch_page(self._filter, 0, self.PAGE) if self._total else []
        self.endResetModel()

    def refresh(self) -> None:
        """The same filter again, with as many rows as were loaded (the view scrolled down to
        row 900 finds row 900 again): for a refresh after someone changed the data."""
        loaded = max(len(self._rows), self.PAGE)
        self.beginResetModel()
        self._total = self.fetch_count(self._filter)
        self._rows = self.fetch_page(self._filter, 0, loaded) if self._total else []
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.fetch_page(self._filter, len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)  # rows went away since the count: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_filter(replace(self._filter, sort=key, descending=descending))  # type: ignore[type-var]

    def row_at(self, row: int) -> R:
        return self._rows[row]

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id  # type: ignore[attr-defined]
        return self.other_data(row, index.column(), role)
