"""The case queue: one saved view at a time, refined by the filter bar, worked in bulk."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases.numbers import case_no_in
from desktop.domain.cases.records import QueueView
from desktop.domain.permissions import Permission
from desktop.services.cases.service import CaseFilter
from desktop.services.desk import Desk
from ui.cases.queue_filters import QueueFilterBar
from ui.cases.queue_model import CaseTableModel
from ui.domain_labels import label_of
from ui.operations import bus
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.kept_view import kept_view
from ui.widgets.page_title import page_title
from ui.widgets.paged_model import ID_ROLE
from ui.widgets.tables import set_up_record_table

SEARCH_DELAY_MS = 150


class CaseQueuePage(QWidget):
    openCase = Signal(int)
    newCase = Signal()
    assignCases = Signal(list)  # case ids
    printSlips = Signal(list)  # case ids
    printQueue = Signal()
    exportQueue = Signal()
    exportQueueCsv = Signal()
    importFile = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.view = QueueView.ALL_OPEN
        self.model = CaseTableModel(desk.cases, self)
        office = desk.office()
        self.prefix = office.case_prefix if office else ""
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._build(office.province_code if office else "")
        bus().dataChanged.connect(self._on_data_changed)
        self.apply_filter()

    def _build(self, province_code: str) -> None:
        self.title = page_title("")
        self.title.setObjectName("queueTitle")
        self.filters = QueueFilterBar(province_code, self.desk.ctx.today, self)
        self.filters.changed.connect(self.apply_filter)
        self.filters.textEdited.connect(self._timer.start)
        self.filters.search.returnPressed.connect(self._on_search_enter)

        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        set_up_record_table(
            self.table,
            (140, 96, 190, 200, 190, 160, 150, 170, 130),
            sort_column=1,
            descending=True,
            settings_key="case_queue",
            keep=(0,),  # the case number
        )
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        can_work = self.desk.can(Permission.WORK_CASE)
        self.new_button = QPushButton(self.tr("รับเรื่องใหม่ (Ctrl+N)"), objectName="newCaseButton")
        self.new_button.setEnabled(self.desk.can(Permission.INTAKE_CASE))
        self.new_button.clicked.connect(self.newCase)
        self.import_button = QPushButton(
            self.tr("นำเข้าจากไฟล์ Excel/CSV…"), objectName="importCasesButton"
        )
        self.import_button.setEnabled(self.desk.can(Permission.INTAKE_CASE))
        self.import_button.clicked.connect(self.importFile)
        self.open_button = QPushButton(self.tr("เปิดเรื่อง"), objectName="openCaseButton")
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.assign_button = QPushButton(self.tr("มอบหมาย…"), objectName="assignButton")
        self.assign_button.setEnabled(can_work)
        self.assign_button.clicked.connect(lambda: self._with_selection(self.assignCases))
        self.slips_button = QPushButton(self.tr("พิมพ์แบบส่งต่อ…"), objectName="slipsButton")
        self.slips_button.clicked.connect(lambda: self._with_selection(self.printSlips))
        self.list_button = QPushButton(self.tr("พิมพ์รายการ…"), objectName="queuePdfButton")
        self.list_button.clicked.connect(self.printQueue)
        self.export_button = QPushButton(self.tr("ส่งออก Excel…"), objectName="exportButton")
        self.export_button.clicked.connect(self.exportQueue)
        self.csv_button = QPushButton(self.tr("ส่งออก CSV…"), objectName="exportCsvButton")
        self.csv_button.clicked.connect(self.exportQueueCsv)
        self.count_label = QLabel(objectName="caseCount")
        self.selection_label = QLabel(objectName="selectionCount")
        self.table.selectionModel().selectionChanged.connect(self._show_selection)

        buttons = FlowLayout()
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.selection_label)
        for b in (
            self.new_button,
            self.import_button,
            self.open_button,
            self.assign_button,
            self.slips_button,
            self.list_button,
            self.export_button,
            self.csv_button,
        ):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    # -- the filter ----------------------------------------------------------------------
    def set_view(self, view: QueueView) -> None:
        self.view = view
        self.apply_filter()

    def current_filter(self) -> CaseFilter:
        base = self.desk.cases.filter_for(self.view)
        f = self.filters.refine(base)
        current = self.model.filter
        return CaseFilter(**{**f.__dict__, "sort": current.sort, "descending": current.descending})

    def apply_filter(self) -> None:
        self._timer.stop()
        self.title.setText(label_of(self.view))
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%1 เรื่อง").replace("%1", f"{self.model.total:,}"))
        self._show_selection()

    def describe(self) -> str:
        refined = self.filters.describe()
        return f"{self.view.label} · {refined}" if refined else self.view.label

    def show_list(self, view: QueueView, f: CaseFilter) -> None:
        """The list behind a dashboard number: the saved view with ``f`` laid over it."""
        self.view = view
        self.filters.show_list(f)

    def set_reporter(self, person_id: int, name: str) -> None:
        """Show the cases one volunteer reported (from the volunteer's page)."""
        self.view = QueueView.ALL
        self.filters.clear()
        self.filters.set_reporter((person_id, name))

    # -- behaviour -----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def _with_selection(self, signal) -> None:
        ids = self.selected_ids()
        if not ids and self.table.currentIndex().isValid():
            ids = [self.table.currentIndex().data(ID_ROLE)]
        if ids:
            signal.emit(ids)

    def _show_selection(self, *_args) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.selection_label.setText(
            self.tr("  เลือก %1 เรื่อง").replace("%1", str(n)) if n > 1 else ""
        )

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openCase.emit(index.data(ID_ROLE))

    def _on_search_enter(self) -> None:
        """A scanned QR (or a typed case number) opens that case at once."""
        text = self.filters.search.text()
        case_no = case_no_in(text, self.prefix)
        if case_no:
            found = self.desk.cases.find_by_no(case_no)
            if found is not None:
                self.filters.search.clear()
                self.apply_filter()
                self.openCase.emit(found.id)
                return
        self.apply_filter()
        if self.model.total == 1:
            self.openCase.emit(self.model.row_at(0).id)

    def new_if_allowed(self) -> None:
        if self.new_button.isEnabled():
            self.newCase.emit()

    def _on_data_changed(self, what: str) -> None:
        if what in ("case", "person"):
            self.refresh()

    def refresh(self) -> None:
        """The same view, filters and sort again, keeping the selected cases and the scroll."""
        with kept_view(self.table):
            self.model.refresh()
        self.count_label.setText(self.tr("%1 เรื่อง").replace("%1", f"{self.model.total:,}"))
        self._show_selection()
