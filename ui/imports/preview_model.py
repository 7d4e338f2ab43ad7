"""The preview's rows: each row of the sheet with its state (new, registered already,
invalid), what happens to it when its record exists, what was read from it, every problem,
and the sheet's own cells — a cell with a problem tinted, its Thai reason as the tooltip.

``ProblemRowsFilter`` narrows it to the rows with problems.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.services.imports.records import DuplicateAction, ImportPreview, ImportRow, RowState
from ui.imports.kinds import ImportKind, plain_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ROW, STATE, ACTION = range(3)
ERROR = QColor("#fde7e5")
WARNING = QColor("#fff4d6")
EXISTING = QColor("#e6f0fb")


def action_labels() -> dict[DuplicateAction, str]:
    return {
        DuplicateAction.SKIP: QCoreApplication.translate("ImportPreview", "ข้าม (ไม่เปลี่ยนข้อมูลเดิม)"),
        DuplicateAction.FILL: QCoreApplication.translate("ImportPreview", "เติมเฉพาะช่องที่ว่าง"),
        DuplicateAction.UPDATE: QCoreApplication.translate("ImportPreview", "ปรับปรุงทุกช่องที่ไฟล์มี"),
        DuplicateAction.STOP: QCoreApplication.translate(
            "ImportPreview", "ถือว่าไม่ถูกต้อง (ไม่นำเข้าแถวนั้น)"
        ),
    }


def changes_for(preview: ImportPreview, row: ImportRow):
    """What the row's action would change on its registered record."""
    action = preview.action_for(row)
    if action == DuplicateAction.FILL:
        return row.fill_changes
    if action == DuplicateAction.UPDATE:
        return row.update_changes
    return ()


class PreviewModel(QAbstractTableModel):
    def __init__(self, kind: ImportKind, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.preview: ImportPreview | None = None
        self._cell_problems: list[dict[str, tuple[str, bool]]] = []
        # The columns before the sheet's own: row, state, action, what was read, problems.
        self.fixed = 3 + len(kind.draft_columns) + 1

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self._cell_problems = []
        for row in preview.rows if preview else ():
            by_column: dict[str, tuple[str, bool]] = {}
            for p in row.problems:
                text, error = by_column.get(p.column, ("", False))
                by_column[p.column] = (
                    "\n".join(t for t in (text, p.message) if t),
                    error or not p.warning,
                )
            self._cell_problems.append(by_column)
        self.endResetModel()

    def row_at(self, row: int) -> ImportRow:
        return self.preview.rows[row]

    def rows_changed(self, rows: list[int]) -> None:
        for r in rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    def all_changed(self) -> None:
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def state_text(self, row: ImportRow) -> str:
        return {
            RowState.NEW: self.tr("ใหม่"),
            RowState.EXISTING: self.kind.existing_label,
            RowState.INVALID: self.tr("ไม่ถูกต้อง"),
        }[row.state]

    def action_text(self, row: ImportRow) -> str:
        if row.state != RowState.EXISTING:
            return ""
        label = action_labels()[self.preview.action_for(row)]
        return label if row.action is None else label + " " + self.tr("(เฉพาะแถวนี้)")

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.preview is None:
            return 0
        return self.fixed + len(self.preview.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            self.tr("แถว"),
            self.tr("สถานะ"),
            self.tr("เมื่อมีอยู่แล้ว"),
        ]
        names += [c.header for c in self.kind.draft_columns] + [self.tr("ปัญหา")]
        if section < len(names):
            return names[section]
        return self.preview.headers[section - self.fixed] if self.preview else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.preview is None:
            return None
        row = self.preview.rows[index.row()]
        c = index.column()
        if role == ROW_ROLE:
            return row
        problems_col = self.fixed - 1
        if c >= self.fixed:
            return self._cell(index.row(), row, c - self.fixed, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if c == ROW:
                return str(row.row)
            if c == STATE:
                return self.state_text(row)
            if c == ACTION:
                return self.action_text(row)
            if c == problems_col:
                return "; ".join(f"{p.column}: {p.message}" for p in row.problems)
            return self.kind.draft_columns[c - 3].value(row.draft)
        if role == Qt.ItemDataRole.ToolTipRole and c == problems_col and row.problems:
            return "\n".join(p.line() for p in row.problems)
        if role == Qt.ItemDataRole.BackgroundRole and c == STATE:
            if row.state == RowState.INVALID:
                return QBrush(ERROR)
            if row.state == RowState.EXISTING:
                return QBrush(EXISTING)
        return None

    def _cell(self, r: int, row: ImportRow, j: int, role):
        header = self.preview.headers[j]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_text(row.cells[j]) if j < len(row.cells) else ""
        problem = self._cell_problems[r].get(header)
        if problem is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem[0]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR if problem[1] else WARNING)
        return None


class ProblemRowsFilter(QSortFilterProxyModel):
    """All rows, or only those with a problem (an error or a warning)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_problems = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if not self.only_problems:
            return True
        return bool(self.sourceModel().row_at(source_row).problems)
