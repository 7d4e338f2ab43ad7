"""``labour-desk import cases FILE`` as a clerk would run it on the office's sheet of needs."""

from __future__ import annotations

import pytest
from case_sheets import INVALID_ROWS, case_workbook
from cli_run import run
from factories import valid_id
from openpyxl import Workbook


@pytest.fixture
def url(demo_copy, tmp_path, capsys) -> str:
    """A demo office whose registry holds the sheet's reporters (imported by the CLI too)."""
    url = demo_copy("--people", "5", name="import-cases.sqlite3")
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ตำบล", "อำเภอ", "จังหวัด", "ประเภท"])
    for seed, name in ((300, "นายสมชาย ใจดี"), (303, "นายวิชัย รักงาน"),
                       (301, "นางสมศรี มีสุข"), (302, "นางสมศรี มีสุข")):  # fmt: skip
        ws.append([name, valid_id(seed), "สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "อสร."])
    people = tmp_path / "reporters.xlsx"
    wb.save(people)
    code, out, err = run(capsys, "--database", url, "import", "people", str(people))
    assert code == 0, err
    return url


def test_dry_run_prints_counts_and_every_problem_and_writes_nothing(url, capsys, tmp_path):
    sheet = case_workbook(tmp_path / "cases.xlsx")
    code, out, err = run(capsys, "--database", url, "import", "cases", str(sheet), "--dry-run")
    assert code == 1, err
    assert "ใหม่ 5 เรื่อง" in out and "ไม่ถูกต้อง 5 แถว" in out
    for row in INVALID_ROWS:
        assert f"แถว {row} คอลัมน์" in out
    assert "แถว 9 คอลัมน์ “ประเภทความต้องการ”: ไม่รู้จักความต้องการ “หาเพื่อนคุย”" in out
    assert "ไม่ได้บันทึกข้อมูล" in out
    code, out, _ = run(capsys, "--database", url, "import", "cases", str(sheet), "--dry-run")
    assert "มีอยู่แล้ว 0 เรื่อง" in out  # nothing was written


def test_invalid_rows_import_nothing_then_keep_valid_then_skip(url, capsys, tmp_path):
    sheet = case_workbook(tmp_path / "cases.xlsx")
    code, _, err = run(capsys, "--database", url, "import", "cases", str(sheet))
    assert code == 1 and "ไม่ได้นำเข้า: มี 5 แถว" in err
    errors = tmp_path / "errors.xlsx"
    code, out, err = run(capsys, "--database", url, "import", "cases", str(sheet),
                         "--keep-valid", "--errors-out", str(errors))  # fmt: skip
    assert code == 0, err
    assert "เพิ่ม 5 เรื่อง" in out and "ไม่ได้นำเข้า 5 แถว" in out and errors.exists()
    code, out, _ = run(capsys, "--database", url, "import", "cases", str(sheet), "--dry-run",
                       "--on-duplicate", "stop")  # fmt: skip
    assert code == 1 and "มีอยู่แล้ว 0 เรื่อง" in out and "มีเรื่องนี้แล้ว: ลป 2570/" in out
    code, out, _ = run(capsys, "--database", url, "cases", "list", "--format", "csv")
    assert out.count("2570/") >= 3 and out.count("2569/") >= 2


def test_a_valid_sheet_imports_with_exit_zero(url, capsys, tmp_path):
    from case_sheets import office_case_rows

    rows = [r for r in office_case_rows() if r[0] in (1, 2, 3, 9, 10)]
    sheet = case_workbook(tmp_path / "valid.xlsx", rows)
    code, out, _ = run(capsys, "--database", url, "import", "cases", str(sheet), "--dry-run")
    assert code == 0 and "ใหม่ 5 เรื่อง" in out
    code, out, err = run(capsys, "--database", url, "import", "cases", str(sheet))
    assert code == 0, err
    assert "นำเข้าแล้ว: เพิ่ม 5 เรื่อง" in out
    code, out, _ = run(capsys, "--database", url, "import", "cases", str(sheet), "--dry-run")
    assert code == 0 and "มีอยู่แล้ว 5 เรื่อง" in out
