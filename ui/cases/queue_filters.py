"""The filter bar above the case queue: search, need, status, area, agency, reporter, dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desktop import areas
from desktop.domain.cases.categories import Agency, Need
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.thai_dates import format_short
from desktop.services.cases.service import CaseFilter
from ui.domain_labels import label_of
from ui.widgets.be_date_edit import BeDateEdit
from ui.widgets.flow_layout import FlowLayout


def _together(*widgets: QWidget) -> QWidget:
    """Widgets that wrap as one: a label stays on the line of its field."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    return box


class QueueFilterBar(QWidget):
    """Refines a saved view; ``changed`` fires (debounced by the page) on every edit."""

    changed = Signal()
    textEdited = Signal()

    def __init__(self, province_code: str, today, parent=None) -> None:
        super().__init__(parent)
        self._reporter: tuple[int, str] | None = None
        self.search = QLineEdit(objectName="caseSearch")
        self.search.setPlaceholderText(
            self.tr("ค้นหาชื่อ เลขประจำตัว โทรศัพท์ หรือเลขที่เรื่อง / สแกน QR  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(lambda _t: self.textEdited.emit())

        self.need = self._combo(
            "needFilter", self.tr("ทุกความต้องการ"), [(label_of(n), n.value) for n in Need]
        )
        self.status = self._combo(
            "caseStatusFilter", self.tr("ทุกสถานะ"), [(label_of(s), s.value) for s in CaseStatus]
        )
        self.agency = self._combo(
            "agencyFilter", self.tr("ทุกหน่วยงาน"), [(label_of(a), a.value) for a in Agency]
        )
        self.agency.setMaximumWidth(260)
        self.district = self._combo(
            "caseDistrictFilter",
            self.tr("ทุกอำเภอ"),
            [(d.name_th, d.code) for d in areas.districts(province_code)] if province_code else [],
        )
        self.subdistrict = self._combo("caseSubdistrictFilter", self.tr("ทุกตำบล"), [])
        self.district.currentIndexChanged.connect(self._fill_subdistricts)
        self._fill_subdistricts()

        self.received_from = BeDateEdit(today=today)
        self.received_from.setObjectName("receivedFrom")
        self.received_to = BeDateEdit(today=today)
        self.received_to.setObjectName("receivedTo")
        for edit in (self.received_from, self.received_to):
            edit.dateChanged.connect(lambda _d: self.changed.emit())

        self.reporter_label = QLabel(objectName="reporterChip")
        self.reporter_clear = QToolButton(text="✕", objectName="reporterClear")
        self.reporter_clear.setToolTip(self.tr("ล้างตัวกรองผู้แจ้ง"))
        self.reporter_clear.clicked.connect(lambda: self.set_reporter(None))
        self.clear_button = QToolButton(text=self.tr("ล้างตัวกรอง"), objectName="clearFilters")
        self.clear_button.clicked.connect(self.clear)

        # One flowing row: as many filters on a line as the window has room for.
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.search,
            self.need,
            self.status,
            self.agency,
            self.district,
            self.subdistrict,
        ):
            flow.addWidget(w)
        flow.addWidget(_together(QLabel(self.tr("รับเรื่องตั้งแต่")), self.received_from))
        flow.addWidget(_together(QLabel(self.tr("ถึง")), self.received_to))
        self.reporter_box = _together(self.reporter_label, self.reporter_clear)
        flow.addWidget(self.reporter_box)
        flow.addWidget(self.clear_button)
        self._show_reporter()

    def _combo(self, name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _fill_subdistricts(self) -> None:
        self.subdistrict.blockSignals(True)
        self.subdistrict.clear()
        self.subdistrict.addItem(self.tr("ทุกตำบล"), None)
        code = self.district.currentData()
        for sub in areas.subdistricts(code) if code else ():
            self.subdistrict.addItem(sub.name_th, sub.code)
        self.subdistrict.setEnabled(bool(code))
        self.subdistrict.blockSignals(False)

    # -- reporter chip: set from a volunteer's page, cleared with ✕ ------------------------
    def set_reporter(self, reporter: tuple[int, str] | None) -> None:
        self._reporter = reporter
        self._show_reporter()
        self.changed.emit()

    def _show_reporter(self) -> None:
        shown = self._reporter is not None
        self.reporter_label.setText(self.tr("ผู้แจ้ง: ") + self._reporter[1] if shown else "")
        self.reporter_box.setVisible(shown)

    def clear(self) -> None:
        for w in (self.need, self.status, self.agency, self.district, self.subdistrict):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self._fill_subdistricts()
        for edit in (self.received_from, self.received_to):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._reporter = None
        self._show_reporter()
        self.changed.emit()

    def refine(self, base: CaseFilter) -> CaseFilter:
        """The saved view's filter narrowed by what is chosen here."""
        f = replace(base, text=self.search.text().strip())
        if need := self.need.currentData():
            f = replace(f, needs=(need,))
        if status := self.status.currentData():
            f = replace(f, statuses=(status,), open_only=False)
        if agency := self.agency.currentData():
            f = replace(f, agency=agency)
        if district := self.district.currentData():
            f = replace(f, district_code=district)
        if subdistrict := self.subdistrict.currentData():
            f = replace(f, subdistrict_code=subdistrict)
        if self._reporter is not None:
            f = replace(f, reporter_id=self._reporter[0])
        start: dt.date | None = self.received_from.date()
        end: dt.date | None = self.received_to.date()
        if start:
            f = replace(f, received_from=start)
        if end:
            f = replace(f, received_to=end)
        return f

    def describe(self) -> str:
        """The chosen filters in words, for the queue list PDF: Thai in either window language,
        like the rest of the printout."""
        parts = []
        for combo, kind in ((self.need, Need), (self.status, CaseStatus), (self.agency, Agency)):
            if combo.currentData():
                parts.append(kind(combo.currentData()).label)
        for combo in (self.district, self.subdistrict):  # area names are Thai data
            if combo.currentData():
                parts.append(combo.currentText())
        if self._reporter is not None:
            parts.append("ผู้แจ้ง: " + self._reporter[1])
        start, end = self.received_from.date(), self.received_to.date()
        if start or end:
            parts.append(f"รับเรื่อง {format_short(start) or '…'} – {format_short(end) or '…'}")
        if self.search.text().strip():
            parts.append(f"ค้นหา: “{self.search.text().strip()}”")
        return " · ".join(parts)
