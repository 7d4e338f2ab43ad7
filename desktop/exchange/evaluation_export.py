"""The fiscal year's evaluation summary as an Excel workbook, Thai headers, two sheets:

* ``ระดับผลการประเมิน`` — one row a district, a column a grade, the row total in ``รวม``, and
  a last row ``รวมทั้งจังหวัด`` with the column totals;
* ``คะแนนเฉลี่ยรายข้อ`` — one row a criterion: its average, maximum and average as a share of
  the maximum.

Counts and averages are numbers (a clerk sums and charts them); text that looks like a formula
stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.domain.mentoring.evaluation import FiscalYearSummary
from desktop.exchange.safe_cells import neutralise_sheet

__all__ = ["CRITERIA_SHEET", "GRADES_SHEET", "write_summary_xlsx"]

GRADES_SHEET = "ระดับผลการประเมิน"
CRITERIA_SHEET = "คะแนนเฉลี่ยรายข้อ"
CRITERIA_COLUMNS = ("ข้อ", "หัวข้อการประเมิน", "คะแนนเฉลี่ย", "คะแนนเต็ม", "ร้อยละของคะแนนเต็ม")
GRAND_TOTAL = "รวมทั้งจังหวัด"
_HEADER_FILL = PatternFill("solid", fgColor="E0E0E0")


def grade_columns(summary: FiscalYearSummary) -> list[str]:
    """The template's grades, best first, then any grade only an older version had (the
    printed summary uses the same columns)."""
    seen = {g for d in summary.districts for g in d.counts}
    return [*summary.grades, *sorted(seen - set(summary.grades))]


def _fill(
    ws: Worksheet,
    header: Sequence[str],
    rows: Sequence[Sequence],
    widths: Sequence[float],
    number_format: dict[int, str],
) -> None:
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    # A grade label "=1+1" (headers) or a criterion typed as "=HYPERLINK(…)" is text.
    neutralise_sheet(ws)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.column in number_format:
                cell.number_format = number_format[cell.column]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "B2"


def write_summary_xlsx(summary: FiscalYearSummary, out: str | Path | BinaryIO) -> None:
    """Write ``summary`` to an .xlsx file (a path or a binary file)."""
    book = Workbook()
    grades_sheet = book.active
    grades_sheet.title = GRADES_SHEET
    grades = grade_columns(summary)
    rows = [
        [d.district or "ไม่ระบุอำเภอ", *(d.counts.get(g, 0) for g in grades), d.total]
        for d in summary.districts
    ]
    totals = [sum(row[i] for row in rows) for i in range(1, len(grades) + 2)]
    longest = max([len(GRAND_TOTAL), *(len(row[0]) for row in rows)])
    _fill(
        grades_sheet,
        ["อำเภอ", *grades, "รวม"],
        [*rows, [GRAND_TOTAL, *totals]],
        [longest + 4] + [max(len(g) + 4, 10) for g in grades] + [10],
        {},
    )
    for cell in grades_sheet[grades_sheet.max_row]:
        cell.font = Font(bold=True)

    criteria_sheet = book.create_sheet(CRITERIA_SHEET)
    criteria = [
        [i, text, round(average, 2), top, round(average / top * 100, 2) if top else None]
        for i, (text, average, top) in enumerate(summary.criteria_averages, start=1)
    ]
    _fill(criteria_sheet, CRITERIA_COLUMNS, criteria, [6, 70, 14, 12, 20], {3: "0.00", 5: "0.00"})
    for row in criteria_sheet.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    book.save(out)
