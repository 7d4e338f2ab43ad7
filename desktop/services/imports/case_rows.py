"""From a sheet of reported needs and a column mapping to one checked case draft per row,
every problem named by its row number, its column header and a Thai reason.

The same cell readers as the people import (dates in BE or CE, IDs, phones, areas through
geothai) and the case domain's own (needs, channel, urgency, consent); the intake's rules
(``validate_case_draft``) decide what a case must have. The registered reporters are handed
in (:class:`ReporterIndex`); nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import pandas as pd

from desktop import areas
from desktop.domain.cases.categories import Channel, Urgency
from desktop.domain.cases.cells import read_channel, read_consent, read_needs, read_urgency
from desktop.domain.cases.numbers import CaseNumber, parse_case_no
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.rules import validate_case_draft
from desktop.domain.cell_address import split_address
from desktop.domain.cell_dates import read_date
from desktop.domain.cell_values import clean_text, read_national_id, read_phones
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.exchange.column_mapping import CASE_FIELDS
from desktop.exchange.sheet_reading import SheetTable
from desktop.services.imports.area_matching import match_area
from desktop.services.imports.case_reporters import ReporterIndex
from desktop.services.imports.people_rows import (
    FORMULA_WITHOUT_VALUE,
    SheetRow,
    clean_column,
    mapping_field,
)
from desktop.services.imports.records import CellProblem, ImportRow, RowState
from desktop.services.output import Cancelled, Progress, stop_if_cancelled

_RAW = ("received_on", "consent_on", "person_national_id", "reporter_national_id",
        "person_phone", "consent", "description")  # fmt: skip
# A validation error about a draft field belongs to the column the field came from.
_SOURCES = {
    "person_name": ("person_name", "last_name", "title"),
    "subdistrict_code": ("subdistrict", "address", "district", "province"),
    "village_no": ("village_no", "address"),
    "consent_on": ("consent_on", "consent"),
    "reporter_id": ("reporter_name", "reporter_national_id", "channel"),
    "reporter_note": ("reporter_name",),
}
_REPORT_EVERY = 200


def build_case_rows(
    table: SheetTable,
    mapping: dict[str, str],
    *,
    today: dt.date,
    office_province: str,
    office_prefix: str,
    reporters: ReporterIndex,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ImportRow]:
    """One :class:`ImportRow` per row of ``table`` (state NEW or INVALID)."""
    column_of = {f: h for h, f in mapping.items()}
    frame = pd.DataFrame(table.rows, columns=list(table.headers), dtype=object)
    text = {f: clean_column(frame[h]).tolist() for f, h in column_of.items() if f not in _RAW}
    raw = {f: frame[h].tolist() for f, h in column_of.items() if f in _RAW}
    formulas = defaultdict(list)
    for row_no, header in table.uncached_formulas:
        formulas[row_no].append(header)
    context = _Context(column_of, today, office_province, office_prefix, reporters)
    out: list[ImportRow] = []
    n = len(table.rows)
    for i, row_no in enumerate(table.row_numbers):
        if i % _REPORT_EVERY == 0:
            stop_if_cancelled(cancelled)
            if progress:
                progress(i, n)
        t = {f: values[i] for f, values in text.items()}
        r = {f: values[i] for f, values in raw.items()}
        out.append(_one_row(context, tuple(table.rows[i]), row_no, t, r, formulas.get(row_no, [])))
    report_repeats(out, column_of)
    if progress:
        progress(n, n)
    return out


class _Context:
    def __init__(self, column_of, today, office_province, office_prefix, reporters) -> None:
        self.column_of = column_of
        self.today = today
        self.office_province = office_province
        self.office_prefix = office_prefix
        self.reporters = reporters


def _one_row(
    c: _Context, cells: tuple, row_no: int, t: dict, r: dict, formula_headers
) -> ImportRow:
    row = SheetRow(row_no, c.column_of, _SOURCES, CASE_FIELDS)
    for header in formula_headers:
        row.problems.append(CellProblem(row_no, header, FORMULA_WITHOUT_VALUE))
        row.fields_with_errors.add(mapping_field(c.column_of, header))

    received = read_date(r.get("received_on"), "received", c.today)
    row.add("received_on", received.error)
    row.add("received_on", received.warning, warning=True)
    number = _case_number(row, t.get("case_no", ""), received.value, c.office_prefix)

    title, name, last = t.get("title", ""), t.get("person_name", ""), t.get("last_name", "")
    if title and not name.startswith(title):
        name = f"{title}{name}"
    person_name = " ".join(x for x in (name, last) if x)

    nid = _optional_id(row, "person_national_id", r.get("person_national_id"))
    phone, others = read_phones(r.get("person_phone"))
    row.add("person_phone", phone.error)
    row.add("person_phone", phone.warning, warning=True)

    needs, error = read_needs(t.get("needs"))
    row.add("needs", error)
    channel, error = read_channel(t.get("channel"))
    row.add("channel", error)
    urgency, error = read_urgency(t.get("urgency"))
    row.add("urgency", error)

    reporter_name = t.get("reporter_name", "")
    reporter_nid = _optional_id(row, "reporter_national_id", r.get("reporter_national_id"))
    if channel is None and "channel" not in row.fields_with_errors:
        # No channel column: a named reporter found the need (ชี้เป้า); else they came in.
        channel = Channel.VOLUNTEER if (reporter_name or reporter_nid) else Channel.WALK_IN
    reporter_id, reporter_note = None, ""
    if "reporter_national_id" not in row.fields_with_errors:
        found = c.reporters.find(reporter_nid, reporter_name)
        if found.unknown and channel != Channel.VOLUNTEER:
            reporter_note = reporter_name  # intake keeps who reported, when not registered
        else:
            row.add(found.field, found.error)
            reporter_id = found.id

    consent, error = read_consent(r.get("consent"))
    row.add("consent", error)
    consent_on = None
    if consent:
        given_on = read_date(r.get("consent_on"), "received", c.today)
        row.add("consent_on", given_on.error)
        # Consent is asked for at intake: without its own date, the day the need came in.
        consent_on = given_on.value or received.value

    parts = split_address(t["address"]) if t.get("address") else {}
    place = {f: t.get(f) or parts.get(f, "") for f in ("village_no", "subdistrict", "district",
             "province", "postcode")}  # fmt: skip
    area = match_area(
        place["subdistrict"], place["district"], place["province"], place["postcode"],
        c.office_province,
    )  # fmt: skip
    row.add(area.part if area.part != "subdistrict" else "subdistrict_code", area.error)

    description = _paragraphs(r.get("description"))
    extra = [
        " ".join(x for x in (parts.get("house_no", ""), parts.get("soi_road", "")) if x),
        f"เบอร์โทรศัพท์อื่น: {', '.join(others)}" if others else "",
    ]
    extra[0] = f"ที่อยู่: {extra[0]}" if extra[0] else ""
    description = "\n".join(x for x in (description, *extra) if x)

    draft = CaseDraft(
        received_on=received.value,  # type: ignore[arg-type]  # None is reported below
        channel=channel or Channel.WALK_IN,
        person_name=person_name,
        needs=needs,
        description=description,
        reporter_id=reporter_id,
        reporter_note=reporter_note,
        person_national_id=nid,
        person_phone=phone.value,
        subdistrict_code=area.code,
        village_no=place["village_no"],
        urgency=urgency or Urgency.NORMAL,
        consent=consent,
        consent_on=consent_on,
    )
    for f, message in validate_case_draft(draft, c.today, areas.subdistrict_exists).items():
        if not _reported(row, f):
            row.add(f, message)
    state = RowState.INVALID if row.fields_with_errors else RowState.NEW
    return ImportRow(
        row=row_no,
        cells=cells,
        draft=draft,
        problems=row.problems,
        state=state,
        case_no=number.text if number else "",
    )


def _paragraphs(value: Any) -> str:
    """A text cell that may hold several lines (a description): each line cleaned, the line
    breaks kept."""
    if _blank(value):
        return ""
    lines = (clean_text(line) for line in str(value).splitlines())
    return "\n".join(line for line in lines if line)


def _reported(row: SheetRow, field: str) -> bool:
    """Whether a cell this draft field comes from has its own error already."""
    sources = set(_SOURCES.get(field, (field,))) | {field}
    if field == "subdistrict_code":
        sources |= {"postcode"}
    if field == "reporter_id":
        sources |= {"channel"}
    return bool(sources & row.fields_with_errors)


def _optional_id(row: SheetRow, field: str, value: Any) -> str:
    cell = read_national_id(value)
    if cell.value == "" and cell.error and _blank(value):
        return ""  # an empty cell: a case may come without the ID
    row.add(field, cell.error)
    return cell.value


def _blank(value: Any) -> bool:
    return (
        value is None or (isinstance(value, float) and value != value) or str(value).strip() == ""
    )


def _case_number(
    row: SheetRow, text: str, received: dt.date | None, office_prefix: str
) -> CaseNumber | None:
    """The number the sheet gives, kept as it is (the office's prefix when none is written);
    its fiscal year must be the received date's, as intake would have numbered it."""
    if not text:
        return None
    number = parse_case_no(text)
    if number is None:
        row.add("case_no", f"เลขที่เรื่อง “{text}” ไม่ถูกต้อง (เช่น {office_prefix} 2570/00042)")
        return None
    if not number.thai_prefix:
        number = number.with_prefix(office_prefix)
    if received is not None and number.fiscal_year != fiscal_year_of(received):
        row.add(
            "case_no",
            f"เลขที่เรื่อง {number.text} เป็นปีงบประมาณ {number.fiscal_year} แต่วันที่รับเรื่อง"
            f"อยู่ในปีงบประมาณ {fiscal_year_of(received)}",
        )
        return None
    return number


def duplicate_keys(row: ImportRow) -> list[tuple]:
    """What makes two rows (or a row and a registered case) the same case: its number, or
    the same requester's ID, need and received date."""
    draft = row.draft
    if row.case_no:
        return [("no", row.case_no)]
    if draft is None or not draft.person_national_id or draft.received_on is None:
        return []
    return [("key", draft.person_national_id, draft.received_on, n) for n in draft.needs]


def report_repeats(rows: list[ImportRow], column_of: dict[str, str]) -> None:
    """Two rows of the same case in one file: both reported, neither imported."""
    by_key: dict[tuple, list[ImportRow]] = defaultdict(list)
    for row in rows:
        for key in duplicate_keys(row):
            by_key[key].append(row)
    same: dict[int, dict[int, ImportRow]] = defaultdict(dict)
    for group in by_key.values():
        if len(group) < 2:
            continue
        for row in group:
            same[id(row)].update({id(o): o for o in group if o is not row})
    for row in rows:
        others = same.get(id(row))
        if not others:
            continue
        listed = ", ".join(str(o.row) for o in sorted(others.values(), key=lambda o: o.row))
        if row.case_no:
            field, what = "case_no", f"เลขที่เรื่อง {row.case_no}"
        else:
            field, what = "person_national_id", "ผู้ขอรับบริการ ความต้องการ และวันที่รับเรื่อง"
        column = column_of.get(field, CASE_FIELDS[field])
        row.problems.append(CellProblem(row.row, column, f"{what}ซ้ำกับแถว {listed} ในไฟล์นี้"))
        row.state = RowState.INVALID
