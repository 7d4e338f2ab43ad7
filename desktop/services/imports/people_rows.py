"""From a read sheet and a column mapping to one checked draft per row, with every problem
named by its row number in the sheet, its column header and a Thai reason.

Text columns are cleaned as whole columns with pandas (invisible characters, runs of
spaces); what needs a cell's type or a judgement (IDs, dates, phones, names, areas) is read
cell by cell by the domain's readers. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import pandas as pd

from desktop import areas
from desktop.domain.cell_address import split_address
from desktop.domain.cell_dates import read_date
from desktop.domain.cell_values import (
    INVISIBLE,
    gender_of_title,
    normal_title,
    read_gender,
    read_kind,
    read_national_id,
    read_phones,
    read_status,
    split_full_name,
    split_title,
)
from desktop.domain.people import PersonDraft, PersonKind, PersonStatus, validate_person
from desktop.exchange.column_mapping import FIELDS
from desktop.exchange.sheet_reading import SheetTable
from desktop.services.imports.area_matching import match_area
from desktop.services.imports.records import CellProblem, ImportRow, RowState
from desktop.services.output import Cancelled, Progress, stop_if_cancelled

_TEXT = (
    "title", "first_name", "last_name", "full_name", "line_id", "address", "house_no",
    "village_no", "soi_road", "subdistrict", "district", "province", "postcode", "country",
    "kind", "status", "gender", "occupation", "education", "degree", "appointment_order",
    "notes",
)  # fmt: skip
_DATES = {
    "birth_date": "birth",
    "appointed_on": "appointment",
    "term_end": "term",
    "contract_start": "term",
    "contract_end": "term",
}
_COPIED = (
    "line_id", "house_no", "village_no", "soi_road", "country", "occupation", "education",
    "degree", "appointment_order",
)  # fmt: skip
# A validation error about a draft field belongs to the column the field came from.
_SOURCES = {
    "first_name": ("first_name", "full_name"),
    "last_name": ("last_name", "full_name"),
    "title": ("title", "full_name", "first_name"),
    "subdistrict_code": ("subdistrict", "address", "district", "province"),
    "postcode": ("postcode", "address"),
    "house_no": ("house_no", "address"),
    "village_no": ("village_no", "address"),
    "soi_road": ("soi_road", "address"),
    "responsible_subdistricts": ("subdistrict",),
}
FORMULA_WITHOUT_VALUE = (
    "ช่องนี้เป็นสูตรที่ไม่มีค่าที่คำนวณไว้ (ไม่คำนวณสูตรเพื่อความปลอดภัย) "
    "กรุณาเปิดไฟล์ใน Excel แล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร"
)
_REPORT_EVERY = 200


def _as_text(v: Any) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def clean_column(column: pd.Series) -> pd.Series:
    """A text column as one-line strings: invisible characters removed, spaces collapsed."""
    return (
        column.map(_as_text)
        .str.normalize("NFC")
        .str.replace(f"[{INVISIBLE}]", "", regex=True)
        .str.replace(r"\s+", " ", regex=True)
        .str.strip()
    )


class SheetRow:
    """The problems of one row while it is read."""

    def __init__(
        self,
        row_no: int,
        column_of: dict[str, str],
        sources: dict[str, tuple[str, ...]] | None = None,
        labels: dict[str, str] | None = None,
    ) -> None:
        self.row_no = row_no
        self.column_of = column_of
        self.sources = _SOURCES if sources is None else sources
        self.labels = FIELDS if labels is None else labels
        self.problems: list[CellProblem] = []
        self.fields_with_errors: set[str] = set()

    def column(self, field: str) -> str:
        for source in self.sources.get(field, (field,)):
            if source in self.column_of:
                return self.column_of[source]
        return self.labels.get(field, field)

    def add(self, field: str, message: str | None, warning: bool = False) -> None:
        if not message:
            return
        self.problems.append(CellProblem(self.row_no, self.column(field), message, warning))
        if not warning:
            self.fields_with_errors.add(field)


def build_rows(
    table: SheetTable,
    mapping: dict[str, str],
    *,
    today: dt.date,
    office_province: str,
    default_kind: PersonKind = PersonKind.DOMESTIC_VOLUNTEER,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ImportRow]:
    """One :class:`ImportRow` per row of ``table`` (state NEW or INVALID)."""
    column_of = {f: h for h, f in mapping.items()}
    frame = pd.DataFrame(table.rows, columns=list(table.headers), dtype=object)
    text = {f: clean_column(frame[h]).tolist() for f, h in column_of.items() if f in _TEXT}
    raw = {f: frame[h].tolist() for f, h in column_of.items() if f not in _TEXT}
    formulas = defaultdict(list)
    for row_no, header in table.uncached_formulas:
        formulas[row_no].append(header)
    out: list[ImportRow] = []
    n = len(table.rows)
    for i, row_no in enumerate(table.row_numbers):
        if i % _REPORT_EVERY == 0:
            stop_if_cancelled(cancelled)
            if progress:
                progress(i, n)
        t = {f: values[i] for f, values in text.items()}
        r = {f: values[i] for f, values in raw.items()}
        out.append(
            _one_row(table, i, row_no, t, r, column_of, formulas.get(row_no, []), today,
                     office_province, default_kind)
        )  # fmt: skip
    _report_repeats(out, column_of)
    if progress:
        progress(n, n)
    return out


def _one_row(
    table, i, row_no, t, r, column_of, formula_headers, today, office_province, default_kind
) -> ImportRow:
    row = SheetRow(row_no, column_of)
    for header in formula_headers:
        row.problems.append(CellProblem(row_no, header, FORMULA_WITHOUT_VALUE))
        row.fields_with_errors.add(mapping_field(column_of, header))
    nid = read_national_id(r.get("national_id"))
    row.add("national_id", nid.error)

    title, first, last = "", t.get("first_name", ""), t.get("last_name", "")
    if "full_name" in t and not (first or last):
        title, first, last = split_full_name(t["full_name"])
    elif first:
        title, first = split_title(first)
    if t.get("title"):
        title = normal_title(t["title"])

    kind, error = read_kind(t.get("kind"))
    row.add("kind", error)
    kind = kind or default_kind
    status, error = read_status(t.get("status"))
    row.add("status", error)
    gender, error = read_gender(t.get("gender"))
    row.add("gender", error)
    gender = gender or gender_of_title(title)

    phone, others = read_phones(r.get("phone"))
    row.add("phone", phone.error)
    row.add("phone", phone.warning, warning=True)
    notes = t.get("notes", "")
    if others:
        notes = " ".join(x for x in (notes, f"เบอร์โทรศัพท์อื่น: {', '.join(others)}") if x)

    dates: dict[str, dt.date | None] = {}
    for f, purpose in _DATES.items():
        cell = read_date(r.get(f), purpose, today)
        dates[f] = cell.value
        row.add(f, cell.error)
        row.add(f, cell.warning, warning=True)

    parts = split_address(t["address"]) if t.get("address") else {}
    value = {f: t.get(f) or parts.get(f, "") for f in (*_COPIED, "subdistrict", "district",
             "province", "postcode")}  # fmt: skip
    code, postcode = "", value["postcode"]
    if kind != PersonKind.OVERSEAS_VOLUNTEER:
        area = match_area(
            value["subdistrict"], value["district"], value["province"], postcode, office_province
        )
        row.add(area.part if area.part != "subdistrict" else "subdistrict_code", area.error)
        code, postcode = area.code, area.postcode

    draft = PersonDraft(
        kind=kind,
        national_id=nid.value,
        title=title,
        first_name=first,
        last_name=last,
        gender=gender,
        birth_date=dates["birth_date"],
        phone=phone.value,
        subdistrict_code=code,
        postcode=postcode,
        appointed_on=dates["appointed_on"],
        term_end=dates["term_end"],
        contract_start=dates["contract_start"],
        contract_end=dates["contract_end"],
        notes=notes,
        **{f: value[f] for f in _COPIED},
    )
    for f, message in validate_person(draft, today, areas.subdistrict_exists).items():
        if f not in row.fields_with_errors and not (
            f == "subdistrict_code" and "postcode" in row.fields_with_errors
        ):
            row.add(f, message)
    state = RowState.INVALID if row.fields_with_errors else RowState.NEW
    return ImportRow(
        row=row_no,
        cells=tuple(table.rows[i]),
        draft=draft,
        problems=row.problems,
        state=state,
        status=status or PersonStatus.ACTIVE,
    )


def mapping_field(column_of: dict[str, str], header: str) -> str:
    for f, h in column_of.items():
        if h == header:
            return f
    return header


def _report_repeats(rows: list[ImportRow], column_of: dict[str, str]) -> None:
    """Two rows of one ID in one file: both reported, neither imported."""
    by_id: dict[str, list[ImportRow]] = defaultdict(list)
    for row in rows:
        if row.draft is not None and row.draft.national_id.isdigit():
            by_id[row.draft.national_id].append(row)
    column = column_of.get("national_id", FIELDS["national_id"])
    for same in by_id.values():
        if len(same) < 2:
            continue
        for row in same:
            others = ", ".join(str(o.row) for o in same if o is not row)
            row.problems.append(
                CellProblem(row.row, column, f"เลขประจำตัวประชาชนซ้ำกับแถว {others} ในไฟล์นี้")
            )
            row.state = RowState.INVALID
