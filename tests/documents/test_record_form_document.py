"""The ทะเบียนประวัติ form: every field a clerk keyed in comes out readable."""

from __future__ import annotations

import io

from doc_samples import OFFICE, PRINTED_ON, bad_characters, make_detail, nfkd, pdf_pages_text

from desktop.documents.record_form import render_record_form
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.people import PersonKind


def _render(person, **kwargs) -> tuple[int, str]:
    out = io.BytesIO()
    pages = render_record_form(out, OFFICE, person, printed_on=PRINTED_ON, **kwargs)
    texts = pdf_pages_text(out.getvalue())
    assert pages == len(texts)
    return pages, nfkd(" ".join(" ".join(texts).split()))


def squeeze(text: str) -> str:
    return "".join(nfkd(text).split())


def test_every_field_is_printed():
    person = make_detail()
    pages, text = _render(person)
    assert bad_characters(text) == []
    squeezed = "".join(text.split())
    for expected in [
        "ทะเบียนประวัติบัณฑิตแรงงาน",
        person.kind.label,
        person.full_name,
        "หญิง",
        "17 พฤษภาคม 2538",
        "081-234-5678",
        "panya.n",
        person.address_line,
        "ค้าขายสินค้าพื้นเมือง",
        "ปริญญาตรี",
        "รัฐประศาสนศาสตรบัณฑิต",
        "1 ตุลาคม 2568 ถึง 30 กันยายน 2569",
        "123/2568",
        "30 กันยายน 2571",
        "ต.พระสิงห์ อ.เมืองเชียงใหม่ จ.เชียงใหม่",
        person.notes,
        "ปฏิบัติหน้าที่",
        "ขาดการติดต่อเกินสามเดือน",
        "5 ม.ค. 2569",
        "พักการปฏิบัติหน้าที่",
        "ผู้ใช้ clerk",
        "พิมพ์เมื่อ 22 พฤศจิกายน 2569",
        "ผู้บันทึก",
        "ผู้ตรวจสอบ",
        "ลงชื่อ",
        "ตำแหน่ง",
    ]:
        assert squeeze(expected) in squeezed, expected
    assert mask_id(person.national_id) in text
    assert format_id(person.national_id) not in text
    assert nfkd(f"หน้า 1/{pages}") in text


def test_full_id_when_asked():
    person = make_detail()
    _, text = _render(person, show_full_id=True)
    assert format_id(person.national_id) in text


def test_overseas_volunteer_shows_country_and_no_contract():
    person = make_detail(
        kind=PersonKind.OVERSEAS_VOLUNTEER,
        country="ไต้หวัน",
        degree="",
        contract_start=None,
        contract_end=None,
        status_history=(),
    )
    _, text = _render(person)
    assert nfkd("ทะเบียนประวัติอาสาสมัครแรงงาน") in text
    assert nfkd("ประเทศที่พำนัก") in text and nfkd("ไต้หวัน") in text
    assert nfkd("ระยะเวลาสัญญาจ้าง") not in text
    assert nfkd("ไม่มีการเปลี่ยนแปลงสถานะ") in text


def test_long_notes_flow_onto_more_pages_without_losing_text():
    notes = " ".join(["ตั้งใจทำงานเป็นอย่างดีที่นี่มีความต้องการฝึกอาชีพสูงสม่ำเสมอ"] * 60)
    person = make_detail(notes=notes)
    out = io.BytesIO()
    pages = render_record_form(out, OFFICE, person, printed_on=PRINTED_ON)
    texts = [squeeze(t) for t in pdf_pages_text(out.getvalue())]
    assert pages >= 2
    # Drop what each page repeats (running title, footer) so the notes read on across pages.
    running = squeeze(f"ทะเบียนประวัติบัณฑิตแรงงาน {person.full_name}")
    footer = squeeze("พิมพ์เมื่อ 22 พฤศจิกายน 2569")
    body = ""
    for number, text in enumerate(texts, start=1):
        text = text.replace(footer, "").replace(squeeze(f"หน้า {number}/{pages}"), "")
        if number > 1:
            assert text.startswith(running), number
            text = text[len(running) :]
        body += text
    assert squeeze(notes) in body
