"""The case's timeline: every step, who took it, when (BE, Bangkok time) and the note; newest last."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.domain.cases.records import CaseEventInfo
from desktop.services.context import local_time
from ui.cases.case_details import breakable
from ui.domain_labels import date_time, event_action, event_status_change
from ui.widgets.list_model import ListTableModel

EVENT_ROLE = Qt.ItemDataRole.UserRole
COL_AT, COL_USER, COL_WHAT, COL_STATUS, COL_NOTE = range(5)
# Approvals and denials stand out from routine steps.
KIND_COLOURS = {
    "approved": QColor("#0f5132"),
    "denied": QColor("#842029"),
    "approval_requested": QColor("#664d03"),
}


class TimelineModel(ListTableModel[CaseEventInfo]):
    def __init__(self, parent=None) -> None:
        headers = (
            self.tr("วันเวลา"),
            self.tr("ผู้บันทึก"),
            self.tr("รายการ"),
            self.tr("สถานะ"),
            self.tr("หมายเหตุ"),
        )
        super().__init__(headers, (), parent)
        self._notes: list[str] = []

    def set_events(self, events: Iterable[CaseEventInfo]) -> None:
        ordered = sorted(events, key=lambda e: e.at)  # stable: same-second steps keep order
        self._notes = [breakable(e.note) for e in ordered]
        self.set_rows(ordered)

    def event_at(self, row: int) -> CaseEventInfo:
        return self.rows[row]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_AT:
                return date_time(local_time(e.at))
            if column == COL_USER:
                return e.user
            if column == COL_WHAT:
                return event_action(e)
            if column == COL_STATUS:
                return event_status_change(e)
            return self._notes[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NOTE:
            return e.note or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_WHAT:
            return KIND_COLOURS.get(e.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        if role == EVENT_ROLE:
            return e
        return None


class TimelineView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.timeline = TimelineModel(self)
        self.setModel(self.timeline)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        for column, sample in (
            (COL_AT, "22 พ.ย. 2569 10:00 น."),
            (COL_USER, "นางสาวสมหญิง รักงานดี"),
            (COL_WHAT, "บันทึกความยินยอม"),
            (COL_STATUS, "คัดกรอง → ส่งต่อแล้ว"),
        ):
            self.setColumnWidth(column, fm.horizontalAdvance(sample) + 24)
        header.sectionResized.connect(self._fit_rows)

    def _fit_rows(self, *_section) -> None:
        self.resizeRowsToContents()

    def set_events(self, events: Iterable[CaseEventInfo]) -> None:
        self.timeline.set_events(events)
        self.resizeRowsToContents()
        self.scrollToBottom()

    def resizeEvent(self, event) -> None:  # the note column's width decides row heights
        super().resizeEvent(event)
        self.resizeRowsToContents()
