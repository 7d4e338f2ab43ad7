"""The page shell of a landscape list (the roster, the case queue list): a first page that
starts under the title block, and later pages that repeat a running title and the column
header above the rows, with progress and cancel counted per row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Frame, PageTemplate

from desktop.documents.drawing import draw_text
from desktop.documents.fonts import BOLD, register_fonts
from desktop.documents.layout import FOOTER_HEIGHT, RenderCancelled, office_line, title_block
from desktop.documents.page import CountingDoc, build_counted
from desktop.documents.roster_rows import (
    Column,
    HeaderRow,
    PersonLine,
    TotalLine,
    column_widths,
)
from desktop.domain.records import OfficeInfo

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


def render_list(
    out: str | BinaryIO,
    office: OfficeInfo,
    *,
    heading: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    total_text: str,
    what: str,
    printed_on: dt.date,
    filter_description: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """A plain list: the title block, the header repeated on every page, one line per row of
    cells and the total line; returns the page count."""
    register_fonts()
    if cancelled is not None and cancelled():
        raise RenderCancelled(f"การพิมพ์{what}ถูกยกเลิก")
    widths = column_widths(PAGE[0] - 2 * MARGIN, columns)
    header = HeaderRow(widths, [c.title for c in columns])
    doc = list_document(
        out,
        header=header,
        running_title=f"{heading} {office_line(office)}",
        title=heading,
        author=office.office_name,
        total=len(rows),
        what=what,
        progress=progress,
        cancelled=cancelled,
    )
    aligns = [c.align for c in columns]
    story = [*title_block(heading, office, printed_on, filter_description), header]
    story += [PersonLine(widths, cells, aligns) for cells in rows]
    story.append(TotalLine(widths, total_text, grand=True))
    return build_counted(doc, story, margin=MARGIN, printed_on=printed_on)
