"""``labour-desk cases list`` as an office script would run it: CSV with a header, filters."""

from __future__ import annotations

import csv
import io
import sys

import pytest
from cli_run import run

from desktop.cli import main
from desktop.commands import CASE_LIST_HEADER
from desktop.domain.cases.service_levels import Health
from desktop.domain.cases.workflow import CaseStatus


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "20", "--cases", "60", name="cases.sqlite3")


def table(out: str) -> list[dict[str, str]]:
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CASE_LIST_HEADER
    return [dict(zip(CASE_LIST_HEADER, r, strict=True)) for r in rows[1:]]


def test_csv_lists_every_case_with_be_dates_and_thai_labels(url, capsys):
    code, out, err = run(capsys, "--database", url, "cases", "list", "--format", "csv")
    assert code == 0 and err == ""
    rows = table(out)
    assert len(rows) == 60
    assert [r["case_no"] for r in rows] == sorted(r["case_no"] for r in rows)
    assert all(r["case_no"].startswith("ลป 25") for r in rows)
    day, month, year = rows[0]["received_on"].split("/")
    assert len(day) == len(month) == 2 and 2560 < int(year) < 2580  # Buddhist Era
    labels = {s.label for s in CaseStatus}
    assert {r["status"] for r in rows} <= labels and len({r["status"] for r in rows}) >= 8
    closed = [r for r in rows if r["status"] == CaseStatus.CLOSED.label]
    assert closed and all(r["due_on"] == "" and r["health"] == "" for r in closed)
    open_rows = [r for r in rows if r["health"]]
    assert open_rows and {r["health"] for r in open_rows} <= {h.label for h in Health}
    assert all(r["person"] and r["needs"] and r["district"] for r in rows)


def test_filters_by_status_and_overdue(url, capsys):
    _, out, _ = run(
        capsys,
        "--database",
        url,
        "cases",
        "list",
        "--format",
        "csv",
        "--status",
        "referred",
        "--status",
        "in_progress",
    )
    rows = table(out)
    assert rows and {r["status"] for r in rows} <= {"ส่งต่อแล้ว", "หน่วยงานรับดำเนินการ"}
    assert all(r["agency"] for r in rows)
    _, out, _ = run(capsys, "--database", url, "cases", "list", "--overdue", "--format", "csv")
    overdue = table(out)
    assert overdue and all(r["health"] == Health.OVERDUE.label for r in overdue)


def test_table_format_and_errors(url, capsys):
    code, out, _ = run(capsys, "--database", url, "--user", "mentor", "cases", "list")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["case_no", "received_on", "status"]
    assert len(lines) == 61
    code, _, err = run(capsys, "--database", url, "--user", "nobody", "cases", "list")
    assert code == 1 and "nobody" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as exited:
        main(["--database", url, "cases", "list", "--status", "lost"])
    assert exited.value.code == 2


def test_output_to_a_closed_pipe_is_quiet(url, capsys, monkeypatch):
    class Gone(io.StringIO):
        def write(self, s):
            raise BrokenPipeError

        def fileno(self):
            return sys.__stdout__.fileno() if sys.__stdout__ else 1

    monkeypatch.setattr(sys, "stdout", Gone())
    monkeypatch.setattr("os.dup2", lambda *a: None)  # leave the real stdout alone in tests
    assert main(["--database", url, "cases", "list", "--format", "csv"]) == 0


@pytest.mark.slow
def test_print_slip_and_case_summary(url, capsys, tmp_path):
    from pypdf import PdfReader

    _, out, _ = run(capsys, "--database", url, "cases", "list", "--format", "csv")
    first, second = table(out)[:2]
    slip = tmp_path / "slip.pdf"
    code, out, err = run(
        capsys,
        "--database",
        url,
        "print",
        "slip",
        first["case_no"],
        second["case_no"].split(" ")[1],
        "--out",
        str(slip),
    )
    assert code == 0 and err == "" and "2 เรื่อง" in out
    text = "\n".join(p.extract_text() for p in PdfReader(slip).pages)
    assert first["case_no"] in text and second["case_no"] in text

    summary = tmp_path / "summary.pdf"
    code, out, _ = run(
        capsys, "--database", url, "print", "case", first["case_no"], "--out", str(summary)
    )
    assert code == 0 and first["case_no"] in PdfReader(summary).pages[0].extract_text()

    code, _, err = run(
        capsys, "--database", url, "print", "slip", "ลป 2570/99999", "--out", str(slip)
    )
    assert code != 0 and "ไม่พบเรื่องเลขที่ ลป 2570/99999" in err
