"""Reload a table's rows without losing the user's place: the selected rows (by record id),
the current row and column, and how far the table is scrolled.

Used when another clerk's change (or this window's own) refreshes a list the user is looking
at: the rows are fetched again, and the same records stay selected wherever they moved.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the paged models' record id (ui.widgets.paged_model)


@contextmanager
def kept_view(table: QTableView, id_role: int = ID_ROLE) -> Iterator[None]:
    """Around a model reset of ``table``'s model: put selection, current row and scroll back."""
    model = table.model()
    selection = table.selectionModel()
    selected = {model.index(i.row(), 0).data(id_role) for i in selection.selectedRows()}
    current = table.currentIndex()
    current_id = current.data(id_role) if current.isValid() else None
    current_column = current.column() if current.isValid() else 0
    v, h = table.verticalScrollBar().value(), table.horizontalScrollBar().value()
    yield
    model = table.model()
    selection = table.selectionModel()
    rows_of: dict[object, int] = {}
    if selected or current_id is not None:
        wanted = selected | {current_id}
        for row in range(model.rowCount()):
            key = model.index(row, 0).data(id_role)
            if key in wanted:
                rows_of[key] = row
    if current_id in rows_of:
        selection.setCurrentIndex(
            model.index(rows_of[current_id], current_column),
            QItemSelectionModel.SelectionFlag.NoUpdate,
        )
    chosen = QItemSelection()
    last = model.columnCount() - 1
    for key in selected:
        if key in rows_of:
            r = rows_of[key]
            chosen.select(model.index(r, 0), model.index(r, last))
    if not chosen.isEmpty():
        selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.updateGeometries()  # the scroll range for the rows now there, before setting it
    table.verticalScrollBar().setValue(v)
    table.horizontalScrollBar().setValue(h)
