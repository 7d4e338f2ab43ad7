"""An office's sheet of reported needs written by the tests (never downloaded): title rows,
BE dates in several forms, reporters by ID and by name, an ambiguous name, an unknown need
word, consent given / empty / unreadable, received dates in two fiscal years."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factories import draft as person_draft
from factories import valid_id
from openpyxl import Workbook

from desktop.domain import national_id
from desktop.services.people.service import PeopleService

TITLE = "ทะเบียนรับเรื่องความต้องการด้านแรงงาน (ชี้เป้า) สำนักงานแรงงานจังหวัดเชียงใหม่"
HEADERS = [
    "ลำดับ", "วันที่รับเรื่อง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์", "ตำบล", "อำเภอ",
    "ประเภทความต้องการ", "รายละเอียด", "อสร.ผู้แจ้ง", "เลขประจำตัวผู้แจ้ง", "ยินยอม",
]  # fmt: skip


def requester(seed: int) -> str:
    return national_id.make_valid(f"5{seed:011d}")


def register_reporters(clerk) -> dict[str, int]:
    """The volunteers the sheet names: สมชาย (by name), วิชัย (by ID), two สมศรี (ambiguous)."""
    people = PeopleService(clerk)
    made = {
        "somchai": people.register(person_draft(300, first_name="สมชาย", last_name="ใจดี")),
        "wichai": people.register(person_draft(303, first_name="วิชัย", last_name="รักงาน")),
        "somsri1": people.register(
            person_draft(301, title="นาง", first_name="สมศรี", last_name="มีสุข")
        ),
        "somsri2": people.register(
            person_draft(302, title="นาง", first_name="สมศรี", last_name="มีสุข")
        ),
    }
    return {k: p.id for k, p in made.items()}


def office_case_rows() -> list[list]:
    """Sheet rows 5–14 (fixtures' today: 22 พ.ย. 2569, fiscal year 2570)."""
    serial = (dt.date(2026, 11, 1) - dt.date(1899, 12, 30)).days
    return [
        # 5: BE text date, reporter by name (with อสร. and a title), consent given
        [1, "5/11/2569", "นางมานี มีงานทำ", requester(1), "0812345678", "ศรีภูมิ",
         "เมืองเชียงใหม่", "หางาน", "ตกงาน ต้องการงานใกล้บ้าน", "อสร.นายสมชาย ใจดี", None,
         "ยินยอม"],
        # 6: a date Excel typed in BE (fiscal year 2569), two needs in one cell, reporter by
        # a numeric ID, phone without its 0, consent empty
        [2, dt.datetime(2569, 8, 1), "นายสมศักดิ์ ขยัน", int(requester(2)), 812345679,
         "สุเทพ", "เมืองเชียงใหม่", "ฝึกอบรม, ประกันสังคม ม.40", "", None, int(valid_id(303)),
         None],
        # 7: Thai month abbreviation (fiscal year 2569), a complaint word, consent ✓
        [3, "15 ก.ย. 2569", "นางสาวจันทร์ เพ็ญ", requester(3), "", "ช้างเผือก",
         "อ.เมืองเชียงใหม่",
         "ค่าจ้างค้างจ่าย", "นายจ้างค้างค่าจ้าง 2 เดือน", "นายสมชาย ใจดี", None, "✓"],
        # 8: an ambiguous reporter name
        [4, "2569-10-20", "นายสมหมาย ใจงาม", requester(4), "", "สุเทพ", "", "หางาน", "",
         "นางสมศรี มีสุข", None, ""],
        # 9: a need nobody can read
        [5, "1 พฤศจิกายน 2569", "นายสมปอง ดีใจ", requester(5), "", "สุเทพ", "",
         "หาเพื่อนคุย", "", "นายสมชาย ใจดี", None, ""],
        # 10: consent that is neither yes nor empty
        [6, "10/11/2569", "นางสมใจ รักดี", requester(6), "", "สุเทพ", "", "หางาน", "",
         "นายสมชาย ใจดี", None, "อาจจะ"],
        # 11: received in the future
        [7, "1/12/2575", "นายอนาคต ล่วงหน้า", requester(7), "", "สุเทพ", "", "หางาน", "",
         "นายสมชาย ใจดี", None, ""],
        # 12: a reporter nobody registered
        [8, "11/11/2569", "นายไม่รู้ ผู้แจ้ง", requester(8), "", "สุเทพ", "", "หางาน", "",
         "นายไม่มี ในทะเบียน", None, ""],
        # 13: early in fiscal year 2570 (numbered first in it)
        [9, "3 ต.ค. 2569", "นางบุญมา ทองคำ", requester(9), "053-111-222", "สุเทพ", "",
         "ความปลอดภัยในการทำงาน", "", "อสร. สมชาย ใจดี", None, "ใช่"],
        # 14: an Excel serial date, working abroad
        [10, serial, "นายเดินทาง ไกลบ้าน", requester(10), "", "สุเทพ", "",
         "ไปทำงานต่างประเทศ", "", None, valid_id(303), "yes"],
    ]  # fmt: skip


VALID_ROWS = (5, 6, 7, 13, 14)
INVALID_ROWS = (8, 9, 10, 11, 12)


def case_workbook(path: Path, rows: list[list] | None = None, headers=None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "รับเรื่อง"
    ws["A1"] = TITLE
    ws.merge_cells("A1:L1")
    ws["A2"] = "ข้อมูล ณ วันที่ 22 พฤศจิกายน 2569"
    ws.append([])
    ws.append(headers or HEADERS)
    for row in office_case_rows() if rows is None else rows:
        ws.append(row)
    wb.save(path)
    return path
