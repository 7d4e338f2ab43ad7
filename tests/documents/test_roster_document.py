"""The roster PDF: what a clerk reads in it, page numbers, grouping, progress and cancel."""

from __future__ import annotations

import io
import re

import pytest
from doc_samples import (
    OFFICE,
    PRINTED_ON,
    TRICKY_NAMES,
    bad_characters,
    make_row,
    nfkd,
    pdf_pages_text,
)

from desktop.documents.roster import RenderCancelled, render_roster
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.people import PersonKind, PersonStatus


def _rows(count: int = 40):
    rows = [make_row(i + 1, *TRICKY_NAMES[i % len(TRICKY_NAMES)]) for i in range(count // 2)]
    rows += [
        make_row(100 + i, "สมศรี", "ดีงาม", district="จอมทอง", district_code="5002")
        for i in range(count // 2)
    ]
    return rows


def _render(rows, **kwargs) -> tuple[int, list[str]]:
    out = io.BytesIO()
    pages = render_roster(out, OFFICE, rows, printed_on=PRINTED_ON, **kwargs)
    return pages, pdf_pages_text(out.getvalue())


def test_roster_shows_names_masked_ids_dates_and_page_numbers():
    rows = _rows()
    pages, texts = _render(rows)
    text = nfkd("\n".join(texts))
    assert pages == len(texts) > 1
    assert bad_characters(text) == []
    assert nfkd("ทะเบียนรายชื่ออาสาสมัครแรงงาน") in text
    assert nfkd("สำนักงานแรงงานจังหวัดเชียงใหม่") in text
    assert nfkd("พิมพ์เมื่อ 22 พฤศจิกายน 2569") in text
    for row in rows:
        assert nfkd(row.full_name) in text
        assert mask_id(row.national_id) in text
        assert format_id(row.national_id) not in text
    assert re.fullmatch(r"\d-\d{4}-xxxxx-xx-\d", mask_id(rows[0].national_id))
    assert nfkd("15 ม.ค. 2568") in text
    assert nfkd(PersonStatus.ACTIVE.label) in text
    for number, page_text in enumerate(texts, start=1):
        assert nfkd(f"หน้า {number}/{pages}") in nfkd(page_text)
        assert nfkd("ชื่อ-สกุล") in nfkd(page_text), "column header must repeat on every page"


def test_full_ids_when_asked():
    rows = _rows(6)
    _, texts = _render(rows, show_full_id=True)
    text = "\n".join(texts)
    for row in rows:
        assert format_id(row.national_id) in text
        assert mask_id(row.national_id) not in text


def test_grouped_by_district_with_counts_and_overseas_last():
    rows = [
        make_row(
            1,
            "ต่าง",
            "แดนไกล",
            district="",
            district_code="",
            address="ไทเป",
            country="ไต้หวัน",
            kind=PersonKind.OVERSEAS_VOLUNTEER,
        )
    ]
    rows += _rows(10)
    _, texts = _render(rows, filter_description="สถานะ: ทั้งหมด")
    text = nfkd(" ".join(" ".join(texts).split()))
    mueang = text.index(nfkd("อำเภอเมืองเชียงใหม่"))
    chom_thong = text.index(nfkd("อำเภอจอมทอง"))
    abroad = text.index(nfkd("ต่างประเทศ"))
    assert mueang < chom_thong < abroad
    # each district's count in its heading (a total line under each cost a row a district)
    assert nfkd("อำเภอเมืองเชียงใหม่ (5 คน)") in text and nfkd("อำเภอจอมทอง (5 คน)") in text
    assert nfkd("ต่างประเทศ (1 คน)") in text
    assert nfkd("รวมทั้งสิ้น 11 คน") in text
    assert nfkd("สถานะ: ทั้งหมด") in text
    assert nfkd("ไต้หวัน") in text


def test_long_addresses_keep_every_character():
    address = (
        "บ้านเลขที่ 99/123 หมู่ที่ 12 ซอยวัดพระธาตุดอยสุเทพราชวรวิหาร ถนนศรีวิชัยอนุสรณ์ "
        "ตำบลสุเทพอำเภอเมืองเชียงใหม่จังหวัดเชียงใหม่ 50200 ใกล้ที่ว่าการอำเภอ"
    )
    _, texts = _render([make_row(1, "ปั้นหยา", "น้ำใจงาม", address=address)])
    squeezed = "".join(nfkd("".join(texts)).split())
    assert "".join(nfkd(address).split()) in squeezed


def test_page_count_returned_and_path_output(tmp_path):
    path = tmp_path / "roster.pdf"
    pages = render_roster(str(path), OFFICE, _rows(60), printed_on=PRINTED_ON)
    texts = pdf_pages_text(path.read_bytes())
    assert pages == len(texts)
    assert nfkd(f"หน้า {pages}/{pages}") in nfkd(texts[-1])


def test_progress_reaches_the_total():
    calls = []
    _render(_rows(250), progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (250, 250)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancel_stops_and_writes_nothing(tmp_path):
    path = tmp_path / "cancelled.pdf"
    seen = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > 30

    with pytest.raises(RenderCancelled):
        render_roster(str(path), OFFICE, _rows(200), printed_on=PRINTED_ON, cancelled=cancelled)
    assert not path.exists()


def test_empty_roster_still_prints_a_page():
    pages, texts = _render([])
    assert pages == 1
    assert nfkd("รวมทั้งสิ้น 0 คน") in nfkd(texts[0])
