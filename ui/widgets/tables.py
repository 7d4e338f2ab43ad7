"""The house look of a list of records: whole rows, read-only, zebra rows, resizable columns
that shrink to the window, and columns the user hides from the header's menu (remembered).

``set_up_record_table`` is the one helper every record table uses:

- the widths given are the columns' natural widths; when the table is narrower than their sum
  (a 1280×720 screen, a narrow window) every visible column shrinks in proportion, its text
  elided with "…", so the last columns stay in view instead of behind a scroll bar. Once the
  user drags a column's edge the table keeps the user's widths.
- with a ``settings_key`` a right click on the header offers every column with a checkbox; the
  hidden columns are kept in ``QSettings`` under ``tables/<key>/hidden``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

ROW_HEIGHT = 28  # room for Thai marks above and below the line
MIN_COLUMN_WIDTH = 56  # a few characters and the "…"
SHRINK_FLOOR = 110  # a case number, a date or a status still reads whole


def set_up_record_table(
    table: QTableView,
    widths: Sequence[int] = (),
    *,
    multi_select: bool = True,
    sort_column: int | None = None,
    descending: bool = False,
    settings_key: str | None = None,
    keep: Sequence[int] = (),
) -> None:
    """``keep``: columns that never shrink below their width (a case number, elided, is no
    use to anyone); the others give up room first."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)  # one line per row: long text elides, the tooltip has it whole
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    if settings_key:
        ColumnChooser(table, settings_key)
    ColumnFitter(table, widths, keep)
    if sort_column is not None:
        table.setSortingEnabled(True)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        table.sortByColumn(sort_column, order)


def column_fitter(table: QTableView) -> ColumnFitter | None:
    return table.findChild(ColumnFitter)


def column_chooser(table: QTableView) -> ColumnChooser | None:
    return table.findChild(ColumnChooser)


class ColumnFitter(QObject):
    """Scales the visible columns' natural widths down to the viewport's width."""

    def __init__(self, table: QTableView, widths: Sequence[int], keep: Sequence[int] = ()) -> None:
        super().__init__(table)
        self.keep = frozenset(keep)
        self.setObjectName("columnFitter")
        self.table = table
        self.widths = list(widths)
        self.user_sized = False
        self._fitting = False
        self._dragging = False  # a mouse button is down on the header: the user sizes columns
        header = table.horizontalHeader()
        # Kept, not asked of the table: the header's events still come while it is destroyed.
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)
        header.sectionHandleDoubleClicked.connect(self._sized_by_user)
        self.fit()

    def natural_width(self, column: int) -> int:
        if column < len(self.widths):
            return self.widths[column]
        return max(MIN_COLUMN_WIDTH, self.table.horizontalHeader().defaultSectionSize())

    def fit(self) -> None:
        """Wide columns (names, needs, areas) give up their width first, down to
        ``SHRINK_FLOOR``; only when that is not enough do all of them shrink alike."""
        if self.user_sized:
            return
        header = self.table.horizontalHeader()
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        room = self.table.viewport().width()
        if not visible or room <= 0:
            return
        natural = {c: self.natural_width(c) for c in visible}
        floor = {c: w if c in self.keep else min(w, SHRINK_FLOOR) for c, w in natural.items()}
        over = sum(natural.values()) - room
        spare = sum(natural[c] - floor[c] for c in visible)
        if over <= 0:
            widths = natural
        elif over <= spare:
            widths = {c: natural[c] - (natural[c] - floor[c]) * over / spare for c in visible}
        else:
            scale = room / sum(floor.values())
            widths = {c: floor[c] * scale for c in visible}
        # Qt keeps the stretched last column at least its default width: leave it that room.
        fixed, last = visible[:-1], visible[-1]
        reserve = max(widths[last], header.defaultSectionSize(), MIN_COLUMN_WIDTH)
        used = sum(widths[c] for c in fixed)
        if fixed and used + reserve > room:
            squeeze = max(0.0, room - reserve) / used
            widths = {**widths, **{c: widths[c] * squeeze for c in fixed}}
        self._fitting = True
        try:
            for c in fixed:  # the last visible column stretches over what is left
                self.table.setColumnWidth(c, max(MIN_COLUMN_WIDTH, int(widths[c])))
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.Resize:
                self.fit()
        elif kind == QEvent.Type.MouseButtonPress:
            self._dragging = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        return False

    def _sized_by_user(self, *_args) -> None:
        self.user_sized = True

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        if self._fitting or not self._dragging or header.isSectionHidden(column):
            return
        last = max((c for c in range(header.count()) if not header.isSectionHidden(c)), default=-1)
        if column != last:  # the stretched last column is resized by Qt, not by the user
            self.user_sized = True


class ColumnChooser(QObject):
    """The header's context menu: a checkbox per column; the choice is kept per table."""

    def __init__(self, table: QTableView, key: str) -> None:
        super().__init__(table)
        self.setObjectName("columnChooser")
        self.table, self.key = table, key
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self.restore()
        model = table.model()
        if model is not None:  # a model that adds columns later keeps the choice too
            model.headerDataChanged.connect(lambda *_a: self.restore())

    @property
    def _setting(self) -> str:
        return f"tables/{self.key}/hidden"

    def hidden(self) -> list[int]:
        header = self.table.horizontalHeader()
        return [c for c in range(header.count()) if header.isSectionHidden(c)]

    def restore(self) -> None:
        value = QSettings().value(self._setting, [])
        if isinstance(value, str):  # an INI file gives one value back as a string
            value = [value] if value else []
        wanted = {int(v) for v in value or [] if str(v).isdigit()}
        header = self.table.horizontalHeader()
        count = header.count()
        if count and wanted >= set(range(count)):
            wanted.discard(0)  # never every column: the table would be empty
        for column in range(count):
            header.setSectionHidden(column, column in wanted)
        self._refit()

    def set_visible(self, column: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and len(self.hidden()) >= header.count() - 1:
            return  # the last column left stays
        header.setSectionHidden(column, not visible)
        QSettings().setValue(self._setting, [str(c) for c in self.hidden()])
        self._refit()

    def build_menu(self) -> QMenu:
        menu = QMenu(self.table)
        menu.setObjectName("columnMenu")
        model = self.table.model()
        header = self.table.horizontalHeader()
        shown = header.count() - len(self.hidden())
        for column in range(header.count()):
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else column
            action = QAction(str(title), menu, checkable=True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(header.isSectionHidden(column) or shown > 1)
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))
            menu.addAction(action)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _refit(self) -> None:
        fitter = column_fitter(self.table)
        if fitter is not None:
            fitter.fit()
