"""ID, phone, name, kind, status and address cells of an office's sheet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import national_id
from desktop.domain.cell_address import split_address
from desktop.domain.cell_values import (
    clean_text,
    read_kind,
    read_national_id,
    read_phones,
    read_status,
    split_full_name,
)
from desktop.domain.people import PersonKind, PersonStatus

VALID = national_id.make_valid("110010010010")


@pytest.mark.parametrize(
    "cell",
    [int(VALID), float(VALID), VALID, national_id.format_id(VALID), "1 1001 00100 10 " + VALID[-1],
     VALID.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")),
     VALID.translate(str.maketrans("0123456789", "０１２３４５６７８９")), f"\u200b{VALID} "],
)  # fmt: skip
def test_an_id_in_every_form_a_sheet_holds_it(cell):
    assert read_national_id(cell).value == VALID
    assert read_national_id(cell).error is None


def test_an_id_excel_rounded_or_stripped_of_its_zero_is_reported():
    assert "ปัดเศษ" in read_national_id("1.10E+12").error
    assert "ปัดเศษ" in read_national_id("1,1E+12").error
    lost = read_national_id(int(national_id.make_valid("012345678901")))  # 12 digits left
    assert "12 หลัก" in lost.error and "0" in lost.error
    assert "เลขตรวจสอบ" in read_national_id(VALID[:12] + str((int(VALID[12]) + 1) % 10)).error
    assert read_national_id(None).error


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_any_valid_id_reads_from_a_number_cell_and_any_changed_digit_is_refused(first12):
    if first12[0] in "09":
        return  # a number cell loses a leading 0; 9 is refused by the registry anyway
    good = national_id.make_valid(first12)
    assert read_national_id(int(good)).value == good
    bad = good[:12] + str((int(good[12]) + 1) % 10)
    assert read_national_id(bad).error


@given(st.text(max_size=30))
def test_any_cell_text_is_read_or_refused(text):
    cell = read_national_id(text)
    assert cell.error is None or isinstance(cell.error, str)
    if cell.error is None:
        assert national_id.is_valid(cell.value)


def test_phones_that_lost_their_zero_dashes_and_several_in_one_cell():
    cell, others = read_phones(812345678)
    assert cell.value == "0812345678" and "0" in cell.warning and others == []
    assert read_phones("21234567")[0].value == "021234567"
    cell, others = read_phones("081-234-5678, 053-111-222")
    assert cell.value == "0812345678" and others == ["053111222"] and cell.warning
    assert read_phones("081 234 5678 / 089 999 9999")[1] == ["0899999999"]
    assert read_phones("+66 81 234 5678")[0].value == "0812345678"
    assert read_phones("ไม่มี")[0].error
    assert read_phones(None) == read_phones("")


def test_titles_are_split_off_the_name():
    assert split_full_name("นายสมชาย ใจดี") == ("นาย", "สมชาย", "ใจดี")
    assert split_full_name("นางสาวสมหญิง  ใจดี") == ("นางสาว", "สมหญิง", "ใจดี")
    assert split_full_name("นางมาลี ทอง ดี") == ("นาง", "มาลี", "ทอง ดี")
    assert split_full_name("น.ส. สมศรี ดี") == ("นางสาว", "สมศรี", "ดี")
    assert split_full_name("ว่าที่ ร.ต.สมชาย ดี") == ("ว่าที่ร้อยตรี", "สมชาย", "ดี")
    assert split_full_name("สมชาย ใจดี") == ("", "สมชาย", "ใจดี")
    assert split_full_name("นาย") == ("", "นาย", "")  # a title alone is not a name


def test_invisible_characters_and_stray_spaces_are_removed():
    assert clean_text("\u200bสม\u200cชาย\ufeff   ใจดี\n") == "สมชาย ใจดี"
    assert clean_text(12.0) == "12" and clean_text(None) == ""


def test_kinds_and_statuses_in_thai_words():
    assert read_kind("อสร.")[0] == PersonKind.DOMESTIC_VOLUNTEER
    assert read_kind("อสร. ต่างประเทศ")[0] == PersonKind.OVERSEAS_VOLUNTEER
    assert read_kind("บัณฑิตแรงงาน")[0] == PersonKind.GRADUATE
    assert read_kind("graduate")[0] == PersonKind.GRADUATE
    assert read_kind("พนักงาน")[1]
    assert read_status("ปฏิบัติหน้าที่")[0] == PersonStatus.ACTIVE
    assert read_status("ลาออก")[0] == PersonStatus.RESIGNED
    assert read_status("เสียชีวิต")[0] == PersonStatus.DECEASED
    assert read_status("พ้นสภาพ")[0] == PersonStatus.REMOVED
    assert read_status("หายไป")[1]


def test_an_address_in_one_cell_is_split():
    assert split_address("12/3 หมู่ 4 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000") == {
        "house_no": "12/3",
        "village_no": "4",
        "soi_road": "ถ.มิตรภาพ",
        "subdistrict": "ในเมือง",
        "district": "เมืองขอนแก่น",
        "province": "ขอนแก่น",
        "postcode": "40000",
    }
    bangkok = split_address("99 แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร 10200")
    assert (bangkok["subdistrict"], bangkok["district"], bangkok["province"]) == (
        "พระบรมมหาราชวัง",
        "พระนคร",
        "กรุงเทพมหานคร",
    )
