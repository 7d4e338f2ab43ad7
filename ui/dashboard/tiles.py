"""A dashboard tile: what is counted, the number, and (for a month's figure) last month's
beside it — each a button that opens the list behind it, by mouse or by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout


class TileButton(QPushButton):
    """``opened(link)``: the tile (or its "last month" line) was pressed."""

    opened = Signal(object)

    def __init__(self, key: str, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.key = key
        self.link = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.title = QLabel(title, wordWrap=True)
        self.value = QLabel("–", objectName="tileValue")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.before = QPushButton(objectName="tileBefore", flat=True)
        self.before.setCursor(Qt.CursorShape.PointingHandCursor)
        self.before.setVisible(False)
        self.before_link = None
        self.before.clicked.connect(lambda: self.opened.emit(self.before_link))
        for label in (self.title, self.value):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.before, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        self.clicked.connect(lambda: self.opened.emit(self.link))

    # A button sizes itself by its own text; this one holds a layout of labels instead.
    def sizeHint(self):  # noqa: N802 (Qt's names)
        return self.layout().totalSizeHint()

    def minimumSizeHint(self):  # noqa: N802
        return self.layout().totalMinimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def show_value(
        self, value: int, link, *, warn: bool = False, before: str = "", before_link=None
    ) -> None:
        self.link = link
        self.value.setText(f"{value:,}")
        self.value.setStyleSheet("color: #b3261e;" if warn and value else "")
        self.before.setVisible(bool(before))
        self.before.setText(before)
        self.before_link = before_link
        self.setToolTip(self.tr("กดเพื่อเปิดรายการ"))
