"""The error workbook of an import: each rejected row with its original cells and the Thai
reasons, in the sheet's own columns, so the clerk can fix the cells and import the file again.

The reasons come last and the original row number before them; neither header names a
registry field, so the re-import's column matching skips both. Every text cell goes through
``safe_cells`` (a cell of the office's sheet starting with ``=`` stays text here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop.exchange.safe_cells import neutralise_sheet

ROW_HEADER = "แถวในไฟล์เดิม"
REASON_HEADER = "เหตุผลที่ไม่ได้นำเข้า"


def _cell(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | int | float | str) or value is None:
        return value
    return str(value)


def write_error_workbook(
    out: str | BinaryIO,
    headers: Sequence[str],
    rows: Iterable[tuple[int, Sequence[Any], str]],
    title: str = "แถวที่ไม่ได้นำเข้า",
) -> int:
    """Write (row number, original cells, reason) rows under ``headers``; returns how many."""
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append([*headers, ROW_HEADER, REASON_HEADER])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 0
    for row_no, cells, reason in rows:
        ws.append([*(_cell(v) for v in cells), row_no, reason])
        n += 1
    neutralise_sheet(ws)
    ws.freeze_panes = "A2"
    ws.column_dimensions[ws.cell(1, len(headers) + 2).column_letter].width = 80
    wb.save(out)
    return n
