"""The registry list: search as you type, filters, sortable columns, open, register, print,
export to Excel or CSV, import from a sheet (the import wizard)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import areas
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.people import KIND_LABELS, STATUS_LABELS, PersonKind
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from desktop.services.people.service import PersonFilter
from ui.domain_labels import label_of
from ui.operations import bus
from ui.registry.people_model import ID_ROLE, PeopleTableModel
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.kept_view import kept_view
from ui.widgets.tables import set_up_record_table

SEARCH_DELAY_MS = 150
TERM_WINDOWS = (30, 90, 180, 365)
VOLUNTEERS = "volunteers"  # the kind filter's "every kind of volunteer" (home and abroad)
VOLUNTEER_KINDS = (PersonKind.DOMESTIC_VOLUNTEER.value, PersonKind.OVERSEAS_VOLUNTEER.value)


class RegistryPage(QWidget):
    openPerson = Signal(int)
    newPerson = Signal()
    printRoster = Signal()
    printRecord = Signal(int)
    exportList = Signal(bool)  # True: CSV, False: Excel
    importFile = Signal()
    assignMentor = Signal(list)  # person ids

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = PeopleTableModel(desk.people, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        bus().dataChanged.connect(self._on_data_changed)
        self.apply_filter()

    def _build(self) -> None:
        self.search = QLineEdit(objectName="searchEdit")
        self.search.setPlaceholderText(self.tr("ค้นหาชื่อ เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first_if_single)

        self.kind = QComboBox(objectName="kindFilter")
        self.kind.addItem(self.tr("ทุกประเภท"), None)
        self.kind.addItem(self.tr("อาสาสมัครแรงงานทุกประเภท"), VOLUNTEERS)
        for kind in KIND_LABELS:
            self.kind.addItem(label_of(kind), kind.value)
        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("ทุกสถานะ"), None)
        for status in STATUS_LABELS:
            self.status.addItem(label_of(status), status.value)
        self.district = QComboBox(objectName="districtFilter")
        self.term = QComboBox(objectName="termFilter")
        self.term.addItem(self.tr("ทุกวาระ"), None)
        for days in TERM_WINDOWS:
            self.term.addItem(self.tr("ครบวาระภายใน %n วัน", "", days), days)
        self.award = QComboBox(objectName="awardFilter")
        self.award.addItem(self.tr("ทุกคน"), None)
        self.award.addItem(self.tr("ได้รับรางวัล"), 0)
        this_year = fiscal_year_of(self.desk.ctx.today())
        for year in (this_year, this_year - 1, this_year - 2):
            self.award.addItem(self.tr("ได้รับรางวัลปี %1").replace("%1", str(year)), year)
        self.evaluation = QComboBox(objectName="evaluationFilter")
        self.evaluation.addItem(self.tr("การประเมินทุกปี"), None)
        for year in (this_year, this_year - 1):
            self._add_evaluation_year(year)
        self._fill_districts()
        self.combos = (
            self.kind,
            self.status,
            self.district,
            self.term,
            self.award,
            self.evaluation,
        )
        for combo in self.combos:
            combo.currentIndexChanged.connect(self.apply_filter)

        self.count_label = QLabel(objectName="countLabel")
        filters = FlowLayout()  # wraps onto a second line on a narrow screen
        filters.addWidget(self.search)
        for w in self.combos:
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(w)

        self.table = QTableView(objectName="peopleTable")
        self.table.setModel(self.model)
        set_up_record_table(
            self.table,
            (220, 150, 110, 130, 120, 110, 100, 100),
            sort_column=0,
            settings_key="registry",
        )
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row

        self.new_button = QPushButton(self.tr("ลงทะเบียนใหม่ (Ctrl+N)"), objectName="newButton")
        self.new_button.clicked.connect(self.newPerson)
        self.new_button.setEnabled(self.desk.can(Permission.REGISTER_PERSON))
        self.import_button = QPushButton(
            self.tr("นำเข้าจากไฟล์ Excel/CSV…"), objectName="importButton"
        )
        self.import_button.clicked.connect(self.importFile)
        self.import_button.setEnabled(self.desk.can(Permission.REGISTER_PERSON))
        self.open_button = QPushButton(self.tr("เปิดทะเบียน"), objectName="openButton")
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.roster_button = QPushButton(self.tr("พิมพ์ทะเบียนรายชื่อ…"), objectName="rosterButton")
        self.roster_button.clicked.connect(self.printRoster)
        self.export_button = QPushButton(self.tr("ส่งออก Excel…"), objectName="exportButton")
        self.export_button.clicked.connect(lambda: self.exportList.emit(False))
        self.csv_button = QPushButton(self.tr("ส่งออก CSV…"), objectName="exportCsvButton")
        self.csv_button.clicked.connect(lambda: self.exportList.emit(True))
        self.record_button = QPushButton(self.tr("พิมพ์ทะเบียนประวัติ…"), objectName="recordButton")
        self.record_button.clicked.connect(self._print_current)
        self.mentor_button = QPushButton(self.tr("กำหนดพี่เลี้ยง…"), objectName="assignMentorButton")
        self.mentor_button.setEnabled(self.desk.can(Permission.ASSIGN_MENTOR))
        self.mentor_button.clicked.connect(self._assign_mentor)
        buttons = FlowLayout()
        buttons.addWidget(self.count_label)
        for b in (
            self.new_button,
            self.import_button,
            self.open_button,
            self.mentor_button,
            self.record_button,
            self.roster_button,
            self.export_button,
            self.csv_button,
        ):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def _add_evaluation_year(self, year: int) -> int:
        self.evaluation.addItem(self.tr("ยังไม่ได้ประเมินปี %1").replace("%1", str(year)), year)
        return self.evaluation.count() - 1

    def show_list(self, f: PersonFilter) -> None:
        """The list behind a dashboard number: the filters set to ``f``, the search cleared."""
        for combo in self.combos:
            combo.blockSignals(True)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        kinds = tuple(f.kinds)
        kind = VOLUNTEERS if set(kinds) == set(VOLUNTEER_KINDS) else (kinds[0] if kinds else None)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        status = f.statuses[0] if len(f.statuses) == 1 else None
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.district.setCurrentIndex(0)
        self._fill_districts(f.district_code)  # a district nobody is registered in is added
        self.term.setCurrentIndex(0)
        self.award.setCurrentIndex(0)
        year = f.not_evaluated_in
        at = self.evaluation.findData(year) if year is not None else 0
        self.evaluation.setCurrentIndex(at if at >= 0 else self._add_evaluation_year(year))
        for combo in self.combos:
            combo.blockSignals(False)
        self.apply_filter()

    def _fill_districts(self, choose: str | None = None) -> None:
        current = choose if choose is not None else self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("ทุกอำเภอ"), None)
        for code, name, n in self.desk.people.district_choices():
            self.district.addItem(f"{name} ({n})", code)
        if current:
            if self.district.findData(current) < 0:  # chosen, though nobody is there yet
                self.district.addItem(f"{areas.district_name(current)} (0)", current)
            self.district.setCurrentIndex(self.district.findData(current))
        self.district.blockSignals(False)

    # -- behaviour -----------------------------------------------------------------------
    def current_filter(self) -> PersonFilter:
        kind, status = self.kind.currentData(), self.status.currentData()
        kinds = VOLUNTEER_KINDS if kind == VOLUNTEERS else ((kind,) if kind else ())
        base = self.model.filter
        award = self.award.currentData()
        return PersonFilter(
            awarded=award is not None,
            award_year=award or None,
            text=self.search.text(),
            kinds=kinds,
            not_evaluated_in=self.evaluation.currentData(),
            statuses=(status,) if status else (),
            district_code=self.district.currentData() or "",
            term_ending_within_days=self.term.currentData(),
            sort=base.sort,
            descending=base.descending,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("พบ %1 คน").replace("%1", f"{self.model.total:,}"))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _assign_mentor(self) -> None:
        ids = self.selected_ids()
        if not ids and self.table.currentIndex().isValid():
            ids = [self.model.row_at(self.table.currentIndex().row()).id]
        if ids:
            self.assignMentor.emit(ids)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openPerson.emit(index.data(ID_ROLE))

    def _open_first_if_single(self) -> None:
        self._search_timer.stop()
        self.apply_filter()
        if self.model.total == 1:
            self.openPerson.emit(self.model.row_at(0).id)

    def _print_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.printRecord.emit(index.data(ID_ROLE))

    def new_if_allowed(self) -> None:
        if self.new_button.isEnabled():
            self.newPerson.emit()

    def _on_data_changed(self, what: str) -> None:
        if what == "person":
            self.refresh()

    def refresh(self) -> None:
        """The same search, filters and sort again, keeping the selected rows and the scroll:
        after a save here or another clerk's (the change poller)."""
        self._fill_districts()
        with kept_view(self.table):
            self.model.refresh()
        self.count_label.setText(self.tr("พบ %1 คน").replace("%1", f"{self.model.total:,}"))
