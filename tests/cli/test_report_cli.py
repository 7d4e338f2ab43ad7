"""``labour-desk report referrals``: the report from a script, PDF or Excel by the file's
extension, months and a district narrowing it; the figures are the database's own counts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from cli_run import run
from pypdf import PdfReader

from desktop.domain.fiscal_year import fiscal_year_bounds


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "20", "--cases", "60", name="report.sqlite3")


def _busiest_year(url: str) -> tuple[int, int]:
    """(fiscal year with most cases, its cases other than duplicates) by plain SQL."""
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        (year,) = db.execute(
            "SELECT fiscal_year FROM referral_case GROUP BY fiscal_year ORDER BY count(*) DESC"
        ).fetchone()
        first, last = fiscal_year_bounds(year)
        (n,) = db.execute(
            "SELECT count(*) FROM referral_case WHERE received_on BETWEEN ? AND ?"
            " AND status <> 'duplicate'",
            (first.isoformat(), last.isoformat()),
        ).fetchone()
    return year, n


def test_referrals_to_excel_and_pdf(url, capsys, tmp_path):
    year, n = _busiest_year(url)
    assert n > 0
    xlsx = tmp_path / "referrals.xlsx"
    code, said, err = run(
        capsys,
        "--database",
        url,
        "report",
        "referrals",
        "--fiscal-year",
        str(year),
        "--out",
        str(xlsx),
    )
    assert code == 0 and err == "" and f"ปีงบประมาณ {year}" in said
    book = openpyxl.load_workbook(xlsx)
    districts = book.worksheets[1]
    assert districts["A1"].value == "เรื่องที่ได้รับ จำแนกตามอำเภอ"
    total = [r for r in districts.iter_rows(min_row=4, values_only=True) if r[0] == "รวม"]
    assert total == [("รวม", n)]
    pdf = tmp_path / "referrals.pdf"
    code, said, err = run(
        capsys,
        "--database",
        url,
        "report",
        "referrals",
        "--fiscal-year",
        str(year),
        "--out",
        str(pdf),
    )
    assert code == 0 and err == ""
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert f"ปีงบประมาณ {year}" in text and "หน้า 1/" in text


def test_months_outside_the_year_and_mentors_are_refused(url, capsys, tmp_path):
    out = tmp_path / "r.pdf"
    code, _, err = run(
        capsys,
        "--database",
        url,
        "report",
        "referrals",
        "--fiscal-year",
        "2570",
        "--from",
        "09/2569",
        "--out",
        str(out),
    )
    assert code != 0 and "ไม่อยู่ในปีงบประมาณ 2570" in err and not out.exists()
    code, _, err = run(
        capsys,
        "--database",
        url,
        "--user",
        "mentor",
        "report",
        "referrals",
        "--fiscal-year",
        "2570",
        "--out",
        str(out),
    )
    assert code != 0 and "ดูรายงาน" in err and not Path(out).exists()


@pytest.mark.parametrize("name", ["network", "mentoring"])
def test_the_network_and_mentoring_reports_from_the_command_line(url, capsys, tmp_path, name):
    for suffix in ("pdf", "xlsx"):
        out = tmp_path / f"{name}.{suffix}"
        code, said, err = run(capsys, "--database", url, "report", name, "--out", str(out))
        assert code == 0 and err == "" and out.exists() and "ปีงบประมาณ" in said
    book = openpyxl.load_workbook(tmp_path / f"{name}.xlsx")
    assert all(isinstance(ws["A1"].value, str) for ws in book.worksheets)  # a title row each


def test_summary_on_one_page_and_in_excel(url, capsys, tmp_path):
    year, n = _busiest_year(url)
    pdf = tmp_path / "summary.pdf"
    args = ["--database", url, "report", "summary", "--fiscal-year", str(year)]
    code, said, err = run(capsys, *args, "--out", str(pdf))
    assert code == 0 and err == "" and f"ปีงบประมาณ {year}" in said
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "ความต้องการที่ได้รับ" in text and "เดือนก่อน" in text
    xlsx = tmp_path / "summary.xlsx"
    code, said, err = run(capsys, *args, "--out", str(xlsx))
    assert code == 0 and err == ""
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    rows = {r[0]: r[1:] for r in sheet.iter_rows(values_only=True) if r and r[0]}
    received = rows["ความต้องการที่ได้รับ (เรื่อง)"]
    path = url.removeprefix("sqlite:///")
    first, last = fiscal_year_bounds(year)
    last = min(last, max(first, dt.date.today()))  # a year under way: this month
    last = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    with sqlite3.connect(path) as db:
        (expected,) = db.execute(
            "SELECT count(*) FROM referral_case WHERE received_on BETWEEN ? AND ?"
            " AND status <> 'duplicate'",
            (last.replace(day=1).isoformat(), last.isoformat()),
        ).fetchone()
    assert isinstance(received[0], int) and received[0] == expected
