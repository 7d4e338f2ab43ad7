"""The roster uses the page: on the 400-person demo office, printed as the window prints
it, at least 12 people a page (it was 8: 49 pages), and every page after the first names the
list in its footer, since its top holds only the column header."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from doc_samples import demo_office

from desktop.services.people.printing import RegistryPrintService
from desktop.services.people.service import PersonFilter


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    with demo_office(tmp_path_factory.mktemp("density"), 400, "clerk") as ctx:
        out = io.BytesIO()
        people = RegistryPrintService(ctx).roster(PersonFilter(), out)
        yield people, out.getvalue()


def _pages(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def test_at_least_twelve_people_a_page(printed):
    people, data = printed
    pages = _pages(data)
    assert people == 400
    assert people / len(pages) >= 12, f"{people} people on {len(pages)} pages"


def test_later_pages_start_with_the_header_and_name_the_list_at_the_foot(printed):
    _, data = printed
    pages = _pages(data)
    for number, text in enumerate(pages[1:], start=2):
        lines = [line for line in text.splitlines() if line.strip()]
        assert lines[0].startswith("ที่"), f"page {number} starts with {lines[0]!r}"
        footer = lines[-1]
        assert "ทะเบียนรายชื่อ" in footer and "สำนักงานแรงงานจังหวัด" in footer, footer
        assert "พิมพ์เมื่อ" in footer and f"หน้า {number}/{len(pages)}" in footer, footer
