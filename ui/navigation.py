"""The navigation list on the left: pages, and the case queue's saved views with live counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.domain.cases.records import QueueView
from ui.domain_labels import label_of

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2


class Navigation(QListWidget):
    """Emits ``pageRequested(page_index, view)``; ``view`` is a QueueView value or ""."""

    pageRequested = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setMaximumWidth(300)
        self.setMinimumWidth(240)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._labels: dict[QueueView, str] = {}
        self.currentItemChanged.connect(self._on_current)

    def add_page(self, title: str, page_index: int) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setData(PAGE_ROLE, page_index)
        item.setData(VIEW_ROLE, "")
        self.addItem(item)
        return item

    def add_header(self, title: str) -> None:
        item = QListWidgetItem(title)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a place to go
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.palette().placeholderText())
        self.addItem(item)

    def add_view(self, view: QueueView, page_index: int) -> QListWidgetItem:
        item = self.add_page("    " + label_of(view), page_index)
        item.setData(VIEW_ROLE, view.value)
        self._labels[view] = label_of(view)
        return item

    def view_item(self, view: QueueView) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(VIEW_ROLE) == view.value:
                return item
        return None

    def set_counts(self, counts: dict[QueueView, int]) -> None:
        for view, label in self._labels.items():
            item = self.view_item(view)
            if item is not None:
                n = counts.get(view)
                item.setText(f"    {label}" + (f"  ({n:,})" if n is not None else ""))

    def show_view(self, view: QueueView) -> None:
        item = self.view_item(view)
        if item is not None:
            self.setCurrentItem(item)

    def _on_current(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None and item.data(PAGE_ROLE) is not None:
            self.pageRequested.emit(item.data(PAGE_ROLE), item.data(VIEW_ROLE) or "")
