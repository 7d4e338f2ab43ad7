"""Reading an office's sheet safely: the header under title lines, empty columns, several
sheets, CSV encodings, formulas never evaluated, oversized files and zip bombs refused."""

from __future__ import annotations

import codecs
import time
import zipfile

import pytest
from import_sheets import HEADERS, formula_workbook, nid, office_csv, office_workbook, zip_bomb

from desktop.domain.errors import ValidationError
from desktop.exchange import sheet_safety, text_encoding
from desktop.exchange.column_mapping import auto_mapping, field_of, mapping_errors
from desktop.exchange.sheet_reading import read_sheet, sheet_names

EXPECTED_HEADERS = tuple(h for h in HEADERS if h)  # the empty column is dropped


def test_the_header_row_is_found_under_the_title_lines(tmp_path):
    table = read_sheet(office_workbook(tmp_path / "office.xlsx"))
    assert table.headers == EXPECTED_HEADERS
    assert table.row_numbers == list(range(5, 14))  # as the clerk sees them in Excel
    assert table.rows[0][2] == int(nid(1))  # a number cell stays a number until it is read


def test_several_sheets_are_listed_and_one_must_be_chosen(tmp_path):
    path = office_workbook(tmp_path / "office.xlsx", extra_sheet=True)
    assert sheet_names(path) == ["อสร", "สรุป"]
    with pytest.raises(ValidationError, match="หลายแผ่นงาน"):
        read_sheet(path)
    assert read_sheet(path, "อสร").headers == EXPECTED_HEADERS
    with pytest.raises(ValidationError, match="ไม่พบแผ่นงาน"):
        read_sheet(path, "ไม่มี")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp874"])
def test_csv_in_every_encoding_excel_saves(tmp_path, encoding):
    path = office_csv(tmp_path / "office.csv", encoding)
    table = read_sheet(path)
    assert table.headers == EXPECTED_HEADERS
    assert table.row_numbers == list(range(5, 14))
    assert table.rows[1][1] == "นางสาวสมหญิง  ดีงาม"


def test_encoding_detection_and_override(tmp_path):
    thai = "ชื่อ,นามสกุล\r\nสมชาย,ใจดี\r\n"
    assert text_encoding.detect(codecs.BOM_UTF8 + thai.encode()) == "utf-8-sig"
    assert text_encoding.detect(thai.encode("utf-16")) == "utf-16"
    assert text_encoding.detect(thai.encode("utf-16-le")) == "utf-16-le"
    assert text_encoding.detect(thai.encode()) == "utf-8-sig"
    assert text_encoding.detect(thai.encode("cp874")) == "cp874"
    path = tmp_path / "tis.csv"
    path.write_bytes(thai.encode("tis-620"))
    assert read_sheet(path, encoding="TIS-620").headers == ("ชื่อ", "นามสกุล")
    with pytest.raises(ValidationError, match="การเข้ารหัส"):
        read_sheet(path, encoding="utf-8")  # the clerk picked the wrong one: told, not garbled
    with pytest.raises(ValidationError, match="ไม่รู้จักการเข้ารหัส"):
        read_sheet(path, encoding="klingon")


def test_a_zip_bomb_is_refused_from_its_directory_in_under_a_second(tmp_path):
    bomb = zip_bomb(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="ขยาย|บีบอัด"):
        read_sheet(bomb)
    assert time.perf_counter() - started < 1.0


def test_a_highly_compressed_member_is_refused_even_when_small_in_total(tmp_path):
    path = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(ValidationError, match="บีบอัด"):
        sheet_safety.check_sheet_file(path)


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_safety, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n" * 1000)
    with pytest.raises(ValidationError, match="ใหญ่เกินไป"):
        read_sheet(path)


def test_not_a_workbook(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="ไม่ใช่ไฟล์ Excel"):
        read_sheet(path)
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    with pytest.raises(ValidationError, match="ไม่ใช่ Excel หรือ CSV"):
        read_sheet(pdf)


def test_formulas_without_a_cached_value_are_reported_never_evaluated(tmp_path):
    table = read_sheet(formula_workbook(tmp_path / "formulas.xlsx"))
    assert table.uncached_formulas == {(2, "วันเกิด"), (3, "เบอร์โทร")}
    assert table.rows[0][3] in (None, "")  # calamine gives no value: nothing was computed


