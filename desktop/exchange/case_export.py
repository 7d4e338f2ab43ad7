"""The case queue as an Excel workbook: one row a case, Thai headers, Buddhist Era dates."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from desktop.domain.cases.records import CaseRow
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.people import format_phone
from desktop.domain.thai_dates import format_short

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


def _no_formulas(ws) -> None:
    """A name typed as ``=HYPERLINK(…)`` must stay text: openpyxl would store it as a formula."""
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def write_cases_xlsx(
    rows: Sequence[CaseRow],
    out: str | Path | BinaryIO,
    *,
    full_id: bool = False,
    sheet: str = "เรื่องส่งต่อ",
) -> int:
    """Write ``rows`` to an .xlsx file; returns the number of cases written."""
    table = frame(rows, full_id=full_id)
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        table.to_excel(writer, sheet_name=sheet, index=False)
        ws = writer.sheets[sheet]
        ws.freeze_panes = "A2"
        _no_formulas(ws)
        for i, name in enumerate(COLUMNS, start=1):
            longest = max([len(name), *(len(str(v)) for v in table[name].head(200))])
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(
                longest + 2, 60
            )
    return len(table)
