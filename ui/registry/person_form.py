"""The fields of a person's record, grouped in tabs, with a Thai message under each field."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import areas
from desktop.domain import national_id
from desktop.domain.field_history import FieldStamp
from desktop.domain.people import (
    GENDER_LABELS,
    KIND_LABELS,
    TITLES,
    Gender,
    PersonDraft,
    PersonKind,
    phone_error,
)
from desktop.domain.records import PersonDetail
from ui.domain_labels import label_of
from ui.registry.field_history_view import stamp_text
from ui.widgets.area_picker import AreaPicker
from ui.widgets.be_date_edit import BeDateEdit
from ui.widgets.field_error import FieldError, with_error

DATE_FIELDS = ("birth_date", "contract_start", "contract_end", "appointed_on", "term_end")
TAB_OF_FIELD = {
    **dict.fromkeys(
        (
            "kind",
            "national_id",
            "title",
            "first_name",
            "last_name",
            "gender",
            "birth_date",
            "phone",
            "line_id",
            "occupation",
            "education",
        ),
        0,
    ),
    **dict.fromkeys(
        (
            "house_no",
            "village_no",
            "soi_road",
            "subdistrict_code",
            "postcode",
            "country",
            "responsible_subdistricts",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "appointed_on",
            "appointment_order",
            "term_end",
            "degree",
            "contract_start",
            "contract_end",
            "notes",
        ),
        2,
    ),
}


class PersonForm(QTabWidget):
    def __init__(self, province_code: str, parent=None) -> None:
        super().__init__(parent)
        self.province_code = province_code
        self.errors: dict[str, FieldError] = {}
        self.rows: dict[str, QWidget] = {}
        self._term_end_touched = False
        self._forms = [QFormLayout(), QFormLayout(), QFormLayout()]
        for form, title in zip(
            self._forms,
            (self.tr("ข้อมูลบุคคล"), self.tr("ที่อยู่และพื้นที่รับผิดชอบ"), self.tr("การแต่งตั้ง / สัญญาจ้าง")),
            strict=True,
        ):
            page = QWidget()
            page.setLayout(form)
            self.addTab(page, title)
        self._build_person(self._forms[0])
        self._build_address(self._forms[1])
        self._build_appointment(self._forms[2])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        # Field by field: a message appears as soon as the clerk leaves a field that is wrong.
        self.national_id.editingFinished.connect(
            lambda: self.errors["national_id"].setError(
                national_id.validation_error(self.national_id.text())
            )
        )
        self.phone.editingFinished.connect(
            lambda: self.errors["phone"].setError(phone_error(self.phone.text()))
        )
        for name in ("first_name", "last_name"):
            edit = getattr(self, name)
            edit.editingFinished.connect(
                lambda e=edit, n=name: e.text().strip() and self.errors[n].setError(None)
            )

    # -- building ------------------------------------------------------------------------
    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> QWidget:
        box, self.errors[name] = with_error(name, widget, self._check_of(name))
        form.addRow(label, box)
        self.rows[name] = box
        return widget

    def _check_of(self, name: str):
        """The rule a field's message is checked against while the clerk fixes it."""
        return {
            "national_id": self._national_id_error,
            "phone": self._phone_error,
            "first_name": self._first_name_missing,
            "last_name": self._last_name_missing,
        }.get(name)

    def _national_id_error(self) -> str | None:
        return national_id.validation_error(self.national_id.text())

    def _phone_error(self) -> str | None:
        return phone_error(self.phone.text())

    def _first_name_missing(self) -> bool:
        return not self.first_name.text().strip()

    def _last_name_missing(self) -> bool:
        return not self.last_name.text().strip()

    def _build_person(self, f: QFormLayout) -> None:
        self.kind = QComboBox()
        for kind in KIND_LABELS:
            self.kind.addItem(label_of(kind), kind.value)
        self._row(f, "kind", self.tr("ประเภท"), self.kind)
        self.national_id = self._row(f, "national_id", self.tr("เลขประจำตัวประชาชน *"), QLineEdit())
        self.national_id.setPlaceholderText("x-xxxx-xxxxx-xx-x")
        self.national_id.setMaxLength(17)
        self.title_combo = QComboBox(editable=True)
        self.title_combo.addItems(TITLES)
        self._row(f, "title", self.tr("คำนำหน้า"), self.title_combo)
        self.first_name = self._row(f, "first_name", self.tr("ชื่อ *"), QLineEdit())
        self.last_name = self._row(f, "last_name", self.tr("นามสกุล *"), QLineEdit())
        self.gender = QComboBox()
        self.gender.addItem(self.tr("— ไม่ระบุ —"), None)
        for g in GENDER_LABELS:
            self.gender.addItem(label_of(g), g.value)
        self._row(f, "gender", self.tr("เพศ"), self.gender)
        self.birth_date = self._row(f, "birth_date", self.tr("วันเกิด"), BeDateEdit())
        self.phone = self._row(f, "phone", self.tr("โทรศัพท์"), QLineEdit())
        self.phone.setPlaceholderText("08x-xxx-xxxx")
        self.line_id = self._row(f, "line_id", self.tr("LINE ID"), QLineEdit())
        self.occupation = self._row(f, "occupation", self.tr("อาชีพ"), QLineEdit())
        self.education = self._row(f, "education", self.tr("การศึกษา"), QLineEdit())

    def _build_address(self, f: QFormLayout) -> None:
        self.house_no = self._row(f, "house_no", self.tr("บ้านเลขที่"), QLineEdit())
        self.village_no = self._row(f, "village_no", self.tr("หมู่ที่"), QLineEdit())
        self.soi_road = self._row(f, "soi_road", self.tr("ซอย / ถนน"), QLineEdit())
        self.area = AreaPicker()
        self.area.setProvince(self.province_code)
        self._row(f, "subdistrict_code", self.tr("จังหวัด / อำเภอ / ตำบล *"), self.area)
        self.errors["postcode"] = self.errors["subdistrict_code"]
        self.country = self._row(f, "country", self.tr("ประเทศ *"), QLineEdit())

        self.resp_picker = AreaPicker()
        self.resp_picker.setObjectName("responsiblePicker")
        self.resp_picker.setProvince(self.province_code)
        add = QPushButton(self.tr("เพิ่มพื้นที่"), objectName="addAreaButton")
        remove = QPushButton(self.tr("ลบที่เลือก"), objectName="removeAreaButton")
        add.clicked.connect(self._add_responsible)
        remove.clicked.connect(self._remove_responsible)
        self.resp_list = QListWidget(objectName="responsibleList")
        self.resp_list.setMaximumHeight(90)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.resp_picker, 1)
        row.addWidget(add)
        row.addWidget(remove)
        lay.addLayout(row)
        lay.addWidget(self.resp_list)
        self._row(f, "responsible_subdistricts", self.tr("พื้นที่รับผิดชอบ"), box)

    def _build_appointment(self, f: QFormLayout) -> None:
        self.appointed_on = self._row(f, "appointed_on", self.tr("วันที่แต่งตั้ง"), BeDateEdit())
        self.appointment_order = self._row(
            f, "appointment_order", self.tr("คำสั่งแต่งตั้งเลขที่"), QLineEdit()
        )
        self.term_end = self._row(f, "term_end", self.tr("ครบวาระ"), BeDateEdit())
        self.degree = self._row(f, "degree", self.tr("วุฒิการศึกษา (ปริญญา) *"), QLineEdit())
        self.contract_start = self._row(f, "contract_start", self.tr("เริ่มสัญญาจ้าง *"), BeDateEdit())
        self.contract_end = self._row(f, "contract_end", self.tr("สิ้นสุดสัญญาจ้าง *"), BeDateEdit())
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self._row(f, "notes", self.tr("หมายเหตุ"), self.notes)
        self.appointed_on.dateChanged.connect(self._suggest_term_end)
        self.term_end.dateChanged.connect(lambda _d: setattr(self, "_term_end_touched", True))
        for name in DATE_FIELDS:
            getattr(self, name).errorChanged.connect(self.errors[name].setError)

    # -- behaviour -----------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = PersonKind(self.kind.currentData())
        overseas = kind == PersonKind.OVERSEAS_VOLUNTEER
        graduate = kind == PersonKind.GRADUATE
        for name, visible in (
            ("country", overseas),
            ("subdistrict_code", not overseas),
            ("village_no", not overseas),
            ("degree", graduate),
            ("contract_start", graduate),
            ("contract_end", graduate),
            ("term_end", not graduate),
        ):
            self.rows[name].setVisible(visible)
            self.rows[name].parentWidget().layout().labelForField(self.rows[name]).setVisible(
                visible
            )

    def _suggest_term_end(self, appointed) -> None:
        from desktop.domain.people import default_term_end

        if appointed and not self._term_end_touched:
            self.term_end.setDate(default_term_end(appointed))
            self._term_end_touched = False

    def _add_responsible(self) -> None:
        """Add the chosen subdistrict, or say why nothing was added."""
        message = self.errors["responsible_subdistricts"]
        code = self.resp_picker.subdistrictCode()
        if not code:
            message.setError(
                self.resp_picker.missing_choice() + self.tr(" กรุณาเลือกให้ครบก่อนกด “เพิ่มพื้นที่”")
            )
        elif code in self.responsible_codes():
            message.setError(
                self.tr("ต.%1 อยู่ในรายการแล้ว").replace("%1", areas.area_names(code).subdistrict)
            )
        else:
            self._append_area(code)
            message.setError(None)

    def _append_area(self, code: str) -> None:
        names = areas.area_names(code)
        item = QListWidgetItem(f"ต.{names.subdistrict} อ.{names.district} จ.{names.province}")
        item.setData(256, code)
        self.resp_list.addItem(item)

    def _remove_responsible(self) -> None:
        for item in self.resp_list.selectedItems():
            self.resp_list.takeItem(self.resp_list.row(item))

    def responsible_codes(self) -> list[str]:
        return [self.resp_list.item(i).data(256) for i in range(self.resp_list.count())]

    # -- data in and out -----------------------------------------------------------------
    def load(self, d: PersonDetail) -> None:
        self.kind.setCurrentIndex(self.kind.findData(d.kind.value))
        self.national_id.setText(d.national_id)
        self.title_combo.setCurrentText(d.title)
        for name in (
            "first_name",
            "last_name",
            "line_id",
            "occupation",
            "education",
            "house_no",
            "village_no",
            "soi_road",
            "country",
            "appointment_order",
            "degree",
        ):
            getattr(self, name).setText(getattr(d, name))
        self.gender.setCurrentIndex(
            max(0, self.gender.findData(d.gender.value if d.gender else None))
        )
        self.phone.setText(d.phone)
        if d.area.subdistrict_code:
            self.area.setSubdistrictCode(d.area.subdistrict_code)
        for name in DATE_FIELDS:
            getattr(self, name).setDate(getattr(d, name))
        self._term_end_touched = True
        self.notes.setPlainText(d.notes)
        self.resp_list.clear()
        for a in d.responsible_areas:
            self._append_area(a.subdistrict_code)

    def draft(self) -> PersonDraft:
        gender = self.gender.currentData()
        return PersonDraft(
            kind=PersonKind(self.kind.currentData()),
            national_id=self.national_id.text(),
            title=self.title_combo.currentText().strip(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            gender=Gender(gender) if gender else None,
            birth_date=self.birth_date.date(),
            phone=self.phone.text(),
            line_id=self.line_id.text(),
            house_no=self.house_no.text(),
            village_no=self.village_no.text(),
            soi_road=self.soi_road.text(),
            subdistrict_code=self.area.subdistrictCode(),
            postcode=self.area.postcode(),
            country=self.country.text(),
            occupation=self.occupation.text(),
            education=self.education.text(),
            degree=self.degree.text(),
            contract_start=self.contract_start.date(),
            contract_end=self.contract_end.date(),
            appointed_on=self.appointed_on.date(),
            appointment_order=self.appointment_order.text(),
            term_end=self.term_end.date(),
            responsible_subdistricts=self.responsible_codes(),
            notes=self.notes.toPlainText(),
        )

    def date_errors(self) -> dict[str, str]:
        """Dates typed in a form that cannot be read (they would otherwise be saved as empty)."""
        return {
            n: e
            for n in DATE_FIELDS
            if not self.rows[n].isHidden() and (e := getattr(self, n).error())
        }

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setError(errors.get(name))
        if errors:
            first = min(errors, key=lambda n: TAB_OF_FIELD.get(n, 9))
            self.setCurrentIndex(TAB_OF_FIELD.get(first, 0))

    def field_labels(self) -> dict[str, str]:
        """Field name -> its label as the form shows it (without the required mark); fields
        this kind of person does not have (a volunteer's contract) are left out."""
        out = {}
        for name, box in self.rows.items():
            label = box.parentWidget().layout().labelForField(box)
            if label is not None and not box.isHidden():
                out[name] = label.text().removesuffix(" *")
        return out

    def show_field_history(self, stamps: Mapping[str, FieldStamp]) -> None:
        """Each field's label says when and by whom the field last changed (in its tooltip)."""
        for name, box in self.rows.items():
            label = box.parentWidget().layout().labelForField(box)
            if label is not None:
                stamp = stamps.get(name)
                label.setToolTip(stamp_text(stamp) if stamp is not None else "")

    def set_read_only(self, read_only: bool) -> None:
        for w in self.findChildren(QLineEdit):
            w.setReadOnly(read_only)
        for w in self.findChildren(QComboBox):
            w.setEnabled(not read_only)
        self.notes.setReadOnly(read_only)
        for w in self.findChildren(QPushButton):
            w.setEnabled(not read_only)
