"""The shared list writer read back as a clerk's Excel and CSV would show it: the title row,
the frozen header, real date cells under the BE format, IDs as masked text, payloads as text."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import fields

import openpyxl
import pytest

from desktop.domain.national_id import make_valid, mask_id
from desktop.domain.people import PersonKind, PersonStatus
from desktop.domain.records import RegistryRecord
from desktop.exchange.list_export import (
    BE_DATE_FORMAT,
    ExportCancelled,
    write_list_csv,
    write_list_xlsx,
)
from desktop.exchange.people_export import PEOPLE_COLUMNS, people_table

NID = make_valid("350010000012")
PRINTED = dt.date(2026, 12, 1)


def _person(n: int, **kw) -> RegistryRecord:
    values = {f.name: "" for f in fields(RegistryRecord)}
    values.update(
        national_id=NID,
        title="นาย",
        first_name=f"สมชาย{n}",
        last_name="ใจดี",
        birth_date=None,
        phone="0812345678",
        house_no="12/3",
        village_no="4",
        subdistrict="ศรีภูมิ",
        district="เมืองเชียงใหม่",
        province="เชียงใหม่",
        kind=PersonKind.DOMESTIC_VOLUNTEER.label,
        status=PersonStatus.ACTIVE.label,
        appointed_on=dt.date(2025, 1, 15),
        term_end=None,
        contract_start=None,
        contract_end=None,
    )
    values.update(kw)
    return RegistryRecord(**values)


def _table(rows, full_id=False):
    return people_table(
        rows,
        full_id=full_id,
        office="สำนักงานแรงงานจังหวัดเชียงใหม่",
        filter_text="อำเภอ: เมืองเชียงใหม่",
        printed_on=PRINTED,
    )


def _xlsx(rows, **kw) -> openpyxl.worksheet.worksheet.Worksheet:
    out = io.BytesIO()
    assert write_list_xlsx(_table(rows, **kw), out) == len(rows)
    return openpyxl.load_workbook(io.BytesIO(out.getvalue())).worksheets[0]


def test_title_row_frozen_header_and_thai_headers():
    ws = _xlsx([_person(1)])
    title = ws["A1"].value
    assert title.startswith("ทะเบียนอาสาสมัครแรงงาน") and "สำนักงานแรงงานจังหวัดเชียงใหม่" in title
    assert "อำเภอ: เมืองเชียงใหม่" in title and "1 ธันวาคม 2569" in title  # printed in BE
    assert [c.value for c in ws[2]] == [c.header for c in PEOPLE_COLUMNS]
    assert ws.freeze_panes == "A3"
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert widths["A"] >= len(mask_id(NID)) and all(w <= 62 for w in widths.values())


def test_dates_are_real_date_cells_with_the_buddhist_era_format():
    ws = _xlsx([_person(1), _person(2, appointed_on=None)])
    headers = [c.value for c in ws[2]]
    cell = ws.cell(row=3, column=headers.index("วันที่แต่งตั้ง") + 1)
    assert cell.is_date and cell.value.date() == dt.date(2025, 1, 15)
    assert cell.number_format == BE_DATE_FORMAT and "[$-107" in BE_DATE_FORMAT
    assert ws.cell(row=4, column=headers.index("วันที่แต่งตั้ง") + 1).value is None


def test_ids_are_masked_text_unless_full_ids_are_asked_for():
    masked = _xlsx([_person(1)]).cell(row=3, column=1)
    assert masked.data_type == "s" and masked.value == mask_id(NID)
    full = _xlsx([_person(1)], full_id=True).cell(row=3, column=1)
    assert full.data_type == "s" and full.value.replace("-", "") == NID


@pytest.mark.parametrize(
    "payload", ['=HYPERLINK("http://x","y")', "+1-1", "-2", "@SUM(A1)", "\t=1"]
)
def test_payloads_stay_text_in_xlsx_and_csv(payload):
    rows = [_person(1, first_name=payload, soi_road=payload)]
    ws = _xlsx(rows)
    cells = [c for c in ws[3] if c.value == payload]
    assert len(cells) == 2 and all(c.data_type == "s" and c.quotePrefix for c in cells)
    out = io.BytesIO()
    write_list_csv(_table(rows), out)
    fields = next(iter(list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"))))[1:]))
    assert fields.count("'" + payload) == 2


def test_csv_has_a_bom_thai_headers_and_be_dates():
    out = io.BytesIO()
    assert write_list_csv(_table([_person(1), _person(2)]), out) == 2
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == [c.header for c in PEOPLE_COLUMNS]
    assert lines[1][0] == mask_id(NID) and lines[1][2] == "สมชาย1"
    assert "15/01/2568" in lines[1] and len(lines) == 3


def test_progress_per_chunk_and_a_cancel_writes_nothing():
    rows = [_person(n) for n in range(1, 8)]
    seen: list[tuple[int, int]] = []
    out = io.BytesIO()
    write_list_xlsx(_table(rows), out, progress=lambda *p: seen.append(p), chunk=3)
    assert seen == [(3, 7), (6, 7), (7, 7)]
    assert openpyxl.load_workbook(io.BytesIO(out.getvalue())).worksheets[0].max_row == 9
    for write in (write_list_xlsx, write_list_csv):
        calls: list[int] = []

        def cancelled(calls: list[int] = calls) -> bool:
            calls.append(1)
            return len(calls) > 1  # cancel after the first chunk

        out = io.BytesIO()
        with pytest.raises(ExportCancelled):
            write(_table(rows), out, cancelled=cancelled, chunk=3)
        assert out.getvalue() == b""


def test_a_streamed_file_reads_back_the_same(tmp_path):
    rows = [_person(n) for n in range(1, 30)]
    path = tmp_path / "people.xlsx"
    write_list_xlsx(_table(rows), path, chunk=7)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.max_row == 31 and ws.freeze_panes == "A3"
    assert [c.value for c in ws[31]][2] == "สมชาย29"


@pytest.mark.parametrize(
    "text", ["A & B <b>x</b>", "  ช่องว่างหน้าหลัง  ", "บรรทัด\nใหม่", "ค่าควบคุม\x01", "_x0041_"]
)
def test_text_the_rows_writer_escapes_reads_back_as_typed(text):
    ws = _xlsx([_person(1, soi_road=text)])
    headers = [c.value for c in ws[2]]
    cell = ws.cell(row=3, column=headers.index("ซอย/ถนน") + 1)
    # Excel decodes its _xHHHH_ escapes (as xlsxwriter writes them); openpyxl shows them raw.
    escaped = text.replace("_x0041_", "_x005F_x0041_").replace("\x01", "_x0001_")
    assert cell.data_type == "s" and cell.value in (text, escaped)


def test_the_sheet_is_well_formed_xml_with_its_real_dimension():
    import zipfile
    from xml.etree import ElementTree

    out = io.BytesIO()
    write_list_xlsx(_table([_person(n) for n in range(1, 6)]), out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as book:
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        assert sheet.find("m:dimension", ns).get("ref") == "A1:AA7"  # 27 columns: the whole record
        assert sheet.find("m:autoFilter", ns).get("ref") == "A2:AA7"
        assert [r.get("r") for r in sheet.find("m:sheetData", ns)] == [str(i) for i in range(1, 8)]
