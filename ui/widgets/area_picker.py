"""Province → district → subdistrict picker with the subdistrict's postcode.

The area lists come from ``desktop.areas`` (geothai data, in memory, already in Thai
dictionary order), so refilling a combo is instant. The combos are editable with a
"contains" completer: a clerk can type ``สุเท`` and pick สุเทพ without scrolling.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from desktop import areas

BANGKOK = "10"  # Bangkok says เขต/แขวง where provinces say อำเภอ/ตำบล


class AreaPicker(QWidget):
    """Cascading area combos. ``areaChanged`` carries the subdistrict code ("" when none)."""

    areaChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._quiet = False  # set while several combos change as one step

        self._province = self._make_combo("provinceCombo", self.tr("— เลือกจังหวัด —"))
        self._district = self._make_combo("districtCombo", self.tr("— เลือกอำเภอ —"))
        self._subdistrict = self._make_combo("subdistrictCombo", self.tr("— เลือกตำบล —"))
        self._postcode = QLineEdit(self, objectName="postcodeEdit")
        self._postcode.setReadOnly(True)
        self._postcode.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._postcode.setMaximumWidth(
            self._postcode.fontMetrics().horizontalAdvance("00000000") + 16
        )

        self._province_label = QLabel(self.tr("จังหวัด"), self, objectName="provinceLabel")
        self._district_label = QLabel(self, objectName="districtLabel")
        self._subdistrict_label = QLabel(self, objectName="subdistrictLabel")
        postcode_label = QLabel(self.tr("รหัสไปรษณีย์"), self, objectName="postcodeLabel")
        pairs = (
            (self._province_label, self._province),
            (self._district_label, self._district),
            (self._subdistrict_label, self._subdistrict),
            (postcode_label, self._postcode),
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (label, field) in enumerate(pairs):
            label.setBuddy(field)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(field, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self._fill(self._province, areas.provinces())
        self._update_labels()
        self._province.currentIndexChanged.connect(self._on_province)
        self._district.currentIndexChanged.connect(self._on_district)
        self._subdistrict.currentIndexChanged.connect(self._on_subdistrict)
        self._district.setEnabled(False)
        self._subdistrict.setEnabled(False)

    def _make_combo(self, name: str, placeholder: str) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setMaxVisibleItems(15)
        combo.lineEdit().setPlaceholderText(placeholder)
        # The "— choose a district —" placeholder shows whole, in either language.
        arrow = combo.style().pixelMetric(combo.style().PixelMetric.PM_ScrollBarExtent)
        combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(placeholder) + arrow + 24)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.lineEdit().editingFinished.connect(lambda c=combo: self._settle_typed_text(c))
        return combo

    # -- public API ------------------------------------------------------------------------

    def setProvince(self, code: str) -> None:
        """Select a province (typically the office's); a different one clears the rest."""
        if code != self.provinceCode():
            self._province.setCurrentIndex(self._index_of(self._province, code))

    def provinceCode(self) -> str:
        return self._province.currentData() or ""

    def districtCode(self) -> str:
        return self._district.currentData() or ""

    def subdistrictCode(self) -> str:
        return self._subdistrict.currentData() or ""

    def setSubdistrictCode(self, code: str) -> None:
        """Select the province, district and subdistrict of ``code``; "" clears below province."""
        if not code:
            self._district.setCurrentIndex(-1)
            return
        names = areas.area_names(code)
        if not names.province_code:
            raise ValueError(f"ไม่พบรหัสตำบล {code}")
        self._quiet = True
        try:
            self.setProvince(names.province_code)
            self._district.setCurrentIndex(self._index_of(self._district, names.district_code))
            self._subdistrict.setCurrentIndex(self._index_of(self._subdistrict, code))
        finally:
            self._quiet = False
        self._announce()

    def postcode(self) -> str:
        return self._postcode.text()

    def missing_choice(self) -> str:
        """What is still to be chosen before there is a subdistrict, in Thai ("" when there
        is one): the message for a button that needs a whole area."""
        district, subdistrict = self._district_label.text(), self._subdistrict_label.text()
        if self.subdistrictCode():
            return ""
        if not self.provinceCode():
            return (
                self.tr("ยังไม่ได้เลือกจังหวัด %1 และ%2")
                .replace("%1", district)
                .replace("%2", subdistrict)
            )
        if not self.districtCode():
            return self.tr("ยังไม่ได้เลือก%1และ%2").replace("%1", district).replace("%2", subdistrict)
        return (
            self.tr("เลือก%1แล้ว แต่ยังไม่ได้เลือก%2").replace("%1", district).replace("%2", subdistrict)
        )

    def clear(self) -> None:
        """Forget district and subdistrict; the province stays."""
        self.setSubdistrictCode("")

    def setProvinceLocked(self, locked: bool) -> None:
        """Offices register people of their own province: lock it to save a step."""
        self._province.setEnabled(not locked)

    # -- cascade ---------------------------------------------------------------------------

    def _on_province(self) -> None:
        self._update_labels()
        code = self.provinceCode()
        self._fill(self._district, areas.districts(code) if code else ())
        self._district.setEnabled(bool(code))
        self._on_district()

    def _on_district(self) -> None:
        code = self.districtCode()
        self._fill(self._subdistrict, areas.subdistricts(code) if code else ())
        self._subdistrict.setEnabled(bool(code))
        self._on_subdistrict()

    def _on_subdistrict(self) -> None:
        self._postcode.setText(self._subdistrict.currentData(Qt.ItemDataRole.UserRole + 1) or "")
        self._announce()

    def _announce(self) -> None:
        if self._quiet:
            return
        code = self.subdistrictCode()
        if code != self._code:
            self._code = code
            self.areaChanged.emit(code)

    def _update_labels(self) -> None:
        bangkok = self.provinceCode() == BANGKOK
        self._district_label.setText(self.tr("เขต") if bangkok else self.tr("อำเภอ"))
        self._subdistrict_label.setText(self.tr("แขวง") if bangkok else self.tr("ตำบล"))

    @staticmethod
    def _fill(combo: QComboBox, items: Sequence[areas.Area]) -> None:
        combo.blockSignals(True)  # the caller cascades once, after the refill
        try:
            combo.clear()
            for item in items:
                combo.addItem(item.name_th, item.code)
                postcode = getattr(item, "postcode", "")
                if postcode:
                    combo.setItemData(combo.count() - 1, postcode, Qt.ItemDataRole.UserRole + 1)
            combo.setCurrentIndex(-1)
        finally:
            combo.blockSignals(False)

    @staticmethod
    def _index_of(combo: QComboBox, code: str) -> int:
        index = combo.findData(code)
        if index < 0:
            raise ValueError(f"ไม่พบรหัสพื้นที่ {code}")
        return index

    def _settle_typed_text(self, combo: QComboBox) -> None:
        """Typed text that names exactly one item selects it; anything else is undone."""
        text = combo.currentText().strip()
        if combo.currentIndex() >= 0 and text == combo.itemText(combo.currentIndex()):
            return
        exact = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact < 0 and text:
            matches = [i for i in range(combo.count()) if text in combo.itemText(i)]
            exact = matches[0] if len(matches) == 1 else -1
        if exact >= 0:
            combo.setCurrentIndex(exact)
        else:
            index = combo.currentIndex()
            combo.setEditText(combo.itemText(index) if index >= 0 else "")
