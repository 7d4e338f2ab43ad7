"""แบบบันทึกการเยี่ยม: a recorded mentoring visit, or a blank form pre-printed with the
person's name and area for a mentor to fill in on the spot. A4 portrait, one form per page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from desktop.documents.fonts import register_fonts
from desktop.documents.layout import (
    BODY_SIZE,
    GRID,
    WritingLine,
    field_table,
    label,
    label_width,
    office_line,
    section_heading,
    signature_block,
)
from desktop.documents.page import build_simple
from desktop.domain.people import format_phone
from desktop.domain.thai_dates import format_long, format_medium
from desktop.domain.visits import VisitForm, VisitMode

__all__ = ["TITLE", "render_visit_forms"]

TITLE = "แบบบันทึกการเยี่ยมอาสาสมัครแรงงาน"
PAGE = A4
LEFT, RIGHT, TOP = 2.2 * cm, 1.8 * cm, 1.2 * cm
SMALL = 14
BLANK_FOLLOW_UPS = 3


class Box(Flowable):
    """A tick box, ticked or not (drawn: Sarabun has no ballot-box glyph)."""

    def __init__(self, ticked: bool, size: float = 10) -> None:
        super().__init__()
        self.ticked, self.size = ticked, size

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return self.size, self.size + 4

    def draw(self) -> None:
        c, n = self.canv, self.size
        c.saveState()
        c.setLineWidth(0.8)
        c.rect(0, 0, n, n)
        if self.ticked:
            c.setLineWidth(1.4)
            c.line(2, n * 0.5, n * 0.42, 2)
            c.line(n * 0.42, 2, n - 1.5, n - 1.5)
        c.restoreState()


def _choices(options: Sequence[str], chosen: set[str], width: float, columns: int = 2) -> Table:
    cells, row = [], []
    for text in options:
        row += [Box(text in chosen), label(text, SMALL)]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * columns - len(row)))
    col = width / columns
    table = Table(cells, colWidths=[18, col - 18] * columns)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
    return table


def _text_or_lines(title: str, text: str | None, lines: int) -> list[Flowable]:
    if text is None:
        return [WritingLine(f"{title} ")] + [WritingLine() for _ in range(lines - 1)]
    return [label(f"{title}: {text or '-'}")]


def _follow_ups(form: VisitForm, width: float) -> Table:
    widths = [None, 3.4 * cm, 3.4 * cm]
    widths[0] = width - sum(w for w in widths if w)
    data = [[label(t, SMALL, bold=True, align=TA_CENTER) for t in ("สิ่งที่ต้องติดตาม", "กำหนด", "เสร็จเมื่อ")]]
    if form.visit is None:
        data += [["", "", ""] for _ in range(BLANK_FOLLOW_UPS)]
    else:
        for f in form.visit.follow_ups or ():
            data.append([label(f.action, SMALL), label(format_medium(f.due_on) or "-", SMALL),
                         label(format_medium(f.done_on) or "-", SMALL)])  # fmt: skip
        if not form.visit.follow_ups:
            data.append([label("ไม่มี", SMALL), "", ""])
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0"),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["#FFFFFF"]),
                               ("MINROWHEIGHT", (0, 1), (-1, -1), 24)]))  # fmt: skip
    return table


def _form(form: VisitForm, office, width: float) -> list[Flowable]:
    v = form.visit
    person = [("ผู้ได้รับการเยี่ยม", form.person_name), ("พื้นที่", form.area_line),
              ("โทรศัพท์", format_phone(form.phone) if form.phone else "-"),
              ("พี่เลี้ยง", (v.mentor_name if v else form.mentor_name) or "-")]  # fmt: skip
    if v is not None:
        person.append(("วันที่เยี่ยม / สถานที่", f"{format_long(v.visited_on)} · {v.place or '-'}"))
        if v.keyed_for_mentor:
            person.append(("บันทึกโดย", f"{v.entered_by} แทน {v.mentor_name}"))
    story: list[Flowable] = [
        label(TITLE, 18, bold=True, align=TA_CENTER),
        label(office_line(office), BODY_SIZE, bold=True, align=TA_CENTER),
        Spacer(1, 4),
        field_table(person, width, label_width(name for name, _ in person)),
        Spacer(1, 4),
    ]
    if v is None:
        story.append(WritingLine("วันที่เยี่ยม ...................................... สถานที่ "))
    story += [
        section_heading("รูปแบบการเยี่ยม", BODY_SIZE),
        _choices([m.label for m in VisitMode], {v.mode.label} if v else set(), width, columns=4),
        section_heading("หัวข้อที่ดำเนินการ", BODY_SIZE),
        _choices(list(dict.fromkeys([*form.topics, *(v.topics if v else ())])),
                 set(v.topics) if v else set(), width),  # fmt: skip
        Spacer(1, 4),
        *_text_or_lines("รายละเอียด", v.notes if v else None, 2),
        *_text_or_lines("ปัญหาที่พบ", v.problems if v else None, 2),
        *_text_or_lines("คำแนะนำที่ให้", v.advice if v else None, 2),
        section_heading("การติดตามผล", BODY_SIZE),
        _follow_ups(form, width),
        Spacer(1, 4),
    ]
    if v is None:
        story.append(WritingLine("นัดเยี่ยมครั้งต่อไป "))
    else:
        story.append(label(f"นัดเยี่ยมครั้งต่อไป: {format_long(v.next_visit_on) or '-'}"))
    signs = Table([[signature_block("พี่เลี้ยง", dots=22), signature_block("ผู้ได้รับการเยี่ยม", dots=22)]],
                  colWidths=[width / 2, width / 2])  # fmt: skip
    signs.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 8)]))
    story.append(signs)
    return story


def render_visit_forms(
    out: str | BinaryIO, office, forms: Sequence[VisitForm], *, printed_on: dt.date
) -> int:
    """One form per page (or more for a long record); returns the page count."""
    register_fonts()
    width = PAGE[0] - LEFT - RIGHT
    story: list[Flowable] = []
    for i, form in enumerate(forms):
        if i:
            story.append(PageBreak())
        story += _form(form, office, width)
    if not story:
        story.append(label("ไม่มีรายชื่อที่จะพิมพ์"))
    return build_simple(out, story, pagesize=PAGE, margins=(LEFT, RIGHT, TOP), title=TITLE,
                        author=office.office_name, printed_on=printed_on)  # fmt: skip
