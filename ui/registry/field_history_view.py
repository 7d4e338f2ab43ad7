"""แก้ไขล่าสุด: when and by whom each field of a person's record last changed (PDPA s.35–36).

The person dialog shows it twice: a tooltip on each field's label, and this small table in the
status tab, newest first, for the clerk who wants the whole picture.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.domain.field_history import FieldStamp
from desktop.services.context import local_time
from ui.domain_labels import date_time

# Columns stored beside the one the form shows: their change is that field's change.
SHOWN_AS = {
    "district_code": "subdistrict_code",
    "province_code": "subdistrict_code",
    "postcode": "subdistrict_code",
}


def by_form_field(stamps: Mapping[str, FieldStamp]) -> dict[str, FieldStamp]:
    """The stamps keyed by the form's fields: a derived column's stamp counts for its field."""
    out: dict[str, FieldStamp] = {}
    for name, stamp in stamps.items():
        shown = SHOWN_AS.get(name, name)
        if shown not in out or stamp.at > out[shown].at:
            out[shown] = stamp
    return out


def stamp_text(stamp: FieldStamp) -> str:
    """``แก้ไขล่าสุด 22 พ.ย. 2569 10:00 น. โดย ผู้ใช้ clerk``."""
    return (
        QCoreApplication.translate("FieldHistory", "แก้ไขล่าสุด %1 โดย %2")
        .replace("%1", date_time(local_time(stamp.at)))
        .replace("%2", stamp.who)
    )


class FieldHistoryView(QTableWidget):
    """Field | last changed | by whom, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("fieldHistory")
        self.setHorizontalHeaderLabels([self.tr("ช่อง"), self.tr("แก้ไขล่าสุด"), self.tr("โดย")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_stamps(self, stamps: Mapping[str, FieldStamp], labels: Mapping[str, str]) -> None:
        """``labels`` names the fields as the form does; fields it does not name are left out."""
        shown = sorted(
            ((name, s) for name, s in stamps.items() if name in labels),
            key=lambda pair: pair[1].at,
            reverse=True,
        )
        self.setRowCount(len(shown))
        for row, (name, stamp) in enumerate(shown):
            for column, text in enumerate(
                (labels[name], date_time(local_time(stamp.at)), stamp.who)
            ):
                self.setItem(row, column, QTableWidgetItem(text))

    def row_of(self, label: str) -> tuple[str, str, str] | None:
        for row in range(self.rowCount()):
            if self.item(row, 0).text() == label:
                return tuple(self.item(row, c).text() for c in range(3))
        return None
