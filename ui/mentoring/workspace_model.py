"""The tables of the mentor's workspace: people in their care, and follow-ups still open."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.domain.mentoring.records import MentoredPerson
from desktop.domain.mentoring.visits import FollowUpInfo
from desktop.domain.thai_dates import format_medium
from ui.widgets.list_model import ListTableModel

DUE_COLOUR = QColor("#fff3cd")
LATE_COLOUR = QColor("#f8d7da")


class MentoredModel(ListTableModel[MentoredPerson]):
    def __init__(self, parent=None) -> None:
        headers = (
            self.tr("ชื่อ-สกุล"),
            self.tr("ประเภท"),
            self.tr("พื้นที่"),
            self.tr("พี่เลี้ยง"),
            self.tr("เยี่ยมล่าสุด"),
            self.tr("ครบกำหนดเยี่ยม"),
            self.tr("ติดตามค้าง"),
            self.tr("ผลประเมินปีนี้"),
        )
        super().__init__(headers, (), parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                p.name,
                p.kind_label,
                p.area,
                p.mentor_name or self.tr("— ยังไม่มี —"),
                format_medium(p.last_visit) if p.last_visit else self.tr("ยังไม่เคยเยี่ยม"),
                format_medium(p.visit_due_on),
                str(p.open_follow_ups) if p.open_follow_ups else "",
                p.grade or (self.tr("ยังไม่ประเมิน")),
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and p.due_for_visit and index.column() in (4, 5):
            return DUE_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return p.person_id
        return None


class FollowUpModel(ListTableModel[FollowUpInfo]):
    def __init__(self, today, parent=None) -> None:
        headers = (self.tr("ผู้ได้รับการดูแล"), self.tr("สิ่งที่ต้องติดตาม"), self.tr("กำหนด"))
        super().__init__(headers, (), parent)
        self.today = today

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f.person_name, f.action, format_medium(f.due_on) if f.due_on else "")[
                index.column()
            ]
        if role == Qt.ItemDataRole.BackgroundRole and f.due_on and f.due_on < self.today():
            return LATE_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return f.id
        return None
