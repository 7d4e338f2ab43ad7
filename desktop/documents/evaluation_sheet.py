"""แบบประเมินผลการปฏิบัติงาน: one sheet per person, blank for the field or filled in.

A4 portrait, each sheet from a new page. A blank sheet is what a mentor takes to the field:
the person, area and mentor are pre-printed, the score column has an empty box per criterion
and the remarks are dotted lines to write on. A filled sheet carries the scores, the weighted
total and the grade, the evaluator's remarks and figures from the system beside the person.
A sheet that runs over a page is headed "(ต่อ)" with the person's name on the next one.
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
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import text_units
from desktop.documents.drawing import draw_text, numbered_canvas
from desktop.documents.fonts import BOLD, register_fonts
from desktop.documents.layout import (
    BODY_SIZE,
    FOOTER_HEIGHT,
    GRID,
    RenderCancelled,
    WritingLine,
    draw_footer,
    field_grid,
    field_table,
    label,
    label_width,
    office_line,
    printed_line,
    section_heading,
    side_by_side,
    signature_block,
)
from desktop.domain.mentoring.evaluation import EvaluationSheet, GradeBand
from desktop.domain.records import OfficeInfo
from desktop.domain.thai_dates import format_long

__all__ = ["TITLE", "RenderCancelled", "bands_line", "render_evaluation_sheets"]

TITLE = "แบบประเมินผลการปฏิบัติงาน"
PAGE = A4
LEFT, RIGHT, TOP = 2.0 * cm, 1.5 * cm, 1.2 * cm
TABLE_SIZE = 14
CANCELLED = "การพิมพ์แบบประเมินถูกยกเลิก"
BLANK_TOTAL = "คะแนนรวม (ร้อยละ) ..................  ·  ระดับ ................................"


def _num(value: float) -> str:
    return f"{round(value, 2):g}"


def bands_line(bands: Sequence[GradeBand]) -> str:
    """``ดีเด่น 90 ขึ้นไป · ดี 75–89.99 · … · ควรปรับปรุง ต่ำกว่า 60`` (edges inclusive)."""
    ordered = sorted(bands, key=lambda b: b.min_percent, reverse=True)
    parts = []
    for i, band in enumerate(ordered):
        if i == 0:
            parts.append(f"{band.label} {_num(band.min_percent)} ขึ้นไป")
        elif band.min_percent <= 0:
            parts.append(f"{band.label} ต่ำกว่า {_num(ordered[i - 1].min_percent)}")
        else:
            top = ordered[i - 1].min_percent - 0.01
            parts.append(f"{band.label} {_num(band.min_percent)}–{_num(top)}")
    return " · ".join(parts)


class _ScoreBox(Flowable):
    """An empty box in the score column for the mentor's pen: drawn as one rectangle (a
    one-cell Table per criterion made a third of a blank sheet's printing time)."""

    def __init__(self) -> None:
        super().__init__()
        self.width, self.height = 1.3 * cm, 0.62 * cm

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeGray(0.3)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canvas.restoreState()


class _SheetMark(Flowable):
    """Zero-size marker at the start or end of a sheet, for page headings and progress."""

    def __init__(self, index: int, end: bool) -> None:
        super().__init__()
        self.index, self.end = index, end

    def draw(self) -> None:
        pass


def _centre(text: str, size: float = TABLE_SIZE, bold: bool = False) -> Flowable:
    return label(text, size, bold=bold, align=TA_CENTER)


