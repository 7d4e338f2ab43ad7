"""Documents of one part a record (referral slips, visit forms) report progress per part and
stop on cancel with nothing written; the progress marker changes nothing on the page."""

from __future__ import annotations

import io

import pypdf
import pytest
from case_samples import LONG_DESCRIPTION, make_case
from doc_samples import OFFICE, PRINTED_ON
from mentoring_samples import make_form

from desktop.documents.layout import RenderCancelled
from desktop.documents.referral_slip import render_referral_slips
from desktop.documents.visit_form import render_visit_forms


def slips(n: int) -> list:
    return [make_case(f"ลป 2570/{i:05d}", description=LONG_DESCRIPTION * (i % 3)) for i in range(n)]


@pytest.mark.parametrize(
    ("render", "parts"),
    [(render_referral_slips, slips(4)), (render_visit_forms, [make_form(i) for i in range(3)])],
)
def test_progress_per_part_and_cancel_writes_nothing(render, parts):
    seen: list[tuple[int, int]] = []
    render(io.BytesIO(), OFFICE, parts, printed_on=PRINTED_ON, progress=lambda *p: seen.append(p))
    assert seen == [(i, len(parts)) for i in range(1, len(parts) + 1)]

    out = io.BytesIO()
    with pytest.raises(RenderCancelled):
        render(out, OFFICE, parts, printed_on=PRINTED_ON, cancelled=lambda: True)
    assert out.getvalue() == b""


def test_the_marker_leaves_the_pages_as_they_were():
    """Slips with their progress markers give the pages the same story without them gives,
    content stream for stream."""
    from reportlab.platypus import PageBreak

    from desktop.documents import referral_slip as rs
    from desktop.documents.page import build_simple

    cases = slips(5)
    marked, bare = io.BytesIO(), io.BytesIO()
    render_referral_slips(marked, OFFICE, cases, printed_on=PRINTED_ON, progress=lambda *_: None)
    width = rs.PAGE[0] - rs.LEFT - rs.RIGHT
    story = []
    for i, case in enumerate(cases):
        story += [PageBreak()] if i else []
        story += rs._slip(case, OFFICE, width)
    build_simple(
        bare,
        story,
        pagesize=rs.PAGE,
        margins=(rs.LEFT, rs.RIGHT, rs.TOP),
        title=rs.TITLE,
        author=OFFICE.office_name,
        printed_on=PRINTED_ON,
    )

    def streams(data: bytes) -> list[bytes]:
        return [p.get_contents().get_data() for p in pypdf.PdfReader(io.BytesIO(data)).pages]

    assert streams(marked.getvalue()) == streams(bare.getvalue())
