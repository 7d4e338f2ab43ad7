"""Office-style sheets written by the tests (never downloaded): the workbook a provincial
office keeps, the same rows as cp874 and UTF-16 CSV, a zip bomb, formula cells."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import Workbook

from desktop.domain import national_id

TITLE = "ทะเบียนอาสาสมัครแรงงาน จังหวัดเชียงใหม่"
HEADERS = [
    "ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "", "วันเกิด", "วันที่แต่งตั้ง", "เบอร์โทร",
    "ตำบล", "อำเภอ", "จังหวัด", "รหัสไปรษณีย์", "ประเภท", "สถานะ",
]  # fmt: skip
FIRST_ROW = 5  # the title, a date line and an empty row come first, then the headers (row 4)


def nid(seed: int) -> str:
    return national_id.make_valid(f"3{seed:011d}")


def thai_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def bad_checksum(seed: int) -> str:
    good = nid(seed)
    return good[:12] + str((int(good[12]) + 1) % 10)


def office_rows(as_text: bool = False) -> list[list]:
    """The sheet's rows (sheet rows 5–13). ``as_text``: as a CSV holds them."""
    number = (lambda s: s) if as_text else int
    serial = (lambda n, shown: shown) if as_text else (lambda n, shown: n)
    typed_be = "15/03/2525" if as_text else dt.datetime(2525, 3, 15)
    return [
        # 5: numeric ID, BE text date, Excel serial, phone without its 0, ต./อ./จ. prefixes
        [1, "นายสมชาย ใจดี", number(nid(1)), None, "15/03/2525", serial(45566, "45566"),
         number("812345678"), "ต.สุเทพ", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่", number("50200"),
         "อสร.", "ปฏิบัติหน้าที่"],
        # 6: ID with dashes, Thai month abbreviation, two phones, plain names
        [2, "นางสาวสมหญิง  ดีงาม", national_id.format_id(nid(2)), None, "15 มี.ค. 2525",
         "1 ต.ค. 2567", "081-234-5678, 053-111-222", "ศรีภูมิ", "เมืองเชียงใหม่", "เชียงใหม่",
         "50200", "อาสาสมัครแรงงาน", "ปกติ"],
        # 7: Thai digits, a date Excel typed in BE, full month name, ตำบล/อำเภอ words
        [3, "นางมาลี\u200b ทองดี", thai_digits(nid(3)), None, typed_be, "1 ตุลาคม 2567",
         "0899999999", "ตำบลช้างเผือก", "อำเภอเมืองเชียงใหม่", "", "", "อสร.", ""],
        # 8 and 9: one ID twice in the file
        [4, "นายซ้ำ หนึ่ง", nid(4), None, "2525-03-15", "1/10/2567", "", "สุเทพ", "", "", "",
         "อสร.", ""],
        [5, "นายซ้ำ สอง", nid(4), None, "2525-03-15", "1/10/2567", "", "สุเทพ", "", "", "",
         "อสร.", ""],
        # 10: a wrong check digit
        [6, "นายผิด เลขตรวจ", bad_checksum(6), None, "15/03/2525", "", "", "สุเทพ", "", "", "",
         "อสร.", ""],
        # 11: a subdistrict that does not exist
        [7, "นายไม่มี ตำบล", nid(7), None, "15/03/2525", "", "", "ต.ไม่มีจริงแน่นอน", "", "", "",
         "อสร.", ""],
        # 12: an ID Excel showed rounded
        [8, "นายปัด เศษ", "1.10E+12", None, "15/03/2525", "", "", "สุเทพ", "", "", "", "อสร.",
         ""],
        # 13: a two-digit year, resolved as a birth 18–80 years ago (with a warning)
        [9, "นายปีสั้น สองหลัก", nid(9), None, "15/3/25", "", "", "สุเทพ", "", "", "",
         "อสร.", "ลาออก"],
    ]  # fmt: skip


VALID_ROWS = (5, 6, 7, 13)
INVALID_ROWS = (8, 9, 10, 11, 12)


def office_workbook(path: Path, extra_sheet: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "อสร"
    ws["A1"] = TITLE
    ws.merge_cells("A1:M1")
    ws["A2"] = "ข้อมูล ณ วันที่ 1 ธันวาคม 2569"
    ws.append([])
    ws.append(HEADERS)
    for row in office_rows():
        ws.append(row)
    if extra_sheet:
        wb.create_sheet("สรุป")["A1"] = "สรุปจำนวน"
    wb.save(path)
    return path


def office_xls(path: Path) -> Path:
    """The same sheet in the old Excel 97–2003 format (numbers as numbers, dates as text)."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("อสร")
    ws.write_merge(0, 0, 0, len(HEADERS) - 1, TITLE)
    for j, header in enumerate(HEADERS):
        ws.write(3, j, header)
    for i, row in enumerate(office_rows()):
        for j, value in enumerate(row):
            if isinstance(value, dt.datetime):
                value = "15/03/2525"  # xlwt cannot write a date past 9999-12-31 as Excel's
            if value is not None:
                ws.write(FIRST_ROW - 1 + i, j, value)
    wb.save(str(path))
    return path


def office_csv(path: Path, encoding: str) -> Path:
    import csv
    import io

    buffer = io.StringIO()
    w = csv.writer(buffer, lineterminator="\r\n")
    w.writerow([TITLE])
    w.writerow(["ข้อมูล ณ วันที่ 1 ธันวาคม 2569"])
    w.writerow([])
    w.writerow(HEADERS)
    for row in office_rows(as_text=True):
        w.writerow(["" if v is None else v for v in row])
    text = buffer.getvalue()
    if encoding == "cp874":  # the Thai code page has no zero-width space
        text = text.replace("\u200b", "")
    path.write_bytes(text.encode(encoding))
    return path


def zip_bomb(path: Path, inflated_mb: int = 200) -> Path:
    """A "workbook" of one member of zeros: about 200 KB on disk, 200 MB inflated."""
    chunk = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z,
        z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(inflated_mb):
            member.write(chunk)
    return path


def formula_workbook(path: Path) -> Path:
    """A sheet whose phone and birth-date cells are formulas openpyxl saved without values."""
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "เบอร์โทร", "ตำบล"])
    ws.append(["สมชาย", "ใจดี", nid(21), "=DATE(1982,3,15)", "0812345678", "สุเทพ"])
    ws.append(["สมศรี", "ใจงาม", nid(22), "15/03/2525", '="08"&"12345678"', "สุเทพ"])
    wb.save(path)
    return path
