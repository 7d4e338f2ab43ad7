"""Room for Thai marks: rendered at 288 dpi, no glyph's ink touches a table rule — the rule
over a row under its tallest stacked marks (ปั้, ฟื้, ที่), the rule under it over its lowest
tails (ฏู, ญู) — in the roster, the evaluation sheet and the case summary."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from doc_samples import OFFICE, PRINTED_ON, make_row

from desktop.documents.roster import render_roster

TALL = ["ปั้นหยา", "ฟื้นฟู", "ที่นี่", "น้ำผึ้ง", "ปี่พาทย์"]
DEEP = ["ฏูญู", "ฐุฎุ", "ญาณฤดี", "บุญฎู"]


def _rows():
    rows = []
    for i in range(24):
        first = TALL[i % len(TALL)] + DEEP[i % len(DEEP)]
        last = DEEP[(i + 1) % len(DEEP)] + TALL[(i + 2) % len(TALL)]
        rows.append(make_row(i + 1, first, last))
    return rows


def _page_pixels(data: bytes, index: int, scale: float = 4.0):
    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[index].render(scale=scale, grayscale=True).to_pil()
    finally:
        pdf.close()
    return image.convert("L")


def _rules(image) -> tuple[list[int], set[int]]:
    """Pixel rows of the table's horizontal rules, and pixel columns of its vertical ones:
    lines drawn grey (0.35) across most of the table."""
    width, height = image.size
    px = image.load()
    grey = range(60, 130)
    rows = [
        y for y in range(height) if sum(px[x, y] in grey for x in range(0, width, 3)) > width // 6
    ]
    columns = {
        x for x in range(width) if sum(px[x, y] in grey for y in range(0, height, 3)) > height // 8
    }
    return rows, columns


def test_no_mark_touches_a_rule():
    out = io.BytesIO()
    render_roster(out, OFFICE, _rows(), printed_on=PRINTED_ON)
    assert len(_rules(_page_pixels(out.getvalue(), 0))[0]) > 8, "the table's rules were not found"
    touching = _touching(out.getvalue(), 2)
    assert touching == [], f"{len(touching)} ink pixels touch a rule, first {touching[:5]}"


def _touching(data: bytes, pages: int) -> list[tuple[int, int, int]]:
    """(page, rule row, x) of every black pixel within two pixels of a rule, off the grid's
    vertical lines (ink is black; the rules and their anti-aliased edges are grey)."""
    touching = []
    for page in range(pages):
        image = _page_pixels(data, page)
        px = image.load()
        rules, columns = _rules(image)
        rule_rows = set(rules)
        for y in rules:
            for near in (y - 2, y - 1, y + 1, y + 2):
                if near in rule_rows:
                    continue
                for x in range(image.size[0]):
                    off_grid = not {x - 1, x, x + 1} & columns
                    if off_grid and px[x, near] < 50:
                        touching.append((page, y, x))
    return touching


def test_no_mark_touches_a_rule_in_the_evaluation_sheet_and_the_case_summary():
    from case_samples import make_case
    from mentoring_samples import make_sheet

    from desktop.documents.case_summary import render_case_summary
    from desktop.documents.evaluation_sheet import render_evaluation_sheets

    sheet = io.BytesIO()
    name = "นางสาวปั้นหยา ฟื้นฟูญาณ"
    render_evaluation_sheets(sheet, OFFICE, [make_sheet(1)], printed_on=PRINTED_ON)
    summary = io.BytesIO()
    render_case_summary(
        summary,
        OFFICE,
        make_case(person_name=name, description="ที่นี่ปั้นน้ำผึ้ง ฟื้นฟูญาติ ฐุฎุ"),
        printed_on=PRINTED_ON,
    )
    for data in (sheet.getvalue(), summary.getvalue()):
        found = _touching(data, 1)
        assert found == [], f"{len(found)} ink pixels touch a rule, first {found[:5]}"
