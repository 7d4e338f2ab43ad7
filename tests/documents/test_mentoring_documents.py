"""Mentoring PDFs on their own: long criteria wrap between words, blank forms have no data,
user text prints literally, and the marks come back out of the PDF intact."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
from case_samples import HOSTILE, breaks_on_word_boundaries, squeeze
from doc_samples import OFFICE, PRINTED_ON, bad_characters, pdf_pages_text

from desktop.documents.evaluation_sheet import render_evaluation_sheets
from desktop.documents.evaluation_summary import render_evaluation_summary
from desktop.documents.visit_form import render_visit_forms
from desktop.domain.mentoring.evaluation import (
    DEFAULT_BANDS,
    Criterion,
    EvaluationInfo,
    EvaluationSheet,
    FiscalYearSummary,
    GradeCount,
    TemplateInfo,
)
from desktop.domain.mentoring.visits import DEFAULT_TOPICS, VisitForm, VisitInfo, VisitMode

LONG = (
    "ความสามารถในการชี้เป้าและรายงานความต้องการด้านแรงงานของคนในชุมชนอย่างครบถ้วนถูกต้อง "
    "รวมทั้งการประสานส่งต่อผู้ว่างงานและผู้ประสงค์ฝึกอาชีพให้หน่วยงานที่เกี่ยวข้องได้ทันเวลา"
)
TEMPLATE = TemplateInfo(
    7, 2570, 2, "แบบประเมินทดสอบ", (Criterion(LONG, 25, 10),), DEFAULT_BANDS, True
)


def sheet(**kw) -> EvaluationSheet:
    values = dict(
        person_name="นางสาวปั้นหยา น้ำใจงาม",
        kind_label="อาสาสมัครแรงงาน (ในประเทศ)",
        area_line="ต.ศรีภูมิ อ.เมืองเชียงใหม่ จ.เชียงใหม่",
        mentor_name="ประยูร พี่เลี้ยงดี",
        fiscal_year=2570,
        template=TEMPLATE,
    )
    values.update(kw)
    return EvaluationSheet(**values)


def test_long_criterion_breaks_only_between_words():
    out = io.BytesIO()
    render_evaluation_sheets(out, OFFICE, [sheet()], printed_on=PRINTED_ON)
    lines = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text().splitlines()
    # pypdf reads the table cell by cell: the criterion's lines sit between "1" and its
    # weight (25), which shares a line with the full score beside it.
    start = next(i for i, line in enumerate(lines) if line.strip() == "1") + 1
    end = next(i for i, line in enumerate(lines) if line.split()[:1] == ["25"])
    cell = lines[start:end]
    assert len(cell) >= 2
    assert squeeze("".join(cell)) == squeeze(LONG)
    assert breaks_on_word_boundaries(LONG, cell) == []


def test_filled_sheet_scores_and_literal_text():
    evaluation = EvaluationInfo(
        1,
        1,
        3,
        "x",
        2570,
        TEMPLATE,
        "ประยูร พี่เลี้ยงดี",
        2,
        dt.date(2026, 11, 20),
        (8,),
        80.0,
        "ดี",
        HOSTILE,
    )
    out = io.BytesIO()
    render_evaluation_sheets(out, OFFICE, [sheet(evaluation=evaluation)], printed_on=PRINTED_ON)
    text = " ".join(pdf_pages_text(out.getvalue()))
    assert bad_characters(text) == []
    for expected in [
        "คะแนนรวม (ร้อยละ) 80.00 · ระดับ ดี",
        "20 พฤศจิกายน 2569",
        HOSTILE,
        "ดีเด่น 90 ขึ้นไป",
    ]:
        assert squeeze(expected) in squeeze(text), expected
    assert "บันทึกโดย" not in text  # the mentor keyed in their own


def test_a_sheet_keyed_in_by_a_clerk_says_so():
    evaluation = EvaluationInfo(
        1,
        1,
        3,
        "x",
        2570,
        TEMPLATE,
        "ประยูร พี่เลี้ยงดี",
        2,
        dt.date(2026, 11, 20),
        (8,),
        80.0,
        "ดี",
        entered_by="วันดี ทะเบียนดี",
        entered_by_id=5,
    )
    out = io.BytesIO()
    render_evaluation_sheets(out, OFFICE, [sheet(evaluation=evaluation)], printed_on=PRINTED_ON)
    text = " ".join(pdf_pages_text(out.getvalue()))
    assert squeeze("บันทึกโดย วันดี ทะเบียนดี แทน ประยูร พี่เลี้ยงดี") in squeeze(text)


def test_blank_and_recorded_visit_forms():
    visit = VisitInfo(
        1,
        1,
        3,
        "นายตั้งใจ เป็นสุข",
        2,
        "ประยูร พี่เลี้ยงดี",
        "วันดี ทะเบียนดี",
        dt.date(2026, 11, 18),
        VisitMode.ONLINE,
        HOSTILE,
        (1,),
        DEFAULT_TOPICS[:1],
        "คุยเรื่องงาน",
        "",
        "",
        (),
        None,
    )
    forms = [
        VisitForm("นางสาวปั้นหยา น้ำใจงาม", "ต.ศรีภูมิ", "", "ประยูร พี่เลี้ยงดี", DEFAULT_TOPICS),
        VisitForm("นายตั้งใจ เป็นสุข", "ต.ศรีภูมิ", "", "ประยูร พี่เลี้ยงดี", DEFAULT_TOPICS, visit),
    ]
    out = io.BytesIO()
    pages = render_visit_forms(out, OFFICE, forms, printed_on=PRINTED_ON)
    texts = pdf_pages_text(out.getvalue())
    assert pages == len(texts) == 2
    blank, filled = squeeze(texts[0]), squeeze(texts[1])
    assert squeeze("วันที่เยี่ยม ....") in blank and squeeze("คุยเรื่องงาน") not in blank
    for expected in [
        "18 พฤศจิกายน 2569",
        HOSTILE,
        "บันทึกโดย วันดี ทะเบียนดี แทน ประยูร พี่เลี้ยงดี",
        "คุยเรื่องงาน",
        DEFAULT_TOPICS[0],
    ]:
        assert squeeze(expected) in filled, expected


def test_summary_lists_every_district_and_grade():
    summary = FiscalYearSummary(
        2570,
        ("ดีเด่น", "ดี", "พอใช้", "ควรปรับปรุง"),
        (GradeCount("เมืองเชียงใหม่", {"ดี": 12, "ดีเด่น": 3}), GradeCount("สันทราย", {"พอใช้": 4})),
        ((LONG, 7.25, 10),),
        evaluated=19,
        not_evaluated=5,
    )
    out = io.BytesIO()
    render_evaluation_summary(out, OFFICE, summary, printed_on=PRINTED_ON)
    text = squeeze(" ".join(pdf_pages_text(out.getvalue())))
    for expected in [
        "สรุปผลการประเมินอาสาสมัครแรงงาน ปีงบประมาณ 2570",
        "เมืองเชียงใหม่",
        "สันทราย",
        "รวมทั้งจังหวัด",
        "ประเมินแล้ว 19 คน",
        "7.25",
        LONG,
    ]:
        assert squeeze(expected) in text, expected
