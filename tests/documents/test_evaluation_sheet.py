"""แบบประเมิน: one sheet a person from a new page; blank for the pen, filled with scores."""

from __future__ import annotations

import io

import pytest
from case_samples import breaks_on_word_boundaries, squeeze
from doc_samples import OFFICE, PRINTED_ON, bad_characters, nfkd, pdf_pages_text
from mentoring_samples import (
    AREA_LINE,
    HOSTILE,
    LONG_CRITERION,
    LONG_NOTES,
    MENTOR,
    filled_sheet,
    long_template,
    make_evaluation,
    make_sheet,
    make_template,
    person_name,
)

from desktop.documents.evaluation_sheet import (
    BLANK_TOTAL,
    RenderCancelled,
    bands_line,
    render_evaluation_sheets,
)
from desktop.domain.mentoring.evaluation import DEFAULT_BANDS, Criterion, GradeBand


def _render(sheets, **kwargs) -> tuple[int, list[str]]:
    out = io.BytesIO()
    pages = render_evaluation_sheets(out, OFFICE, sheets, printed_on=PRINTED_ON, **kwargs)
    texts = [nfkd(t) for t in pdf_pages_text(out.getvalue())]
    assert pages == len(texts)
    return pages, texts


def test_blank_sheets_one_per_person_each_on_its_own_page():
    calls = []
    pages, texts = _render(
        [make_sheet(i) for i in range(3)], progress=lambda done, total: calls.append((done, total))
    )
    assert pages == 3
    assert calls == [(1, 3), (2, 3), (3, 3)]
    for i, text in enumerate(texts):
        assert bad_characters(text) == []
        page = squeeze(text)
        assert page.startswith(squeeze("แบบประเมินผลการปฏิบัติงาน ปีงบประมาณ 2570"))
        names = [n for n in (person_name(0), person_name(1), person_name(2)) if squeeze(n) in page]
        assert names == [person_name(i)]
        for expected in [
            "แบบประเมินผลการปฏิบัติงานอาสาสมัครแรงงาน (ฉบับที่ 2)",
            "สำนักงานแรงงานจังหวัดเชียงใหม่",
            "อาสาสมัครแรงงานในประเทศ",
            AREA_LINE,
            MENTOR,
            "ข้อ หัวข้อการประเมิน น้ำหนัก คะแนน เต็ม คะแนน ที่ได้",
            "1 การชี้เป้าและรายงานความต้องการด้านแรงงานของคนในชุมชน 25 10",
            BLANK_TOTAL,
            "ดีเด่น 90 ขึ้นไป · ดี 75–89.99 · พอใช้ 60–74.99 · ควรปรับปรุง ต่ำกว่า 60",
            "จุดเด่น ....",
            "สิ่งที่ควรพัฒนา ....",
            "ความเห็นเพิ่มเติม ....",
            "วันที่ประเมิน ....",
            "ผู้ประเมิน",
            "ผู้รับการประเมิน",
            f"({person_name(i)})",
            "พิมพ์เมื่อ 22 พฤศจิกายน 2569",
            f"หน้า {i + 1}/3",
        ]:
            assert squeeze(expected) in page, expected
        assert squeeze("ข้อมูลจากระบบ") not in page  # no figures on a blank sheet


def test_short_sheets_still_start_a_page_each():
    template = make_template((Criterion("ความตรงต่อเวลา", 1, 5),))
    pages, texts = _render([make_sheet(i, template) for i in range(2)])
    title = squeeze("แบบประเมินผลการปฏิบัติงาน ปีงบประมาณ 2570")
    assert pages == 2
    assert [squeeze(t).count(title) for t in texts] == [1, 1]
    assert [squeeze(person_name(i)) in squeeze(t) for i, t in enumerate(texts)] == [True, True]


