"""The person's page, mentoring tab: current mentor and one timeline (status, mentors, visits,
evaluations, awards), with the actions a mentor or clerk takes from there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.mentoring.records import TimelineEntry
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.domain_labels import medium_date, timeline_kind
from ui.mentoring.evaluation_dialog import EvaluationDialog
from ui.mentoring.small_dialogs import AwardDialog
from ui.mentoring.visit_dialog import VisitDialog
from ui.operations import ReloadsOnChange
from ui.widgets.list_model import ListTableModel
from ui.widgets.tables import set_up_record_table


class TimelineModel(ListTableModel[TimelineEntry]):
    def __init__(self, parent=None) -> None:
        headers = (
            self.tr("วันที่"),
            self.tr("ประเภท"),
            self.tr("รายการ"),
            self.tr("รายละเอียด"),
            self.tr("ผู้บันทึก"),
        )
        super().__init__(headers, (), parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        t = self.rows[index.row()]
        kind = timeline_kind(t.kind, t.kind_label)
        return (medium_date(t.on), kind, t.title, t.detail, t.by)[index.column()]


class PersonMentoringView(ReloadsOnChange, QWidget):
    printSheet = Signal(int, int)  # person id, fiscal year
    printVisit = Signal(int)  # visit id
    reload_on = ("visit", "evaluation", "mentoring", "person")

    def __init__(self, desk: Desk, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.person_id = desk, person_id
        self.dialog = None
        self.mentor = QLabel(objectName="currentMentor")
        self.model = TimelineModel(self)
        self.table = QTableView(objectName="personTimeline")
        self.table.setModel(self.model)
        set_up_record_table(
            self.table, (100, 90, 240, 260), multi_select=False, settings_key="person_mentoring"
        )
        self.table.doubleClicked.connect(self._open_entry)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        fy = fiscal_year_of(desk.ctx.today())
        self.visit_button = self._button(
            self.tr("บันทึกการเยี่ยม…"), self.record_visit, desk.can(Permission.RECORD_VISIT)
        )
        self.evaluate_button = self._button(
            self.tr("ประเมินปี %1…").replace("%1", str(fy)),
            self.evaluate,
            desk.can(Permission.EVALUATE),
        )
        self.award_button = self._button(
            self.tr("บันทึกรางวัล…"), self.record_award, desk.can(Permission.RECORD_AWARD)
        )
        self.sheet_button = self._button(self.tr("พิมพ์แบบประเมิน…"), self._print_sheet)
        self.print_visit_button = self._button(self.tr("พิมพ์บันทึกการเยี่ยม…"), self._print_visit)
        buttons = QHBoxLayout()
        for b in (
            self.visit_button,
            self.evaluate_button,
            self.award_button,
            self.sheet_button,
            self.print_visit_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mentor)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.listen_for_changes()
        self.reload()

    def _button(self, text: str, slot, enabled: bool = True) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(slot)
        b.setEnabled(enabled)
        return b

    def reload(self) -> None:
        current = self.desk.assignments.mentor_of(self.person_id)
        self.mentor.setText(
            self.tr("พี่เลี้ยง: %1 (ตั้งแต่ %2)")
            .replace("%1", current.mentor_name)
            .replace("%2", medium_date(current.from_date))
            if current
            else self.tr("พี่เลี้ยง: ยังไม่ได้กำหนด")
        )
        self.model.set_rows(self.desk.timeline(self.person_id))
        self._update_buttons()

    def current_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        entry = self.current_entry()
        self.print_visit_button.setEnabled(entry is not None and entry.kind == "visit")

    def record_visit(self, visit_id: int | None = None) -> VisitDialog:
        self.dialog = VisitDialog(self.desk, self.person_id, visit_id or None, self)
        self.dialog.open()
        return self.dialog

    def evaluate(self, fiscal_year: int | None = None) -> EvaluationDialog:
        year = fiscal_year or fiscal_year_of(self.desk.ctx.today())
        self.dialog = EvaluationDialog(self.desk, self.person_id, year, self)
        self.dialog.open()
        return self.dialog

    def record_award(self) -> AwardDialog:
        self.dialog = AwardDialog(self.desk, self.person_id, self)
        self.dialog.open()
        return self.dialog

    def _open_entry(self, index: QModelIndex) -> None:
        entry = self.model.row_at(index.row())
        if entry.kind == "visit" and entry.ref_id and self.desk.can(Permission.RECORD_VISIT):
            self.record_visit(entry.ref_id)
        elif entry.kind == "evaluation" and entry.ref_id and self.desk.can(Permission.EVALUATE):
            self.evaluate(self.desk.evaluations.get(entry.ref_id).fiscal_year)

    def _print_sheet(self) -> None:
        entry = self.current_entry()
        year = fiscal_year_of(self.desk.ctx.today())
        if entry is not None and entry.kind == "evaluation" and entry.ref_id:
            year = self.desk.evaluations.get(entry.ref_id).fiscal_year
        self.printSheet.emit(self.person_id, year)

    def _print_visit(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.kind == "visit" and entry.ref_id:
            self.printVisit.emit(entry.ref_id)
