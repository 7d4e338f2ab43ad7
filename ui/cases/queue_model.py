"""The case queue as a table, fetched from the database a page at a time.

Colour means one thing: red (and amber) in the due column is the service level — overdue, due
soon. Urgency has its own mark, in every view: a badge before the case number (``!`` urgent,
``!!`` most urgent), with the urgency in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from desktop.domain.cases.categories import Urgency
from desktop.domain.cases.records import CaseRow
from desktop.domain.cases.service_levels import Health
from desktop.services.cases.service import CaseFilter, CaseService
from ui.domain_labels import label_of, medium_date, needs_label
from ui.widgets.paged_model import PagedTableModel

(
    COL_CASE_NO,
    COL_RECEIVED,
    COL_PERSON,
    COL_NEEDS,
    COL_AREA,
    COL_REPORTER,
    COL_STATUS,
    COL_AGENCY,
    COL_ASSIGNED,
    COL_DUE,
) = range(10)

# Light backgrounds that read on a white table and in print screenshots alike.
HEALTH_COLOURS = {
    Health.OVERDUE: QColor("#f8d7da"),
    Health.AT_RISK: QColor("#fff3cd"),
}
# Neither red nor amber: those belong to the due date.
URGENCY_BADGES = {
    Urgency.URGENT: ("!", QColor("#8a4b08")),
    Urgency.CRITICAL: ("!!", QColor("#5a2d91")),
}
_badge_icons: dict[Urgency, QIcon] = {}


def urgency_badge(urgency: Urgency) -> QIcon | None:
    """The queue's mark for an urgent case (None for a normal one)."""
    if urgency not in URGENCY_BADGES:
        return None
    if urgency not in _badge_icons:
        text, colour = URGENCY_BADGES[urgency]
        pixmap = QPixmap(16, 16)  # the table's icon size: not scaled, so "!!" stays sharp
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(0, 1, 16, 14), 3, 3)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 1, 16, 14), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        _badge_icons[urgency] = QIcon(pixmap)
    return _badge_icons[urgency]


def urgency_data(urgency: Urgency, role: int, tr) -> object:
    """What the case-number cell shows of a case's urgency, for one role."""
    if urgency == Urgency.NORMAL:
        return None
    if role == Qt.ItemDataRole.DecorationRole:
        return urgency_badge(urgency)
    if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        return tr("ความเร่งด่วน: ") + urgency.label
    return None


class CaseTableModel(PagedTableModel[CaseFilter, CaseRow]):
    SORT_KEYS = {
        COL_CASE_NO: "case_no",
        COL_RECEIVED: "received_on",
        COL_PERSON: "person_name",
        COL_STATUS: "status",
        COL_DUE: "due_on",
    }

    def __init__(self, cases: CaseService, parent=None) -> None:
        super().__init__(CaseFilter(open_only=True), parent)
        self._cases = cases
        self._headers = [
            self.tr("เลขที่เรื่อง"),
            self.tr("วันที่รับ"),
            self.tr("ผู้มีความต้องการ"),
            self.tr("ความต้องการ"),
            self.tr("พื้นที่"),
            self.tr("ผู้แจ้ง"),
            self.tr("สถานะ"),
            self.tr("หน่วยงาน"),
            self.tr("ผู้รับผิดชอบ"),
            self.tr("กำหนด"),
        ]

    def headers(self) -> list[str]:
        return self._headers

    def fetch_count(self, f: CaseFilter) -> int:
        return self._cases.count(f)

    def fetch_page(self, f: CaseFilter, offset: int, limit: int) -> list[CaseRow]:
        return self._cases.page(f, offset, limit)

    def display(self, row: CaseRow, column: int) -> str:
        match column:
            case 0:
                return row.case_no
            case 1:
                return medium_date(row.received_on)
            case 2:
                return row.person_name
            case 3:
                return needs_label(row.needs)
            case 4:
                area = row.area
                return f"{area.subdistrict} / {area.district}" if area.subdistrict else ""
            case 5:
                return row.reporter_name
            case 6:
                status = label_of(row.status)
                # Words, not an hourglass: the office font has no emoji, Windows' fallback varies.
                if not row.pending_approval:
                    return status
                return status + " · " + self.tr("รออนุมัติ")
            case 7:
                return label_of(row.agency)
            case 8:
                return row.assigned_to
            case 9:
                return medium_date(row.due_on) if row.health else ""
        return ""

    def other_data(self, row: CaseRow, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_DUE and row.health:
            return HEALTH_COLOURS.get(row.health)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_DUE and row.health:
                return label_of(row.health)
            if column == COL_STATUS and row.pending_approval:
                return label_of(row.pending_approval)
            if column == COL_NEEDS:
                return needs_label(row.needs)
        if column == COL_CASE_NO:
            return urgency_data(row.urgency, role, self.tr)
        return None
