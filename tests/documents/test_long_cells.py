"""One very long cell (a 1,000-character road name, a long name) never makes a document
unprintable: the row continues on the next page and every word of it is printed."""

from __future__ import annotations

import io
import re

from case_samples import make_case, make_case_row, squeeze
from doc_samples import OFFICE, PRINTED_ON, make_detail, make_row, pdf_pages_text

from desktop.documents.case_summary import render_case_summary
from desktop.documents.queue_list import render_queue_list
from desktop.documents.record_form import render_record_form
from desktop.documents.referral_slip import render_referral_slips
from desktop.documents.roster import render_roster

ROAD = ("ถนนเชียงใหม่-ลำปาง ซอยสุขใจพัฒนา " * 40)[:1000].strip()
assert len(ROAD) >= 990


def _text(data: bytes) -> str:
    # Drop the page furniture so a row that continues over a page reads on.
    pages = pdf_pages_text(data)
    return squeeze("".join(pages))


def _contains_in_order(text: str, long_text: str) -> bool:
    """Every repeat of ``long_text``'s words is printed: a cell's lines interleave with the
    other cells of its row in the extracted text, so the words are counted, not the run."""
    return all(
        text.count(squeeze(word)) >= long_text.count(word) > 0
        for word in ("ลำปาง", "สุขใจ", "พัฒนา")  # words a line never breaks
    )


def test_roster_with_a_1000_character_address_prints_it_all():
    rows = [make_row(1), make_row(2, address=ROAD), make_row(3, "สมหญิง", "ใจงาม")]
    out = io.BytesIO()
    pages = render_roster(out, OFFICE, rows, printed_on=PRINTED_ON)
    text = _text(out.getvalue())
    assert pages >= 2
    assert squeeze(ROAD[:60]) in text and _contains_in_order(text, ROAD)
    assert squeeze("สมหญิง ใจงาม") in text


def test_roster_cell_that_continues_keeps_the_header_on_the_next_page():
    out = io.BytesIO()
    render_roster(out, OFFICE, [make_row(2, address=ROAD * 3)], printed_on=PRINTED_ON)
    pages = pdf_pages_text(out.getvalue())
    assert len(pages) >= 2 and all(squeeze("ชื่อ-สกุล") in squeeze(p) for p in pages)


def test_queue_list_with_a_1000_character_name_prints_it_all():
    long_name = "นาย" + ROAD
    rows = [make_case_row(1), make_case_row(2, person_name=long_name), make_case_row(3)]
    out = io.BytesIO()
    render_queue_list(out, OFFICE, rows, printed_on=PRINTED_ON, title="เรื่องทั้งหมด")
    text = _text(out.getvalue())
    assert _contains_in_order(text, ROAD)
    assert squeeze("ลป 2570/00003") in text


def test_record_form_with_a_1000_character_road_prints_it_all():
    out = io.BytesIO()
    render_record_form(out, OFFICE, make_detail(soi_road=ROAD), printed_on=PRINTED_ON)
    text = _text(out.getvalue())
    assert squeeze(ROAD[:60]) in text and _contains_in_order(text, ROAD)


def test_case_summary_and_slip_with_long_text_print():
    case = make_case(agency_contact=ROAD, person_name="นาย" + ROAD[:300], description=ROAD * 3)
    out = io.BytesIO()
    render_case_summary(out, OFFICE, case, printed_on=PRINTED_ON)
    assert _contains_in_order(_text(out.getvalue()), ROAD)
    out = io.BytesIO()
    render_referral_slips(out, OFFICE, [case], printed_on=PRINTED_ON)
    assert re.search(squeeze("ถนนเชียงใหม่"), _text(out.getvalue()))
