"""The fiscal-year evaluation summary as an Excel workbook (two sheets, Thai headers)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pandas as pd

from desktop.domain.evaluation import FiscalYearSummary

GRADES_SHEET = "ระดับผลการประเมิน"
CRITERIA_SHEET = "คะแนนเฉลี่ยรายข้อ"


def write_summary_xlsx(summary: FiscalYearSummary, out: str | Path | BinaryIO) -> None:
    grades = list(summary.grades)
    grades += sorted({g for d in summary.districts for g in d.counts} - set(grades))
    rows = [{"อำเภอ": d.district, **{g: d.counts.get(g, 0) for g in grades}, "รวม": d.total}
            for d in summary.districts]  # fmt: skip
    rows.append({"อำเภอ": "รวมทั้งจังหวัด",
                 **{g: sum(d.counts.get(g, 0) for d in summary.districts) for g in grades},
                 "รวม": sum(d.total for d in summary.districts)})  # fmt: skip
    by_grade = pd.DataFrame(rows, columns=["อำเภอ", *grades, "รวม"])
    criteria = pd.DataFrame(
        [{"ข้อ": i, "หัวข้อการประเมิน": text, "คะแนนเฉลี่ย": avg, "คะแนนเต็ม": top}
         for i, (text, avg, top) in enumerate(summary.criteria_averages, start=1)],
        columns=["ข้อ", "หัวข้อการประเมิน", "คะแนนเฉลี่ย", "คะแนนเต็ม"],
    )  # fmt: skip
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        by_grade.to_excel(writer, sheet_name=GRADES_SHEET, index=False)
        criteria.to_excel(writer, sheet_name=CRITERIA_SHEET, index=False)
        for sheet in writer.sheets.values():
            sheet.column_dimensions["B"].width = 60 if sheet.title == CRITERIA_SHEET else 14
            sheet.column_dimensions["A"].width = 24
