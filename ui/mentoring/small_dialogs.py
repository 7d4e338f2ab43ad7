"""Assign a mentor to the people selected in the registry, and record an award."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop.services.desk import Desk
from desktop.services.people.awards import SUGGESTED_TITLES
from ui.dialogs.form_dialog import FormDialog
from ui.operations import run_op
from ui.widgets.be_date_edit import BeDateEdit


class AssignMentorDialog(FormDialog):
    def __init__(self, desk: Desk, person_ids: Sequence[int], parent=None) -> None:
        super().__init__(parent)
        self.desk, self.person_ids = desk, list(person_ids)
        self.changed = 0
        self.setWindowTitle(self.tr("กำหนดพี่เลี้ยง"))
        self.body.insertWidget(
            0,
            QLabel(
                self.tr("กำหนดพี่เลี้ยงให้ %1 คนที่เลือก (ผู้ที่มีพี่เลี้ยงคนเดิมจะถูกบันทึกประวัติไว้)").replace(
                    "%1", f"{len(self.person_ids):,}"
                )
            ),
        )
        self.mentor = self.add_row("mentor_id", self.tr("พี่เลี้ยง"), QComboBox())
        self.mentor.addItem(self.tr("— เลือกพี่เลี้ยง —"), None)
        for m in desk.assignments.mentors():
            self.mentor.addItem(m.full_name, m.id)
        self.from_date = self.add_row(
            "from_date", self.tr("ตั้งแต่วันที่"), BeDateEdit(today=desk.ctx.today)
        )
        self.from_date.setRequired(True)
        self.from_date.setDate(desk.ctx.today())
        self.ok_button.setText(self.tr("กำหนดพี่เลี้ยง"))

    def choose(self, mentor_id: int) -> None:
        self.mentor.setCurrentIndex(max(self.mentor.findData(mentor_id), 0))

    def submit(self) -> int | None:
        errors = {}
        if self.mentor.currentData() is None:
            errors["mentor_id"] = self.tr("กรุณาเลือกพี่เลี้ยง")
        if self.from_date.error():
            errors["from_date"] = self.from_date.error()
        self.show_errors(errors)
        if errors:
            return None
        mentor_id, start = self.mentor.currentData(), self.from_date.date()
        n = run_op(
            self,
            lambda: self.desk.assignments.assign(self.person_ids, mentor_id, start),
            changed="mentoring",
            on_error=self.on_error,
        )
        if n is not None:
            self.changed = n
            self.accept()
        return n


class AwardDialog(FormDialog):
    def __init__(self, desk: Desk, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.person_id = desk, person_id
        self.setWindowTitle(self.tr("บันทึกรางวัล — ") + desk.people.get(person_id).full_name)
        self.title = self.add_row("title", self.tr("รางวัล"), QComboBox())
        self.title.setEditable(True)
        self.title.addItems(SUGGESTED_TITLES)
        self.awarded_on = self.add_row(
            "awarded_on", self.tr("วันที่ได้รับ"), BeDateEdit(today=desk.ctx.today)
        )
        self.awarded_on.setRequired(True)
        self.awarded_on.setDate(desk.ctx.today())
        self.note = self.add_row("note", self.tr("หมายเหตุ"), QLineEdit())

    def submit(self):
        if self.awarded_on.error():
            self.show_errors({"awarded_on": self.awarded_on.error()})
            return None
        title, on, note = self.title.currentText(), self.awarded_on.date(), self.note.text()
        award = run_op(
            self,
            lambda: self.desk.awards.record(self.person_id, title, on, note),
            changed="mentoring",
            on_error=self.on_error,
        )
        if award is not None:
            self.accept()
        return award
