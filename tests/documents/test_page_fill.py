"""Pages are used: a section heading moves to the next page only with too little room under
it (it does not drag the table it heads along), and a table never leaves fewer than three of
its rows alone at the foot or the head of a page."""

from __future__ import annotations

import datetime as dt
import io

import pypdfium2 as pdfium
import pytest
from case_samples import make_case
from doc_samples import OFFICE, PRINTED_ON
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from desktop.documents.case_summary import render_case_summary
from desktop.documents.layout import KeptTable, label, section_heading
from desktop.domain.cases.records import CaseEventInfo
from desktop.domain.cases.workflow import CaseStatus


def lowest_text(data: bytes, page: int) -> float:
    """How far down page ``page`` its text reaches, as a share of the page's height (the
    footer's line left out)."""
    pdf = pdfium.PdfDocument(data)
    try:
        p = pdf[page]
        height = p.get_height()
        text = p.get_textpage()
        lows = []
        for i in range(text.count_chars()):
            box = text.get_charbox(i)
            if box[1] > 60:  # above the footer ("พิมพ์เมื่อ …  หน้า x/y")
                lows.append(box[1])
        return 1 - min(lows) / height
    finally:
        pdf.close()


def test_a_long_timeline_fills_the_pages_before_it():
    events = tuple(
        CaseEventInfo(
            dt.datetime(2026, 11, 1 + i % 20, 2, i, tzinfo=dt.UTC),
            "วันดี ทะเบียนดี",
            "transition",
            CaseStatus.SCREENING,
            CaseStatus.REFERRED,
            "โทรสอบถามข้อมูลเพิ่มเติมแล้ว ผู้ร้องขอให้ติดต่อกลับช่วงเย็น",
        )
        for i in range(30)
    )
    out = io.BytesIO()
    pages = render_case_summary(out, OFFICE, make_case(events=events), printed_on=PRINTED_ON)
    assert pages >= 2
    for page in range(pages - 1):
        assert lowest_text(out.getvalue(), page) > 0.8, f"page {page + 1} left mostly empty"


def _rows_per_page(data: bytes) -> list[int]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [pdf[i].get_textpage().get_text_range().count("แถวที่") for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.mark.parametrize("gap", range(0, 260, 8))
def test_no_table_leaves_an_orphan_row(gap):
    """Whatever stands above it, the 12-row table keeps at least three rows a page."""
    rows = [[label("ข้อ", bold=True), label("รายการ", bold=True)]]
    rows += [[label(str(i)), label(f"แถวที่ {i}")] for i in range(1, 13)]
    story = [
        Spacer(1, 420 + gap),
        section_heading("คะแนนเฉลี่ยรายข้อ"),
        KeptTable(rows, colWidths=[60, 300], repeatRows=1),
    ]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    counts = [n for n in _rows_per_page(out.getvalue()) if n]
    assert sum(counts) == 12
    assert min(counts) >= 3, counts
