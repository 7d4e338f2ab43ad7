"""Table model over the registry, fetched from the database a page at a time (see PagedTableModel)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.domain.national_id import format_id
from desktop.domain.people import PersonStatus, format_phone
from desktop.domain.records import PersonRow
from desktop.services.people.service import PeopleService, PersonFilter
from ui.domain_labels import label_of, medium_date
from ui.widgets.paged_model import ID_ROLE, ROW_ROLE, PagedTableModel

__all__ = ["ID_ROLE", "PAGE", "ROW_ROLE", "PeopleTableModel"]

PAGE = 200

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
    "domestic_volunteer": QT_TRANSLATE_NOOP("PeopleTableModel", "อสร."),
    "overseas_volunteer": QT_TRANSLATE_NOOP("PeopleTableModel", "อสร. ต่างประเทศ"),
    "graduate": QT_TRANSLATE_NOOP("PeopleTableModel", "บัณฑิตแรงงาน"),
}


class PeopleTableModel(PagedTableModel[PersonFilter, PersonRow]):
    PAGE = PAGE
    SORT_KEYS = SORT_KEYS

    def __init__(self, people: PeopleService, parent=None) -> None:
        super().__init__(PersonFilter(), parent)
        self._people = people
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

    def headers(self) -> list[str]:
        return self._headers

    def fetch_count(self, f: PersonFilter) -> int:
        return self._people.count(f)

    def fetch_page(self, f: PersonFilter, offset: int, limit: int) -> list[PersonRow]:
        return self._people.page(f, offset, limit)

    def display(self, row: PersonRow, column: int) -> str:
        return self._display(row, column)

    def other_data(self, row: PersonRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and row.status != PersonStatus.ACTIVE:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return row.address
        return None

    @staticmethod
    def _display(r: PersonRow, column: int) -> str:
        match column:
            case 0:
                return r.full_name
            case 1:
                return format_id(r.national_id)
            case 2:
                short = KIND_SHORT.get(r.kind.value)
                if short is None:
                    return label_of(r.kind)
                return QCoreApplication.translate("PeopleTableModel", short)
            case 3:
                return r.district or r.country
            case 4:
                return r.subdistrict
            case 5:
                return format_phone(r.phone)
            case 6:
                return medium_date(r.appointed_on)
            case 7:
                return medium_date(r.term_end)
            case 8:
                return label_of(r.status)
        return ""
