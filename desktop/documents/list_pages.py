"""The page shell of a landscape list (the roster, the case queue list): a first page that
starts under the title block, and later pages that repeat a running title and the column
header above the rows, with progress and cancel counted per row."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Frame, PageTemplate

from desktop.documents.drawing import draw_text
from desktop.documents.fonts import BOLD
from desktop.documents.layout import FOOTER_HEIGHT
from desktop.documents.page import CountingDoc
from desktop.documents.roster_rows import HeaderRow, PersonLine

PAGE = landscape(A4)
MARGIN = 24.0


def list_document(
    out: str | BinaryIO,
    *,
    header: HeaderRow,
    running_title: str,
    title: str,
    author: str,
    total: int,
    what: str,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> CountingDoc:
    """A document whose later pages carry ``running_title`` and ``header``; ``total`` and
    ``what`` name the rows (``PersonLine``) counted for progress and the cancel message."""
    page_width, page_height = PAGE
    _, header_height = header.wrap(sum(header.widths), page_height)
    frame_width = page_width - 2 * MARGIN
    frame_height = page_height - MARGIN - FOOTER_HEIGHT
    later_top = 18 + header_height

    def later_page(canvas, doc) -> None:
        top = page_height - MARGIN
        draw_text(canvas, MARGIN, top - 12, running_title, BOLD, 14)
        header.drawOn(canvas, MARGIN, top - 18 - header_height)

    def frame(height: float, name: str) -> Frame:
        return Frame(MARGIN, FOOTER_HEIGHT, frame_width, height, 0, 0, 0, 0, id=name)

    templates = [
        PageTemplate("first", [frame(frame_height, "first")], autoNextPageTemplate="later"),
        PageTemplate("later", [frame(frame_height - later_top, "later")], onPage=later_page),
    ]
    return CountingDoc(
        out,
        row_type=PersonLine,
        total=total,
        progress=progress,
        cancelled=cancelled,
        what=what,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOTER_HEIGHT,
        title=title,
        author=author,
        pageTemplates=templates,
    )
