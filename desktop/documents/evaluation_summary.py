"""สรุปผลการประเมินอาสาสมัครแรงงาน: one fiscal year on paper — how many people reached each
grade in each district, how many are still to be evaluated, and the average score of each
criterion. A4 landscape, 14 pt tables.
"""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle

from desktop.documents.fonts import register_fonts
from desktop.documents.layout import COMPACT_PADDING, GRID, KeptTable, label, title_block
from desktop.documents.page import build_simple
from desktop.domain.mentoring.evaluation import FiscalYearSummary
from desktop.domain.records import OfficeInfo

__all__ = ["counts_line", "grade_columns", "render_evaluation_summary", "summary_title"]

PAGE = landscape(A4)
MARGIN = 1.6 * cm
SIZE = 14
GRAND_TOTAL = "รวมทั้งจังหวัด"


def summary_title(fiscal_year: int) -> str:
    return f"สรุปผลการประเมินอาสาสมัครแรงงาน ปีงบประมาณ {fiscal_year}"


def grade_columns(summary: FiscalYearSummary) -> list[str]:
    """The template's grades, best first, then any grade only an older version had."""
    seen = {g for d in summary.districts for g in d.counts}
    return [*summary.grades, *sorted(seen - set(summary.grades))]


def counts_line(summary: FiscalYearSummary) -> str:
    """``ประเมินแล้ว 24 คน · ยังไม่ได้ประเมิน 9 คน · รวม 33 คน (ประเมินแล้วร้อยละ 72.7)``."""
    everyone = summary.evaluated + summary.not_evaluated
    share = f" (ประเมินแล้วร้อยละ {summary.evaluated / everyone * 100:.1f})" if everyone else ""
    return (
        f"ประเมินแล้ว {summary.evaluated:,} คน · ยังไม่ได้ประเมิน {summary.not_evaluated:,} คน"
        f" · รวม {everyone:,} คน{share}"
    )


def _cell(text: str, *, bold: bool = False, centre: bool = True) -> Flowable:
    return label(text, SIZE, bold=bold, align=TA_CENTER if centre else 0)


def _style(*extra) -> TableStyle:
    return TableStyle(
        [
            *GRID,
            *COMPACT_PADDING,
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0"),
            *extra,
        ]
    )


def _heading(text: str) -> list[Flowable]:
    """A heading over a table that may run on over pages (its header row repeats). Kept with
    the whole table, as a section heading is, it would push the table onto a new page."""
    return [CondPageBreak(3.5 * cm), label(text, SIZE + 3, bold=True, space_after=4)]


def _grades_table(summary: FiscalYearSummary, width: float) -> Flowable:
    grades = grade_columns(summary)
    first = 5.5 * cm
    rest = (width - first) / (len(grades) + 1)
    data: list[list] = [[_cell(t, bold=True) for t in ("อำเภอ", *grades, "รวม")]]
    totals = [0] * (len(grades) + 1)
    for district in summary.districts:
        counts = [district.counts.get(g, 0) for g in grades] + [district.total]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        data.append(
            [
                _cell(district.district or "ไม่ระบุอำเภอ", centre=False),
                *(_cell(f"{n:,}") for n in counts),
            ]
        )
    data.append(
        [_cell(GRAND_TOTAL, bold=True, centre=False), *(_cell(f"{n:,}", bold=True) for n in totals)]
    )
    everyone = totals[-1]
    shares = [f"{n / everyone * 100:.1f}" if everyone else "-" for n in totals]
    data.append([_cell("ร้อยละ", centre=False), *(_cell(s) for s in shares)])
    table = KeptTable(data, colWidths=[first] + [rest] * (len(grades) + 1), repeatRows=1)
    table.setStyle(
        _style(
            ("BACKGROUND", (0, -2), (-1, -1), "#F2F2F2"),
            ("BACKGROUND", (-1, 1), (-1, -1), "#F2F2F2"),
            ("LINEABOVE", (0, -2), (-1, -2), 1.2, "#333333"),
        )
    )
    return table


def _criteria_table(summary: FiscalYearSummary, width: float) -> Flowable:
    if not summary.criteria_averages:
        return label("ยังไม่มีผลการประเมินในปีงบประมาณนี้", SIZE)
    widths = [1.3 * cm, None, 3.2 * cm, 3.2 * cm, 3.4 * cm]
    widths[1] = width - sum(w for w in widths if w)
    head = ("ข้อ", "หัวข้อการประเมิน", "คะแนนเฉลี่ย", "คะแนนเต็ม", "ร้อยละของคะแนนเต็ม")
    data: list[list] = [[_cell(t, bold=True) for t in head]]
    for i, (text, average, top) in enumerate(summary.criteria_averages, start=1):
        share = f"{average / top * 100:.1f}" if top else "-"
        data.append(
            [
                _cell(str(i)),
                label(text, SIZE),
                _cell(f"{average:.2f}"),
                _cell(str(top)),
                _cell(share),
            ]
        )
    table = KeptTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(_style(("VALIGN", (1, 1), (1, -1), "TOP")))
    return table


def render_evaluation_summary(
    out: str | BinaryIO,
    office: OfficeInfo,
    summary: FiscalYearSummary,
    *,
    printed_on: dt.date,
) -> int:
    """Write the summary of ``summary.fiscal_year`` to ``out`` (path or binary file); returns
    the page count."""
    register_fonts()
    width = PAGE[0] - 2 * MARGIN
    title = summary_title(summary.fiscal_year)
    story: list[Flowable] = [
        *title_block(title, office, printed_on, counts_line(summary)),
        *_heading("จำนวนผู้ได้รับการประเมิน จำแนกตามอำเภอและระดับผลการประเมิน"),
        _grades_table(summary, width),
        Spacer(1, 12),
        *_heading("คะแนนเฉลี่ยรายข้อ"),
        _criteria_table(summary, width),
    ]
    return build_simple(
        out,
        story,
        pagesize=PAGE,
        margins=(MARGIN, MARGIN, MARGIN),
        title=title,
        author=office.office_name,
        printed_on=printed_on,
    )
