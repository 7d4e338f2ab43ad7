"""``labour-desk export people|cases|evaluations``: the window's list exports from a script,
with the roster's and the case list's filters, Excel or CSV by the file's extension."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from cli_run import run

from desktop.domain.national_id import is_valid
from desktop.domain.people import STATUS_LABELS, PersonStatus


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "20", "--cases", "60", name="export.sqlite3")


def test_people_to_excel_every_row_masked_and_filtered(url, capsys, tmp_path):
    out = tmp_path / "people.xlsx"
    code, said, err = run(capsys, "--database", url, "export", "people", "--out", str(out))
    assert code == 0 and err == "" and "20 คน" in said
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws.max_row == 22 and ws.freeze_panes == "A3"
    ids = [r[0] for r in ws.iter_rows(min_row=3, values_only=True)]
    assert all(isinstance(i, str) and "x" in i.lower() for i in ids if i)  # masked text
    only = tmp_path / "active.csv"
    code, said, _ = run(
        capsys, "--database", url, "export", "people", "--status", "active", "--out", str(only)
    )
    lines = list(csv.reader(io.StringIO(only.read_text(encoding="utf-8-sig"))))
    assert code == 0 and 1 < len(lines) <= 21
    status = lines[0].index("สถานะ")
    assert {line[status] for line in lines[1:]} == {STATUS_LABELS[PersonStatus.ACTIVE]}


def test_full_ids_only_for_those_allowed(url, capsys, tmp_path, monkeypatch):
    out = tmp_path / "full.csv"
    code, _, err = run(
        capsys, "--database", url, "export", "people", "--full-id", "--out", str(out)
    )
    lines = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert code == 0 and all(is_valid(line[0]) for line in lines[1:] if line[0])
    code, _, err = run(
        capsys,
        "--database",
        url,
        "--user",
        "clerk",
        "export",
        "people",
        "--full-id",
        "--out",
        str(tmp_path / "no.csv"),
    )
    assert code != 0 and "เลขประจำตัวประชาชนเต็ม" in err and not (tmp_path / "no.csv").exists()


def test_cases_and_evaluations(url, capsys, tmp_path):
    out = tmp_path / "cases.csv"
    code, said, err = run(capsys, "--database", url, "export", "cases", "--out", str(out))
    lines = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert code == 0 and err == "" and len(lines) == 61 and lines[0][0] == "เลขที่เรื่อง"
    overdue = tmp_path / "overdue.xlsx"
    code, said, _ = run(
        capsys, "--database", url, "export", "cases", "--overdue", "--out", str(overdue)
    )
    assert code == 0 and overdue.exists()
    evaluations = tmp_path / "evaluations.xlsx"
    code, said, err = run(
        capsys, "--database", url, "export", "evaluations", "--out", str(evaluations)
    )
    assert code == 0 and err == "" and "ปีงบประมาณ" in said
    assert openpyxl.load_workbook(evaluations).worksheets[0]["B2"].value == "ปีงบประมาณ"


def test_an_unknown_file_type_is_refused_in_thai(url, capsys, tmp_path):
    code, _, err = run(
        capsys, "--database", url, "export", "people", "--out", str(tmp_path / "x.pdf")
    )
    assert code != 0 and ".xlsx" in err and len(err.strip().splitlines()) == 1
