"""The fields of a new case, in four groups, with a Thai message under each field.

Field names (``errors`` keys) are ``CaseDraft`` field names, so a service ``ValidationError``
lands next to the field it is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import national_id
from desktop.domain.cases.categories import Channel, Urgency
from desktop.domain.cases.records import CaseDraft
from desktop.domain.people import phone_error
from ui.cases.need_picker import NeedPicker
from ui.cases.reporter_picker import ReporterPicker, Search
from ui.domain_labels import label_of
from ui.widgets.area_picker import AreaPicker
from ui.widgets.be_date_edit import BeDateEdit
from ui.widgets.field_error import FieldError, with_error

DATE_FIELDS = ("received_on", "consent_on")
# A message about the free-text reporter shows where the reporter is chosen or typed.
ERROR_ROW = {"reporter_note": "reporter_id"}


class IntakeForm(QWidget):
    def __init__(
        self,
        search_people: Search,
        today: Callable[[], dt.date],
        province_code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.errors: dict[str, FieldError] = {}
        self.rows: dict[str, QWidget] = {}

        self.received_on = BeDateEdit(today=today)
        self.received_on.setDate(today())
        self.received_on.setRequired(True)
        self.received_on.setMaximumDate(today())
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label_of(channel), channel.value)
        self.reporter = ReporterPicker(search_people)
        self.reporter_note = QLineEdit()
        self.reporter_note.setPlaceholderText(self.tr("ชื่อผู้แจ้ง ความเกี่ยวข้อง หรือช่องทางติดต่อกลับ"))
        self.reporter_stack = QStackedWidget()
        self.reporter_stack.addWidget(self.reporter)
        self.reporter_stack.addWidget(self.reporter_note)
        self.urgency = QComboBox()
        for urgency in Urgency:
            self.urgency.addItem(label_of(urgency), urgency.value)

        self.person_name = QLineEdit()
        self.person_national_id = QLineEdit()
        self.person_national_id.setPlaceholderText(self.tr("x-xxxx-xxxxx-xx-x (ถ้ามี)"))
        self.person_national_id.setMaxLength(17)
        self.person_phone = QLineEdit()
        self.person_phone.setPlaceholderText("08x-xxx-xxxx")
        self.area = AreaPicker()
        if province_code:
            self.area.setProvince(province_code)
            self.area.setProvinceLocked(True)  # an office takes the needs of its own province
        self.village_no = QLineEdit()
        self.village_no.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") + 24)

        self.needs = NeedPicker()
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            self.tr("เล่าปัญหาหรือความต้องการ สิ่งที่ผู้ประสบปัญหาขอให้ช่วย และข้อมูลที่หน่วยงานควรรู้")
        )
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.consent = QCheckBox(self.tr("ยินยอมให้ส่งข้อมูลของตนให้หน่วยงานที่เกี่ยวข้อง"))
        self.consent_on = BeDateEdit(today=today)
        self.consent_on.setRequired(True)  # only read while consent is ticked
        self.consent_on.setMaximumDate(today())

        intake = self._group(self.tr("การรับเรื่อง"))
        self._row(intake, "received_on", self.tr("วันที่รับเรื่อง *"), self.received_on)
        self._row(intake, "channel", self.tr("ช่องทาง *"), self.channel)
        self._row(intake, "reporter_id", self.tr("ผู้แจ้ง"), self.reporter_stack)
        self._row(intake, "urgency", self.tr("ความเร่งด่วน"), self.urgency)
        person = self._group(self.tr("ผู้ประสบปัญหา"))
        self._row(person, "person_name", self.tr("ชื่อ–นามสกุล *"), self.person_name)
        self._row(
            person, "person_national_id", self.tr("เลขประจำตัวประชาชน"), self.person_national_id
        )
        self._row(person, "person_phone", self.tr("โทรศัพท์"), self.person_phone)
        self._row(person, "subdistrict_code", self.tr("พื้นที่"), self.area)
        self._row(person, "village_no", self.tr("หมู่ที่"), self.village_no)
        need = self._group(self.tr("ความต้องการ"))
        self._row(need, "needs", self.tr("ประเภท *"), self.needs)
        self._row(need, "description", self.tr("รายละเอียด"), self.description)
        consent = self._group(self.tr("ความยินยอม"))
        self._row(consent, "consent", None, self.consent)
        self._row(consent, "consent_on", self.tr("วันที่ให้ความยินยอม"), self.consent_on)

        left = QVBoxLayout()
        left.addWidget(intake.parentWidget())
        left.addWidget(person.parentWidget())
        left.addWidget(consent.parentWidget())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(need.parentWidget(), 1)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)

        fm = self.fontMetrics()
        for widget, sample in (
            (self.received_on, "วว/ดด/ปปปปป"),
            (self.consent_on, "วว/ดด/ปปปปป"),
            (self.person_national_id, "x-xxxx-xxxxx-xx-x (ถ้ามี)"),
            (self.person_phone, "000-000-00000"),
        ):
            widget.setMaximumWidth(fm.horizontalAdvance(sample) + 64)

        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.consent.toggled.connect(self._consent_changed)
        self._channel_changed()
        self._consent_changed(False)
        self._check_as_you_leave()

    # -- building --------------------------------------------------------------------------
    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(self, form: QFormLayout, name: str, label: str | None, widget: QWidget) -> None:
        checks = {
            "person_national_id": self._national_id_problem,
            "person_phone": self._phone_problem,
        }
        box, self.errors[name] = with_error(name, widget, checks.get(name))
        self.rows[name] = box
        if label is None:
            form.addRow(box)  # a check box that says it all spans the row
        else:
            form.addRow(label, box)

    def _check_as_you_leave(self) -> None:
        """A message appears as soon as the clerk leaves a field that is wrong.

        Slots are methods, not lambdas: a lambda holding ``self`` keeps the form alive from
        its own children and crashes PySide when both are torn down.
        """
        self.person_national_id.editingFinished.connect(self._check_national_id)
        self.person_phone.editingFinished.connect(self._check_phone)
        self.person_name.editingFinished.connect(self._clear_fixed_errors)
        self.needs.changed.connect(self._clear_fixed_errors)
        self.reporter.changed.connect(self._clear_fixed_errors)
        for name in DATE_FIELDS:
            getattr(self, name).errorChanged.connect(self.errors[name].setError)

    def _check_national_id(self) -> None:
        text = self.person_national_id.text().strip()
        self.errors["person_national_id"].setError(
            national_id.validation_error(text) if text else None
        )

    def _national_id_problem(self) -> str | None:
        text = self.person_national_id.text().strip()
        return national_id.validation_error(text) if text else None

    def _phone_problem(self) -> str | None:
        return phone_error(self.person_phone.text())

    def _check_phone(self) -> None:
        self.errors["person_phone"].setError(phone_error(self.person_phone.text()))

    def _clear_fixed_errors(self) -> None:
        """Messages go away as soon as their field is filled in."""
        for name, filled in (
            ("person_name", bool(self.person_name.text().strip())),
            ("needs", bool(self.needs.needs())),
            ("reporter_id", self.reporter.personId() is not None),
        ):
            if filled:
                self.errors[name].setError(None)

    # -- behaviour -------------------------------------------------------------------------
    def channel_value(self) -> Channel:
        return Channel(self.channel.currentData())

    def _channel_changed(self) -> None:
        volunteer = self.channel_value() == Channel.VOLUNTEER
        self.reporter_stack.setCurrentIndex(0 if volunteer else 1)
        form = self.rows["reporter_id"].parentWidget().layout()
        form.labelForField(self.rows["reporter_id"]).setText(
            self.tr("อาสาสมัครผู้แจ้ง *") if volunteer else self.tr("ผู้แจ้ง")
        )
        self.errors["reporter_id"].setError(None)

    def _consent_changed(self, given: bool) -> None:
        self.consent_on.setEnabled(given)
        if given and self.consent_on.date() is None:
            self.consent_on.setDate(self._today())
        if not given:
            self.errors["consent_on"].setError(None)

    # -- data out --------------------------------------------------------------------------
    def draft(self) -> CaseDraft:
        volunteer = self.channel_value() == Channel.VOLUNTEER
        consent = self.consent.isChecked()
        return CaseDraft(
            received_on=self.received_on.date(),
            channel=self.channel_value(),
            person_name=self.person_name.text().strip(),
            needs=self.needs.needs(),
            description=self.description.toPlainText().strip(),
            reporter_id=self.reporter.personId() if volunteer else None,
            reporter_note="" if volunteer else self.reporter_note.text().strip(),
            person_national_id=_id_digits(self.person_national_id.text()),
            person_phone=self.person_phone.text().strip(),
            subdistrict_code=self.area.subdistrictCode(),
            village_no=self.village_no.text().strip(),
            urgency=Urgency(self.urgency.currentData()),
            consent=consent,
            consent_on=self.consent_on.date() if consent else None,
        )

    def local_errors(self) -> dict[str, str]:
        """What can be told before asking the database: unreadable dates, a wrong ID."""
        errors: dict[str, str] = {}
        for name in DATE_FIELDS:
            widget = getattr(self, name)
            if widget.isEnabled() and (err := widget.error()):
                errors[name] = err
        nid = self.person_national_id.text().strip()
        if nid and (err := national_id.validation_error(nid)):
            errors["person_national_id"] = err
        if err := phone_error(self.person_phone.text()):
            errors["person_phone"] = err
        return errors

    def has_field(self, name: str) -> bool:
        return ERROR_ROW.get(name, name) in self.errors

    def show_errors(self, errors: dict[str, str]) -> None:
        by_row: dict[str, str] = {}
        for name, message in errors.items():
            by_row.setdefault(ERROR_ROW.get(name, name), message)
        for name, label in self.errors.items():
            label.setError(by_row.get(name))
        first = next((n for n in self.rows if n in by_row), None)
        if first is not None:
            self.rows[first].setFocus()


def _id_digits(text: str) -> str:
    """``1-2345-67890-12-3`` (in any script's digits) → 13 ASCII digits; anything else is
    passed on for the message."""
    return national_id.stored_form(text)
