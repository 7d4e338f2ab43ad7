"""The page shell of a landscape list (the roster, the case queue list): a first page that
starts under the title block, and later pages that repeat the column header above the rows
and name the list in their footer, with progress and cancel counted per row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Frame, PageTemplate

from desktop.documents.drawing import shaped_width
from desktop.documents.fonts import BOLD, REGULAR, register_fonts
from desktop.documents.layout import RenderCancelled, office_line, title_block
from desktop.documents.page import CountingDoc, build_counted
from desktop.documents.roster_rows import (
    PAD_X,
    SIZE,
    Column,
    HeaderRow,
    PersonLine,
    TotalLine,
    column_widths,
)
from desktop.domain.records import OfficeInfo

PAGE = landscape(A4)
MARGIN = 20.0  # 7 mm: inside what every office printer prints, and a row more a page
# The rows reach down to here; under them the footer names the document (later pages
# carry no running title above their column header, so the page holds another row).
LIST_FOOTER = 36.0
FOOTER_SIZE = 12
_MAX_COLUMN = 230.0  # a name, ID, phone or status longer than this wraps
_LEAST_REST = 0.3  # of the table: the column that takes the rest never gets less


def content_widths(columns: Sequence[Column], cells: Sequence[Sequence[str]]) -> list[float]:
    """The columns laid out from what they hold: each column with a width as wide as its
    widest line (at least that width, at most a cap), the column without one (the address,
    the subject) takes the rest. Where the others would leave it too little, they give back
    what they took beyond their least widths, in proportion."""
    total = PAGE[0] - 2 * MARGIN
    least = [c.width for c in columns]
    wanted = []
    for i, column in enumerate(columns):
        if column.width is None:
            wanted.append(0.0)
            continue
        lines = {line for row in cells for line in row[i].split("\n")}
        widest = max((shaped_width(line, REGULAR, SIZE) for line in lines), default=0.0)
        titles = (shaped_width(t, BOLD, SIZE) for t in column.title.split("\n"))
        widest = max(widest, *titles)
        wanted.append(min(max(widest + 2 * PAD_X + 1, column.width), _MAX_COLUMN))
    fixed = sum(w or 0.0 for w in least)
    extra = sum(wanted) - fixed
    room = total * (1 - _LEAST_REST) - fixed
    share = 1.0 if extra <= max(room, 0.0) else max(room, 0.0) / extra
    widths = [w if w is None else w + (x - w) * share for w, x in zip(least, wanted, strict=True)]
    return column_widths(total, [replace(c, width=w) for c, w in zip(columns, widths, strict=True)])


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
    """A document whose later pages carry ``header`` and whose footers ``running_title``; ``total`` and
    ``what`` name the rows (``PersonLine``) counted for progress and the cancel message."""
    page_width, page_height = PAGE
    _, header_height = header.wrap(sum(header.widths), page_height)
    frame_width = page_width - 2 * MARGIN
    frame_height = page_height - MARGIN - LIST_FOOTER

    def later_page(canvas, doc) -> None:
        header.drawOn(canvas, MARGIN, page_height - MARGIN - header_height)

    def frame(height: float, name: str) -> Frame:
        return Frame(MARGIN, LIST_FOOTER, frame_width, height, 0, 0, 0, 0, id=name)

    templates = [
        PageTemplate("first", [frame(frame_height, "first")], autoNextPageTemplate="later"),
        PageTemplate("later", [frame(frame_height - header_height, "later")], onPage=later_page),
    ]
    return CountingDoc(
        out,
        row_type=PersonLine,
        total=total,
        progress=progress,
        cancelled=cancelled,
        what=what,
        footer_title=running_title,
        footer_size=FOOTER_SIZE,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=LIST_FOOTER,
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
    widths = content_widths(columns, rows)
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
