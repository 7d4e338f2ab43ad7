"""Read-only parts of the case page: the header chips and the details of the case.

The national ID is masked (``1-2345-xxxxx-xx-3``): the page is read on shared PCs; the full ID
goes only on the referral slip, which the agency needs.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cases.categories import Urgency
from desktop.domain.cases.records import CaseDetail
from desktop.domain.cases.service_levels import Health
from desktop.domain.national_id import mask_id
from desktop.domain.people import format_phone
from desktop.services.context import local_time
from ui.domain_labels import date_time, label_of, medium_date, needs_label
from ui.widgets.thai_wrap import breakable

# (background, text) of each chip; light backgrounds with dark text stay readable in print.
HEALTH_CHIP = {
    Health.ON_TRACK: ("#d1e7dd", "#0f5132"),
    Health.AT_RISK: ("#fff3cd", "#664d03"),
    Health.OVERDUE: ("#f8d7da", "#842029"),
}
CLOSED_CHIP = ("#e2e3e5", "#41464b")
STATUS_CHIP = ("#cfe2ff", "#052c65")
URGENCY_CHIP = {
    Urgency.NORMAL: ("#e2e3e5", "#41464b"),
    Urgency.URGENT: ("#ffe5d0", "#842904"),
    Urgency.CRITICAL: ("#f8d7da", "#842029"),
}
MISSING = "—"


def set_chip(label: QLabel, text: str, colours: tuple[str, str], bold: bool = False) -> None:
    background, foreground = colours
    label.setText(text)
    label.setStyleSheet(
        f"QLabel {{ background:{background}; color:{foreground}; border-radius:9px;"
        f" padding:2px 10px; font-weight:{'bold' if bold else 'normal'}; }}"
    )


def due_text(d: CaseDetail) -> tuple[str, tuple[str, str]]:
    if not d.status.is_open:
        closed = medium_date(d.closed_on) if d.closed_on else ""
        return QCoreApplication.translate("CaseHeader", "ปิดเรื่องแล้ว %1").replace(
            "%1", closed
        ).strip(), CLOSED_CHIP
    if d.due_on is None:
        return QCoreApplication.translate("CaseHeader", "ไม่มีกำหนดเวลา"), CLOSED_CHIP
    health = d.health or Health.ON_TRACK
    due = QCoreApplication.translate("CaseHeader", "ครบกำหนด %1").replace(
        "%1", medium_date(d.due_on)
    )
    return f"{due} · {label_of(health)}", HEALTH_CHIP[health]


def consent_text(d: CaseDetail) -> str:
    """Given, not yet, or withdrawn — then when, by whom (on a line of its own, so a narrow
    column does not cut the name), and that the case goes nowhere now."""
    withdrawal = d.consent_withdrawal
    if withdrawal is not None:
        text = QCoreApplication.translate(
            "CaseDetails", "ถอนความยินยอมแล้ว เมื่อ %1 — ส่งต่อเรื่องนี้ไม่ได้\nบันทึกโดย %2"
        ).replace("%1", date_time(local_time(withdrawal.at)))
        return breakable(text).replace("%2", withdrawal.user or MISSING)
    if d.consent:
        given = QCoreApplication.translate("CaseDetails", "ยินยอมให้ส่งข้อมูล เมื่อ ")
        return given + medium_date(d.consent_on)
    return QCoreApplication.translate("CaseDetails", "ยังไม่ได้รับความยินยอม")


class CaseHeader(QWidget):
    """``ลป 2570/00001`` [status] [due · health] [urgency]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_no = QLabel(objectName="caseNoLabel")
        font = self.case_no.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.case_no.setFont(font)
        self.case_no.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(objectName="statusChip")
        self.due = QLabel(objectName="dueChip")
        self.urgency = QLabel(objectName="urgencyChip")
        self.person = QLabel(objectName="headerPerson")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_no)
        layout.addSpacing(8)
        layout.addWidget(self.person)
        layout.addStretch(1)
        for chip in (self.status, self.due, self.urgency):
            layout.addWidget(chip)

    def show_case(self, d: CaseDetail) -> None:
        self.case_no.setText(d.case_no)
        self.person.setText(d.person_name)
        set_chip(
            self.status, label_of(d.status), STATUS_CHIP if d.status.is_open else CLOSED_CHIP, True
        )
        set_chip(self.due, *due_text(d))
        set_chip(
            self.urgency,
            self.tr("ความเร่งด่วน: ") + label_of(d.urgency),
            URGENCY_CHIP[d.urgency],
            d.urgency != Urgency.NORMAL,
        )


