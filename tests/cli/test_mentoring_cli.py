"""Mentoring on the command line: assign by district, who is due a visit, print sheets."""

from __future__ import annotations

import sqlite3

import pypdf
import pytest
from cli_run import run


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "24", "--cases", "0", name="m.sqlite3")


def busiest_district(url: str) -> tuple[str, int]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return conn.execute(
            "SELECT district_code, COUNT(*) FROM person WHERE status = 'active' "
            "AND district_code != '' GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
        ).fetchone()


@pytest.mark.slow
def test_assign_a_district_then_print_its_blank_sheets(url, capsys, tmp_path):
    district, people = busiest_district(url)
    code, out, err = run(
        capsys, "--database", url, "mentor", "assign", "--mentor", "mentor2", "--district", district
    )
    assert code == 0 and err == "" and f"(จาก {people} คน)" in out
    sheets = tmp_path / "sheets.pdf"
    code, out, err = run(
        capsys,
        "--database",
        url,
        "print",
        "evaluation-sheets",
        "--mentor",
        "mentor2",
        "--fiscal-year",
        "2570",
        "--blank",
        "--out",
        str(sheets),
    )
    assert code == 0 and err == "", err
    n = int(out.split("แบบประเมินเปล่า ")[1].split(" ")[0])
    pages = pypdf.PdfReader(sheets).pages
    assert n >= 1 and len(pages) == n
    assert "ปีงบประมาณ 2570" in pages[0].extract_text()


def test_due_visits_forms_and_summary(url, capsys, tmp_path):
    code, out, _ = run(
        capsys, "--database", url, "mentor", "due", "--mentor", "mentor", "--days", "30"
    )
    assert code == 0 and out.strip()
    assert all(len(line.split("\t")) == 4 for line in out.strip().splitlines())
    forms = tmp_path / "forms.pdf"
    code, out, _ = run(
        capsys, "--database", url, "print", "visit-forms", "--mentor", "mentor", "--out", str(forms)
    )
    assert code == 0 and forms.stat().st_size > 0
    xlsx = tmp_path / "summary.xlsx"
    code, out, _ = run(
        capsys,
        "--database",
        url,
        "print",
        "evaluation-summary",
        "--fiscal-year",
        "2569",
        "--out",
        str(xlsx),
    )
    assert code == 0 and xlsx.stat().st_size > 0
    code, _, err = run(capsys, "--database", url, "mentor", "due", "--mentor", "nobody")
    assert code != 0 and "ไม่พบผู้ใช้ชื่อ nobody" in err


def test_due_follows_the_office_rule_unless_days_are_given(url, capsys):
    def due(*extra: str) -> int:
        code, out, err = run(
            capsys, "--database", url, "mentor", "due", "--mentor", "mentor", *extra
        )
        assert code == 0 and err == "", err
        return len(out.strip().splitlines())

    by_office_rule, weekly, yearly = due(), due("--days", "7"), due("--days", "365")
    assert yearly <= by_office_rule <= weekly and yearly < weekly
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        conn.execute("UPDATE office SET visit_every_days = 7")
    assert due() == weekly
