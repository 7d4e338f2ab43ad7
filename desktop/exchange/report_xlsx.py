"""A report as an Excel workbook: one sheet per table, each with a title row (the table,
the report, its period, the office and the print date in BE), the header, the rows and the
totals row — numbers as number cells and totals as values, so the file reads without
recalculating. Text goes in as the shared writer's text does (:mod:`safe_cells`): a text
that looks like a formula is a quote-prefixed string cell, never a formula.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import BinaryIO

import xlsxwriter

from desktop.domain.reports import Report, ReportTable
from desktop.domain.thai_dates import format_long
from desktop.exchange.safe_cells import looks_like_formula

__all__ = ["sheet_names", "write_report_xlsx"]

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_MAX_WIDTH = 60


def sheet_names(report: Report) -> list[str]:
    """``1 ความต้องการที่ได้รับ …`` cut to Excel's 31 characters, unique and legal."""
    names = []
    for i, table in enumerate(report.tables, start=1):
        base = _BAD_SHEET_CHARS.sub(" ", f"{i} {table.title}")[:31].strip().rstrip("'")
        names.append(base)
    return names


def _width(value) -> int:
    text = value if isinstance(value, str) else f"{value:,}" if value is not None else ""
    return sum(1 for ch in text if not ("\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e"))


def write_report_xlsx(
    report: Report, out: str | Path | BinaryIO, *, office: str, printed_on: dt.date
) -> int:
    """Write ``report`` to ``out``; returns the number of sheets."""
    target = str(out) if isinstance(out, str | Path) else out
    book = xlsxwriter.Workbook(target, {"in_memory": True, "strings_to_formulas": False})
    title_f = book.add_format({"bold": True, "font_size": 13})
    sub_f = book.add_format({"italic": True})
    head_f = book.add_format(
        {"bold": True, "bg_color": "#E0E0E0", "border": 1, "text_wrap": True, "valign": "top"}
    )
    quoted = book.add_format({"quote_prefix": True})
    number_f = book.add_format({"num_format": "#,##0"})
    decimal_f = book.add_format({"num_format": "#,##0.0"})
    total_text = book.add_format({"bold": True, "top": 2, "bg_color": "#F2F2F2"})
    total_num = book.add_format(
        {"bold": True, "top": 2, "bg_color": "#F2F2F2", "num_format": "#,##0"}
    )
    total_dec = book.add_format(
        {"bold": True, "top": 2, "bg_color": "#F2F2F2", "num_format": "#,##0.0"}
    )
    line = f"{report.title} · {report.period_text} · {office} · พิมพ์วันที่ {format_long(printed_on)}"

    def put(ws, r: int, c: int, value, *, total: bool = False) -> None:
        if value is None:
            ws.write_blank(r, c, None, total_text if total else None)
        elif isinstance(value, bool) or not isinstance(value, int | float):
            text = str(value)
            fmt = quoted if looks_like_formula(text) else (total_text if total else None)
            ws.write_string(r, c, text, fmt)
        elif isinstance(value, float):
            ws.write_number(r, c, value, total_dec if total else decimal_f)
        else:
            ws.write_number(r, c, value, total_num if total else number_f)

    for name, table in zip(sheet_names(report), report.tables, strict=True):
        ws = book.add_worksheet(name)
        _sheet(ws, table, line, put, title_f, sub_f, head_f, quoted)
    book.close()
    return len(report.tables)


def _sheet(ws, table: ReportTable, line: str, put, title_f, sub_f, head_f, quoted) -> None:
    ws.write_string(0, 0, table.title, quoted if looks_like_formula(table.title) else title_f)
    ws.write_string(1, 0, line, quoted if looks_like_formula(line) else sub_f)
    for c, header in enumerate(table.headers):
        ws.write_string(2, c, header, quoted if looks_like_formula(header) else head_f)
    r = 3
    for row in table.rows:
        for c, value in enumerate(row):
            put(ws, r, c, value)
        r += 1
    if table.totals is not None:
        for c, value in enumerate(table.totals):
            put(ws, r, c, value, total=True)
        r += 1
    if table.note:
        ws.write_string(r + 1, 0, f"หมายเหตุ: {table.note}")
    rows = [table.headers, *table.rows, *([table.totals] if table.totals else [])]
    for c in range(len(table.headers)):
        longest = max((_width(row[c]) for row in rows), default=8)
        ws.set_column(c, c, min(max(longest + 2, 8), _MAX_WIDTH))
    ws.freeze_panes(3, 1)