def _criteria_table(sheet: EvaluationSheet, width: float) -> Table:
    e = sheet.evaluation
    widths = [1.0 * cm, None, 1.85 * cm, 1.9 * cm, 2.0 * cm]
    widths[1] = width - sum(w for w in widths if w)
    head = ["ข้อ", "หัวข้อการประเมิน", "น้ำหนัก", "คะแนน\nเต็ม", "คะแนน\nที่ได้"]
    data: list[list] = [[_centre(t, bold=True) for t in head]]
    for i, c in enumerate(sheet.template.criteria):
        if e is None:
            score: Flowable = _ScoreBox()
        else:
            score = _centre(str(e.scores[i]) if i < len(e.scores) else "-", bold=True)
        data.append(
            [
                _centre(str(i + 1)),
                label(c.text, TABLE_SIZE),
                _centre(_num(c.weight)),
                _centre(str(c.max_score)),
                score,
            ]
        )
    total = BLANK_TOTAL if e is None else f"คะแนนรวม (ร้อยละ) {e.total:.2f}  ·  ระดับ {e.grade}"
    data.append([label(total, BODY_SIZE, bold=True), "", "", "", ""])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *GRID,
                *(
                    (pad, (0, 0), (-1, -1), n)
                    for pad, n in (
                        ("TOPPADDING", 4.5),
                        ("BOTTOMPADDING", 2),
                        ("LEFTPADDING", 4),
                        ("RIGHTPADDING", 4),
                    )
                ),
                ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0"),
                ("BACKGROUND", (0, -1), (-1, -1), "#F2F2F2"),
                ("SPAN", (0, -1), (-1, -1)),
                ("ALIGN", (4, 1), (4, -2), "CENTER"),
                ("VALIGN", (0, 1), (-1, -2), "MIDDLE"),
            ]
        )
    )
    return table


def _how_scored(sheet: EvaluationSheet) -> list[Flowable]:
    weights = sum(c.weight for c in sheet.template.criteria)
    rule = "คะแนนรวม (ร้อยละ) = ผลรวมของ (คะแนนที่ได้ ÷ คะแนนเต็ม × น้ำหนัก)"
    if round(weights, 2) != 100:
        rule += f" ÷ น้ำหนักรวม {_num(weights)} × 100"
    return [
        Spacer(1, 3),  # the rule's marks clear the table above
        label(rule, 13),
        label(f"เกณฑ์ (ร้อยละ): {bands_line(sheet.template.bands)}", 13),
    ]


def _figures(sheet: EvaluationSheet, width: float) -> Table:
    """The small "ข้อมูลจากระบบ" box: what the office's records say about the person."""
    facts = [("ข้อมูลจากระบบ", "  ·  ".join(f"{name} {value}" for name, value in sheet.figures))]
    return field_table(facts, width, label_width([facts[0][0]], TABLE_SIZE), TABLE_SIZE)


def _remarks_and_signatures(sheet: EvaluationSheet, width: float) -> list[Flowable]:
    e = sheet.evaluation
    parts = (
        ("จุดเด่น", e.strengths if e else "", 2),
        ("สิ่งที่ควรพัฒนา", e.to_improve if e else "", 2),
        ("ความเห็นเพิ่มเติม", e.comments if e else "", 2),
    )
    signs = side_by_side(
        [
            signature_block("ผู้ประเมิน", dots=24, name=e.evaluator if e else ""),
            signature_block("ผู้รับการประเมิน", dots=24, name=sheet.person_name),
        ],
        [0.5, 0.5],
        width,
    )
    heading = section_heading("ความเห็นของผู้ประเมิน", BODY_SIZE)
    if e is None:
        lines: list[Flowable] = [heading]
        for title, _, count in parts:
            lines += [WritingLine(f"{title} "), *(WritingLine() for _ in range(count - 1))]
        lines.append(
            side_by_side(
                [WritingLine("ผู้ประเมิน "), WritingLine("  วันที่ประเมิน ")], [0.55, 0.45], width
            )
        )
        # A sheet too long for one page takes all its writing space over, not just the
        # signatures.
        return [KeepTogether([*lines, Spacer(1, 12), signs])]
    # Label | text rows, like the person's box: a filled sheet then fits one page unless the
    # remarks are long (a table splits between rows, and never leaves the signatures alone).
    titles = [title for title, _, _ in parts]
    remarks = field_table(
        [(title, text.strip()) for title, text, _ in parts],
        width,
        label_width(titles, TABLE_SIZE),
        TABLE_SIZE,
    )
    by = [label(f"ประเมินโดย {e.evaluator} เมื่อ {format_long(e.evaluated_on)}")]
    if e.keyed_for_evaluator:  # a clerk typed the mentor's paper sheet
        by.append(label(f"บันทึกโดย {e.entered_by} แทน {e.evaluator}"))
    return [KeepTogether([heading, remarks, Spacer(1, 2), *by, Spacer(1, 6), signs])]


