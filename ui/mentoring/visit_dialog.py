"""Record a mentoring visit (or edit one): the mentor's own, or keyed in by a clerk from paper.

Nothing is saved until the whole record is valid; messages appear under their fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit

from desktop.domain.errors import DeskError, StaleRecordError
from desktop.domain.mentoring.visits import VisitDraft, VisitInfo, VisitMode
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.dialogs.form_dialog import FormDialog
from ui.domain_labels import label_of
from ui.mentoring.follow_up_editor import FollowUpEditor
from ui.mentoring.mentor_choice import MentorChoice
from ui.operations import run_op
from ui.widgets.be_date_edit import BeDateEdit

TEXT_HEIGHT = 64


def text_box(placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(TEXT_HEIGHT)
    return box


class VisitDialog(FormDialog):
    saved = Signal(object)  # VisitInfo

    def __init__(
        self, desk: Desk, person_id: int, visit_id: int | None = None, parent=None
    ) -> None:
        super().__init__(parent, field_width=460)
        self.desk, self.person_id = desk, person_id
        self.visit: VisitInfo | None = desk.visits.get(visit_id) if visit_id else None
        person = desk.people.get(person_id)
        self.setWindowTitle(
            self.tr("บันทึกการเยี่ยม — ") + person.full_name
            if self.visit is None
            else self.tr("แก้ไขบันทึกการเยี่ยม — ") + person.full_name
        )
        today = desk.ctx.today
        self.mentor = MentorChoice()
        self.keying_in = desk.can(Permission.KEY_IN_FOR_MENTOR)
        if self.keying_in:
            self.mentor.fill(self.tr("— เลือกพี่เลี้ยงที่ไปเยี่ยม —"), desk.assignments.mentors())
            self.add_row("mentor_id", self.tr("พี่เลี้ยง"), self.mentor)
        self.visited_on = self.add_row("visited_on", self.tr("วันที่เยี่ยม"), BeDateEdit(today=today))
        self.visited_on.setRequired(True)
        self.visited_on.setMaximumDate(today())
        self.mode = self.add_row("mode", self.tr("รูปแบบ"), QComboBox())
        for mode in VisitMode:
            self.mode.addItem(label_of(mode), mode.value)
        self.place = self.add_row("place", self.tr("สถานที่"), QLineEdit())
        self.topics = self.add_row("topic_ids", self.tr("หัวข้อ"), QListWidget())
        self.notes = self.add_row("notes", self.tr("รายละเอียด"), text_box())
        self.problems = self.add_row("problems", self.tr("ปัญหาที่พบ"), text_box())
        self.advice = self.add_row("advice", self.tr("คำแนะนำที่ให้"), text_box())
        self.follow_ups = self.add_row("follow_ups", self.tr("การติดตามผล"), FollowUpEditor(today))
        self.next_visit_on = self.add_row(
            "next_visit_on", self.tr("นัดเยี่ยมครั้งต่อไป"), BeDateEdit(today=today)
        )
        self._fill_topics()
        self._show(person_id)

    def _fill_topics(self) -> None:
        chosen = set(self.visit.topic_ids) if self.visit else set()
        topics = {t.id: t for t in self.desk.visits.topics()}
        # A retired topic still shows on the visit that used it.
        for t in self.desk.visits.topics(active_only=False):
            if t.id in chosen and t.id not in topics:
                topics[t.id] = t
        for t in topics.values():
            item = QListWidgetItem(t.text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.id in chosen else Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        # Four rows show; more scroll, so the dialog still fits a 1280×720 screen.
        self.topics.setFixedHeight(min(max(len(topics), 1), 4) * 26 + 8)

    def _show(self, person_id: int) -> None:
        v = self.visit
        if v is None:
            self.visited_on.setDate(self.desk.ctx.today())
            if self.keying_in:
                self.mentor.choose_mentor_of(self.desk.assignments, person_id)
            self.follow_ups.add_row()
            return
        if self.keying_in:
            self.mentor.choose(v.mentor_id, v.mentor_name)
        self.visited_on.setDate(v.visited_on)
        self.mode.setCurrentIndex(self.mode.findData(v.mode.value))
        self.place.setText(v.place)
        self.notes.setPlainText(v.notes)
        self.problems.setPlainText(v.problems)
        self.advice.setPlainText(v.advice)
        from desktop.domain.mentoring.visits import FollowUpDraft

        self.follow_ups.set_follow_ups(
            FollowUpDraft(f.action, f.due_on, f.done_on) for f in v.follow_ups
        )
        self.next_visit_on.setDate(v.next_visit_on)

    def checked_topics(self) -> tuple[int, ...]:
        return tuple(
            self.topics.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.topics.count())
            if self.topics.item(i).checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> VisitDraft:
        mentor_id = self.mentor.currentData() if self.keying_in else None
        return VisitDraft(
            person_id=self.person_id,
            visited_on=self.visited_on.date(),
            mode=VisitMode(self.mode.currentData()),
            place=self.place.text(),
            topic_ids=self.checked_topics(),
            notes=self.notes.toPlainText().strip(),
            problems=self.problems.toPlainText().strip(),
            advice=self.advice.toPlainText().strip(),
            follow_ups=self.follow_ups.follow_ups(),
            next_visit_on=self.next_visit_on.date(),
            mentor_id=mentor_id,
        )

    def local_errors(self) -> dict[str, str]:
        errors = {}
        for name, edit in (("visited_on", self.visited_on), ("next_visit_on", self.next_visit_on)):
            if edit.error():
                errors[name] = edit.error()
        if (message := self.follow_ups.date_error()) is not None:
            errors["follow_ups"] = message
        if self.keying_in and self.mentor.currentData() is None:
            errors["mentor_id"] = self.tr("กรุณาเลือกพี่เลี้ยงที่ไปเยี่ยม")
        return errors

    def submit(self) -> VisitInfo | None:
        errors = self.local_errors()
        if errors:
            self.show_errors(errors)
            return None
        self.show_errors({})
        draft = self.draft()
        if self.visit is None:
            call = lambda: self.desk.visits.record(draft)  # noqa: E731
        else:
            visit = self.visit
            call = lambda: self.desk.visits.update(visit.id, visit.version, draft)  # noqa: E731
        saved = run_op(self, call, changed="visit", on_error=self._on_error)
        if saved is not None:
            self.visit = saved
            self.saved.emit(saved)
            self.accept()
        return saved

    def _on_error(self, exc: DeskError) -> bool:
        if isinstance(exc, StaleRecordError):
            self.general.setError(exc.message + " " + self.tr("กรุณาปิดแล้วเปิดบันทึกใหม่"))
            return True
        return self.on_error(exc)
