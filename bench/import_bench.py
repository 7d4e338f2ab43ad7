"""Import benchmark: 20,000 people, then a year's 20,000 reported needs (referral cases),
from office-style xlsx files, end to end.

    uv run python bench/import_bench.py [--people 20000] [--cases 20000] [--out FILE.md]

Writes the workbook (title lines, numeric IDs, BE dates in several forms, Excel serials,
``ต.``/``อ.`` prefixes, phones without their 0), then times each step as the wizard and the
CLI run them against a fresh SQLite file: the safety check and read, the preview (every
cell read, every area matched through geothai, the registry searched for the IDs) and the
import (one unit of work). Target: ≤ 10 s in all; reported beside a bare python-calamine
read of the same file, which is the floor. The cases sheet names its reporters (the people
just imported) by name or by ID, its dates in BE across two fiscal years; the import numbers
them by received date through intake's own counter, in one unit of work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from bench_setup import report

from desktop.areas import districts, subdistricts
from desktop.bootstrap import open_database
from desktop.demo.seed import ensure_demo_users
from desktop.domain import national_id
from desktop.domain.thai_dates import MONTHS_ABBR
from desktop.services.context import ServiceContext
from desktop.services.imports.case_import import CaseImportService
from desktop.services.imports.people_import import PeopleImportService
from desktop.services.imports.records import RowState

HEADERS = ["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "วันที่แต่งตั้ง", "เบอร์โทร",
           "ตำบล", "อำเภอ", "จังหวัด", "ประเภท", "สถานะ"]  # fmt: skip
FIRST = ["สมชาย", "สมหญิง", "มาลี", "ประเสริฐ", "กาญจนา", "วิชัย", "สุดา", "อนันต์"]
LAST = ["ใจดี", "รักงาน", "ทองดี", "ศรีสุข", "มั่นคง", "บุญมา", "แก้วใส", "พรหมมา"]
TITLES = ["นาย", "นาง", "นางสาว"]


def write_workbook(path: Path, people: int) -> None:
    from openpyxl import Workbook

    rnd = random.Random(10)
    areas = [(s.name_th, d.name_th) for d in districts("50") for s in subdistricts(d.code)]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("อสร")
    ws.append(["ทะเบียนอาสาสมัครแรงงาน จังหวัดเชียงใหม่"])
    ws.append(["ข้อมูล ณ วันที่ 1 ธันวาคม 2569"])
    ws.append([])
    ws.append(HEADERS)
    for i in range(people):
        born = dt.date(1960, 1, 1) + dt.timedelta(days=rnd.randrange(14000))
        be = born.year + 543
        birth = rnd.choice(
            [f"{born.day:02d}/{born.month:02d}/{be}", f"{born.day} {MONTHS_ABBR[born.month - 1]} {be}",
             dt.datetime(be, born.month, min(born.day, 28)), (born - dt.date(1899, 12, 30)).days]
        )  # fmt: skip
        sub, dist = rnd.choice(areas)
        ws.append(
            [i + 1, f"{rnd.choice(TITLES)}{FIRST[i % 8]} {LAST[i // 8 % 8]}{i}",
             int(national_id.make_valid(f"3{500000000 + i:011d}")), birth,
             45566 + rnd.randrange(300), int(f"8{rnd.randrange(10**8):08d}"), f"ต.{sub}",
             f"อ.{dist}", "จ.เชียงใหม่", "อสร.", "ปฏิบัติหน้าที่"]
        )  # fmt: skip
    wb.save(path)


CASE_HEADERS = ["ลำดับ", "วันที่รับเรื่อง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์", "ตำบล",
                "อำเภอ", "ความต้องการ", "รายละเอียด", "อสร.ผู้แจ้ง", "เลขประจำตัวผู้แจ้ง", "ยินยอม"]  # fmt: skip
NEED_WORDS = ["หางาน", "ฝึกอบรม", "ประกันสังคม ม.40", "ค่าจ้างค้างจ่าย", "ความปลอดภัย",
              "ไปทำงานต่างประเทศ", "หางาน, ฝึกอบรม"]  # fmt: skip


def write_case_workbook(path: Path, cases: int, people: int, today: dt.date) -> None:
    """A year of reported needs; reporter ``i`` is the benchmark's person ``i``."""
    from openpyxl import Workbook

    rnd = random.Random(11)
    areas = [(s.name_th, d.name_th) for d in districts("50") for s in subdistricts(d.code)]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("รับเรื่อง")
    ws.append(["ทะเบียนรับเรื่องความต้องการด้านแรงงาน จังหวัดเชียงใหม่"])
    ws.append([])
    ws.append(CASE_HEADERS)
    for i in range(cases):
        on = today - dt.timedelta(days=rnd.randrange(365))
        received = rnd.choice(
            [f"{on.day}/{on.month}/{on.year + 543}", f"{on.day} {MONTHS_ABBR[on.month - 1]} {on.year + 543}"]
        )  # fmt: skip
        sub, dist = rnd.choice(areas)
        reporter = rnd.randrange(people)
        by_id = rnd.random() < 0.5
        ws.append(
            [i + 1, received, f"{rnd.choice(TITLES)}{rnd.choice(FIRST)} {rnd.choice(LAST)}ผู้ร้อง{i}",
             national_id.make_valid(f"5{700000000 + i:011d}"), f"08{rnd.randrange(10**8):08d}",
             sub, dist, rnd.choice(NEED_WORDS), "ต้องการความช่วยเหลือ",
             None if by_id else f"{FIRST[reporter % 8]} {LAST[reporter // 8 % 8]}{reporter}",
             national_id.make_valid(f"3{500000000 + reporter:011d}") if by_id else None,
             rnd.choice(["ยินยอม", "", "✓"])]
        )  # fmt: skip
    wb.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    sheet = folder / "office.xlsx"
    write_workbook(sheet, args.people)

    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    CalamineWorkbook.from_path(str(sheet)).get_sheet_by_name("อสร").to_python()
    bare = time.perf_counter() - t

    db = open_database(f"sqlite:///{folder / 'desk.sqlite3'}")
    try:
        service = PeopleImportService(ensure_demo_users(ServiceContext(db), "50"))
        start = time.perf_counter()
        table = service.read(sheet)
        read = time.perf_counter() - start
        t = time.perf_counter()
        preview = service.preview(table, service.suggested_mapping(table))
        checked = time.perf_counter() - t
        t = time.perf_counter()
        result = service.run(preview)
        written = time.perf_counter() - t
        total = time.perf_counter() - start
        cases = None
        if args.cases:
            cases = _import_cases(service.ctx, folder, args.cases, args.people)
    finally:
        db.dispose()
    assert preview.count(RowState.INVALID) == 0, preview.problems[:5]
    assert result.created == args.people
    ok = "✓" if total <= 10 else "✗"
    report(
        [
            f"| measure ({args.people:,} people, {sheet.stat().st_size / 1e6:.1f} MB xlsx) "
            "| time | target | |",
            "|---|---:|---|---|",
            f"| bare python-calamine read (the floor) | {bare:.2f} s | | |",
            f"| safety check + read (pandas, calamine) | {read:.2f} s | | |",
            f"| preview: every cell read, areas matched, IDs looked up | {checked:.2f} s | | |",
            f"| import: one unit of work | {written:.2f} s | | |",
            f"| end to end | {total:.2f} s | ≤ 10 s | {ok} |",
            f"| ratio to the bare read | {total / bare:.1f}× | | |",
            *(cases or []),
        ],
        args.out,
    )


def _import_cases(ctx: ServiceContext, folder: Path, n: int, people: int) -> list[str]:
    """The year's cases into the registry just imported: rows of the same table."""
    sheet = folder / "cases.xlsx"
    write_case_workbook(sheet, n, people, ctx.today())
    service = CaseImportService(ctx)
    start = time.perf_counter()
    table = service.read(sheet)
    read = time.perf_counter() - start
    t = time.perf_counter()
    preview = service.preview(table, service.suggested_mapping(table))
    checked = time.perf_counter() - t
    t = time.perf_counter()
    result = service.run(preview)
    written = time.perf_counter() - t
    total = time.perf_counter() - start
    assert preview.count(RowState.INVALID) == 0, [p.line() for p in preview.problems[:5]]
    assert result.created == n
    return [
        f"| **cases** ({n:,} reported needs, {sheet.stat().st_size / 1e6:.1f} MB xlsx) | | | |",
        f"| safety check + read | {read:.2f} s | | |",
        f"| preview: cells, needs, areas, reporters matched, duplicates looked up | {checked:.2f} s | | |",
        f"| import: numbered by received date, one unit of work | {written:.2f} s | | |",
        f"| end to end | {total:.2f} s | | |",
    ]


if __name__ == "__main__":
    main()