def _sheet(index: int, sheet: EvaluationSheet, office: OfficeInfo, width: float) -> list[Flowable]:
    people = [
        ("ชื่อ-สกุล", text_units.name(sheet.person_name)),
        ("ประเภท", sheet.kind_label),
        ("พื้นที่", text_units.address(sheet.area_line)),
        ("พี่เลี้ยง", sheet.mentor_name),
    ]
    return [
        _SheetMark(index, end=False),
        label(f"{TITLE} ปีงบประมาณ {sheet.fiscal_year}", 20, bold=True, align=TA_CENTER),
        label(sheet.template.title, BODY_SIZE, align=TA_CENTER),
        label(office_line(office), BODY_SIZE, bold=True, align=TA_CENTER),
        Spacer(1, 4),
        field_grid(people, width, TABLE_SIZE),
        *([Spacer(1, 4), _figures(sheet, width)] if sheet.figures else []),
        Spacer(1, 4),
        _criteria_table(sheet, width),
        Spacer(1, 2),
        *_how_scored(sheet),
        Spacer(1, 4),
        *_remarks_and_signatures(sheet, width),
        _SheetMark(index, end=True),
    ]


class _SheetsDoc(SimpleDocTemplate):
    """Notes where each sheet starts, reports progress per sheet and honours cancel."""

    def __init__(self, out, *, total: int, progress, cancelled, **kwargs) -> None:
        super().__init__(out, **kwargs)
        self.total, self.progress, self.cancelled = total, progress, cancelled
        self.starts: dict[int, int] = {}  # page → index of the sheet starting on it

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab's name)
        if not isinstance(flowable, _SheetMark):
            return
        if not flowable.end:
            self.starts.setdefault(self.page, flowable.index)
            return
        if self.cancelled is not None and self.cancelled():
            raise RenderCancelled(CANCELLED)
        if self.progress is not None:
            self.progress(flowable.index + 1, self.total)


def render_evaluation_sheets(
    out: str | BinaryIO,
    office: OfficeInfo,
    sheets: Sequence[EvaluationSheet],
    *,
    printed_on: dt.date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one sheet per person to ``out`` (path or binary file); returns the page count.

    ``progress(done, total)`` is called as each sheet is laid out; when ``cancelled()``
    returns True the render stops with :class:`RenderCancelled` and nothing is written.
    """
    register_fonts()
    if cancelled is not None and cancelled():
        raise RenderCancelled(CANCELLED)
    page_width, page_height = PAGE
    width = page_width - LEFT - RIGHT
    footer_left = printed_line(printed_on)
    doc = _SheetsDoc(
        out,
        total=len(sheets),
        progress=progress,
        cancelled=cancelled,
        pagesize=PAGE,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=FOOTER_HEIGHT + 6,
        title=TITLE,
        author=office.office_name,
    )

    def stamp(canvas, page: int, total: int) -> None:
        draw_footer(canvas, page, total, left=footer_left, margin=LEFT)
        if page not in doc.starts and (earlier := [p for p in doc.starts if p < page]):
            name = sheets[doc.starts[max(earlier)]].person_name
            draw_text(canvas, LEFT, page_height - TOP + 8, f"{TITLE} — {name} (ต่อ)", BOLD, 14)

    story: list[Flowable] = []
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story += _sheet(i, sheet, office, width)
    if not story:
        story.append(label("ไม่มีรายชื่อที่จะพิมพ์แบบประเมิน"))
    doc.build(story, canvasmaker=numbered_canvas(stamp))
    return doc.page
