"""Key in a new case (รับเรื่อง): check for open cases of the same person, then save.

Nothing is saved until the whole case is valid; on an error the dialog stays open with what
the clerk typed and a Thai message under each field that is wrong.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.cases.records import CaseDetail, CaseDraft
from desktop.domain.errors import DeskError, ValidationError
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.cases.duplicate_dialog import DuplicatePrompt, ask_about_duplicates
from ui.cases.intake_form import IntakeForm
from ui.cases.reporter_picker import registry_search
from ui.dialogs.entry_dialog import EntryDialog
from ui.operations import run_op
from ui.widgets.field_error import count_errors

BANNER_STYLE = "background:#fdecea; color:#8c1d18; padding:6px; border-radius:4px;"


class IntakeDialog(EntryDialog):
    """``caseCreated(CaseDetail)`` once saved; ``created()`` returns the same record."""

    caseCreated = Signal(object)

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        duplicate_prompt: DuplicatePrompt | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._created: CaseDetail | None = None
        self.duplicate_prompt = duplicate_prompt or ask_about_duplicates(self)
        self.setWindowTitle(self.tr("รับเรื่องใหม่ (ชี้เป้า)"))
        office = desk.office()
        self.form = IntakeForm(
            registry_search(desk.people), desk.ctx.today, office.province_code if office else ""
        )
        self.banner = QLabel(objectName="bannerLabel")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self._counting = False  # the banner counts the fields to fix: kept true as they are
        self._elsewhere: list[str] = []
        for label in set(self.form.errors.values()):
            label.changed.connect(self._errors_changed)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("บันทึกรับเรื่อง"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setEnabled(desk.can(Permission.INTAKE_CASE))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.resize(1040, 640)

    def created(self) -> CaseDetail | None:
        return self._created

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> CaseDetail | None:
        errors = self.form.local_errors()
        self.form.show_errors(errors)
        if errors:
            self._show_count([])
            return None
        draft = self.form.draft()
        draft = self._settle_duplicates(draft)
        if draft is None:
            return None
        result = run_op(
            self, lambda: self.desk.cases.intake(draft), changed="case", on_error=self._on_error
        )
        if result is not None:
            self._created = result
            self._show_banner("")
            self.caseCreated.emit(result)
            self.accept()
        return result

    def _settle_duplicates(self, draft: CaseDraft) -> CaseDraft | None:
        """Ask about open cases of the same person; None when the clerk goes back to the form."""
        if not (draft.person_national_id or draft.person_name):
            return draft  # nothing to compare; the service will say what is missing
        rows = run_op(
            self,
            lambda: self.desk.cases.possible_duplicates(
                draft.person_national_id, draft.person_name, draft.person_phone
            ),
        )
        if rows is None:
            return None
        if not rows:
            return draft
        choice, original_id = self.duplicate_prompt(rows)
        if choice == "duplicate" and original_id is not None:
            return replace(draft, duplicate_of_id=original_id)
        if choice == "new":
            return draft
        return None

    def _on_error(self, exc: DeskError) -> bool:
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.fields)
            # Messages with no field of their own (e.g. about the original case) go on top.
            self._show_count([m for n, m in exc.fields.items() if not self.form.has_field(n)])
            return True
        return False

    def _count_message(self, n: int) -> str:
        return self.tr("ยังบันทึกไม่ได้: กรุณาแก้ไขช่องที่มีข้อความสีแดง (%1 ช่อง)").replace("%1", str(n))

    def _show_count(self, elsewhere: list[str]) -> None:
        n = count_errors(self.form.errors.values())
        lines = [self._count_message(n)] if n else []
        self._show_banner("\n".join([*lines, *elsewhere]))
        self._counting, self._elsewhere = True, elsewhere

    def _errors_changed(self) -> None:
        if self._counting:
            self._show_count(self._elsewhere)

    def _show_banner(self, text: str) -> None:
        self._counting = False
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
