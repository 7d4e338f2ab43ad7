"""แบบประเมินผลการปฏิบัติงาน: one sheet per person, blank for the field or filled in.

A4 portrait. Blank sheets carry the person's name, area and mentor, empty score boxes and
lines to write on — what a mentor takes to the field; filled ones carry the scores, the total
and the grade. Each sheet starts on a new page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.fonts import register_fonts
from desktop.documents.layout import (
    BODY_SIZE,
    GRID,
    RenderCancelled,
    WritingLine,
    field_table,
    label,
    label_width,
    office_line,
    section_heading,
    signature_block,
)
from desktop.documents.page import build_simple
from desktop.domain.evaluation import EvaluationSheet
from desktop.domain.thai_dates import format_long

__all__ = ["TITLE", "render_evaluation_sheets"]

TITLE = "แบบประเมินผลการปฏิบัติงาน"
PAGE = A4
LEFT, RIGHT, TOP = 2.2 * cm, 1.8 * cm, 1.0 * cm
TABLE_SIZE = 14


def _bands_line(sheet: EvaluationSheet) -> str:
    bands = sorted(sheet.template.bands, key=lambda b: -b.min_percent)
    parts = []
    for i, b in enumerate(bands):
        upper = f"–{bands[i - 1].min_percent - 0.01:g}" if i else " ขึ้นไป"
        parts.append(f"{b.label} {b.min_percent:g}{upper}")
    return "ระดับผลการประเมิน (ร้อยละ): " + " · ".join(parts)


def _criteria_table(sheet: EvaluationSheet, width: float) -> Table:
    e = sheet.evaluation
    widths = [1.1 * cm, None, 1.9 * cm, 2.1 * cm, 2.4 * cm]
    widths[1] = width - sum(w for w in widths if w)
    head = ["ข้อ", "หัวข้อการประเมิน", "น้ำหนัก", "คะแนน\nเต็ม", "คะแนน\nที่ได้"]
    data = [[label(t, TABLE_SIZE, bold=True, align=TA_CENTER) for t in head]]
    for i, c in enumerate(sheet.template.criteria):
        score = str(e.scores[i]) if e is not None and i < len(e.scores) else ""
        data.append([label(str(i + 1), TABLE_SIZE, align=TA_CENTER), label(c.text, TABLE_SIZE),
                     label(f"{c.weight:g}", TABLE_SIZE, align=TA_CENTER),
                     label(str(c.max_score), TABLE_SIZE, align=TA_CENTER),
                     label(score, TABLE_SIZE, bold=True, align=TA_CENTER)])  # fmt: skip
    if e is not None:
        total = f"คะแนนรวม (ร้อยละ) {e.total:.2f} · ระดับ {e.grade}"
    else:
        total = "คะแนนรวม (ร้อยละ) ............ · ระดับ ........................"
    data.append([label(total, TABLE_SIZE, bold=True), "", "", "", ""])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        *GRID,
        ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0"),
        ("SPAN", (0, -1), (-1, -1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _remarks(sheet: EvaluationSheet) -> list[Flowable]:
    e = sheet.evaluation
    out: list[Flowable] = []
    for title, text, lines in (("จุดเด่น", e.strengths if e else "", 2),
                               ("สิ่งที่ควรพัฒนา", e.to_improve if e else "", 2),
                               ("ความเห็นเพิ่มเติม", e.comments if e else "", 1)):  # fmt: skip
        if e is None:
            out += [WritingLine(f"{title} ")] + [WritingLine() for _ in range(lines - 1)]
        else:
            out.append(label(f"{title}: {text or '-'}"))
    return out


def _sheet(sheet: EvaluationSheet, office, width: float) -> list[Flowable]:
    e = sheet.evaluation
    people = [
        ("ชื่อ-สกุล", sheet.person_name),
        ("ประเภท", sheet.kind_label),
        ("พื้นที่", sheet.area_line),
        ("พี่เลี้ยง", sheet.mentor_name or "-"),
    ]
    if e is not None:
        people.append(("ผู้ประเมิน / วันที่", f"{e.evaluator} · {format_long(e.evaluated_on)}"))
    story: list[Flowable] = [
        label(f"{TITLE} ปีงบประมาณ {sheet.fiscal_year}", 18, bold=True, align=TA_CENTER),
        label(f"{sheet.template.name} (ฉบับที่ {sheet.template.version})", BODY_SIZE, align=TA_CENTER),
        label(office_line(office), BODY_SIZE, bold=True, align=TA_CENTER),
        Spacer(1, 4),
        field_table(people, width, label_width(name for name, _ in people)),
        Spacer(1, 4),
    ]
    if sheet.figures:
        story.append(label("ข้อมูลจากระบบ: " + " · ".join(f"{k} {v}" for k, v in sheet.figures),
                           TABLE_SIZE))  # fmt: skip
        story.append(Spacer(1, 4))
    story += [
        _criteria_table(sheet, width),
        label(_bands_line(sheet), 13),
        Spacer(1, 2),
        section_heading("ความเห็นของผู้ประเมิน", BODY_SIZE),
        *_remarks(sheet),
        Spacer(1, 2),
    ]
    signs = Table([[signature_block("ผู้ประเมิน", dots=22), signature_block("ผู้รับการประเมิน", dots=22)]],
                  colWidths=[width / 2, width / 2])  # fmt: skip
    signs.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    story.append(KeepTogether([signs]))
    return story


def render_evaluation_sheets(
    out: str | BinaryIO,
    office,
    sheets: Sequence[EvaluationSheet],
    *,
    printed_on: dt.date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one sheet per person to ``out`` (path or binary file); returns the page count."""
    register_fonts()
    width = PAGE[0] - LEFT - RIGHT
    story: list[Flowable] = []
    for i, sheet in enumerate(sheets):
        if cancelled is not None and cancelled():
            raise RenderCancelled("การพิมพ์แบบประเมินถูกยกเลิก")
        if i:
            story.append(PageBreak())
        story += _sheet(sheet, office, width)
        if progress is not None:
            progress(i + 1, len(sheets))
    if not story:
        story.append(label("ไม่มีรายชื่อที่จะพิมพ์"))
    return build_simple(out, story, pagesize=PAGE, margins=(LEFT, RIGHT, TOP), title=TITLE,
                        author=office.office_name, printed_on=printed_on)  # fmt: skip
