"""Text that a spreadsheet would run as a formula, made harmless in every CSV and Excel output.

A name, note or grade label typed as ``=HYPERLINK("http://…")``, ``+1-1``, ``@SUM(A1)`` or
starting with a tab or carriage return is run as a formula when the file is opened (OWASP
"CSV injection"). Every writer in ``desktop.exchange`` (and the CLI's CSV) goes through here:

* CSV has no cell types, so such text gets a leading ``'`` (OWASP's advice): the spreadsheet
  shows it as text and nothing runs.
* Excel cells are typed: such text is stored as a string cell with Excel's own "quote prefix"
  mark, so it shows exactly as typed, stays text when a clerk edits the cell, and is never
  stored as a formula.

Only text is touched: numbers (negative ones too) and dates stay numbers and dates.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

__all__ = [
    "FORMULA_STARTS",
    "SafeCsvWriter",
    "csv_field",
    "csv_row",
    "looks_like_formula",
    "neutralise_sheet",
]

# OWASP's list, plus a line feed: some spreadsheets trim a leading line break and then
# evaluate what follows.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def looks_like_formula(value: Any) -> bool:
    """True for text a spreadsheet would evaluate; never for numbers or dates."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_field(value: Any) -> Any:
    """``value`` ready for a CSV writer: dangerous text prefixed with ``'``, the rest as is."""
    return "'" + value if looks_like_formula(value) else value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_field(v) for v in values]


class SafeCsvWriter:
    """A ``csv.writer`` whose rows go through :func:`csv_row`. A line break inside a field is
    quoted too: Python's writer leaves a lone carriage return bare when lines end in ``\n``,
    and a spreadsheet then starts a new row there, with whatever follows as its first cell."""

    def __init__(self, out: TextIO) -> None:
        self._plain = csv.writer(out, lineterminator="\n")
        self._quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)

    def writerow(self, values: Iterable[Any]) -> None:
        row = csv_row(values)
        breaks = any(isinstance(v, str) and ("\r" in v or "\n" in v) for v in row)
        (self._quoted if breaks else self._plain).writerow(row)

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def neutralise_sheet(ws, *, min_row: int = 1) -> None:
    """Every text cell of ``ws`` from ``min_row`` on (headers included) that would be a formula
    becomes a quote-prefixed string cell. openpyxl stores any string starting with ``=`` as a
    formula, so this runs after the rows are in the sheet."""
    for row in ws.iter_rows(min_row=min_row):
        for cell in row:
            if cell.data_type == "f" or looks_like_formula(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