class CaseDetails(QWidget):
    """The person, the intake, where the case went and what came of it; ``values[name]``."""

    PERSON = (
        ("person_name", QT_TRANSLATE_NOOP("CaseDetails", "ชื่อ–นามสกุล")),
        ("national_id", QT_TRANSLATE_NOOP("CaseDetails", "เลขประจำตัวประชาชน")),
        ("person_phone", QT_TRANSLATE_NOOP("CaseDetails", "โทรศัพท์")),
        ("area", QT_TRANSLATE_NOOP("CaseDetails", "พื้นที่")),
        ("needs", QT_TRANSLATE_NOOP("CaseDetails", "ความต้องการ")),
    )
    CASE = (
        ("received", QT_TRANSLATE_NOOP("CaseDetails", "รับเรื่อง")),
        ("reporter", QT_TRANSLATE_NOOP("CaseDetails", "ผู้แจ้ง")),
        ("consent", QT_TRANSLATE_NOOP("CaseDetails", "ความยินยอม")),
        ("assigned", QT_TRANSLATE_NOOP("CaseDetails", "ผู้รับผิดชอบ")),
        ("agency", QT_TRANSLATE_NOOP("CaseDetails", "ส่งต่อหน่วยงาน")),
        ("agency_contact", QT_TRANSLATE_NOOP("CaseDetails", "ผู้รับเรื่องปลายทาง")),
        ("outcome", QT_TRANSLATE_NOOP("CaseDetails", "ผลการดำเนินการ")),
        ("duplicate_of", QT_TRANSLATE_NOOP("CaseDetails", "ซ้ำกับเรื่อง")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        person = self._group(self.tr("ผู้ประสบปัญหา"), self.PERSON)
        case = self._group(self.tr("การรับเรื่องและการส่งต่อ"), self.CASE)
        self.description = QLabel(objectName="descriptionValue")
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        description = QGroupBox(self.tr("รายละเอียดปัญหา / ความต้องการ"))
        QVBoxLayout(description).addWidget(self.description)

        top = QHBoxLayout()
        top.addWidget(person, 1)
        top.addWidget(case, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(description)

    def _group(self, title: str, rows) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in rows:
            value = QLabel(objectName=f"{name}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr(label), value)
            self.values[name] = value
            self._forms[name] = form
        return box

    def _set(self, name: str, text: str, *, long: bool = False, hide_empty: bool = False) -> None:
        label = self.values[name]
        label.setText((breakable(text) if long else text) if text else MISSING)
        if hide_empty:
            self._forms[name].setRowVisible(label, bool(text))

    def show_case(self, d: CaseDetail) -> None:
        self._set("person_name", d.person_name)
        self._set("national_id", mask_id(d.person_national_id) if d.person_national_id else "")
        self._set("person_phone", format_phone(d.person_phone))
        self._set("area", d.area_line)
        self._set("needs", needs_label(d.needs))
        self._set("received", f"{medium_date(d.received_on)} · {label_of(d.channel)}")
        reporter = " · ".join(p for p in (d.reporter_name, format_phone(d.reporter_phone)) if p)
        self._set("reporter", reporter)
        self._set("consent", consent_text(d))
        self.values["consent"].setStyleSheet("" if d.consent else "color:#b3261e;")
        self._set("assigned", d.assigned_to or self.tr("ยังไม่มอบหมาย"))
        agency = ""
        if d.agency is not None:
            agency = label_of(d.agency)
            if d.referred_on:
                agency += self.tr(" เมื่อ ") + medium_date(d.referred_on)
        self._set("agency", agency)
        self._set("agency_contact", d.agency_contact, long=True)
        outcome = ""
        if d.outcome is not None:
            outcome = label_of(d.outcome)
            if d.outcome_on:
                outcome += self.tr(" เมื่อ ") + medium_date(d.outcome_on)
            if d.outcome_note:
                outcome += " — " + d.outcome_note
        self._set("outcome", outcome, long=True)
        self._set("duplicate_of", d.duplicate_of_no, hide_empty=True)
        self.description.setText(breakable(d.description) if d.description else MISSING)
