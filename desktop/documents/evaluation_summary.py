"""สรุปผลการประเมิน: one fiscal year — how many of each grade per district, and the average
score of each criterion. A4 landscape."""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.documents.fonts import register_fonts
from desktop.documents.layout import (
    GRID,
    label,
    section_heading,
    title_block,
)
from desktop.documents.page import build_simple
from desktop.domain.evaluation import FiscalYearSummary

__all__ = ["render_evaluation_summary", "summary_title"]

PAGE = landscape(A4)
MARGIN = 1.6 * cm
SIZE = 14


def summary_title(fiscal_year: int) -> str:
    return f"สรุปผลการประเมินอาสาสมัครแรงงาน ปีงบประมาณ {fiscal_year}"


def _grade_table(summary: FiscalYearSummary, width: float) -> Table:
    grades = list(summary.grades)
    extra = sorted({g for d in summary.districts for g in d.counts} - set(grades))
    grades += extra  # a grade of an older template version still counts
    head = ["อำเภอ", *grades, "รวม"]
    first = 6 * cm
    rest = (width - first) / (len(head) - 1)
    data = [[label(t, SIZE, bold=True, align=TA_CENTER) for t in head]]
    totals = [0] * (len(grades) + 1)
    for d in summary.districts:
        counts = [d.counts.get(g, 0) for g in grades] + [d.total]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        data.append([label(d.district, SIZE)] + [label(f"{n:,}", SIZE, align=TA_RIGHT) for n in counts])
    data.append([label("รวมทั้งจังหวัด", SIZE, bold=True)]
                + [label(f"{n:,}", SIZE, bold=True, align=TA_RIGHT) for n in totals])  # fmt: skip
    table = Table(data, colWidths=[first] + [rest] * (len(head) - 1), repeatRows=1)
    table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0"),
                               ("BACKGROUND", (0, -1), (-1, -1), "#F0F0F0")]))  # fmt: skip
    return table


def _criteria_table(summary: FiscalYearSummary, width: float) -> Flowable:
    if not summary.criteria_averages:
        return label("ยังไม่มีผลการประเมินในปีนี้", SIZE)
    widths = [1.2 * cm, None, 3.2 * cm, 3.2 * cm]
    widths[1] = width - sum(w for w in widths if w)
    data = [[label(t, SIZE, bold=True, align=TA_CENTER)
             for t in ("ข้อ", "หัวข้อการประเมิน", "คะแนนเฉลี่ย", "คะแนนเต็ม")]]  # fmt: skip
    for i, (text, average, max_score) in enumerate(summary.criteria_averages, start=1):
        data.append([label(str(i), SIZE, align=TA_CENTER), label(text, SIZE),
                     label(f"{average:.2f}", SIZE, align=TA_RIGHT), label(str(max_score), SIZE, align=TA_RIGHT)])  # fmt: skip
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0")]))
    return table


def render_evaluation_summary(
    out: str | BinaryIO, office, summary: FiscalYearSummary, *, printed_on: dt.date
) -> int:
    register_fonts()
    width = PAGE[0] - 2 * MARGIN

    counts = (f"ประเมินแล้ว {summary.evaluated:,} คน · ยังไม่ได้ประเมิน {summary.not_evaluated:,} คน "
              "(อาสาสมัครและบัณฑิตที่ยังปฏิบัติหน้าที่)")  # fmt: skip
    story = [
        *title_block(summary_title(summary.fiscal_year), office, printed_on, counts),
        section_heading("จำนวนตามระดับผลการประเมิน แยกรายอำเภอ"),
        _grade_table(summary, width),
        Spacer(1, 10),
        section_heading("คะแนนเฉลี่ยรายข้อ"),
        _criteria_table(summary, width),
    ]
    return build_simple(out, story, pagesize=PAGE, margins=(MARGIN, MARGIN, MARGIN),
                        title=summary_title(summary.fiscal_year), author=office.office_name,
                        printed_on=printed_on)  # fmt: skip
