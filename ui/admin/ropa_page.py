"""The record of processing (ROPA) for the administrator: every personal-data column the desk
keeps, with what it is, why, on what lawful basis, for how long, and who sees it. Read-only:
the register lives in the code (``desktop.domain.ropa``), so it changes with the code and a
test holds it to the models; a filter box narrows it by any word of any column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ropa import ENTRIES, TABLE_LABELS, RopaEntry
from ui.widgets.page_title import page_title

COL_DATA, COL_CATEGORY, COL_PURPOSE, COL_BASIS, COL_RETENTION, COL_SEEN_BY = range(6)
SENSITIVE_COLOUR = QColor("#fff3cd")


def cells(e: RopaEntry) -> tuple[str, ...]:
    """One line of the register as the page shows it: the table's Thai name over the column's
    own (the whole ``table.column`` in its tooltip), the purpose with its notes under it, one
    basis a line, so that six columns fit a 1280-pixel screen."""
    notes = [p for p in ("ข้อมูลอ่อนไหว" if e.sensitive else "", e.note) if p]
    purpose = e.purpose + "".join(f"\n• {n}" for n in notes)
    return (
        f"{TABLE_LABELS.get(e.table, e.table)}\n{e.column}",
        e.category,
        purpose,
        "\n".join(b.label for b in e.bases),
        e.retention,
        e.seen_by_text,
    )


class RopaModel(QAbstractTableModel):
    def __init__(self, entries: tuple[RopaEntry, ...] = ENTRIES, parent=None) -> None:
        super().__init__(parent)
        self.entries = entries
        self._cells = [cells(e) for e in entries]
        self._headers = [
            self.tr("ข้อมูล"),
            self.tr("ประเภทข้อมูล"),
            self.tr("วัตถุประสงค์"),
            self.tr("ฐานทางกฎหมาย"),
            self.tr("ระยะเวลาเก็บ"),
            self.tr("ผู้เข้าถึง"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        text = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.entries[index.row()].key if index.column() == COL_DATA else text
        if role == Qt.ItemDataRole.BackgroundRole and self.entries[index.row()].sensitive:
            return SENSITIVE_COLOUR
        return None


class RopaPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = RopaModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        title = page_title(self.tr("บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล (ROPA)"))
        intro = QLabel(
            self.tr(
                "ข้อมูลส่วนบุคคลทุกช่องที่โปรแกรมเก็บ พร้อมวัตถุประสงค์ ฐานทางกฎหมายตาม "
                "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ระยะเวลาเก็บ และผู้ที่เห็นข้อมูล "
                "แถวสีเหลืองคือข้อมูลที่อาจอ่อนไหว"
            )
        )
        intro.setWordWrap(True)

        self.search = QLineEdit(objectName="ropaSearch")
        self.search.setPlaceholderText(self.tr("กรองด้วยคำใดก็ได้ เช่น โทรศัพท์ ม.19 พี่เลี้ยง"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count_label = QLabel(objectName="countLabel")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)

        self.table = QTableView(objectName="ropaTable")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in (
            (COL_DATA, 165),
            (COL_CATEGORY, 125),
            (COL_PURPOSE, 245),
            (COL_BASIS, 150),
            (COL_RETENTION, 130),
        ):
            self.table.setColumnWidth(col, width)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.table.resizeRowsToContents()
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 จาก %2 ช่อง").replace("%1", str(shown)).replace("%2", str(total))
        )