def test_filled_sheet_shows_scores_total_grade_and_remarks():
    sheet = filled_sheet(scores=(9, 8, 10, 7, 9, 10))
    pages, texts = _render([sheet])
    assert pages == 1
    text = squeeze(texts[0])
    assert bad_characters(texts[0]) == []
    # Each row reads number, criterion, weight, maximum, then the score given.
    for i, (c, score) in enumerate(
        zip(sheet.template.criteria, sheet.evaluation.scores, strict=True), start=1
    ):
        assert squeeze(f"{i} {c.text} {c.weight:g} {c.max_score} {score}") in text, c.text
    # (0.9×25 + 0.8×20 + 1×15 + 0.7×15 + 0.9×15 + 1×10) = 87.5
    for expected in [
        "คะแนนรวม (ร้อยละ) 87.50 · ระดับ ดี",
        "ข้อมูลจากระบบ",
        "การเยี่ยมที่ได้รับ 3 ครั้ง",
        "เรื่องที่ชี้เป้า 5 เรื่อง",
        "จุดเด่น",
        sheet.evaluation.strengths,
        "สิ่งที่ควรพัฒนา ควรส่งรายงานประจำเดือนให้ตรงเวลา",
        "ความเห็นเพิ่มเติม",
        "ประเมินโดย นางสาวสมศรี ขยันงาน เมื่อ 20 พฤศจิกายน 2569",
        f"({MENTOR})",
    ]:
        assert squeeze(expected) in text, expected
    assert squeeze(HOSTILE) in text  # typed markup prints as typed
    assert "...." not in text.split(squeeze("ลงชื่อ"))[0]  # nothing left to write in


def test_grade_at_the_top_band_edge():
    template = make_template()
    evaluation = make_evaluation(template, (9,) * len(template.criteria))
    _, texts = _render([make_sheet(0, template, evaluation)])
    assert squeeze("คะแนนรวม (ร้อยละ) 90.00 · ระดับ ดีเด่น") in squeeze(texts[0])


def test_bands_line_for_uneven_edges():
    bands = (GradeBand("ผ่าน", 50), GradeBand("ดีมาก", 87.5), GradeBand("ไม่ผ่าน", 0))
    assert bands_line(bands) == "ดีมาก 87.5 ขึ้นไป · ผ่าน 50–87.49 · ไม่ผ่าน ต่ำกว่า 50"
    assert bands_line(DEFAULT_BANDS).startswith("ดีเด่น 90 ขึ้นไป · ดี 75–89.99")


def test_weights_that_do_not_add_up_to_100_are_explained():
    template = make_template((Criterion("ความตรงต่อเวลา", 3, 5), Criterion("ความรู้", 2, 5)))
    _, texts = _render([make_sheet(0, template)])
    assert squeeze("÷ น้ำหนักรวม 5 × 100") in squeeze(texts[0])


def test_long_criterion_breaks_only_between_words():
    _, texts = _render([make_sheet(0, long_template())])
    target = squeeze(LONG_CRITERION)
    lines = [line for line in texts[0].splitlines() if squeeze(line)]
    start = next(i for i, line in enumerate(lines) if target.startswith(squeeze(line)))
    criterion, joined = [], ""
    for line in lines[start:]:
        criterion.append(line)
        joined += squeeze(line)
        if len(joined) >= len(target):
            break
    assert joined == target
    assert len(criterion) >= 3
    assert breaks_on_word_boundaries(LONG_CRITERION, criterion) == []


def test_a_sheet_running_over_is_headed_with_the_name_on_the_next_page():
    template = long_template()
    evaluation = make_evaluation(template, (8,) * 6, comments=" ".join([LONG_NOTES] * 4))
    sheets = [make_sheet(0, template, evaluation), make_sheet(1)]
    pages, texts = _render(sheets)
    assert pages == 3
    assert squeeze(f"แบบประเมินผลการปฏิบัติงาน — {person_name(0)} (ต่อ)") in squeeze(texts[1])
    assert squeeze("ผู้รับการประเมิน") in squeeze(texts[1])  # signatures come after the remarks
    assert squeeze(texts[2]).startswith(squeeze("แบบประเมินผลการปฏิบัติงาน ปีงบประมาณ 2570"))
    assert "(ต่อ)" not in texts[2]


def test_cancel_stops_the_render_and_writes_nothing(tmp_path):
    path = tmp_path / "sheets.pdf"
    calls = []
    with pytest.raises(RenderCancelled):
        render_evaluation_sheets(
            str(path),
            OFFICE,
            [make_sheet(i) for i in range(4)],
            printed_on=PRINTED_ON,
            progress=lambda d, t: calls.append(d),
            cancelled=lambda: len(calls) >= 2,
        )
    assert calls == [1, 2]
    assert not path.exists()
    with pytest.raises(RenderCancelled):
        render_evaluation_sheets(
            str(path), OFFICE, [make_sheet()], printed_on=PRINTED_ON, cancelled=lambda: True
        )
    assert not path.exists()


def test_no_sheets_still_makes_a_page():
    pages, texts = _render([])
    assert pages == 1 and squeeze("ไม่มีรายชื่อ") in squeeze(texts[0])
