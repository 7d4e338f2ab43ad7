"""``labour-desk import people FILE`` as a clerk would run it on the office's sheet."""

from __future__ import annotations

import json

import pytest
from cli_run import run
from import_sheets import INVALID_ROWS, nid, office_workbook


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "5", name="import.sqlite3")


def test_dry_run_prints_counts_and_every_problem_and_writes_nothing(url, capsys, tmp_path):
    sheet = office_workbook(tmp_path / "office.xlsx")
    code, out, err = run(capsys, "--database", url, "import", "people", str(sheet), "--dry-run")
    assert code == 1
    assert "ใหม่ 4 คน" in out and "ไม่ถูกต้อง 5 แถว" in out
    for row in INVALID_ROWS:
        assert f"แถว {row} คอลัมน์" in out
    assert "ไม่ได้บันทึกข้อมูล" in out
    code, out, _ = run(capsys, "--database", url, "import", "people", str(sheet), "--dry-run")
    assert "มีในทะเบียนแล้ว 0 คน" in out  # still nobody from the sheet


def test_invalid_rows_import_nothing_and_exit_non_zero(url, capsys, tmp_path):
    sheet = office_workbook(tmp_path / "office.xlsx")
    code, _, err = run(capsys, "--database", url, "import", "people", str(sheet))
    assert code == 1 and "ไม่ได้นำเข้า" in err
    _, out, _ = run(capsys, "--database", url, "import", "people", str(sheet), "--dry-run")
    assert "ใหม่ 4 คน" in out


def test_keep_valid_with_an_error_workbook_then_skip_on_the_second_run(url, capsys, tmp_path):
    sheet = office_workbook(tmp_path / "office.xlsx")
    errors = tmp_path / "errors.xlsx"
    code, out, err = run(capsys, "--database", url, "import", "people", str(sheet),
                         "--keep-valid", "--errors-out", str(errors))  # fmt: skip
    assert code == 0, err
    assert "เพิ่ม 4 คน" in out and errors.exists()
    code, out, _ = run(capsys, "--database", url, "import", "people", str(sheet), "--dry-run")
    assert "มีในทะเบียนแล้ว 4 คน" in out and "ปรับปรุง" not in out  # skipped: nothing changes
    changed = tmp_path / "changed.xlsx"
    from openpyxl import load_workbook

    wb = load_workbook(sheet)
    wb.active["B5"] = "นายสมชาย ใจงาม"
    wb.save(changed)
    code, out, _ = run(capsys, "--database", url, "import", "people", str(changed), "--dry-run",
                       "--on-duplicate", "update")  # fmt: skip
    assert "แถว 5 ปรับปรุงนามสกุล: ใจดี → ใจงาม" in out
    record = tmp_path / "record.pdf"
    code, _, _ = run(capsys, "--database", url, "print", "record", nid(1), "--out", str(record))
    assert code == 0


def test_a_mapping_file_and_a_sheet_choice(url, capsys, tmp_path):
    sheet = office_workbook(tmp_path / "office.xlsx", extra_sheet=True)
    code, _, err = run(capsys, "--database", url, "import", "people", str(sheet), "--dry-run")
    assert code == 1 and "หลายแผ่นงาน" in err and "อสร" in err
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"เลขประจำตัวประชาชน": "national_id"}), encoding="utf-8")
    code, _, err = run(capsys, "--database", url, "import", "people", str(sheet), "--sheet",
                       "อสร", "--mapping", str(mapping), "--dry-run")  # fmt: skip
    assert code == 1 and "ชื่อ-สกุล" in err  # the mapping lacks a name column: one Thai line
    assert len(err.strip().splitlines()) == 1
