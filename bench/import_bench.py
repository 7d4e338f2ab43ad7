"""People import benchmark: 20,000 people from an office-style xlsx, end to end.

    uv run python bench/import_bench.py [--people 20000] [--out FILE.md]

Writes the workbook (title lines, numeric IDs, BE dates in several forms, Excel serials,
``ต.``/``อ.`` prefixes, phones without their 0), then times each step as the wizard and the
CLI run them against a fresh SQLite file: the safety check and read, the preview (every
cell read, every area matched through geothai, the registry searched for the IDs) and the
import (one unit of work). Target: ≤ 10 s in all; reported beside a bare python-calamine
read of the same file, which is the floor.
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
            [i + 1, f"{rnd.choice(TITLES)}{rnd.choice(FIRST)} {rnd.choice(LAST)}{i}",
             int(national_id.make_valid(f"3{500000000 + i:011d}")), birth,
             45566 + rnd.randrange(300), int(f"8{rnd.randrange(10**8):08d}"), f"ต.{sub}",
             f"อ.{dist}", "จ.เชียงใหม่", "อสร.", "ปฏิบัติหน้าที่"]
        )  # fmt: skip
    wb.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20000)
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
        ],
        args.out,
    )


if __name__ == "__main__":
    main()
