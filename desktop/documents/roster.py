"""ทะเบียนรายชื่ออาสาสมัครแรงงาน: the roster of volunteers and graduates, grouped by district.

A4 landscape, 14 pt table text. A province may print thousands of rows, so rows are small
flowables drawn straight onto the canvas (see :mod:`desktop.documents.drawing`) rather than
one reportlab Table: a Table of Paragraph cells that size takes minutes, this takes seconds.
The column header is its own row on page 1 and is drawn by the page template on every later
page, so it repeats wherever a page breaks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import BinaryIO

from desktop.documents import text_units
from desktop.documents.fonts import register_fonts
from desktop.documents.layout import (
    RenderCancelled,
    office_line,
)
from desktop.documents.layout import title_block as make_title_block
from desktop.documents.list_pages import MARGIN, content_widths, list_document
from desktop.documents.page import build_counted
from desktop.documents.roster_rows import (
    COLUMNS,
    GroupHeading,
    HeaderRow,
    PersonLine,
    TotalLine,
)
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.people import PersonKind, format_phone
from desktop.domain.records import OfficeInfo, PersonRow
from desktop.domain.thai_dates import format_medium

__all__ = ["TITLE", "RenderCancelled", "render_roster", "roster_title"]

TITLE = "ทะเบียนรายชื่ออาสาสมัครแรงงาน"
GRADUATES_TITLE = "ทะเบียนรายชื่อบัณฑิตแรงงาน"
BOTH_TITLE = "ทะเบียนรายชื่ออาสาสมัครแรงงานและบัณฑิตแรงงาน"


def roster_title(rows: Sequence[PersonRow]) -> str:
    """What the roster lists: volunteers, graduates, or both."""
    graduates = {r.kind == PersonKind.GRADUATE for r in rows}
    if graduates == {True}:
        return GRADUATES_TITLE
    return BOTH_TITLE if graduates == {True, False} else TITLE


OVERSEAS = "ต่างประเทศ"


def _district_heading(row: PersonRow, bangkok: bool) -> str:
    if not row.district:
        overseas = row.kind == PersonKind.OVERSEAS_VOLUNTEER or bool(row.country)
        return OVERSEAS if overseas else "ไม่ระบุอำเภอ"
    if row.district.startswith(("อำเภอ", "เขต", "อ.")):
        return row.district
    return f"{'เขต' if bangkok else 'อำเภอ'}{row.district}"


def _groups(rows: Sequence[PersonRow], bangkok: bool) -> list[tuple[str, list[PersonRow]]]:
    """Rows by district in the order the districts first appear; people abroad come last."""
    groups: dict[str, list[PersonRow]] = {}
    for row in rows:
        groups.setdefault(_district_heading(row, bangkok), []).append(row)
    ordered = [(name, members) for name, members in groups.items() if name != OVERSEAS]
    if OVERSEAS in groups:
        ordered.append((OVERSEAS, groups[OVERSEAS]))
    return ordered


def _address(row: PersonRow) -> str:
    address = row.address.strip()
    if row.country and row.country not in address:
        address = f"{address} {row.country}".strip()
    return address


def _cells(number: int, row: PersonRow, show_full_id: bool) -> tuple[str, ...]:
    phone = format_phone(row.phone)
    appointed = format_medium(row.appointed_on)
    return (
        str(number),
        "\n".join(t for t in (text_units.name(row.full_name), text_units.name(phone)) if t),
        format_id(row.national_id) if show_full_id else mask_id(row.national_id),
        text_units.address(_address(row)),
        "\n".join(t for t in (row.status.label, text_units.name(appointed)) if t),
    )


def render_roster(
    out: str | BinaryIO,
    office: OfficeInfo,
    rows: Sequence[PersonRow],
    *,
    printed_on: dt.date,
    show_full_id: bool = False,
    filter_description: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the roster PDF to ``out`` (a path or a binary file) and return its page count.

    ``progress(done, total)`` is called as rows are laid out; when ``cancelled()`` returns
    True the render stops with :class:`RenderCancelled` and nothing is written.
    """
    register_fonts()
    if cancelled is not None and cancelled():
        raise RenderCancelled("การพิมพ์ทะเบียนรายชื่อถูกยกเลิก")
    # Each row's cells, numbered in the order printed, once: the widths are laid out from them.
    numbered = iter(range(1, len(rows) + 1))
    grouped = [
        (heading, [_cells(next(numbered), row, show_full_id) for row in members])
        for heading, members in _groups(rows, office.province_code == "10")
    ]
    widths = content_widths(COLUMNS, [c for _, cells in grouped for c in cells])
    header = HeaderRow(widths, [c.title for c in COLUMNS])
    title = roster_title(rows)
    doc = list_document(
        out,
        header=header,
        running_title=f"{title} {office_line(office)}",
        title=title,
        author=office.office_name,
        total=len(rows),
        what="ทะเบียนรายชื่อ",
        progress=progress,
        cancelled=cancelled,
    )
    story = [*make_title_block(title, office, printed_on, filter_description), header]
    for heading, members in grouped:
        # The district's count in its heading: a total line under each one cost a row apiece.
        story.append(GroupHeading(widths, f"{heading} ({len(members):,} คน)"))
        story.extend(PersonLine(widths, cells) for cells in members)
    story.append(TotalLine(widths, f"รวมทั้งสิ้น {len(rows):,} คน", grand=True))
    return build_counted(doc, story, margin=MARGIN, printed_on=printed_on)
