"""Register a new person or edit one: nothing is saved until the whole record is valid."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import areas
from desktop.domain.conflicts import EditConflict
from desktop.domain.erasure import NOT_WIPED, STILL_ACTIVE
from desktop.domain.errors import DeskError, DuplicateError, StaleRecordError, ValidationError
from desktop.domain.people import PersonDraft, PersonStatus, validate_person
from desktop.domain.permissions import Permission
from desktop.domain.records import PersonDetail
from desktop.services.desk import Desk
from desktop.services.people.mapping import to_draft
from ui.dialogs.conflict_dialog import ConflictDialog, resolve_conflict
from ui.dialogs.entry_dialog import EntryDialog
from ui.domain_labels import date_time, label_of
from ui.operations import run_op
from ui.registry.field_history_view import FieldHistoryView, by_form_field
from ui.registry.person_form import PersonForm
from ui.registry.status_dialog import StatusDialog, StatusHistoryView
from ui.widgets.field_error import count_errors


class PersonDialog(EntryDialog):
    saved = Signal(object)  # PersonDetail
    openCase = Signal(int)  # a need this person reported
    showReportedCases = Signal(int, str)  # person id, name: the case queue filtered by reporter
    printSheet = Signal(int, int)  # person id, fiscal year: the evaluation sheet
    printVisit = Signal(int)  # visit id

    def __init__(
        self,
        desk: Desk,
        person_id: int | None = None,
        parent=None,
        *,
        export_options: dict | None = None,  # PersonDataExportActions' injectables (tests)
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        office = desk.office()
        # Opening a record is audited (who looked at whose data); reloads after a save are not.
        self.person: PersonDetail | None = desk.people.open(person_id) if person_id else None
        self.setWindowTitle(
            self.tr("ลงทะเบียนบุคคลใหม่") if self.person is None else self.tr("ทะเบียนประวัติ")
        )
        self.resize(760, 640)

        self.form = PersonForm(office.province_code if office else "")
        self.banner = QLabel(objectName="bannerLabel")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background:#fdecea; color:#8c1d18; padding:6px; border-radius:4px;"
        )
        self.banner.hide()
        self._counting = False  # the banner shows "n fields to fix": keep n true as they are fixed
        for label in set(self.form.errors.values()):
            label.changed.connect(self._errors_changed)

        self.history = StatusHistoryView()
        self.status_label = QLabel(objectName="statusLabel")
        self.status_button = QPushButton(self.tr("เปลี่ยนสถานะ…"), objectName="statusButton")
        self.status_button.clicked.connect(self._change_status)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.status_button)
        self.anonymise_button: QPushButton | None = None
        if self.person is not None and desk.can(Permission.ANONYMISE_PERSON):
            self.anonymise_button = QPushButton(
                self.tr("ลบข้อมูลระบุตัวตน (PDPA)…"), objectName="anonymiseButton"
            )
            self.anonymise_button.clicked.connect(self.anonymise)
            status_row.addWidget(self.anonymise_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("บันทึก"))
        self.save_button.setObjectName("saveButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.export_button: QPushButton | None = None
        if self.person is not None and desk.can(Permission.EXPORT_PERSON_DATA):
            self._add_export_button(buttons, export_options or {})

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        # A known person's status and reported needs are further tabs of the form itself.
        self.tabs = self.form
        self.reported = None
        self.mentoring = None
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)

        can_edit = desk.can(Permission.EDIT_PERSON if self.person else Permission.REGISTER_PERSON)
        self.form.set_read_only(not can_edit)
        self.save_button.setEnabled(can_edit)
        self.status_button.setEnabled(desk.can(Permission.CHANGE_STATUS))
        if self.person is not None:  # after set_read_only, which disables the form's buttons
            status_tab = QWidget()
            status_layout = QVBoxLayout(status_tab)
            status_layout.addLayout(status_row)
            status_layout.addWidget(self.history, 1)
            # Who last changed each field (PDPA s.35–36); each label's tooltip says it too.
            self.field_history = FieldHistoryView()
            status_layout.addWidget(
                QLabel(self.tr("การแก้ไขล่าสุดของแต่ละช่อง"), objectName="fieldHistoryTitle")
            )
            status_layout.addWidget(self.field_history, 1)
            self.tabs.addTab(status_tab, self.tr("สถานะและการแก้ไข"))
            if desk.can(Permission.VIEW_MENTORING):
                self._add_mentoring(self.person)
            if desk.can(Permission.VIEW_CASES):
                self._add_reported_cases(self.person)
            if desk.can(Permission.VIEW_AUDIT):
                self._add_access_history(self.person)
            # Wide enough that every tab's name is in view (the screen fit caps it).
            tabs_width = self.tabs.tabBar().sizeHint().width() + 48
            self.resize(max(self.width(), tabs_width), self.height())
        if self.person is not None:
            self._show_person(self.person)

    def _add_mentoring(self, person: PersonDetail) -> None:
        from ui.mentoring.person_mentoring import PersonMentoringView

        self.mentoring = PersonMentoringView(self.desk, person.id)
        self.mentoring.printSheet.connect(self.printSheet)
        self.mentoring.printVisit.connect(self.printVisit)
        self.tabs.addTab(self.mentoring, self.tr("พี่เลี้ยงและการประเมิน"))

    def _add_reported_cases(self, person: PersonDetail) -> None:
        from ui.cases.reported_cases import ReportedCasesView

        self.reported = ReportedCasesView(self.desk, person.id, person.full_name)
        self.reported.openCase.connect(self.openCase)
        self.reported.showInQueue.connect(self.showReportedCases)
        n = self.reported.model.rowCount()
        self.tabs.addTab(self.reported, self.tr("เรื่องที่แจ้ง (%1)").replace("%1", str(n)))

    def _add_access_history(self, person: PersonDetail) -> None:
        from ui.admin.access_history import AccessHistoryView

        person_id = person.id
        self.access_history = AccessHistoryView(
            self.desk, lambda: self.desk.audit_trail.person_history(person_id)
        )
        self.tabs.addTab(self.access_history, self.tr("ประวัติการเข้าถึง"))

    def _show_field_history(self, person_id: int) -> None:
        stamps = by_form_field(
            run_op(self, lambda: self.desk.people.field_history(person_id)) or {}
        )
        self.form.show_field_history(stamps)
        labels = {**self.form.field_labels(), "status": self.tr("สถานะ")}
        self.field_history.set_stamps(stamps, labels)

    def _show_person(self, person: PersonDetail) -> None:
        self.person = person
        self._opened = to_draft(person)  # what the form started from, for a conflict
        self.form.load(person)
        self.status_label.setText(self.tr("สถานะปัจจุบัน: ") + label_of(person.status))
        self.history.set_history(person.status_history)
        self.setWindowTitle(self.tr("ทะเบียนประวัติ — ") + person.full_name)
        self._show_field_history(person.id)
        self._show_erasure(person)

    # -- everything about this person, for them (PDPA s.30, s.31) -------------------------
    def _add_export_button(self, buttons: QDialogButtonBox, options: dict) -> None:
        from ui.registry.person_export import PersonDataExportActions

        self.export_actions = PersonDataExportActions(self.desk, self, **options)
        self.export_button = buttons.addButton(
            self.tr("ส่งออกข้อมูลทั้งหมดของบุคคลนี้…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("exportPersonDataButton")
        self.export_button.setAutoDefault(False)  # Enter in the form still saves
        self.export_button.setToolTip(
            self.tr("PDF สำหรับมอบให้เจ้าของข้อมูลและไฟล์ JSON ของข้อมูลที่บันทึกไว้แล้วทั้งหมด")
        )
        self.export_button.clicked.connect(self.export_person_data)

    def export_person_data(self):
        """Both files of what is saved (not unsaved edits in the form) into a chosen folder."""
        if self.person is None or self.export_button is None:
            return None
        return self.export_actions.export_person(self.person.id)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> PersonDetail | None:
        draft = self.form.draft()
        errors = {
            **validate_person(draft, self.desk.ctx.today(), areas.subdistrict_exists),
            **self.form.date_errors(),
        }
        self.form.show_errors(errors)
        if errors:
            self._show_count(count_errors(self.form.errors.values()) or len(errors))
            return None
        if self.person is None:
            result = run_op(
                self,
                lambda: self.desk.people.register(draft),
                changed="person",
                on_error=self._on_error,
            )
        else:
            version = self.person.version
            self._unsaved = draft
            result = run_op(
                self,
                lambda: self.desk.people.update(self.person.id, version, draft),
                changed="person",
                on_error=self._on_error,
            )
        if result is not None:
            self.saved.emit(result)
            self.accept()
        return result

    def _on_error(self, exc: DeskError) -> bool:
        """Errors that belong next to a field are shown there; the form keeps what was typed."""
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.fields)
            self._show_banner(exc.message)
            return True
        if isinstance(exc, DuplicateError):
            self.form.show_errors({"national_id": exc.message})
            self._show_banner(exc.message)
            return True
        if isinstance(exc, StaleRecordError):
            self._show_banner(exc.message)
            if self.person is not None and self._unsaved is not None:
                self._resolve_conflict(self._unsaved)
            return True
        return False

    def _show_count(self, n: int) -> None:
        self._show_banner(
            self.tr("ยังบันทึกไม่ได้: กรุณาแก้ไขช่องที่มีข้อความสีแดง (%1 ช่อง)").replace("%1", str(n))
        )
        self._counting = True

    def _errors_changed(self) -> None:
        if self._counting:
            n = count_errors(self.form.errors.values())
            if n:
                self._show_count(n)
            else:
                self._show_banner("")

    # -- another clerk saved first ---------------------------------------------------------
    _unsaved: PersonDraft | None = None
    conflict_dialog: ConflictDialog | None = None

    def _resolve_conflict(self, mine: PersonDraft) -> None:
        """Their record beside what was typed here; the clerk picks, and the pick is saved."""
        person_id, opened = self.person.id, self._opened
        conflict = run_op(self, lambda: self.desk.people.conflict(person_id, mine, opened))
        if conflict is None:
            return
        self.conflict_dialog = resolve_conflict(
            self, conflict, lambda draft: self._save_resolved(conflict, draft)
        )

    def _save_resolved(self, conflict: EditConflict, draft: PersonDraft) -> None:
        person_id = self.person.id
        result = run_op(
            self,
            lambda: self.desk.people.save_resolved(
                person_id, draft, conflict.version, conflict.mine
            ),
            changed="person",
            on_error=self._on_error,
        )
        if result is not None:
            self._unsaved = None
            self.saved.emit(result)
            self.accept()

    def _show_banner(self, text: str) -> None:
        self._counting = False
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # -- status --------------------------------------------------------------------------
    def _change_status(self) -> None:
        if self.person is None:
            return
        dialog = StatusDialog(self.desk, self.person, self)
        dialog.changed.connect(self._status_changed)
        dialog.open()
        self._status_dialog = dialog

    def _status_changed(self, person: PersonDetail) -> None:
        # Unsaved edits stay in the form: only the status, history and version are refreshed.
        self.person = person
        self._show_erasure(person)
        self.status_label.setText(self.tr("สถานะปัจจุบัน: ") + label_of(person.status))
        self.history.set_history(person.status_history)
        self._show_field_history(person.id)

    # -- erasing this person's identifying data for good (PDPA s.33) -------------------------
    anonymise_dialog = None

    def _show_erasure(self, person: PersonDetail) -> None:
        """An anonymised record is read only; someone still active must leave first."""
        if self.anonymise_button is not None:
            active = person.status == PersonStatus.ACTIVE
            self.anonymise_button.setEnabled(person.anonymised_at is None and not active)
            self.anonymise_button.setToolTip(STILL_ACTIVE if active else "")
        if person.anonymised_at is None:
            return
        self.form.set_read_only(True)  # the tabs' buttons too: nothing more is recorded
        self.save_button.setEnabled(False)
        self.status_button.setEnabled(False)
        self._show_banner(
            self.tr("ลบข้อมูลระบุตัวตนของบุคคลนี้แล้วเมื่อ %1 จึงแก้ไขไม่ได้").replace(
                "%1", date_time(person.anonymised_at)
            )
        )

    def anonymise(self):
        """Ask why and for a confirmation, then erase: the record reloads, anonymous."""
        if self.person is None:
            return None
        from ui.registry.anonymise_dialog import AnonymiseDialog

        person_id = self.person.id
        self.anonymise_dialog = AnonymiseDialog(
            [self.person.full_name],
            lambda reason: self.desk.anonymise.anonymise(person_id, reason),
            self,
        )
        self.anonymise_dialog.anonymised.connect(self._anonymised)
        self.anonymise_dialog.open()
        return self.anonymise_dialog

    def _anonymised(self, wiped: bool) -> None:
        person = run_op(self, lambda: self.desk.people.get(self.person.id))
        if person is None:
            return
        self._show_person(person)
        self.mark_saved()  # what was typed before belongs to a record that is gone
        self.saved.emit(person)
        if not wiped:
            self._show_banner(f"{self.banner.text()}\n{NOT_WIPED}")
