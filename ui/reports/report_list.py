"""The list of reports: each row its title in bold and its one-line description underneath."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.reports.report_actions import ReportChoice

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 6


class _TwoLines(QStyledItemDelegate):
    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        choice: ReportChoice = index.data(CHOICE_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        line = QFontMetrics(option.font).height()
        r = option.rect.adjusted(PAD * 2, PAD, -PAD * 2, -PAD)
        painter.setPen(text)
        painter.setFont(bold)
        title = QFontMetrics(bold).elidedText(choice.title, Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(
            QRect(r.left(), r.top(), r.width(), line), Qt.AlignmentFlag.AlignLeft, title
        )
        if choice.description:
            if not selected:
                painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
            painter.setFont(option.font)
            said = QFontMetrics(option.font).elidedText(
                choice.description, Qt.TextElideMode.ElideRight, r.width()
            )
            painter.drawText(
                QRect(r.left(), r.top() + line + 2, r.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                said,
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt's name)
        line = QFontMetrics(option.font).height()
        return QSize(200, 2 * line + 2 + 2 * PAD)


class ReportList(QListWidget):
    def __init__(self, choices: list[ReportChoice], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_TwoLines(self))
        for choice in choices:
            # The text too: screen readers, keyboard search and tests read it.
            item = QListWidgetItem(
                choice.title + (f"\n{choice.description}" if choice.description else "")
            )
            item.setData(CHOICE_ROLE, choice)
            item.setToolTip(choice.description)
            self.addItem(item)
        self.setCurrentRow(0)

    def choice(self) -> ReportChoice | None:
        item = self.currentItem()
        return item.data(CHOICE_ROLE) if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(CHOICE_ROLE).name == name:
                self.setCurrentRow(row)
