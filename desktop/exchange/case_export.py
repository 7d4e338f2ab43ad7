"""The case queue as an Excel workbook or CSV: one row a case, Thai headers, BE dates.

Built on the shared list writer (:mod:`desktop.exchange.list_export`): the title row, the
frozen header, dates as real date cells under a Buddhist Era format, masked IDs, every text
cell neutralised. A central server's queue runs to 250,000 cases, so rows go out in chunks,
with progress after each chunk and a chance to cancel between them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from desktop.domain.cases.records import CaseRow
from desktop.domain.people import format_phone
from desktop.exchange.list_export import (
    Column,
    ExportCancelled,
    ListTable,
    national_id_text,
    write_list,
)

__all__ = ["CHUNK", "COLUMNS", "ExportCancelled", "case_table", "write_cases_xlsx"]

# Rows a chunk: small enough for a moving progress bar, large enough not to slow the export.
CHUNK = 5_000

_COLUMNS = (
    Column("เลขที่เรื่อง"),
    Column("วันที่รับ", "date"),
    Column("ผู้มีความต้องการ"),
    Column("เลขประจำตัวประชาชน"),
    Column("โทรศัพท์"),
    Column("ความต้องการ"),
    Column("ตำบล"),
    Column("อำเภอ"),
    Column("ผู้แจ้ง"),
    Column("ช่องทาง"),
    Column("ความเร่งด่วน"),
    Column("สถานะ"),
    Column("หน่วยงาน"),
    Column("ผู้รับผิดชอบ"),
    Column("กำหนด", "date"),
    Column("สถานะกำหนด"),
    Column("ผลการดำเนินการ"),
    # The rest of the intake record, under the case import's own headers: an exported list
    # imports into another office's database as the same cases.
    Column("จังหวัด"),
    Column("หมู่ที่"),
    Column("ความยินยอม"),
    Column("วันที่ยินยอม", "date"),
    Column("รายละเอียด"),
)
COLUMNS = tuple(c.header for c in _COLUMNS)


def _values(r: CaseRow, full_id: bool) -> tuple:
    return (
        r.case_no,
        r.received_on,
        r.person_name,
        national_id_text(r.person_national_id, full_id),
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
        r.due_on if r.health else None,  # a closed case has no due date that still counts
        r.health.label if r.health else "",
        r.outcome.label if r.outcome else "",
        r.area.province,
        r.village_no,
        "ยินยอม" if r.consent else "",
        r.consent_on if r.consent else None,
        r.description,
    )


def case_table(
    rows: Sequence[CaseRow],
    *,
    full_id: bool = False,
    title: str = "รายการเรื่องส่งต่อ",
    office: str = "",
    filter_text: str = "",
    printed_on: dt.date | None = None,
    sheet: str = "เรื่องส่งต่อ",
) -> ListTable:
    return ListTable.build(
        [_values(r, full_id) for r in rows],
        _COLUMNS,
        title=title,
        office=office,
        filter_text=filter_text,
        printed_on=printed_on or dt.date.today(),
        sheet=sheet,
    )


def write_cases_xlsx(
    rows: Sequence[CaseRow],
    out: str | Path | BinaryIO,
    *,
    full_id: bool = False,
    sheet: str = "เรื่องส่งต่อ",
    title: str = "รายการเรื่องส่งต่อ",
    office: str = "",
    filter_text: str = "",
    printed_on: dt.date | None = None,
    csv: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``rows`` to an .xlsx file (or CSV with ``csv``); returns the number written.

    ``progress(done, total)`` is called after each chunk of rows; when ``cancelled()`` returns
    True the export stops with :class:`ExportCancelled` before anything is written."""
    table = case_table(
        rows,
        full_id=full_id,
        title=title,
        office=office,
        filter_text=filter_text,
        printed_on=printed_on,
        sheet=sheet,
    )
    return write_list(table, out, csv=csv, progress=progress, cancelled=cancelled, chunk=CHUNK)
