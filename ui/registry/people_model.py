"""Table model over the registry that fetches pages from the database as the view scrolls.

The whole list is never loaded: the model knows the total count and holds only the rows
fetched so far (``PAGE`` at a time); filtering, searching and sorting happen in the database.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from db.queries.people import PersonFilter
from desktop.domain.national_id import format_id
from desktop.domain.people import PersonStatus, format_phone
from desktop.domain.records import PersonRow
from desktop.domain.thai_dates import format_medium
from desktop.services.people import PeopleService

PAGE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

(
    COL_NAME,
    COL_ID,
    COL_KIND,
    COL_DISTRICT,
    COL_SUBDISTRICT,
    COL_PHONE,
    COL_APPOINTED,
    COL_TERM,
    COL_STATUS,
) = range(9)
# Which database sort each column asks for (None: not sortable).
SORT_KEYS = {
    COL_NAME: "name",
    COL_ID: "national_id",
    COL_KIND: "kind",
    COL_DISTRICT: "district",
    COL_SUBDISTRICT: "district",
    COL_PHONE: "phone",
    COL_APPOINTED: "appointed_on",
    COL_TERM: "term_end",
    COL_STATUS: "status",
}
KIND_SHORT = {
    "domestic_volunteer": "อสร.",
    "overseas_volunteer": "อสร. ต่างประเทศ",
    "graduate": "บัณฑิตแรงงาน",
}


class PeopleTableModel(QAbstractTableModel):
    def __init__(self, people: PeopleService, parent=None) -> None:
        super().__init__(parent)
        self._people = people
        self._filter = PersonFilter()
        self._rows: list[PersonRow] = []
        self._total = 0
        self._headers = [
            self.tr("ชื่อ-สกุล"),
            self.tr("เลขประจำตัวประชาชน"),
            self.tr("ประเภท"),
            self.tr("อำเภอ"),
            self.tr("ตำบล"),
            self.tr("โทรศัพท์"),
            self.tr("วันที่แต่งตั้ง"),
            self.tr("ครบวาระ"),
            self.tr("สถานะ"),
        ]

    # -- loading -------------------------------------------------------------------------
    @property
    def filter(self) -> PersonFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, f: PersonFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._people.count(self._filter)
        self._rows = self._people.page(self._filter, 0, PAGE) if self._total else []
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._people.page(self._filter, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.set_filter(
            replace(self._filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, index.column())
        if role == ROW_ROLE:
            return r
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and r.status != PersonStatus.ACTIVE:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NAME:
            return r.address
        return None

    @staticmethod
    def _display(r: PersonRow, column: int) -> str:
        match column:
            case 0:
                return r.full_name
            case 1:
                return format_id(r.national_id)
            case 2:
                return KIND_SHORT.get(r.kind.value, r.kind.value)
            case 3:
                return r.district or r.country
            case 4:
                return r.subdistrict
            case 5:
                return format_phone(r.phone)
            case 6:
                return format_medium(r.appointed_on)
            case 7:
                return format_medium(r.term_end)
            case 8:
                return r.status.label
        return ""