def test_header_matching_in_thai_and_english():
    assert field_of("เลขประจำตัวประชาชน (13 หลัก)") == "national_id"
    assert field_of("เลขบัตร") == "national_id"
    assert field_of("ชื่อ - สกุล") == "full_name"
    assert field_of("ชื่อ") == "first_name" and field_of("นามสกุล") == "last_name"
    assert field_of("เบอร์โทรศัพท์") == "phone" and field_of("Tel.") == "phone"
    assert field_of("วัน/เดือน/ปีเกิด") == "birth_date"
    assert field_of("ต.") == "subdistrict" and field_of("อำเภอ/เขต") == "district"
    assert field_of("Last name") == "last_name" and field_of("ลำดับ") is None
    mapping = auto_mapping(["ลำดับ", "คำนำหน้า", "ชื่อ", "นามสกุล", "เลขบัตรประชาชน"])
    assert mapping == {"คำนำหน้า": "title", "ชื่อ": "first_name", "นามสกุล": "last_name",
                       "เลขบัตรประชาชน": "national_id"}  # fmt: skip
    assert mapping_errors(mapping, list(mapping)) == {}
    assert "national_id" in mapping_errors({"ชื่อ": "full_name"}, ["ชื่อ"])
    assert mapping_errors({"x": "bogus"}, ["x"])["x"]
    twice = {"เลข": "national_id", "เลขบัตร": "national_id", "ชื่อ": "full_name"}
    assert "ทั้งคู่" in mapping_errors(twice, list(twice))["เลขบัตร"]


def test_case_headers_map_to_the_case_fields_and_people_headers_stay_as_they_were():
    from desktop.exchange import column_mapping as cm
    from desktop.exchange.case_export import COLUMNS

    office = ["ลำดับ", "วันที่รับเรื่อง", "ชื่อผู้ขอรับบริการ", "เลขประจำตัวประชาชน", "โทรศัพท์",
              "ที่อยู่", "ประเภทความต้องการ", "รายละเอียด", "อสร.ผู้แจ้ง", "เลขประจำตัวผู้แจ้ง",
              "ช่องทาง", "ความยินยอม", "Consent date", "เลขที่เรื่อง"]  # fmt: skip
    assert cm.auto_mapping(office, cm.CASES) == {
        "วันที่รับเรื่อง": "received_on", "ชื่อผู้ขอรับบริการ": "person_name",
        "เลขประจำตัวประชาชน": "person_national_id", "โทรศัพท์": "person_phone",
        "ที่อยู่": "address", "ประเภทความต้องการ": "needs", "รายละเอียด": "description",
        "อสร.ผู้แจ้ง": "reporter_name", "เลขประจำตัวผู้แจ้ง": "reporter_national_id",
        "ช่องทาง": "channel", "ความยินยอม": "consent", "Consent date": "consent_on",
        "เลขที่เรื่อง": "case_no",
    }  # fmt: skip
    english = ["Received", "Name", "National ID", "Phone", "Needs", "Reporter", "Channel"]
    assert set(cm.auto_mapping(english, cm.CASES).values()) == {
        "received_on", "person_name", "person_national_id", "person_phone", "needs",
        "reporter_name", "channel",
    }  # fmt: skip
    # Every column of the case export the import can use is matched; the workflow's are not.
    exported = cm.auto_mapping(COLUMNS, cm.CASES)
    assert {"สถานะ", "หน่วยงาน", "กำหนด", "ผู้รับผิดชอบ"}.isdisjoint(exported)
    assert {"case_no", "received_on", "needs", "consent", "consent_on", "village_no",
            "province", "description"} <= set(exported.values())  # fmt: skip
    # The people table is unchanged: ชื่อ-สกุล is a full name there, and a case field is not.
    assert cm.auto_mapping(["ชื่อ-สกุล", "ความต้องการ"]) == {"ชื่อ-สกุล": "full_name"}
    assert cm.mapping_errors({"ความต้องการ": "needs"}, ["ความต้องการ"])["ความต้องการ"]
    assert cm.mapping_errors({"ความต้องการ": "needs"}, ["ความต้องการ"], cm.CASES).keys() == {
        "received_on",
        "person_name",
    }
