"""AreaPicker: province → district → subdistrict cascade, postcode, restoring a saved code."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit  # noqa: E402
from thai_typing import type_text  # noqa: E402

from desktop import areas  # noqa: E402
from ui.widgets import AreaPicker  # noqa: E402


@pytest.fixture
def picker(qtbot) -> AreaPicker:
    widget = AreaPicker()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def combo(picker: AreaPicker, name: str) -> QComboBox:
    return picker.findChild(QComboBox, name)


def choose(picker: AreaPicker, name: str, code: str) -> None:
    """Pick an item the way a mouse user does: the combo's own currentIndex."""
    box = combo(picker, name)
    index = box.findData(code)
    assert index >= 0, f"{code} not offered in {name}"
    box.setCurrentIndex(index)


def texts(box: QComboBox) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_starts_with_all_provinces_and_nothing_chosen(picker):
    provinces = combo(picker, "provinceCombo")
    assert texts(provinces) == [p.name_th for p in areas.provinces()]
    assert provinces.count() == 77
    assert picker.subdistrictCode() == "" and picker.postcode() == ""
    assert not combo(picker, "districtCombo").isEnabled()


def test_cascade_fills_postcode_and_signals(qtbot, picker):
    choose(picker, "provinceCombo", "50")
    districts = combo(picker, "districtCombo")
    assert texts(districts) == [d.name_th for d in areas.districts("50")]
    assert districts.currentIndex() == -1
    choose(picker, "districtCombo", "5001")
    assert "สุเทพ" in texts(combo(picker, "subdistrictCombo"))
    with qtbot.waitSignal(picker.areaChanged) as blocker:
        choose(picker, "subdistrictCombo", "500108")  # สุเทพ
    assert blocker.args == ["500108"]
    assert picker.subdistrictCode() == "500108"
    assert picker.postcode() == "50200"
    assert picker.findChild(QLineEdit, "postcodeEdit").isReadOnly()
    with qtbot.waitSignal(picker.areaChanged) as blocker:
        choose(picker, "subdistrictCombo", "500105")  # ช้างคลาน
    assert blocker.args == ["500105"]
    assert picker.postcode() == "50100"


def test_changing_the_province_clears_the_rest(qtbot, picker):
    picker.setSubdistrictCode("500108")
    with qtbot.waitSignal(picker.areaChanged) as blocker:
        choose(picker, "provinceCombo", "10")
    assert blocker.args == [""]
    assert picker.districtCode() == "" and picker.subdistrictCode() == ""
    assert picker.postcode() == ""
    assert combo(picker, "subdistrictCombo").count() == 0
    assert combo(picker, "districtCombo").count() == len(areas.districts("10"))


def test_set_subdistrict_code_restores_all_three_combos_with_one_signal(qtbot, picker):
    seen: list[str] = []
    picker.areaChanged.connect(seen.append)
    picker.setSubdistrictCode("500101")
    assert combo(picker, "provinceCombo").currentText() == "เชียงใหม่"
    assert combo(picker, "districtCombo").currentText() == "เมืองเชียงใหม่"
    assert combo(picker, "subdistrictCombo").currentText() == "ศรีภูมิ"
    assert picker.postcode() == "50200"
    assert seen == ["500101"]
    picker.setSubdistrictCode("500101")
    assert seen == ["500101"]  # no change, no signal


def test_set_subdistrict_code_across_provinces(picker):
    picker.setSubdistrictCode("500101")
    seen: list[str] = []
    picker.areaChanged.connect(seen.append)
    picker.setSubdistrictCode("100101")  # แขวงพระบรมมหาราชวัง, เขตพระนคร
    assert seen == ["100101"]  # not "" first while the province changes
    assert picker.provinceCode() == "10"
    assert picker.districtCode() == "1001"
    assert picker.postcode() == areas.postcode_of("100101")
    assert picker.findChild(QLabel, "districtLabel").text() == "เขต"
    assert picker.findChild(QLabel, "subdistrictLabel").text() == "แขวง"


def test_clear_keeps_the_province(qtbot, picker):
    picker.setSubdistrictCode("500101")
    with qtbot.waitSignal(picker.areaChanged) as blocker:
        picker.clear()
    assert blocker.args == [""]
    assert picker.provinceCode() == "50"
    assert picker.districtCode() == ""


def test_office_province_default(picker):
    picker.setProvince("50")
    picker.setProvinceLocked(True)
    assert picker.provinceCode() == "50"
    assert not combo(picker, "provinceCombo").isEnabled()
    assert picker.findChild(QLabel, "districtLabel").text() == "อำเภอ"
    assert combo(picker, "districtCombo").isEnabled()


def test_unknown_codes_are_refused(picker):
    with pytest.raises(ValueError):
        picker.setSubdistrictCode("999999")
    with pytest.raises(ValueError):
        picker.setProvince("99")


def test_typing_part_of_a_name_selects_it(qtbot, picker):
    picker.setProvince("50")
    choose(picker, "districtCombo", "5001")
    subdistricts = combo(picker, "subdistrictCombo")
    with qtbot.waitSignal(picker.areaChanged) as blocker:
        type_text(qtbot, subdistricts, "สุเท")
        subdistricts.lineEdit().editingFinished.emit()  # as when the clerk tabs away
    assert blocker.args == ["500108"]
    assert subdistricts.currentText() == "สุเทพ"
    assert picker.postcode() == "50200"


def test_typing_an_ambiguous_name_changes_nothing(qtbot, picker):
    picker.setSubdistrictCode("500101")
    subdistricts = combo(picker, "subdistrictCombo")
    subdistricts.lineEdit().clear()
    with qtbot.assertNotEmitted(picker.areaChanged):
        type_text(qtbot, subdistricts, "ช้าง")  # ช้างคลาน, ช้างเผือก, ช้างม่อย
        subdistricts.lineEdit().editingFinished.emit()
    assert subdistricts.currentText() == "ศรีภูมิ"


def test_typing_a_province_name_and_enter(qtbot, picker):
    provinces = combo(picker, "provinceCombo")
    type_text(qtbot, provinces, "เชียงใหม่")
    qtbot.keyClick(provinces.lineEdit(), Qt.Key.Key_Return)
    assert picker.provinceCode() == "50"
    assert combo(picker, "districtCombo").count() == len(areas.districts("50"))
