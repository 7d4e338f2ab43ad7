"""One step of the workflow: asks for exactly what the transition needs, then takes it.

The ``Transition`` from the domain table says what that is: an agency and contact to refer to,
the person's consent first, an outcome, or the original of a duplicate. A step that needs a
supervisor's approval becomes a request when the user cannot approve it themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from desktop.domain.cases.categories import (
    SUGGESTED_AGENCY,
    SUGGESTED_OUTCOME,
    Agency,
    Need,
    Outcome,
)
from desktop.domain.cases.numbers import case_no_in, parse_case_no
from desktop.domain.cases.records import CaseDetail
from desktop.domain.cases.workflow import Transition
from desktop.services.desk import Desk
from ui.cases.case_dialogs import CaseOpDialog, date_edit, note_edit
from ui.domain_labels import label_of, step_label


def action_text(t: Transition, request: bool) -> str:
    """The button: ``ส่งต่อหน่วยงาน…`` or, when it must be approved first, ``ขออนุมัติไม่เข้าเกณฑ์…``."""
    return step_title(t, request) + "…"


def step_title(t: Transition, request: bool) -> str:
    """The step's name, or the request for it: the dialog's title."""
    name = step_label(t)
    if request:
        return QCoreApplication.translate("MoveDialog", "ขออนุมัติ%1").replace("%1", name)
    return name


class MoveDialog(CaseOpDialog):
    def __init__(
        self, desk: Desk, detail: CaseDetail, transition: Transition, *, request: bool, parent=None
    ) -> None:
        t = transition
        super().__init__(
            desk,
            detail,
            step_title(t, request),
            self.tr("ส่งคำขออนุมัติ") if request else self.tr("บันทึก"),
            parent,
        )
        self.transition, self.request = t, request
        intro = self.tr("เปลี่ยนสถานะ: ") + f"{label_of(detail.status)} → {label_of(t.target)}"
        if request:
            intro += "\n" + self.tr(
                "ขั้นตอนนี้ต้องได้รับอนุมัติจากหัวหน้างาน คำขอจะไปอยู่ในรายการรออนุมัติ "
                "และสถานะจะเปลี่ยนเมื่อได้รับอนุมัติแล้ว"
            )
        first_need = detail.needs[0] if detail.needs else Need.OTHER

        self.agency = self.agency_contact = None
        if t.needs_agency and not request:
            self.agency = QComboBox()
            for agency in Agency:
                self.agency.addItem(label_of(agency), agency.value)
            self.agency.setCurrentIndex(
                self.agency.findData((detail.agency or SUGGESTED_AGENCY[first_need]).value)
            )
            self.add_row("agency", self.tr("หน่วยงานที่ส่งต่อ *"), self.agency)
            self.agency_contact = QLineEdit(detail.agency_contact)
            self.agency_contact.setPlaceholderText(
                self.tr("เช่น สำนักงานจัดหางานจังหวัด กลุ่มงานทะเบียน คุณ… โทร …")
            )
            self.add_row("agency_contact", self.tr("ผู้รับเรื่องปลายทาง"), self.agency_contact)

        self.consent = self.consent_on = None
        if t.needs_consent and not detail.consent and not request:
            intro += "\n" + self.tr(
                "ยังไม่ได้บันทึกความยินยอมของผู้ประสบปัญหา ต้องได้รับความยินยอมก่อนส่งข้อมูลให้หน่วยงาน"
            )
            self.consent = QCheckBox(self.tr("ผู้ประสบปัญหายินยอมให้ส่งข้อมูลแล้ว"))
            self.add_row("consent", self.tr("ความยินยอม *"), self.consent)
            self.consent_on = date_edit(desk)
            self.consent_on.setEnabled(False)
            self.consent.toggled.connect(self.consent_on.setEnabled)
            self.add_row("consent_on", self.tr("วันที่ให้ความยินยอม"), self.consent_on)

        self.outcome = self.outcome_on = self.outcome_note = None
        if t.needs_outcome and not request:
            self.outcome = QComboBox()
            for outcome in Outcome:
                self.outcome.addItem(label_of(outcome), outcome.value)
            self.outcome.setCurrentIndex(self.outcome.findData(SUGGESTED_OUTCOME[first_need].value))
            self.add_row("outcome", self.tr("ผลการดำเนินการ *"), self.outcome)
            self.outcome_on = date_edit(desk)
            self.add_row("outcome_on", self.tr("วันที่ได้ผล *"), self.outcome_on)
            self.outcome_note = QLineEdit()
            self.outcome_note.setPlaceholderText(self.tr("เช่น ได้งานที่ร้าน… เริ่มงาน 1 ธ.ค."))
            self.add_row("outcome_note", self.tr("รายละเอียดผล"), self.outcome_note)

        self.original = None
        if t.needs_original and not request:
            self.original = QLineEdit(detail.duplicate_of_no)
            self.original.setPlaceholderText(
                self.tr("เช่น %1 2570/00012").replace("%1", self._prefix())
            )
            self.add_row("duplicate_of_id", self.tr("เลขที่เรื่องเดิม *"), self.original)

        self.set_intro(intro)
        required = request or t.approval is not None
        self.note = self.add_row(
            "note",
            self.tr("เหตุผล *") if required else self.tr("หมายเหตุ"),
            note_edit(self.tr("บันทึกลงในลำดับการดำเนินการของเรื่อง")),
        )

    def _prefix(self) -> str:
        number = parse_case_no(self.detail.case_no)
        return number.prefix if number is not None else ""

    # -- checks and the call ---------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if (self.request or self.transition.approval) and not self.note.toPlainText().strip():
            errors["note"] = self.tr("กรุณาระบุเหตุผล")
        if self.consent is not None:
            if not self.consent.isChecked():
                errors["consent"] = self.tr("ส่งต่อได้เมื่อผู้ประสบปัญหายินยอมให้ส่งข้อมูลแล้วเท่านั้น")
            elif err := self.consent_on.error():
                errors["consent_on"] = err
        if self.outcome_on is not None and (err := self.outcome_on.error()):
            errors["outcome_on"] = err
        if self.original is not None and not case_no_in(self.original.text(), self._prefix()):
            errors["duplicate_of_id"] = self.tr("กรุณากรอกเลขที่เรื่องเดิม เช่น %1 2570/00012").replace(
                "%1", self._prefix()
            )
        return errors

    def perform(self) -> CaseDetail:
        cases = self.desk.cases
        note = self.note.toPlainText().strip()
        target = self.transition.target
        if self.request:
            return cases.request_approval(self.detail.id, self.version, target, note)
        # One call, one unit of work: the consent is saved only if the step is taken.
        return cases.move_with_consent(
            self.detail.id,
            self.version,
            target,
            note,
            consent_on=self.consent_on.date() if self.consent is not None else None,
            duplicate_of_no=self.original.text() if self.original is not None else "",
            agency=Agency(self.agency.currentData()) if self.agency else None,
            agency_contact=self.agency_contact.text().strip() if self.agency_contact else "",
            outcome=Outcome(self.outcome.currentData()) if self.outcome else None,
            outcome_on=self.outcome_on.date() if self.outcome_on else None,
            outcome_note=self.outcome_note.text().strip() if self.outcome_note else "",
        )
