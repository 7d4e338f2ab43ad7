"""แบบบันทึกการเยี่ยม: blank forms pre-printed per person; a recorded visit on the same layout."""

from __future__ import annotations

import io

import pypdfium2
from case_samples import breaks_on_word_boundaries, squeeze
from doc_samples import OFFICE, PRINTED_ON, bad_characters, nfkd, pdf_pages_text
from mentoring_samples import (
    AREA_LINE,
    HOSTILE,
    LONG_NOTES,
    MENTOR,
    make_form,
    make_visit,
    person_name,
)

from desktop.documents.visit_form import TICKED, render_visit_forms
from desktop.domain.mentoring.visits import DEFAULT_TOPICS, VisitMode


def _render(forms) -> tuple[int, bytes, list[str]]:
    out = io.BytesIO()
    pages = render_visit_forms(out, OFFICE, forms, printed_on=PRINTED_ON)
    texts = [nfkd(t) for t in pdf_pages_text(out.getvalue())]
    assert pages == len(texts)
    return pages, out.getvalue(), texts


def test_blank_forms_one_page_per_person_with_everything_to_fill_in():
    pages, _, texts = _render([make_form(i) for i in range(3)])
    assert pages == 3
    for i, text in enumerate(texts):
        assert bad_characters(text) == []
        page = squeeze(text)
        assert page.startswith(squeeze("แบบบันทึกการเยี่ยมอาสาสมัครแรงงาน"))
        names = [n for n in map(person_name, range(3)) if squeeze(n) in page]
        assert names == [person_name(i)]
        for expected in [
            "สำนักงานแรงงานจังหวัดเชียงใหม่",
            "081-234-5678",
            AREA_LINE,
            MENTOR,
            "วันที่เยี่ยม ....",
            "สถานที่ ....",
            "รูปแบบการเยี่ยม",
            *(m.label for m in VisitMode),
            *DEFAULT_TOPICS,
            "อื่น ๆ (ระบุ) ....",
            "บันทึกการเยี่ยม ....",
            "ปัญหาที่พบ ....",
            "คำแนะนำที่ให้ ....",
            "สิ่งที่ต้องติดตาม กำหนด เสร็จเมื่อ",
            "นัดเยี่ยมครั้งต่อไป ....",
            "พี่เลี้ยง",
            "ผู้ได้รับการเยี่ยม",
            f"({MENTOR})",
            f"({person_name(i)})",
            "พิมพ์เมื่อ 22 พฤศจิกายน 2569",
            f"หน้า {i + 1}/3",
        ]:
            assert squeeze(expected) in page, expected
        assert TICKED not in text  # nothing chosen yet


def test_short_forms_still_start_a_page_each():
    pages, _, texts = _render([make_form(i, topics=()) for i in range(2)])
    assert pages == 2
    assert [squeeze(t).count(squeeze("แบบบันทึกการเยี่ยมอาสาสมัครแรงงาน")) for t in texts] == [1, 1]


def test_recorded_visit_ticks_what_was_done_and_lists_follow_ups():
    visit = make_visit(entered_by="ผู้ใช้ clerk")
    pages, _, texts = _render([make_form(1, visit)])
    assert pages == 1
    assert bad_characters(texts[0]) == []
    text = squeeze(texts[0])
    assert text.count(squeeze(TICKED)) == 3
    assert squeeze(f"{TICKED} {VisitMode.PHONE.label}") in text
    for topic in DEFAULT_TOPICS:
        ticked = squeeze(f"{TICKED} {topic}") in text
        assert ticked == (topic in visit.topics), topic
    for expected in [
        person_name(1),
        "วันที่เยี่ยม 18 พฤศจิกายน 2569",
        "สถานที่ ศาลาหมู่บ้านป่าตาล",
        "บันทึกโดย ผู้ใช้ clerk แทน นางสาวสมศรี ขยันงาน",
        LONG_NOTES,
        "ปัญหาที่พบ ชาวบ้านไม่สะดวกให้ข้อมูลในเวลากลางวัน",
        "คำแนะนำที่ให้",
        "ส่งแบบสำรวจที่กรอกแล้วให้สำนักงาน 5 ธ.ค. 2569 -",
        "โทรสอบถามผลการสมัครมาตรา 40 25 พ.ย. 2569 24 พ.ย. 2569",
        "นัดเยี่ยมครั้งต่อไป 15 กุมภาพันธ์ 2570",
    ]:
        assert squeeze(expected) in text, expected
    assert squeeze(HOSTILE) in text  # typed markup prints as typed
    assert "...." not in text.split(squeeze("ลงชื่อ"))[0]  # nothing left to write in


def test_a_visit_the_mentor_keyed_in_says_nothing_about_who_keyed_it():
    _, _, texts = _render([make_form(1, make_visit(follow_ups=(), next_visit_on=None))])
    text = squeeze(texts[0])
    assert squeeze("บันทึกโดย") not in text
    assert squeeze("ไม่มีเรื่องที่ต้องติดตาม") in text
    assert squeeze("นัดเยี่ยมครั้งต่อไป ยังไม่ได้นัด") in text


def test_a_topic_no_longer_offered_still_shows_as_done():
    visit = make_visit(topics=("ตรวจเยี่ยมสถานประกอบการ",))
    _, _, texts = _render([make_form(1, visit, topics=DEFAULT_TOPICS[:3])])
    assert squeeze(f"{TICKED} ตรวจเยี่ยมสถานประกอบการ") in squeeze(texts[0])


def test_long_notes_break_only_between_words():
    _, _, texts = _render([make_form(1, make_visit())])
    lines = [line for line in texts[0].splitlines() if squeeze(line)]
    start = next(i for i, line in enumerate(lines) if squeeze(line) == squeeze("บันทึกการเยี่ยม")) + 1
    end = next(i for i, line in enumerate(lines) if squeeze(line) == squeeze("ปัญหาที่พบ"))
    notes = lines[start:end]
    assert len(notes) >= 3
    assert squeeze("".join(notes)) == squeeze(LONG_NOTES)
    assert breaks_on_word_boundaries(LONG_NOTES, notes) == []


def _ink(data: bytes) -> int:
    """Dark pixels on the first page."""
    image = pypdfium2.PdfDocument(data)[0].render(scale=100 / 72).to_pil().convert("L")
    return sum(image.histogram()[:128])


def test_ticks_are_drawn_not_just_in_the_text():
    everything = make_visit(topics=DEFAULT_TOPICS)
    nothing = make_visit(topics=())
    _, ticked, _ = _render([make_form(1, everything)])
    _, plain, _ = _render([make_form(1, nothing)])
    # Seven ticks (six topics and the mode) against one: the page holds visibly more ink.
    assert _ink(ticked) > _ink(plain) + 6 * 20
