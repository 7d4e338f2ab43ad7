"""Small dialogs that change one case: the shared base, a note, consent (given or withdrawn)
and assignment.

Each dialog runs its own service call, so an error about a field appears under that field and
the dialog stays open with what was typed. ``done(CaseDetail)`` reports success; ``stale(str)``
says someone else changed the case first: the page behind reloads and ``rebase``s the dialog
on what it now shows, so the user can look, then save again or cancel. The case page opens them
with ``open()`` (window-modal, never a nested ``exec()``), so tests can fill them in and click.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases.records import CaseDetail
from desktop.domain.errors import DeskError, StaleRecordError, ValidationError
from desktop.services.desk import Desk
from ui.dialogs.entry_dialog import EntryDialog
from ui.operations import run_op
from ui.widgets.be_date_edit import BeDateEdit
from ui.widgets.field_error import FieldError, with_error


class CaseOpDialog(EntryDialog):
    done = Signal(object)  # CaseDetail
    stale = Signal(str)  # the Thai message; the case changed under this dialog

    def __init__(
        self, desk: Desk, detail: CaseDetail, title: str, ok_text: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.desk, self.detail = desk, detail
        self.version = detail.version  # the version the user saw when they chose the action
        self.setWindowTitle(f"{title} — {detail.case_no}")
        self.errors: dict[str, FieldError] = {}
        self.intro = QLabel(objectName="dialogIntro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = FieldError()
        self.general.setObjectName("generalError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("okButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, name: str, label: str, widget: QWidget) -> QWidget:
        box, self.errors[name] = with_error(name, widget)
        self.form.addRow(label, box)
        return widget

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget.parentWidget(), visible)

    def rebase(self, detail: CaseDetail) -> None:
        """The user has been shown the newer case behind this dialog: save against it."""
        self.detail, self.version = detail, detail.version

    # -- to override -----------------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        """Checks that need no database (a required comment, a readable date)."""
        return {}

    def perform(self) -> CaseDetail:
        raise NotImplementedError

    def save(self) -> CaseDetail | None:
        return self.submit()

    # -- the flow --------------------------------------------------------------------------
    def submit(self) -> CaseDetail | None:
        errors = self.validate()
        self.show_errors(errors)
        if errors:
            return None
        result = run_op(self, self.perform, changed="case", on_error=self._on_error)
        if result is not None:
            self.done.emit(result)
            self.accept()
        return result

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setError(errors.get(name))
        self.general.setError("\n".join(m for n, m in errors.items() if n not in self.errors))

    def _on_error(self, exc: DeskError) -> bool:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.fields)
        elif isinstance(exc, StaleRecordError):
            self.show_errors({})
            self.general.setError(exc.message)
            self.stale.emit(exc.message)
        else:  # not allowed, or the workflow refuses: say so here, keep what was typed
            self.show_errors({})
            self.general.setError(exc.message)
        return True


def note_edit(placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 16)
    return edit


class NoteDialog(CaseOpDialog):
    """บันทึกเพิ่มเติม: a line in the timeline without a change of status."""

    def __init__(self, desk: Desk, detail: CaseDetail, parent=None) -> None:
        super().__init__(desk, detail, self.tr("บันทึกเพิ่มเติม"), self.tr("บันทึก"), parent)
        self.note = self.add_row(
            "note", self.tr("บันทึก *"), note_edit(self.tr("เช่น โทรติดตามผลกับหน่วยงาน ผู้ร้องแจ้งข้อมูลเพิ่ม"))
        )

    def validate(self) -> dict[str, str]:
        if not self.note.toPlainText().strip():
            return {"note": self.tr("กรุณากรอกข้อความที่จะบันทึก")}
        return {}

    def perform(self) -> CaseDetail:
        return self.desk.cases.add_note(self.detail.id, self.note.toPlainText().strip())


class ConsentDialog(CaseOpDialog):
    """The person agreed to their data going to the agency: record the date."""

    def __init__(self, desk: Desk, detail: CaseDetail, parent=None) -> None:
        super().__init__(desk, detail, self.tr("บันทึกความยินยอม"), self.tr("บันทึก"), parent)
        self.set_intro(
            self.tr("%1 ยินยอมให้สำนักงานส่งข้อมูลส่วนบุคคลให้หน่วยงานที่รับเรื่องต่อ").replace(
                "%1", detail.person_name
            )
        )
        self.on = self.add_row("consent_on", self.tr("วันที่ให้ความยินยอม *"), date_edit(desk))

    def validate(self) -> dict[str, str]:
        err = self.on.error()
        return {"consent_on": err} if err else {}

    def perform(self) -> CaseDetail:
        return self.desk.cases.set_consent(self.detail.id, self.version, True, self.on.date())


class WithdrawConsentDialog(CaseOpDialog):
    """The person takes back their consent (PDPA s.19 para. 5): recorded with who keyed it and
    when; the case is not referred again, so the clerk confirms it in so many words."""

    def __init__(self, desk: Desk, detail: CaseDetail, parent=None) -> None:
        super().__init__(
            desk, detail, self.tr("บันทึกการถอนความยินยอม"), self.tr("บันทึกการถอน"), parent
        )
        self.set_intro(
            self.tr(
                "%1 ขอถอนความยินยอมให้ส่งข้อมูลส่วนบุคคลให้หน่วยงาน เมื่อบันทึกแล้ว "
                "สำนักงานจะไม่ส่งต่อหรือพิมพ์แบบส่งต่อของเรื่องนี้อีก และบันทึกความยินยอมใหม่ในเรื่องนี้ไม่ได้ "
                "(หากประสงค์ให้ส่งต่ออีก ให้รับเรื่องใหม่พร้อมใบยินยอมฉบับใหม่)"
            ).replace("%1", detail.person_name)
        )
        self.ok_button.setDefault(False)  # not undone: Enter alone must not record it

    def first_field(self) -> QWidget | None:
        """Nothing to type: the keyboard starts on Cancel, so a stray Space records nothing."""
        return self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)

    def perform(self) -> CaseDetail:
        return self.desk.cases.set_consent(self.detail.id, self.version, False, None)


def date_edit(desk: Desk) -> BeDateEdit:
    """A required BE date, today by default, no later than today."""
    edit = BeDateEdit(today=desk.ctx.today)
    edit.setDate(desk.ctx.today())
    edit.setRequired(True)
    edit.setMaximumDate(desk.ctx.today())
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("วว/ดด/ปปปปป") + 64)
    return edit


class AssignDialog(CaseOpDialog):
    """มอบหมาย: the office user who works the case (or nobody)."""

    def __init__(self, desk: Desk, detail: CaseDetail, parent=None) -> None:
        super().__init__(desk, detail, self.tr("มอบหมายงาน"), self.tr("มอบหมาย"), parent)
        self.user = QComboBox()
        self.user.addItem(self.tr("— ไม่มอบหมาย —"), None)
        for user in desk.cases.assignable_users():
            self.user.addItem(user.full_name, user.id)
        index = self.user.findData(detail.assigned_to_id)
        self.user.setCurrentIndex(max(index, 0))
        self.add_row("user_id", self.tr("ผู้รับผิดชอบ"), self.user)

    def chosen_id(self) -> int | None:
        return self.user.currentData()

    def perform(self) -> CaseDetail:
        self.desk.cases.assign([self.detail.id], self.chosen_id())
        return self.desk.cases.get(self.detail.id)
