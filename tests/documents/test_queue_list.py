"""The queue list PDF: every case, masked IDs, the header on every page, progress and cancel."""

from __future__ import annotations

import io

import pytest
from case_samples import make_case_row, squeeze
from doc_samples import OFFICE, PRINTED_ON, bad_characters, nfkd, pdf_pages_text

from desktop.documents.layout import RenderCancelled
from desktop.documents.queue_list import render_queue_list
from desktop.domain.national_id import format_id, mask_id


def _render(rows, **kwargs) -> tuple[int, list[str]]:
    out = io.BytesIO()
    pages = render_queue_list(
        out,
        OFFICE,
        rows,
        printed_on=PRINTED_ON,
        title="เกินกำหนด",
        filter_description="อำเภอเมืองเชียงใหม่",
        **kwargs,
    )
    texts = [nfkd(t) for t in pdf_pages_text(out.getvalue())]
    assert pages == len(texts)
    return pages, texts


def test_every_case_with_masked_ids_and_header_on_each_page():
    rows = [make_case_row(n) for n in range(1, 61)]
    pages, texts = _render(rows)
    assert pages >= 3
    whole = squeeze(" ".join(texts))
    assert bad_characters(whole) == []
    for row in rows:
        assert squeeze(row.case_no) in whole
        assert squeeze(row.person_name) in whole
        assert mask_id(row.person_national_id) in " ".join(texts)
        assert format_id(row.person_national_id) not in " ".join(texts)
    for expected in [
        "รายการเรื่องส่งต่อ: เกินกำหนด",
        "อำเภอเมืองเชียงใหม่",
        "รวมทั้งสิ้น 60 เรื่อง",
        "กำหนด 1 ธ.ค. 2569 (เกินกำหนด)",
        "พิมพ์เมื่อ 22 พฤศจิกายน 2569",
    ]:
        assert squeeze(expected) in whole, expected
    for number, text in enumerate(texts, start=1):
        assert squeeze("เลขที่เรื่อง / วันที่รับ") in squeeze(text), number
        assert squeeze(f"หน้า {number}/{pages}") in squeeze(text)


@pytest.mark.slow
def test_progress_and_cancel():
    rows = [make_case_row(n) for n in range(1, 251)]
    seen: list[tuple[int, int]] = []
    _render(rows, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (250, 250) and len(seen) >= 3
    with pytest.raises(RenderCancelled):
        _render(rows, cancelled=lambda: len(seen) > 0)


def test_an_empty_view_still_prints_its_title():
    pages, texts = _render([])
    assert pages == 1 and squeeze("รวมทั้งสิ้น 0 เรื่อง") in squeeze(texts[0])
