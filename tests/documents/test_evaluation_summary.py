"""สรุปผลการประเมิน: grades by district with totals, who is still to be evaluated, averages."""

from __future__ import annotations

import io

import pypdf
from case_samples import breaks_on_word_boundaries, squeeze
from doc_samples import OFFICE, PRINTED_ON, bad_characters, nfkd, pdf_pages_text
from mentoring_samples import HOSTILE, LONG_CRITERION, make_summary

from desktop.documents.evaluation_summary import render_evaluation_summary
from desktop.domain.mentoring.evaluation import GradeCount


def _render(summary) -> tuple[int, bytes, list[str]]:
    out = io.BytesIO()
    pages = render_evaluation_summary(out, OFFICE, summary, printed_on=PRINTED_ON)
    texts = [nfkd(t) for t in pdf_pages_text(out.getvalue())]
    assert pages == len(texts)
    return pages, out.getvalue(), texts


def test_grades_by_district_with_totals_and_averages():
    pages, data, texts = _render(make_summary())
    whole = nfkd(" ".join(texts))
    assert bad_characters(whole) == []
    text = squeeze(whole)
    for expected in [
        "สรุปผลการประเมินอาสาสมัครแรงงาน ปีงบประมาณ 2570",
        "สำนักงานแรงงานจังหวัดเชียงใหม่",
        "ประเมินแล้ว 24 คน · ยังไม่ได้ประเมิน 9 คน · รวม 33 คน (ประเมินแล้วร้อยละ 72.7)",
        # The template's grades, then a grade only an older version had, then the row total.
        "อำเภอ ดีเด่น ดี พอใช้ ควรปรับปรุง ดีมาก รวม",
        "เมืองเชียงใหม่ 4 7 2 0 0 13",
        "สันทราย 1 3 0 1 0 5",
        "แม่ริม 0 2 3 0 1 6",
        "รวมทั้งจังหวัด 5 12 5 1 1 24",
        "ร้อยละ 20.8 50.0 20.8 4.2 4.2 100.0",
        "ข้อ หัวข้อการประเมิน คะแนนเฉลี่ย คะแนนเต็ม ร้อยละของคะแนนเต็ม",
        "1 การชี้เป้าและรายงานความต้องการด้านแรงงานของคนในชุมชน 8.00 10 80.0",
        "2 การประชาสัมพันธ์และให้ข้อมูลบริการของกระทรวงแรงงานแก่ประชาชน 7.63 10 76.3",
        f"7 {LONG_CRITERION} 7.25 10 72.5",
        "พิมพ์เมื่อ 22 พฤศจิกายน 2569",
        f"หน้า 1/{pages}",
    ]:
        assert squeeze(expected) in text, expected
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape


def test_long_criterion_breaks_only_between_words():
    _, _, texts = _render(make_summary())
    target = squeeze(LONG_CRITERION)
    lines = [line for text in texts for line in text.splitlines() if squeeze(line)]
    start = next(
        i
        for i, line in enumerate(lines)
        if squeeze(line) != "7" and target.startswith(squeeze(line))
    )
    criterion, joined = [], ""
    for line in lines[start:]:
        criterion.append(line)
        joined += squeeze(line)
        if len(joined) >= len(target):
            break
    assert joined == target and len(criterion) >= 2
    assert breaks_on_word_boundaries(LONG_CRITERION, criterion) == []


def test_many_districts_run_over_pages_with_the_header_repeated():
    districts = tuple(GradeCount(f"อำเภอที่ {n}", {"ดี": n}) for n in range(1, 31))
    pages, _, texts = _render(make_summary(districts=districts))
    assert pages >= 2
    header = squeeze("อำเภอ ดีเด่น ดี พอใช้ ควรปรับปรุง รวม")
    assert all(header in squeeze(t) for t in texts[:2])
    assert squeeze(f"รวมทั้งจังหวัด 0 {sum(range(1, 31))} 0 0 {sum(range(1, 31))}") in squeeze(
        " ".join(texts)
    )


def test_a_year_without_evaluations():
    summary = make_summary(districts=(), criteria_averages=(), evaluated=0, not_evaluated=12)
    pages, _, texts = _render(summary)
    text = squeeze(texts[0])
    assert pages == 1
    for expected in [
        "ประเมินแล้ว 0 คน · ยังไม่ได้ประเมิน 12 คน · รวม 12 คน",
        "รวมทั้งจังหวัด 0 0 0 0 0",
        "ยังไม่มีผลการประเมินในปีงบประมาณนี้",
    ]:
        assert squeeze(expected) in text, expected


def test_names_and_criteria_print_literally():
    summary = make_summary(
        districts=(GradeCount(HOSTILE, {"ดี": 1}),), criteria_averages=((HOSTILE, 5.5, 10),)
    )
    _, _, texts = _render(summary)
    assert squeeze(texts[0]).count(squeeze(HOSTILE)) == 2
