"""แบบส่งต่อ: what the agency needs is on it, the QR holds the case number, Thai wraps at words."""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import zxingcpp
from case_samples import HOSTILE, LONG_DESCRIPTION, breaks_on_word_boundaries, make_case, squeeze
from doc_samples import OFFICE, PRINTED_ON, bad_characters, nfkd, pdf_pages_text

from desktop.documents.referral_slip import render_referral_slips
from desktop.domain.national_id import format_id, mask_id


def _render(cases) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = render_referral_slips(out, OFFICE, cases, printed_on=PRINTED_ON)
    return pages, out.getvalue()


def test_slip_carries_what_the_agency_needs():
    case = make_case()
    pages, data = _render([case])
    text = nfkd(" ".join(pdf_pages_text(data)))
    assert bad_characters(text) == []
    squeezed = squeeze(text)
    for expected in [
        "แบบส่งต่อความต้องการด้านแรงงาน",
        "สำนักงานแรงงานจังหวัดเชียงใหม่",
        "ลป 2570/00042",
        "รับเรื่องเมื่อ 3 พฤศจิกายน 2569",
        "เรียน กรมการจัดหางาน",
        "คุณวิภา โทร 053-112-233",
        "นายตั้งใจ เป็นสุข",
        "089-876-5432",
        "หมู่ที่ 4 ต.ศรีภูมิ อ.เมืองเชียงใหม่ จ.เชียงใหม่",
        "หางาน / บรรจุงาน",
        "ยินยอม เมื่อ 3 พฤศจิกายน 2569",
        "นางสาวปั้นหยา น้ำใจงาม",
        "ผู้ส่งต่อ",
        "ส่วนตอบกลับ",
        "ผู้รับเรื่อง",
        "ลงชื่อ",
        "พิมพ์เมื่อ 22 พฤศจิกายน 2569",
        f"หน้า 1/{pages}",
    ]:
        assert squeeze(expected) in squeezed, expected
    # The slip goes to the agency, which needs the whole ID to serve the person.
    assert format_id(case.person_national_id) in text
    assert mask_id(case.person_national_id) not in text
    assert squeeze(LONG_DESCRIPTION) in squeezed


def test_user_text_is_printed_literally():
    _, data = _render([make_case(person_name=HOSTILE, agency_contact=HOSTILE)])
    text = nfkd(" ".join(pdf_pages_text(data)))
    assert squeeze(HOSTILE) in squeeze(text)


def test_the_qr_code_decodes_to_the_case_number():
    case = make_case(case_no="ลป 2570/00137")
    _, data = _render([case])
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=200 / 72).to_pil()
    found = zxingcpp.read_barcodes(image)
    assert [b.text for b in found] == ["ลป 2570/00137"]
    assert found[0].format == zxingcpp.BarcodeFormat.QRCode


def test_long_description_breaks_only_between_words():
    _, data = _render([make_case()])
    footer = squeeze("พิมพ์เมื่อ")
    lines = [
        line
        for page in pypdf.PdfReader(io.BytesIO(data)).pages
        for line in page.extract_text().splitlines()
        if not squeeze(line).startswith(footer)
    ]
    start = next(i for i, line in enumerate(lines) if squeeze(line) == squeeze("รายละเอียด")) + 1
    end = next(i for i, line in enumerate(lines) if squeeze(line).startswith(squeeze("ลงชื่อ")))
    description = lines[start:end]
    assert len(description) >= 3
    assert squeeze("".join(description)) == squeeze(LONG_DESCRIPTION)
    assert breaks_on_word_boundaries(LONG_DESCRIPTION, description) == []


def test_several_slips_each_start_a_page(tmp_path):
    cases = [make_case(case_no=f"ลป 2570/{n:05d}", id=n) for n in (1, 2, 3)]
    path = tmp_path / "slips.pdf"
    pages = render_referral_slips(str(path), OFFICE, cases, printed_on=PRINTED_ON)
    texts = pdf_pages_text(path.read_bytes())
    assert pages == len(texts) >= 3
    starts = [i for i, t in enumerate(texts) if squeeze("แบบส่งต่อความต้องการด้านแรงงาน") in squeeze(t)]
    assert len(starts) == 3
    for number, index in zip((1, 2, 3), starts, strict=True):
        assert f"2570/{number:05d}" in texts[index]


def test_no_agency_yet_leaves_a_line_to_write_on():
    _, data = _render([make_case(agency=None, agency_contact="")])
    assert "เรียน ......" in nfkd(pdf_pages_text(data)[0])


def test_a_slip_with_a_few_lines_of_description_fits_one_page():
    short = "ต้องการหางานใหม่ในอำเภอเมือง มีประสบการณ์ขับรถส่งของห้าปี และอยากสมัครประกันสังคมมาตรา ๔๐"
    pages, _ = _render([make_case(description=short)])
    assert pages == 1
