"""The period a report covers, as the user picks it: fiscal year (BE), optional first and last
month (MM/BBBB) inside it, and the district (the office's province's, or the whole province).
``ReportPeriod.parse`` checks it; its Thai message shows under the field it names."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from desktop import areas
from desktop.domain.errors import ValidationError
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.reports import ReportPeriod
from ui.widgets.field_error import FieldError, with_error


class PeriodForm(QWidget):
    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fiscal_year = QSpinBox()
        self.fiscal_year.setRange(2500, 2700)
        self.fiscal_year.setValue(fiscal_year_of(desk.ctx.today()))
        self.from_month = QLineEdit(placeholderText=self.tr("ดด/ปปปป เช่น 10/2569 (ไม่ระบุ = ต้นปีงบ)"))
        self.to_month = QLineEdit(placeholderText=self.tr("ดด/ปปปป เช่น 03/2570 (ไม่ระบุ = สิ้นปีงบ)"))
        self.district = QComboBox()
        self.district.addItem(self.tr("ทั้งจังหวัด"), "")
        office = desk.office()
        for d in areas.districts(office.province_code) if office else ():
            self.district.addItem(d.name_th, d.code)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors: dict[str, FieldError] = {}
        for name, label, widget in (
            ("fiscal_year", self.tr("ปีงบประมาณ (พ.ศ.)"), self.fiscal_year),
            ("from", self.tr("ตั้งแต่เดือน"), self.from_month),
            ("to", self.tr("ถึงเดือน"), self.to_month),
            ("district", self.tr("อำเภอ"), self.district),
        ):
            box, self.errors[name] = with_error(name, widget)
            form.addRow(label, box)

    def period(self) -> ReportPeriod | None:
        """The period typed, or None with the message under the field at fault."""
        for error in self.errors.values():
            error.setError(None)
        try:
            return ReportPeriod.parse(
                self.fiscal_year.value(),
                self.from_month.text().strip(),
                self.to_month.text().strip(),
                self.district.currentData() or "",
            )
        except ValidationError as exc:
            for name, message in exc.fields.items():
                self.errors.get(name, self.errors["fiscal_year"]).setError(message)
            return None
