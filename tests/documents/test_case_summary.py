"""สรุปเรื่อง: every field, the masked ID, the timeline in Bangkok time, user text as typed."""

from __future__ import annotations

import io

from case_samples import HOSTILE, closed_case, make_case, squeeze
from doc_samples import OFFICE, PRINTED_ON, bad_characters, nfkd, pdf_pages_text

from desktop.documents.case_summary import render_case_summary
from desktop.domain.national_id import format_id, mask_id


def _render(case, **kwargs) -> tuple[int, str]:
    out = io.BytesIO()
    pages = render_case_summary(out, OFFICE, case, printed_on=PRINTED_ON, **kwargs)
    texts = pdf_pages_text(out.getvalue())
    assert pages == len(texts)
    return pages, nfkd(" ".join(texts))


def test_summary_lists_the_case_and_its_timeline():
    case = make_case()
    pages, text = _render(case)
    assert bad_characters(text) == []
    squeezed = squeeze(text)
    for expected in [
        "สรุปเรื่องส่งต่อความต้องการด้านแรงงาน",
        "เรื่องเลขที่ ลป 2570/00042",
        "นายตั้งใจ เป็นสุข",
        "3 พฤศจิกายน 2569",
        "นางสาวปั้นหยา น้ำใจงาม",
        "หางาน / บรรจุงาน",
        "ด่วน",
        "ส่งต่อแล้ว",
        "10 ธันวาคม 2569 (ตามกำหนด)",
        "กรมการจัดหางาน",
        "ผู้ใช้ clerk",
        # 02:15 UTC is 09:15 in Bangkok
        "3 พ.ย. 2569 09:15 น.",
        "โทรสอบถามข้อมูลเพิ่มเติมแล้ว",
        "รับเรื่อง → คัดกรอง",
        "พิมพ์เมื่อ 22 พฤศจิกายน 2569",
        f"หน้า 1/{pages}",
    ]:
        assert squeeze(expected) in squeezed, expected
    assert mask_id(case.person_national_id) in text
    assert format_id(case.person_national_id) not in text
    assert squeeze(HOSTILE) in squeezed  # a note with markup prints literally


def test_full_id_when_asked_and_outcome_of_a_closed_case():
    case = closed_case()
    _, text = _render(case, show_full_id=True)
    squeezed = squeeze(text)
    assert format_id(case.person_national_id) in text
    for expected in ["ได้งานทำ", "20 พฤศจิกายน 2569", "ได้งานที่ร้านวัสดุก่อสร้าง", "ปิดเรื่องเมื่อ"]:
        assert squeeze(expected) in squeezed, expected
    assert squeeze("(ตามกำหนด)") not in squeezed  # a closed case has no due date
