"""ประวัติการใช้งานระบบ: the audit trail for supervisors and the administrator — who did what
to whom, and when — filtered by user, person, case, kind of action and office dates, a page at
a time from the database (the trail holds millions of rows), sorted by a header click, a row
opened for its details, and the filtered trail exported to Excel or PDF for an incident report.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.audit_actions import AuditCategory
from desktop.domain.audit_trail import AuditFilter, AuditPage, AuditSort
from desktop.domain.errors import DeskError
from desktop.services.audit_export import AuditExportService
from desktop.services.desk import Desk
from ui.admin.access_history import COLUMN_WIDTHS, open_audit_detail
from ui.admin.audit_model import ROW_ROLE, AuditModel
from ui.domain_labels import label_of
from ui.errors import message_of
from ui.operations import ReloadsOnChange
from ui.printing.print_actions import PrintActions
from ui.widgets.be_date_edit import BeDateEdit
from ui.widgets.page_title import page_title
from ui.widgets.tables import set_up_record_table

PAGE_SIZE = 100
ERROR_STYLE = "color:#b3261e;"


class AuditTrailPage(ReloadsOnChange, QWidget):
    # Someone else's work lands in the trail as they do it: refresh the first page on any change.
    reload_on = ("person", "case", "mentoring", "user", "audit")

    def __init__(self, desk: Desk, parent=None, *, print_actions: PrintActions | None = None):
        super().__init__(parent)
        self.desk = desk
        self.trail = desk.audit_trail
        self.filter = AuditFilter()
        self.offset = 0
        self.page: AuditPage | None = None
        self.print_actions = print_actions or PrintActions(desk, self)
        self.last_dialog: QWidget | None = None
        self._build()
        self.listen_for_changes()
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.user = QComboBox(objectName="auditUser")
        self.user.addItem(self.tr("ทุกคน"), None)
        for username, full_name in self.trail.users():
            self.user.addItem(f"{username} — {full_name}" if full_name else username, username)
        self.category = QComboBox(objectName="auditCategory")
        self.category.addItem(self.tr("ทุกการกระทำ"), None)
        for category in AuditCategory:
            self.category.addItem(label_of(category), category.value)
        self.date_from = BeDateEdit()
        self.date_to = BeDateEdit()
        self.person = QLineEdit(objectName="auditPerson")
        self.person.setPlaceholderText(self.tr("ชื่อ-สกุล หรือเลขประจำตัวประชาชน"))
        self.person.setClearButtonEnabled(True)
        self.person_name = QLabel(objectName="auditPersonName")
        self.case = QLineEdit(objectName="auditCase")
        self.case.setPlaceholderText(self.tr("เลขที่เรื่อง เช่น ลป 2569/0001"))
        self.case.setClearButtonEnabled(True)
        self.case.setMinimumWidth(
            self.case.fontMetrics().horizontalAdvance("เลขที่เรื่อง เช่น ลป 2569/0001") + 40
        )
        self.clear_button = QPushButton(self.tr("ล้างเงื่อนไข"))
        self.export_button = QPushButton(self.tr("ส่งออก Excel…"))
        self.pdf_button = QPushButton(self.tr("พิมพ์ PDF…"))
        self.problem = QLabel(objectName="auditFilterProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("ผู้ใช้:")), 0, 0)
        grid.addWidget(self.user, 0, 1)
        grid.addWidget(QLabel(self.tr("การกระทำ:")), 0, 2)
        grid.addWidget(self.category, 0, 3)
        grid.addWidget(QLabel(self.tr("ตั้งแต่วันที่:")), 0, 4)
        grid.addWidget(self.date_from, 0, 5)
        grid.addWidget(QLabel(self.tr("ถึง:")), 0, 6)
        grid.addWidget(self.date_to, 0, 7)
        grid.addWidget(QLabel(self.tr("บุคคล:")), 1, 0)
        grid.addWidget(self.person, 1, 1)
        grid.addWidget(self.person_name, 1, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("เรื่อง:")), 1, 4)
        grid.addWidget(self.case, 1, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.pdf_button)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)

        self.model = AuditModel(parent=self)
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        set_up_record_table(
            self.table, COLUMN_WIDTHS, multi_select=False, settings_key="audit_trail"
        )
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.model.on_sort = self._sort  # only now: enabling sorting sorts once at once
        self.table.doubleClicked.connect(self.open_row)
        self.table.activated.connect(self.open_row)

        self.previous_button = QPushButton(self.tr("‹ ก่อนหน้า"))
        self.next_button = QPushButton(self.tr("ถัดไป ›"))
        self.position = QLabel(objectName="auditPosition")
        paging = QHBoxLayout()
        paging.addWidget(self.position, 1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)

        title = page_title(self.tr("ประวัติการใช้งานระบบ"), scale=1.3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)

        # A typed ID or case number is looked up once the typing pauses (or on Enter).
        self.typing = QTimer(self, singleShot=True, interval=400)
        self.typing.timeout.connect(self.apply_filters)
        self.person.textEdited.connect(lambda _t: self.typing.start())
        self.case.textEdited.connect(lambda _t: self.typing.start())
        self.person.returnPressed.connect(self.apply_filters)
        self.case.returnPressed.connect(self.apply_filters)
        self.user.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.category.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.date_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filters())
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.previous_button.clicked.connect(lambda: self.go(-PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self.go(PAGE_SIZE))

    # -- filtering -----------------------------------------------------------------------------
    def apply_filters(self) -> None:
        self.typing.stop()
        problems: list[str] = []
        person_id = None
        self.person_name.clear()
        if text := self.person.text().strip():
            try:
                person_id, name = self.trail.find_person(text)
                self.person_name.setText(name)
            except DeskError as exc:
                problems.append(self.tr("บุคคล: ") + message_of(exc))
        case_id = None
        if text := self.case.text().strip():
            try:
                case_id = self.trail.find_case(text)
            except DeskError as exc:
                problems.append(self.tr("เรื่อง: ") + message_of(exc))
        start, end = self.date_from.date(), self.date_to.date()
        if start and end and start > end:
            problems.append(self.tr("วันที่: วันเริ่มต้องไม่อยู่หลังวันสิ้นสุด"))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        if problems:  # the rows shown would answer another question: show none
            self.model.show_rows([])
            self.page = None
            self._show_position()
            return
        category = self.category.currentData()
        self.filter = dataclasses.replace(
            self.filter,
            username=self.user.currentData(),
            person_id=person_id,
            case_id=case_id,
            category=AuditCategory(category) if category else None,
            date_from=start,
            date_to=end,
        )
        self.offset = 0
        self.reload()

    def clear_filters(self) -> None:
        for combo in (self.user, self.category):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.person.clear()
        self.case.clear()
        self.apply_filters()

    def _sort(self, sort: AuditSort, descending: bool) -> None:
        self.filter = dataclasses.replace(self.filter, sort=sort, descending=descending)
        self.offset = 0
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.page = self.trail.page(self.filter, self.offset, PAGE_SIZE)
        self.model.show_rows(self.page.rows)
        self._show_position()

    def go(self, step: int) -> None:
        if self.page is None:
            return
        offset = max(0, self.offset + step)
        if offset >= self.page.total and not self.page.capped:
            return
        self.offset = offset
        self.reload()
        if not self.page.rows and self.offset:  # past the last row of a capped count
            self.offset = max(0, self.offset - PAGE_SIZE)
            self.reload()

    def _show_position(self) -> None:
        page = self.page
        if page is None or not page.rows:
            self.position.setText(self.tr("ไม่พบรายการตามเงื่อนไข"))
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        total = f"{page.total:,}" + ("+" if page.capped else "")
        self.position.setText(
            self.tr("รายการที่ %1–%2 จาก %3 รายการ — ดับเบิลคลิกเพื่อดูรายละเอียด")
            .replace("%1", f"{page.offset + 1:,}")
            .replace("%2", f"{page.offset + len(page.rows):,}")
            .replace("%3", total)
        )
        self.previous_button.setEnabled(page.offset > 0)
        self.next_button.setEnabled(page.capped or page.offset + len(page.rows) < page.total)

    def open_row(self, index) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is not None:
            self.last_dialog = open_audit_detail(self.desk, self, row.id)

    def _on_data_changed(self, what: str) -> None:
        # A user reading page 5 keeps their place; the first page shows the newest as it comes.
        if self.offset == 0:
            super()._on_data_changed(what)

    # -- exporting -----------------------------------------------------------------------------
    def export(self, suffix: str) -> None:
        f = self.filter
        export = AuditExportService(self.trail)
        title = self.tr("ส่งออกประวัติการใช้งาน")
        stamp = self.desk.ctx.today().strftime("%Y%m%d")
        self.print_actions.save(
            title,
            f"ประวัติการใช้งาน-{stamp}{suffix}",
            self.tr("กำลังส่งออกประวัติการใช้งาน…"),
            lambda path, _progress, _cancelled: export.write(f, path),
            changed="audit",
        )
