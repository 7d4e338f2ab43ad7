"""The one writer behind every list export (registry, case queues, mentoring, evaluations).

An export is a :class:`ListTable`: a pandas DataFrame with one column per :class:`Column`
(Thai header, kind) and the words of its title row — the list, the office, the filter as
printed and the printed date in BE. It goes out as

* ``.xlsx``: xlsxwriter lays out the sheet (styles, the title row, the header frozen under
  it, column widths that fit the first rows, the autofilter) and :mod:`xlsx_rows` streams the
  data rows into it chunk by chunk: dates as real date cells under a Buddhist Era number
  format (so Excel sorts and filters them as dates), national IDs and phone numbers as text
  cells, and every text cell through :mod:`safe_cells` — a formula-looking text is a string
  cell under Excel's quote prefix, never a formula;
* ``.csv``: UTF-8 with a BOM (Excel then opens Thai correctly), the header and the rows (no
  title line, so the file re-imports as a plain table), dates as BE text ``dd/mm/yyyy``, every
  field through :class:`safe_cells.SafeCsvWriter`.

pandas builds the table (one DataFrame per export, typed columns); the writing itself walks
the frame's rows in chunks, because neither ``to_excel`` nor ``to_csv`` can report progress,
be cancelled part-way, or give a cell its quote prefix.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Literal

import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from desktop.domain.national_id import format_id, mask_id
from desktop.domain.thai_dates import format_long, format_short
from desktop.exchange.safe_cells import SafeCsvWriter, looks_like_formula
from desktop.exchange.xlsx_rows import row_xml, splice_rows

__all__ = [
    "BE_DATE_FORMAT",
    "CHUNK",
    "Column",
    "ExportCancelled",
    "ListTable",
    "national_id_text",
    "write_list",
    "write_list_csv",
    "wants_csv",
    "write_list_xlsx",
]

# Calendar 07 (Thai Buddhist) with the system's language (0000): Excel shows 15/03/2568 for
# 15 March 2025 whatever the PC's locale, LibreOffice reads the same calendar code; the cell
# stays a date serial, so it sorts and filters as a date. A numeric month keeps the format
# free of month names, which would follow the PC's language.
BE_DATE_FORMAT = "[$-1070000]d/mm/yyyy;@"

# Day 0 of Excel's 1900 date system as it counts from 1 March 1900 on (every date a register
# holds): serial = days since 30 December 1899.
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# Rows between progress reports and cancel checks: a moving bar, and no visible slow-down.
CHUNK = 5_000
# Column widths go by the header and this many first rows (reading all 100,000 would cost
# more than the export); a width never exceeds _MAX_WIDTH characters.
_WIDTH_SAMPLE = 200
_MAX_WIDTH = 60

Kind = Literal["text", "date", "number"]
Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"


@dataclass(frozen=True)
class ListTable:
    """One list ready to leave the app: ``frame`` holds a column per entry of ``columns``
    (text columns as str, date columns as ``datetime.date`` or None, numbers as numbers)."""

    title: str
    office: str
    filter_text: str
    printed_on: dt.date
    columns: tuple[Column, ...]
    frame: pd.DataFrame
    sheet: str = "รายการ"

    @classmethod
    def build(
        cls,
        rows: Sequence[Sequence],
        columns: Sequence[Column],
        *,
        title: str,
        office: str,
        filter_text: str,
        printed_on: dt.date,
        sheet: str = "รายการ",
    ) -> ListTable:
        headers = [c.header for c in columns]
        frame = pd.DataFrame(list(rows), columns=headers, dtype=object)
        return cls(title, office, filter_text, printed_on, tuple(columns), frame, sheet)

    @property
    def title_line(self) -> str:
        parts = [self.title, self.office, self.filter_text or "ทั้งหมด"]
        parts.append(f"พิมพ์วันที่ {format_long(self.printed_on)}")
        return " · ".join(p for p in parts if p)

    def __len__(self) -> int:
        return len(self.frame)


def national_id_text(national_id: str, full_id: bool) -> str:
    """An ID as the export shows it: ``1-2345-…`` in full only when asked, else masked."""
    if not national_id:
        return ""
    return format_id(national_id) if full_id else mask_id(national_id)


def _display_width(text: str) -> int:
    # Thai vowel and tone marks sit above or below their consonant and take no width.
    return sum(1 for ch in text if not unicodedata.combining(ch))


def _widths(table: ListTable) -> list[int]:
    head = table.frame.head(_WIDTH_SAMPLE)
    widths = []
    for column in table.columns:
        values = head[column.header]
        if column.kind == "date":
            longest = 10
        else:
            longest = max((_display_width(str(v)) for v in values if v is not None), default=0)
        widths.append(min(max(longest, _display_width(column.header)) + 2, _MAX_WIDTH))
    return widths


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled("การส่งออกถูกยกเลิก")


def _chunks(
    table: ListTable,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    chunk: int | None,
):
    """The frame's rows as tuples, chunk by chunk, with progress after each chunk and a cancel
    check before it."""
    total, size = len(table.frame), chunk or CHUNK
    for start in range(0, max(total, 1), size):
        _check(cancelled)
        part = table.frame.iloc[start : start + size]
        yield start, part.itertuples(index=False, name=None)
        if progress is not None:
            progress(min(start + size, total), total)


def write_list_xlsx(
    table: ListTable,
    out: str | Path | BinaryIO,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int | None = None,
) -> int:
    """Write ``table`` as .xlsx to a path or a binary stream, rows streamed chunk by chunk
    into the file; returns the number of rows. A cancel raises :class:`ExportCancelled`: a
    stream gets nothing, a path is left to the caller's ``atomic_target`` to discard."""
    layout = io.BytesIO()
    book = xlsxwriter.Workbook(layout, {"in_memory": True, "strings_to_formulas": False})
    date_style, quoted_style = _layout(book, table)
    book.close()
    kinds = [c.kind for c in table.columns]
    row = row_xml(
        kinds, date_style=date_style, quoted_style=quoted_style, is_formula=looks_like_formula
    )

    def rows():
        for start, values in _chunks(_for_excel(table), progress, cancelled, chunk):
            for index, cells in enumerate(values, start=start + 2):
                yield row(index, cells)

    last = xl_col_to_name(max(len(kinds) - 1, 0))
    if isinstance(out, str | Path):
        splice_rows(layout.getvalue(), rows(), str(out), last_row=len(table) + 2, last_col=last)
    else:
        buffer = io.BytesIO()  # a cancel part-way leaves the stream untouched
        splice_rows(layout.getvalue(), rows(), buffer, last_row=len(table) + 2, last_col=last)
        out.write(buffer.getvalue())
    return len(table)


