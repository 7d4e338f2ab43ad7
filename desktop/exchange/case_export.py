"""The case queue as an Excel workbook: one row a case, Thai headers, Buddhist Era dates.

A central server's queue runs to 250,000 cases, so rows go to the sheet in chunks, with
progress after each chunk and a chance to cancel between them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from desktop.domain.cases.records import CaseRow
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.people import format_phone
from desktop.domain.thai_dates import format_short
from desktop.exchange.safe_cells import neutralise_sheet

# Rows a chunk: small enough for a moving progress bar, large enough not to slow the export.
CHUNK = 5_000

COLUMNS = (
    "เลขที่เรื่อง",
    "วันที่รับ",
    "ผู้มีความต้องการ",
    "เลขประจำตัวประชาชน",
    "โทรศัพท์",
    "ความต้องการ",
    "ตำบล",
    "อำเภอ",
    "ผู้แจ้ง",
    "ช่องทาง",
    "ความเร่งด่วน",
    "สถานะ",
    "หน่วยงาน",
    "ผู้รับผิดชอบ",
    "กำหนด",
    "สถานะกำหนด",
    "ผลการดำเนินการ",
)


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


def _id(national_id: str, full_id: bool) -> str:
    if not national_id:
        return ""
    return format_id(national_id) if full_id else mask_id(national_id)


def frame(rows: Sequence[CaseRow], *, full_id: bool = False) -> pd.DataFrame:
    # Dates go out as BE text: the clerks' spreadsheets and the ministry's forms use BE, and an
    # Excel date cell would show the Gregorian year on most office PCs.
    data = [
        (
            r.case_no,
            format_short(r.received_on),
            r.person_name,
            _id(r.person_national_id, full_id),
            format_phone(r.person_phone),
            r.needs_label,
            r.area.subdistrict,
            r.area.district,
            r.reporter_name,
            r.channel.label,
            r.urgency.label,
            r.status.label,
            r.agency.label if r.agency else "",
            r.assigned_to,
            format_short(r.due_on) if r.health else "",
            r.health.label if r.health else "",
            r.outcome.label if r.outcome else "",
        )
        for r in rows
    ]
    return pd.DataFrame(data, columns=list(COLUMNS), dtype="string")


def write_cases_xlsx(
    rows: Sequence[CaseRow],
    out: str | Path | BinaryIO,
    *,
    full_id: bool = False,
    sheet: str = "เรื่องส่งต่อ",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``rows`` to an .xlsx file; returns the number of cases written.

    ``progress(done, total)`` is called after each chunk of rows; when ``cancelled()`` returns
    True the export stops with :class:`ExportCancelled` before the workbook is saved."""
    total = len(rows)
    # The workbook is built in memory and written out once complete, so a cancel part-way
    # leaves nothing behind, not even an empty file.
    buffer = io.BytesIO()
    writer = pd.ExcelWriter(buffer, engine="openpyxl")
    head = frame(rows[:200], full_id=full_id)  # the column widths go by the first rows
    ws = None
    # Chunks are written into the one sheet below each other; the header only with the first.
    for start in range(0, max(total, 1), CHUNK):
        if cancelled is not None and cancelled():
            raise ExportCancelled("การส่งออกถูกยกเลิก")
        chunk = frame(rows[start : start + CHUNK], full_id=full_id)
        chunk.to_excel(
            writer,
            sheet_name=sheet,
            index=False,
            header=start == 0,
            startrow=0 if start == 0 else start + 1,
        )
        ws = writer.sheets[sheet]
        # A name typed as "=HYPERLINK(…)" stays text (the header row with the first chunk).
        neutralise_sheet(ws, min_row=1 if start == 0 else start + 2)
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    ws.freeze_panes = "A2"
    for i, name in enumerate(COLUMNS, start=1):
        longest = max([len(name), *(len(str(v)) for v in head[name])])
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(longest + 2, 60)
    writer.close()
    if isinstance(out, str | Path):
        Path(out).write_bytes(buffer.getvalue())
    else:
        out.write(buffer.getvalue())
    return total
