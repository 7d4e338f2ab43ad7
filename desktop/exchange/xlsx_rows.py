"""The data rows of a list export's sheet, written as SpreadsheetML straight into the
workbook's zip.

xlsxwriter lays out the workbook (styles, the title and header rows, frozen panes, column
widths, the autofilter) but costs about 7 µs a cell, 10 s for the registry's 1.3 million
cells. The rows themselves are simple and fixed in form, so they are written here in the
form xlsxwriter's own ``constant_memory`` mode writes them — inline strings, the same
escaping, style indexes taken from xlsxwriter's formats — in about a fifth of the time,
streamed chunk by chunk into the zip entry.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO

from xlsxwriter.utility import xl_col_to_name

__all__ = ["CellKind", "row_xml", "splice_rows"]

SHEET = "xl/worksheets/sheet1.xml"
_NEEDS_ESCAPE = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_CONTROL = re.compile(r"([\x00-\x08\x0b\x0c\x0e-\x1f])")
_LITERAL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_EDGE_SPACE = re.compile(r"^\s|\s$")

CellKind = str  # "text", "date", "number"


def _escape(text: str) -> str:
    """As xlsxwriter escapes text: XML's three, then control characters as ``_xHHHH_`` (and
    a literal ``_xHHHH_`` with its underscore escaped, so it reads back as typed)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _LITERAL_ESCAPE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    return text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")


def _number(value) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def row_xml(
    kinds: Sequence[CellKind],
    *,
    date_style: int,
    quoted_style: int,
    is_formula: Callable[[str], bool],
) -> Callable[[int, Sequence], str]:
    """A function from (0-based row, values) to that row's ``<row>`` element. ``is_formula``
    marks the text that gets the quote-prefix style (:mod:`safe_cells`)."""
    letters = [xl_col_to_name(i) for i in range(len(kinds))]
    columns = list(zip(letters, kinds, strict=True))

    def row(index: int, values: Sequence) -> str:
        r = index + 1
        cells = []
        for (letter, kind), value in zip(columns, values, strict=True):
            if value is None or value != value:  # None or NaN: no cell at all
                continue
            if kind == "date":
                cells.append(f'<c r="{letter}{r}" s="{date_style}"><v>{_number(value)}</v></c>')
            elif kind == "number":
                cells.append(f'<c r="{letter}{r}"><v>{_number(value)}</v></c>')
            elif value:
                style = f' s="{quoted_style}"' if is_formula(value) else ""
                text = _escape(value) if _NEEDS_ESCAPE.search(value) else value
                space = ' xml:space="preserve"' if _EDGE_SPACE.search(value) else ""
                cells.append(
                    f'<c r="{letter}{r}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'
                )
        return f'<row r="{r}">{"".join(cells)}</row>'

    return row


def splice_rows(
    layout: bytes, rows: Iterable[str], out: str | BinaryIO, *, last_row: int, last_col: str
) -> None:
    """Write the workbook ``layout`` (xlsxwriter's, holding the first rows) to ``out`` with
    ``rows`` (``<row>`` elements, in order) added to the end of its one sheet's data."""
    with (
        zipfile.ZipFile(_as_file(layout)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != SHEET:
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            xml = data.decode("utf-8")
            xml = re.sub(
                r'<dimension ref="[^"]*"/>',
                f'<dimension ref="A1:{last_col}{last_row}"/>',
                xml,
                count=1,
            )
            head, tail = xml.split("</sheetData>", 1)
            with target.open(SHEET, "w", force_zip64=True) as sheet:
                sheet.write(head.encode("utf-8"))
                for block in _blocks(rows):
                    sheet.write(block.encode("utf-8"))
                sheet.write(("</sheetData>" + tail).encode("utf-8"))


def _blocks(rows: Iterable[str], size: int = 2_000) -> Iterator[str]:
    block: list[str] = []
    for row in rows:
        block.append(row)
        if len(block) == size:
            yield "".join(block)
            block = []
    if block:
        yield "".join(block)


def _as_file(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)