def _for_excel(table: ListTable) -> ListTable:
    """The table with its dates as Excel serial day numbers (1900 date system), worked out
    column by column in pandas rather than cell by cell, and its text as str."""
    frame = table.frame.copy()
    for column in table.columns:
        values = frame[column.header]
        if column.kind == "date":
            days = (pd.to_datetime(values) - _EXCEL_EPOCH).dt.days
            frame[column.header] = days.astype(object).where(days.notna(), None)
        elif column.kind == "text":
            frame[column.header] = values.map(
                lambda v: v if v is None or isinstance(v, str) else str(v)
            )
    return replace(table, frame=frame)


def _layout(book, table: ListTable) -> tuple[int, int]:
    """The sheet without its data rows: title row, header, widths, frozen panes, autofilter.
    Returns the style indexes of the date and the quote-prefix formats for the rows."""
    ws = book.add_worksheet(table.sheet[:31])
    title_format = book.add_format({"bold": True, "font_size": 13})
    header = {"bold": True, "bg_color": "#E0E0E0", "border": 1, "text_wrap": True}
    header_format = book.add_format({**header, "valign": "top"})
    header_quoted = book.add_format({**header, "quote_prefix": True})
    date_format = book.add_format({"num_format": BE_DATE_FORMAT})
    quoted = book.add_format({"quote_prefix": True})
    for i, width in enumerate(_widths(table)):
        ws.set_column(i, i, width)
    ws.freeze_panes(2, 0)
    title = table.title_line
    ws.write_string(0, 0, title, quoted if looks_like_formula(title) else title_format)
    for i, column in enumerate(table.columns):
        style = header_quoted if looks_like_formula(column.header) else header_format
        ws.write_string(1, i, column.header, style)
    if len(table):
        ws.autofilter(1, 0, len(table) + 1, len(table.columns) - 1)
    # The rows are written outside xlsxwriter, so their two formats are registered here:
    # a format gets its index (and its place in styles.xml) when first used.
    return date_format._get_xf_index(), quoted._get_xf_index()


def write_list_csv(
    table: ListTable,
    out: str | Path | BinaryIO,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int | None = None,
) -> int:
    """Write ``table`` as CSV (UTF-8 with BOM, ``\\r\\n``-free ``\\n`` lines, BE text dates)."""
    text = io.StringIO()
    writer = SafeCsvWriter(text)
    writer.writerow([c.header for c in table.columns])
    kinds = [c.kind for c in table.columns]
    for _start, rows in _chunks(table, progress, cancelled, chunk):
        for values in rows:
            writer.writerow(
                [
                    ""
                    if v is None or v != v
                    else format_short(v)
                    if kind == "date"
                    else v
                    if kind == "number"
                    else str(v)
                    for v, kind in zip(values, kinds, strict=True)
                ]
            )
    data = ("\ufeff" + text.getvalue()).encode("utf-8")
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)
    return len(table.frame)


def write_list(
    table: ListTable,
    out: str | Path | BinaryIO,
    *,
    csv: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int | None = None,
) -> int:
    """``table`` as CSV when ``csv`` is true, else as .xlsx."""
    write = write_list_csv if csv else write_list_xlsx
    return write(table, out, progress=progress, cancelled=cancelled, chunk=chunk)


def wants_csv(out: str | Path | BinaryIO, csv: bool | None = None) -> bool:
    """Whether an export goes out as CSV: as asked, else by the file name's extension."""
    if csv is not None:
        return csv
    return isinstance(out, str | Path) and Path(out).suffix.lower() == ".csv"
