"""ใบยินยอมให้ส่งต่อข้อมูล: what the person is told (PDPA s.19 and the right to withdraw), the
case it belongs to (also in the QR), a masked ID, one page, Thai wrapped between words."""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import zxingcpp
from case_samples import HOSTILE, breaks_on_word_boundaries, make_case, squeeze
from doc_samples import OFFICE, PRINTED_ON, bad_characters, nfkd, pdf_pages_text

from desktop.documents.consent_form import (
    NO_AGENCY,
    SHARED_DATA,
    TITLE,
    consent_statement,
    render_consent_form,
)
from desktop.domain.national_id import format_id, mask_id


def _render(case, **kwargs) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = render_consent_form(out, OFFICE, case, printed_on=PRINTED_ON, **kwargs)
    return pages, out.getvalue()


def _text(data: bytes) -> str:
    return nfkd(" ".join(pdf_pages_text(data)))


def _statement(case) -> list[str]:
    """The paragraphs as read off the page: the name's word joiners are layout, not text."""
    return [p.replace("\u2060", "") for p in consent_statement(case, OFFICE)]


def test_the_form_names_the_case_the_data_the_agency_and_the_law():
    case = make_case()
    pages, data = _render(case)
    assert pages == 1  # signed on one sheet
    text = _text(data)
    assert bad_characters(text) == []
    squeezed = squeeze(text)
    for expected in [
        TITLE,
        "สำนักงานแรงงานจังหวัดเชียงใหม่",
        "เลขที่เรื่อง ลป 2570/00042",
        "รับเรื่องเมื่อ 3 พฤศจิกายน 2569",
        "นายตั้งใจ เป็นสุข",
        "หางาน / บรรจุงาน",
        "กรมการจัดหางาน",
        SHARED_DATA,
        "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 19",
        "ถอนความยินยอมนี้ได้ทุกเมื่อ (มาตรา 19 วรรคห้า)",
        "ยินยอมให้ส่งต่อข้อมูล",
        "ไม่ยินยอมให้ส่งต่อข้อมูล",
        "ผู้ให้ความยินยอม",
        "เจ้าหน้าที่",
        "ตำแหน่ง",
        "วันที่",
        "พิมพ์เมื่อ 22 พฤศจิกายน 2569",
    ]:
        assert squeeze(expected) in squeezed, expected
    for paragraph in _statement(case):
        assert squeeze(paragraph) in squeezed
    # Both boxes are left for the person to tick by hand.
    assert "[x]" not in text
    assert squeezed.count(squeeze("ลงชื่อ")) == 2


def test_the_national_id_is_masked_unless_asked_for_whole():
    case = make_case()
    text = _text(_render(case)[1])
    assert mask_id(case.person_national_id) in text
    assert format_id(case.person_national_id) not in text
    whole = _text(_render(case, show_full_id=True)[1])
    assert format_id(case.person_national_id) in whole


def test_no_agency_chosen_yet_says_so():
    text = squeeze(_text(_render(make_case(agency=None, agency_contact=""))[1]))
    assert squeeze(NO_AGENCY) in text


def test_the_qr_code_decodes_to_the_case_number():
    _, data = _render(make_case(case_no="ลป 2570/00137"))
    image = pypdfium2.PdfDocument(data)[0].render(scale=200 / 72).to_pil()
    found = zxingcpp.read_barcodes(image)
    assert [b.text for b in found] == ["ลป 2570/00137"]
    assert found[0].format == zxingcpp.BarcodeFormat.QRCode


def test_user_text_is_printed_literally():
    text = _text(_render(make_case(person_name=HOSTILE))[1])
    assert squeeze(HOSTILE) in squeeze(text)


def test_the_statement_breaks_only_between_words():
    case = make_case()
    lines = [
        line
        for page in pypdf.PdfReader(io.BytesIO(_render(case)[1])).pages
        for line in page.extract_text().splitlines()
    ]
    for paragraph in _statement(case):
        first = squeeze(paragraph)[:12]
        start = next(i for i, line in enumerate(lines) if squeeze(line).startswith(first))
        taken, end = "", start
        while len(squeeze(taken)) < len(squeeze(paragraph)):
            taken += lines[end]
            end += 1
        block = lines[start:end]
        assert len(block) >= 2, paragraph
        assert squeeze("".join(block)) == squeeze(paragraph)
        assert breaks_on_word_boundaries(paragraph, block) == []
