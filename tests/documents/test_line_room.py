"""Room between lines: rendered at 288 dpi, no glyph of a wrapped line touches a glyph of
the line under it — ฏู and ญู tails over ปั้, ที่ and ฟื้, a surname's สวัสดิ์ over the next
line's นางสาว — in the roster (demo people and the tallest and deepest names) and in wrapped
text (the case summary). Each cell's lines are drawn alternately red and blue, so ink from
one line meeting ink from the next shows as a red pixel beside a blue one."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
import pytest
from case_samples import make_case
from doc_samples import OFFICE, PRINTED_ON, make_row

from desktop.documents import layout, roster_rows
from desktop.documents.case_summary import render_case_summary
from desktop.documents.roster import render_roster

TALL = ["ปั้นหยา", "ฟื้นฟู", "ที่นี่", "น้ำผึ้ง", "ปี่พาทย์", "สวัสดิ์"]
DEEP = ["ฏูญู", "ฐุฎุ", "ญาณฤดี", "บุญฎู", "กฤษฎ์"]


@pytest.fixture
def two_colours(monkeypatch):
    """Draw each cell's (each block's) lines red, blue, red…: a line is the next of the one
    drawn just before it when it starts at the same x and lower down."""
    last: dict[str, tuple[float, float, int]] = {}

    def wrap(draw):
        def coloured(canvas, x, y, text, font_name, size, align="left"):
            px, py, k = last.get("line", (None, None, -1))
            k = k + 1 if (px == x and py is not None and y < py) else 0
            last["line"] = (x, y, k)
            canvas.saveState()
            canvas.setFillColorRGB(*((1, 0, 0) if k % 2 == 0 else (0, 0, 1)))
            try:
                return draw(canvas, x, y, text, font_name, size, align)
            finally:
                canvas.restoreState()

        return coloured

    monkeypatch.setattr(roster_rows, "draw_text", wrap(roster_rows.draw_text))
    monkeypatch.setattr(layout, "draw_text", wrap(layout.draw_text))


def _meeting(data: bytes, pages: int) -> list[tuple[int, int, int]]:
    """(page, y, x) of every red pixel with a blue one beside, above or below it."""
    found = []
    pdf = pdfium.PdfDocument(data)
    try:
        for page in range(min(pages, len(pdf))):
            rgb = np.asarray(pdf[page].render(scale=4.0).to_pil().convert("RGB")).astype(int)
            r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
            red = (r - np.maximum(g, b)) > 60
            blue = (b - np.maximum(r, g)) > 60
            near_blue = blue.copy()
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    near_blue |= np.roll(np.roll(blue, dy, axis=0), dx, axis=1)
            ys, xs = np.nonzero(red & near_blue)
            found += [(page, int(y), int(x)) for y, x in zip(ys, xs, strict=True)]
    finally:
        pdf.close()
    return found


def _coloured_lines(data: bytes) -> tuple[int, int]:
    pdf = pdfium.PdfDocument(data)
    try:
        rgb = np.asarray(pdf[0].render(scale=1.0).to_pil().convert("RGB")).astype(int)
    finally:
        pdf.close()
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return int(((r - np.maximum(g, b)) > 60).sum()), int(((b - np.maximum(r, g)) > 60).sum())


def test_no_line_of_the_roster_touches_the_next(two_colours):
    rows = []
    for i in range(30):
        first = TALL[i % len(TALL)] + DEEP[i % len(DEEP)]
        last = DEEP[(i + 2) % len(DEEP)] + TALL[(i + 1) % len(TALL)]
        address = (
            f"บ้านเลขที่ {i} หมู่ที่ {i % 9 + 1} ซอย{TALL[i % len(TALL)]} "
            f"ถนน{DEEP[i % len(DEEP)]} ต.ปู่ฏู อ.ฟื้นฟูญู จ.เชียงใหม่ 50200"
        )
        rows.append(make_row(i + 1, first, last, address=address))
    out = io.BytesIO()
    render_roster(out, OFFICE, rows, printed_on=PRINTED_ON)
    red, blue = _coloured_lines(out.getvalue())
    assert red > 1000 and blue > 1000, "the lines were not drawn in two colours"
    meeting = _meeting(out.getvalue(), 3)
    assert meeting == [], f"{len(meeting)} pixels where lines meet, first {meeting[:5]}"


def test_no_line_of_wrapped_text_touches_the_next(two_colours):
    text = " ".join(
        f"{TALL[i % len(TALL)]}{DEEP[i % len(DEEP)]} นางสาวสวัสดิ์ ปู่ฏูญู ฟื้นฟู" for i in range(24)
    )
    out = io.BytesIO()
    render_case_summary(
        out,
        OFFICE,
        make_case(person_name="นางสาวปั้นหยา ฟื้นฟูญาณ", description=text),
        printed_on=PRINTED_ON,
    )
    meeting = _meeting(out.getvalue(), 2)
    assert meeting == [], f"{len(meeting)} pixels where lines meet, first {meeting[:5]}"
