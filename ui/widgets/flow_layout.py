"""A layout that lines its widgets up left to right and wraps onto the next line when the row
is too narrow: button rows and filter bars that fit a 1280×720 screen in either language.

After Qt's own "Flow Layout" example. Each line is as tall as its tallest item and items keep
their size hints; ``heightForWidth`` tells the parent layout how tall the wrapped rows are.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout -----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Like ``QBoxLayout.insertWidget``: the widget at ``index`` of the row."""
        self.addWidget(widget)  # appends an item for it; move that item into place
        item = self._items.pop()
        self._items.insert(max(0, min(index, len(self._items))), item)
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        """All items on one line."""
        width, height = 0, 0
        visible = [i for i in self._items if not i.isEmpty()]
        for n, item in enumerate(visible):
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, Qt.Orientation.Horizontal) if n else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: the row may wrap after every one of them."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing -----------------------------------------------------------------------------
    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            parent = self.parentWidget()
            style = parent.style() if parent is not None else None
        if style is None:
            return 6
        gap = style.layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            orientation,
        )
        if gap < 0:
            metric = (
                QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                if orientation == Qt.Orientation.Horizontal
                else QStyle.PixelMetric.PM_LayoutVerticalSpacing
            )
            gap = style.pixelMetric(metric)
        return max(gap, 6)

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def finish_line() -> None:
            # Items on one line share its height: shorter ones are centred vertically.
            for item, point, size in line:
                offset = (line_height - size.height()) // 2
                item.setGeometry(QRect(point + QPoint(0, offset), size))

        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), max(area.width(), item.minimumSize().width())))
            gap_x = self._gap(item, Qt.Orientation.Horizontal)
            if line and x + size.width() > area.right() + 1:
                if apply:
                    finish_line()
                line = []
                x = area.x()
                y += line_height + self._gap(item, Qt.Orientation.Vertical)
                line_height = 0
            line.append((item, QPoint(x, y), size))
            x += size.width() + gap_x
            line_height = max(line_height, size.height())
        if apply:
            finish_line()
        return y + line_height - rect.y() + m.bottom()
