"""แบบบันทึกการเยี่ยมอาสาสมัครแรงงาน: a blank form a mentor fills in on the spot, or a
recorded visit printed on the same layout. A4 portrait, each form from a new page.

Sarabun has no ballot-box glyph (□ ☑), so tick boxes are drawn. A ticked box also carries an
invisible "[x]" in the text layer, so a search or a copy of the page tells which were chosen.
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

from desktop.documents import text_units
from desktop.documents.drawing import draw_text, shaped_width
from desktop.documents.fonts import REGULAR, register_fonts
from desktop.documents.layout import (
    BODY_SIZE,
    COMPACT_PADDING,
    GRID,
    LEADING,
    WritingLine,
    field_grid,
    label,
    office_line,
    section_heading,
    side_by_side,
    signature_block,
    titled_text,
)
from desktop.documents.page import ItemDone, build_simple
from desktop.documents.thai_text import wrap_text
from desktop.domain.mentoring.visits import VisitForm, VisitInfo, VisitMode
from desktop.domain.people import format_phone
from desktop.domain.records import OfficeInfo
from desktop.domain.thai_dates import format_long, format_medium

__all__ = ["TICKED", "TITLE", "render_visit_forms"]

TITLE = "แบบบันทึกการเยี่ยมอาสาสมัครแรงงาน"
TICKED = "[x]"  # what a ticked box reads as in the PDF's text
PAGE = A4
LEFT, RIGHT, TOP = 2.0 * cm, 1.5 * cm, 1.2 * cm
TABLE_SIZE = 14
BLANK_FOLLOW_UPS = 3


class CheckList(Flowable):
    """Options in ``columns`` columns, each with a drawn box; long options wrap at words.
    ``other`` adds a last box with a dotted line to write another option on."""

    def __init__(
        self,
        options: Sequence[tuple[str, bool]],
        columns: int,
        *,
        other: bool = False,
        size: float = BODY_SIZE,
    ) -> None:
        super().__init__()
        self.options, self.columns, self.other, self.size = options, columns, other, size
        self.box = size * 0.62
        self._rows: list[list[tuple[list[str], bool]]] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width = availWidth
        text_width = availWidth / self.columns - self.box - 12
        cells = [
            (wrap_text(text, REGULAR, self.size, text_width), ticked)
            for text, ticked in self.options
        ]
        self._rows = [cells[i : i + self.columns] for i in range(0, len(cells), self.columns)]
        lines = sum(max(len(c[0]) for c in row) for row in self._rows) + self.other
        self.height = lines * self.size * LEADING
        return self.width, self.height

    def draw(self) -> None:
        c, leading, box = self.canv, self.size * LEADING, self.box
        baseline = self.height - self.size
        for row in self._rows:
            for col, (lines, ticked) in enumerate(row):
                x = col * self.width / self.columns
                self._box(x, baseline - 1, ticked)
                for n, line in enumerate(lines):
                    draw_text(
                        c, x + box + 6, baseline - n * leading, line.rstrip(), REGULAR, self.size
                    )
            baseline -= max(len(lines) for lines, _ in row) * leading
        if self.other:
            self._box(0, baseline - 1, False)
            used = box + 6 + draw_text(c, box + 6, baseline, "อื่น ๆ (ระบุ) ", REGULAR, self.size)
            dots = int((self.width - used - 2) / shaped_width(".", REGULAR, self.size))
            draw_text(c, used, baseline, "." * max(dots, 0), REGULAR, self.size)

    def _box(self, x: float, y: float, ticked: bool) -> None:
        c, n = self.canv, self.box
        c.saveState()
        c.setLineWidth(0.8)
        c.rect(x, y, n, n)
        if ticked:
            hidden = c.beginText(x, y + 1)
            hidden.setTextRenderMode(3)  # invisible: the drawn tick is what the eye sees
            hidden.setFont(REGULAR, n * 0.6)
            hidden.textOut(TICKED)
            c.drawText(hidden)
            c.setLineWidth(1.6)
            c.setLineCap(1)
            path = c.beginPath()
            path.moveTo(x + n * 0.18, y + n * 0.5)
            path.lineTo(x + n * 0.42, y + n * 0.2)
            path.lineTo(x + n * 0.95, y + n * 1.05)
            c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


def _heading(text: str) -> Flowable:
    return section_heading(text, BODY_SIZE)


def _text_or_lines(title: str, visit: VisitInfo | None, text: str, lines: int) -> list[Flowable]:
    """Dotted lines to write on for a blank form; the recorded text under a heading."""
    if visit is None:
        return [WritingLine(f"{title} "), *(WritingLine() for _ in range(lines - 1))]
    return titled_text(title, text)


def _follow_ups(visit: VisitInfo | None, width: float) -> Table:
    widths = [width - 2 * 3.4 * cm, 3.4 * cm, 3.4 * cm]
    head = ("สิ่งที่ต้องติดตาม", "กำหนด", "เสร็จเมื่อ")
    data: list[list] = [[label(t, TABLE_SIZE, bold=True, align=TA_CENTER) for t in head]]
    if visit is None:
        data += [["", "", ""] for _ in range(BLANK_FOLLOW_UPS)]
    for f in visit.follow_ups if visit else ():
        data.append(
            [
                label(f.action, TABLE_SIZE),
                *(
                    label(format_medium(d) or "-", TABLE_SIZE, align=TA_CENTER)
                    for d in (f.due_on, f.done_on)
                ),
            ]
        )
    if visit is not None and not visit.follow_ups:
        data.append([label("ไม่มีเรื่องที่ต้องติดตาม", TABLE_SIZE), "", ""])
    table = Table(
        data,
        colWidths=widths,
        rowHeights=[None] + [24 if visit is None else None] * (len(data) - 1),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                *GRID,
                *COMPACT_PADDING,
                ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0"),
            ]
        )
    )
    return table


def _form(form: VisitForm, office: OfficeInfo, width: float) -> list[Flowable]:
    v = form.visit
    mentor = (v.mentor_name if v else form.mentor_name) or ""
    person = [
        ("ชื่อ-สกุล", text_units.name(form.person_name)),
        ("โทรศัพท์", format_phone(form.phone) if form.phone else ""),
        ("พื้นที่", text_units.address(form.area_line)),
        ("พี่เลี้ยง", mentor),
    ]
    chosen = set(v.topics) if v else set()
    topics = list(dict.fromkeys([*form.topics, *(v.topics if v else ())]))  # old topics too
    story: list[Flowable] = [
        label(TITLE, 20, bold=True, align=TA_CENTER),
        label(office_line(office), BODY_SIZE, bold=True, align=TA_CENTER),
        Spacer(1, 2),
        field_grid(person, width, TABLE_SIZE),
        Spacer(1, 2),
    ]
    if v is None:
        story.append(
            side_by_side([WritingLine("วันที่เยี่ยม "), WritingLine("  สถานที่ ")], [0.42, 0.58], width)
        )
    else:
        story.append(label(f"วันที่เยี่ยม {format_long(v.visited_on)}    สถานที่ {v.place or '-'}"))
        if v.keyed_for_mentor:
            story.append(label(f"บันทึกโดย {v.entered_by} แทน {v.mentor_name}", TABLE_SIZE))
    story += [
        _heading("รูปแบบการเยี่ยม"),
        CheckList([(m.label, v is not None and v.mode == m) for m in VisitMode], 4),
        Spacer(1, 2),
        _heading("เรื่องที่ดำเนินการ"),
        # Up to six topics one a line; more go in two columns of smaller text, so a blank
        # form still fits a page.
        CheckList(
            [(t, t in chosen) for t in topics],
            1 if len(topics) <= 6 else 2,
            other=v is None,
            size=BODY_SIZE if len(topics) <= 6 else TABLE_SIZE,
        ),
        Spacer(1, 2),
        *_text_or_lines("บันทึกการเยี่ยม", v, v.notes if v else "", 3),
        *_text_or_lines("ปัญหาที่พบ", v, v.problems if v else "", 2),
        *_text_or_lines("คำแนะนำที่ให้", v, v.advice if v else "", 2),
        Spacer(1, 2),
        _heading("เรื่องที่ต้องติดตาม"),
        _follow_ups(v, width),
        Spacer(1, 2),
    ]
    if v is None:
        next_visit: Flowable = WritingLine("นัดเยี่ยมครั้งต่อไป ")
    else:
        next_visit = label(f"นัดเยี่ยมครั้งต่อไป {format_long(v.next_visit_on) or 'ยังไม่ได้นัด'}")
    signs = [
        signature_block("พี่เลี้ยง", dots=24, name=mentor),
        signature_block("ผู้ได้รับการเยี่ยม", dots=24, name=form.person_name),
    ]
    story.append(KeepTogether([next_visit, Spacer(1, 2), side_by_side(signs, [0.5, 0.5], width)]))
    return story


def render_visit_forms(
    out: str | BinaryIO,
    office: OfficeInfo,
    forms: Sequence[VisitForm],
    *,
    printed_on: dt.date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one form per person or visit to ``out`` (path or binary file); returns the page
    count. ``progress(done, total)`` is called as each form is laid out; when ``cancelled()``
    returns True the render stops with :class:`RenderCancelled` and nothing is written."""
    register_fonts()
    width = PAGE[0] - LEFT - RIGHT
    story: list[Flowable] = []
    for i, form in enumerate(forms):
        if i:
            story.append(PageBreak())
        story += [*_form(form, office, width), ItemDone(i)]
    if not story:
        story.append(label("ไม่มีรายชื่อที่จะพิมพ์แบบบันทึกการเยี่ยม"))
    return build_simple(
        out,
        story,
        pagesize=PAGE,
        margins=(LEFT, RIGHT, TOP),
        title=TITLE,
        author=office.office_name,
        printed_on=printed_on,
        parts=len(forms),
        what="แบบบันทึกการเยี่ยม",
        progress=progress,
        cancelled=cancelled,
    )
