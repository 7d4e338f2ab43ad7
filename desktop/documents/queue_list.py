"""รายการเรื่องส่งต่อ: the cases of the current queue view as a list, A4 landscape.

Built like the roster (rows drawn straight onto the canvas, the header repeated by the page
template) because a supervisor may print a few thousand open cases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import BinaryIO

from desktop.documents.list_pages import render_list
from desktop.documents.roster_rows import Column
from desktop.domain.cases.records import CaseRow
from desktop.domain.national_id import mask_id
from desktop.domain.records import OfficeInfo
from desktop.domain.thai_dates import format_medium

__all__ = ["render_queue_list"]

COLUMNS = (
    Column("ลำดับ", 44, "centre"),
    Column("เลขที่เรื่อง /\nวันที่รับ", 112),  # a case number on one line
    Column("ผู้มีความต้องการ", 140),
    Column("ความต้องการ", None),
    Column("พื้นที่", 122),
    Column("สถานะ / กำหนด", 130),
    Column("ผู้รับผิดชอบ", 96),
)
ALIGNS = [c.align for c in COLUMNS]


def _cells(number: int, row: CaseRow) -> tuple[str, ...]:
    person = row.person_name
    if row.person_national_id:
        person += f"\n{mask_id(row.person_national_id)}"
    status = row.status.label
    if row.due_on is not None:
        status += f"\nกำหนด {format_medium(row.due_on)}"
        if row.health is not None:
            status += f" ({row.health.label})"
    area = " / ".join(p for p in (row.area.subdistrict, row.area.district) if p)
    agency = f"\n→ {row.agency.label}" if row.agency is not None else ""
    return (
        str(number),
        f"{row.case_no}\n{format_medium(row.received_on)}",
        person,
        row.needs_label + agency,
        area,
        status,
        row.assigned_to or "-",
    )


def render_queue_list(
    out: str | BinaryIO,
    office: OfficeInfo,
    rows: Sequence[CaseRow],
    *,
    printed_on: dt.date,
    title: str,
    filter_description: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the list to ``out`` (path or binary file); returns the page count.

    ``title`` names the view (``เกินกำหนด``); ``filter_description`` says how it was narrowed.
    """
    return render_list(
        out,
        office,
        heading=f"รายการเรื่องส่งต่อ: {title}",
        columns=COLUMNS,
        rows=[_cells(n, row) for n, row in enumerate(rows, start=1)],
        total_text=f"รวมทั้งสิ้น {len(rows):,} เรื่อง",
        what="รายการเรื่อง",
        printed_on=printed_on,
        filter_description=filter_description,
        progress=progress,
        cancelled=cancelled,
    )
