"""งานพี่เลี้ยง: a mentor's people, who is due a visit, evaluations not done this fiscal year,
and follow-ups still open. Clerks and supervisors look at any mentor, or all of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.mentoring.records import MentoredPerson
from desktop.domain.people import Role
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.mentoring.evaluation_dialog import EvaluationDialog
from ui.mentoring.visit_dialog import VisitDialog
from ui.mentoring.workspace_model import FollowUpModel, MentoredModel
from ui.operations import ReloadsOnChange, run_op
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.kept_view import kept_view
from ui.widgets.page_title import page_title
from ui.widgets.tables import set_up_record_table

ALL, DUE, NOT_EVALUATED = "all", "due", "not_evaluated"


ROW_ID = Qt.ItemDataRole.UserRole  # the person's (or the follow-up's) id in both models


class MentoringPage(ReloadsOnChange, QWidget):
    openPerson = Signal(int)
    printBlankSheets = Signal(list)  # person ids
    exportList = Signal(bool)  # the list as filtered; True: CSV, False: Excel
    exportEvaluations = Signal(bool)  # a fiscal year's evaluations; True: CSV
    printVisitForms = Signal(list)  # person ids
    printSummary = Signal(bool)  # as Excel
    reload_on = ("visit", "evaluation", "mentoring", "person")

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.dialog = None
        self.people_model = MentoredModel(self)
        self.follow_up_model = FollowUpModel(desk.ctx.today, self)
        self._build()
        self.listen_for_changes()
        self.reload()

    def _build(self) -> None:
        title = page_title(self.tr("งานพี่เลี้ยง"))
        self.mentor = QComboBox(objectName="mentorFilter")
        self.mentor.addItem(self.tr("พี่เลี้ยงทุกคน"), None)
        for m in self.desk.assignments.mentors():
            self.mentor.addItem(m.full_name, m.id)
        user = self.desk.user
        if user is not None and Role.MENTOR in user.roles:
            self.mentor.setCurrentIndex(max(self.mentor.findData(user.id), 0))
        self.district = QComboBox(objectName="districtFilter")
        self.district.addItem(self.tr("ทุกอำเภอ"), "")
        for code, name, n in self.desk.people.district_choices():
            self.district.addItem(f"{name} ({n})", code)
        self.show_only = QComboBox(objectName="showFilter")
        for key, text in (
            (ALL, self.tr("ทุกคนในความดูแล")),
            (DUE, self.tr("ถึงกำหนดเยี่ยม")),
            (NOT_EVALUATED, self.tr("ยังไม่ประเมินปีนี้")),
        ):
            self.show_only.addItem(text, key)
        # The office's rule (the admin sets it on the mentoring set-up page), so every mentor
        # and the supervisors count "due" the same way.
        self.visit_rule = QLabel(objectName="visitRule")
        for w in (self.mentor, self.district, self.show_only):
            w.currentIndexChanged.connect(self.reload)
        filters = FlowLayout()
        filters.addWidget(self.mentor)
        filters.addWidget(self.district)
        filters.addWidget(self.show_only)
        filters.addWidget(self.visit_rule)

        self.table = QTableView(objectName="mentoredTable")
        self.table.setModel(self.people_model)
        set_up_record_table(
            self.table, (200, 150, 200, 150, 110, 120, 80), settings_key="mentored_people"
        )
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self.count = QLabel(objectName="mentoredCount")
        can_visit, can_evaluate = (
            self.desk.can(Permission.RECORD_VISIT),
            self.desk.can(Permission.EVALUATE),
        )
        self.visit_button = self._button(
            self.tr("บันทึกการเยี่ยม…"), "visitButton", self.record_visit, can_visit
        )
        self.evaluate_button = self._button(
            self.tr("ประเมินปีนี้…"), "evaluateButton", self.evaluate, can_evaluate
        )
        self.open_button = self._button(
            self.tr("เปิดทะเบียนประวัติ"), "openPersonButton", self._open_selected
        )
        self.sheets_button = self._button(
            self.tr("พิมพ์แบบประเมินเปล่า…"),
            "blankSheetsButton",
            lambda: self.printBlankSheets.emit(self.listed_or_selected()),
        )
        self.forms_button = self._button(
            self.tr("พิมพ์แบบบันทึกการเยี่ยม…"),
            "visitFormsButton",
            lambda: self.printVisitForms.emit(self.listed_or_selected()),
        )
        self.summary_button = self._button(self.tr("สรุปผลการประเมิน"), "summaryButton", lambda: None)
        menu = QMenu(self.summary_button)
        menu.addAction(self.tr("เป็น PDF…"), lambda: self.printSummary.emit(False))
        menu.addAction(self.tr("เป็น Excel…"), lambda: self.printSummary.emit(True))
        menu.addSeparator()
        menu.addAction(
            self.tr("ผลการประเมินรายบุคคล เป็น Excel…"), lambda: self.exportEvaluations.emit(False)
        )
        menu.addAction(
            self.tr("ผลการประเมินรายบุคคล เป็น CSV…"), lambda: self.exportEvaluations.emit(True)
        )
        self.summary_button.setMenu(menu)
        self.export_button = self._button(self.tr("ส่งออกรายชื่อ"), "exportButton", lambda: None)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("ส่งออก Excel…"), lambda: self.exportList.emit(False))
        export_menu.addAction(self.tr("ส่งออก CSV…"), lambda: self.exportList.emit(True))
        self.export_button.setMenu(export_menu)
        buttons = FlowLayout()
        buttons.addWidget(self.count)
        for b in (
            self.visit_button,
            self.evaluate_button,
            self.open_button,
            self.sheets_button,
            self.forms_button,
            self.summary_button,
            self.export_button,
        ):
            buttons.addWidget(b)

        self.follow_ups = QTableView(objectName="followUpTable")
        self.follow_ups.setModel(self.follow_up_model)
        set_up_record_table(
            self.follow_ups, (200, 360), multi_select=False, settings_key="follow_ups"
        )
        self.done_button = self._button(
            self.tr("ทำเสร็จแล้ว"), "followUpDone", self.complete_follow_up, can_visit
        )
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>การติดตามผลที่ยังไม่เสร็จ</b>")), 1)
        row.addWidget(self.done_button)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.follow_ups)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(filters)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split, 1)

    def _button(self, text: str, name: str, slot, enabled: bool = True) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.clicked.connect(slot)
        b.setEnabled(enabled)
        return b

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> list[MentoredPerson]:
        mentor_id = self.mentor.currentData()
        every_days = self.desk.workspace.visit_every_days()
        self.visit_rule.setText(
            self.tr("ถึงกำหนดเยี่ยมเมื่อไม่ได้เยี่ยมเกิน %1 วัน").replace("%1", str(every_days))
        )
        rows = self.desk.workspace.people(
            mentor_id, district_code=self.district.currentData() or "", every_days=every_days
        )
        show = self.show_only.currentData()
        if show == DUE:
            rows = [p for p in rows if p.due_for_visit]
        elif show == NOT_EVALUATED:
            rows = [p for p in rows if not p.evaluated]
        # Another clerk's change reloads too: the same people stay selected, the list scrolled.
        with kept_view(self.table, ROW_ID), kept_view(self.follow_ups, ROW_ID):
            self.people_model.set_rows(rows)
            self.follow_up_model.set_rows(self.desk.visits.open_follow_ups(mentor_id))
        self.count.setText(self.tr("%1 คน").replace("%1", f"{len(rows):,}"))
        return rows

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.people_model.row_at(r).person_id for r in rows]

    def export_filter(self) -> dict:
        """What the list shows, for its export: the mentor, the district, the view, in words."""
        words = [self.mentor.currentText(), self.show_only.currentText()]
        if self.district.currentData():
            words.insert(
                1,
                self.tr("อำเภอ: %1").replace("%1", self.district.currentText().rsplit(" (", 1)[0]),
            )
        return {
            "mentor_id": self.mentor.currentData(),
            "district_code": self.district.currentData() or "",
            "show": self.show_only.currentData(),
            "description": " · ".join(words),
        }

    def listed_or_selected(self) -> list[int]:
        """Several rows selected: those; otherwise everyone the list shows."""
        ids = self.selected_ids()
        return ids if len(ids) > 1 else [p.person_id for p in self.people_model.rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.people_model.row_at(index.row()).person_id if index.isValid() else None

    # -- actions ---------------------------------------------------------------------------
    def _open_selected(self) -> None:
        if (person_id := self.current_id()) is not None:
            self.openPerson.emit(person_id)

    def record_visit(self, person_id: int | None = None) -> VisitDialog | None:
        person_id = person_id or self.current_id()
        if person_id is None:
            return None
        self.dialog = VisitDialog(self.desk, person_id, None, self)
        self.dialog.open()
        return self.dialog

    def evaluate(self, person_id: int | None = None) -> EvaluationDialog | None:
        person_id = person_id or self.current_id()
        if person_id is None:
            return None
        self.dialog = EvaluationDialog(
            self.desk, person_id, fiscal_year_of(self.desk.ctx.today()), self
        )
        self.dialog.open()
        return self.dialog

    def complete_follow_up(self) -> None:
        index = self.follow_ups.currentIndex()
        if not index.isValid():
            return
        f = self.follow_up_model.row_at(index.row())
        run_op(
            self,
            lambda: self.desk.visits.complete_follow_up(f.id, self.desk.ctx.today()),
            changed="visit",
        )
