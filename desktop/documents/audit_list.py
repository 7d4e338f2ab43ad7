"""ประวัติการใช้งานระบบ: the audit trail as filtered on the audit page, A4 landscape — the
paper an incident report (PDPA s.37) attaches: who did what to whom, and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import BinaryIO

from desktop.documents.fonts import register_fonts
from desktop.documents.layout import RenderCancelled, office_line, title_block
from desktop.documents.list_pages import MARGIN, PAGE, list_document
from desktop.documents.page import build_counted
from desktop.documents.roster_rows import Column, HeaderRow, PersonLine, TotalLine, column_widths
from desktop.domain.audit_trail import AuditRow
from desktop.domain.records import OfficeInfo
from desktop.domain.thai_dates import format_datetime

__all__ = ["render_audit_list"]

COLUMNS = (
    Column("ลำดับ", 44, "centre"),
    Column("วันเวลา", 120),
    Column("ผู้ใช้", 110),
    Column("การกระทำ", 130),
    Column("บุคคล / เรื่อง / เอกสาร", None),
)
ALIGNS = [c.align for c in COLUMNS]


def _cells(number: int, row: AuditRow) -> tuple[str, ...]:
    return (
        str(number),
        format_datetime(row.at),
        row.username,
        f"{row.action_label}\n{row.category.label}"
        if row.action_label != row.category.label
        else row.action_label,
        row.subject,
    )


def render_audit_list(
    out: str | BinaryIO,
    office: OfficeInfo,
    rows: Sequence[AuditRow],
    *,
    printed_on: dt.date,
    filter_description: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the list to ``out``; returns the page count."""
    register_fonts()
    if cancelled is not None and cancelled():
        raise RenderCancelled("การพิมพ์ประวัติการใช้งานถูกยกเลิก")
    widths = column_widths(PAGE[0] - 2 * MARGIN, COLUMNS)
    header = HeaderRow(widths, [c.title for c in COLUMNS])
    heading = "ประวัติการใช้งานระบบ"
    doc = list_document(
        out,
        header=header,
        running_title=f"{heading} {office_line(office)}",
        title=heading,
        author=office.office_name,
        total=len(rows),
        what="รายการ",
        progress=progress,
        cancelled=cancelled,
    )
    story = [*title_block(heading, office, printed_on, filter_description), header]
    story += [PersonLine(widths, _cells(n, row), ALIGNS) for n, row in enumerate(rows, start=1)]
    story.append(TotalLine(widths, f"รวมทั้งสิ้น {len(rows):,} รายการ", grand=True))
    return build_counted(doc, story, margin=MARGIN, printed_on=printed_on)
