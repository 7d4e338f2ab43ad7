"""Reading an office's sheet into a plain table: find the header row under the title lines,
drop empty columns, keep each row's number as the clerk sees it in Excel.

``.xlsx``/``.xlsm``/``.xls`` go through pandas ``read_excel(engine="calamine")`` (fast, never
runs macros, never evaluates formulas: a formula gives its cached value, and one without is
reported); ``.csv`` in the detected (or given) encoding through the csv module into the
same DataFrame (pandas' ``read_csv`` refuses title lines shorter than the rows). Every file is
checked by :mod:`sheet_safety` before a byte of it is parsed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from desktop.domain.cell_values import clean_text
from desktop.domain.errors import ValidationError
from desktop.exchange import column_mapping, text_encoding
from desktop.exchange.formula_cells import uncached_formulas
from desktop.exchange.sheet_safety import check_sheet_file

EXCEL_FORMATS = (".xlsx", ".xlsm", ".xls")
CSV_FORMATS = (".csv", ".txt")
HEADER_SEARCH_ROWS = 15


@dataclass(frozen=True)
class SheetTable:
    """One sheet as read: its headers, rows of raw cells, and where each row is in the sheet."""

    file_name: str
    sheet: str
    sheet_names: tuple[str, ...]
    headers: tuple[str, ...]
    rows: list[list[Any]]
    row_numbers: list[int]
    encoding: str = ""
    # (sheet row number, header) of formula cells with no cached value.
    uncached_formulas: frozenset[tuple[int, str]] = field(default_factory=frozenset)


def sheet_names(path: str | Path) -> list[str]:
    """The worksheets of a workbook (one nameless sheet for a CSV)."""
    p = Path(path)
    check_sheet_file(p)
    if p.suffix.lower() in CSV_FORMATS:
        return [p.stem]
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    wb = CalamineWorkbook.from_path(str(p))
    try:
        return [m.name for m in wb.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    finally:
        wb.close()


def _header_row(grid: pd.DataFrame) -> int:
    """The index of the header row: the row in the first rows naming the most known fields
    (title lines name none), else the first with three or more filled cells."""
    best, best_count = -1, 1
    top = grid.head(HEADER_SEARCH_ROWS)
    for i, row in enumerate(top.itertuples(index=False)):
        count = sum(1 for v in row if column_mapping.any_field_of(clean_text(v)))
        if count > best_count:
            best, best_count = i, count
    if best >= 0:
        return best
    for i, row in enumerate(top.itertuples(index=False)):
        if sum(1 for v in row if clean_text(v)) >= 3:
            return i
    return 0


def _read_grid(
    p: Path, sheet: str | None, encoding: str | None
) -> tuple[pd.DataFrame, str, list[str], str]:
    suffix = p.suffix.lower()
    if suffix in CSV_FORMATS:
        data = p.read_bytes()
        enc = text_encoding.canonical(encoding) if encoding else text_encoding.detect(data)
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            raise ValidationError(
                {"encoding": f"อ่านไฟล์ {p.name} ด้วยการเข้ารหัส {enc} ไม่ได้ กรุณาเลือกการเข้ารหัสอื่น"}
            ) from None
        # csv, not read_csv: title lines above the header have fewer fields than the rows,
        # which read_csv refuses; the rows then go into a DataFrame like a workbook's.
        body = text.lstrip("\ufeff")
        dialect = "excel-tab" if "\t" in body[:2000] and "," not in body[:2000] else "excel"
        lines = list(csv.reader(io.StringIO(body, newline=""), dialect=dialect))
        width = max((len(r) for r in lines), default=0)
        grid = pd.DataFrame([r + [""] * (width - len(r)) for r in lines], dtype=object)
        return grid, p.stem, [p.stem], enc
    if suffix not in EXCEL_FORMATS:
        raise ValidationError({"file": f"ไฟล์ {p.name} ไม่ใช่ Excel หรือ CSV (.xlsx .xlsm .xls .csv)"})
    names = sheet_names(p)
    if not names:
        raise ValidationError({"sheet": f"ไฟล์ {p.name} ไม่มีแผ่นงาน"})
    if sheet is None:
        if len(names) > 1:
            listed = ", ".join(names)
            raise ValidationError({"sheet": f"ไฟล์ {p.name} มีหลายแผ่นงาน กรุณาเลือกหนึ่งแผ่น: {listed}"})
        sheet = names[0]
    elif sheet not in names:
        raise ValidationError(
            {"sheet": f"ไม่พบแผ่นงาน “{sheet}” ในไฟล์ {p.name} (มี: {', '.join(names)})"}
        )
    try:
        grid = pd.read_excel(p, sheet_name=sheet, header=None, engine="calamine", dtype=object)
    except Exception as exc:  # calamine's own errors: a damaged or password-protected file
        raise ValidationError({"file": f"เปิดไฟล์ {p.name} ไม่ได้ ({type(exc).__name__})"}) from None
    return grid, sheet, names, ""


def read_sheet(
    path: str | Path, sheet: str | None = None, encoding: str | None = None
) -> SheetTable:
    """The table in ``sheet`` of ``path`` (the only sheet when None)."""
    p = Path(path)
    check_sheet_file(p)
    grid, sheet_name, names, enc = _read_grid(p, sheet, encoding)
    if grid.empty:
        return SheetTable(p.name, sheet_name, tuple(names), (), [], [], enc)
    h = _header_row(grid)
    raw_headers = [clean_text(v) for v in grid.iloc[h]]
    body = grid.iloc[h + 1 :]
    keep, headers = [], []
    for j, head in enumerate(raw_headers):
        column = body.iloc[:, j]
        filled = column.map(lambda v: bool(clean_text(v))).any()
        if not head and not filled:
            continue  # an empty column (or the rest of a merged title cell)
        name = head or f"คอลัมน์ {j + 1}"
        while name in headers:  # two columns with one header: both kept, told apart
            name = f"{name} ({j + 1})"
        keep.append(j)
        headers.append(name)
    body = body.iloc[:, keep]
    filled_rows = body.apply(lambda r: any(clean_text(v) for v in r), axis=1) if len(body) else []
    body = body[filled_rows] if len(body) else body
    row_numbers = [int(i) + 1 for i in body.index]  # the grid starts at the sheet's row 1
    rows = [[None if _missing(v) else v for v in r] for r in body.itertuples(index=False)]
    formulas: frozenset[tuple[int, str]] = frozenset()
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        by_column = dict(zip(keep, headers, strict=True))
        formulas = frozenset(
            (r, by_column[c]) for r, c in uncached_formulas(p, sheet_name) if c in by_column
        )
    return SheetTable(
        p.name, sheet_name, tuple(names), tuple(headers), rows, row_numbers, enc, formulas
    )


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and v != v) or v is pd.NaT
