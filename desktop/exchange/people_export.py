"""The registry as a list export: one row a person, the headers the import understands
(so an exported sheet re-imports as it was), dates as BE date cells, IDs masked unless asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields

from desktop.domain.people import format_phone
from desktop.domain.records import RegistryRecord
from desktop.exchange.column_mapping import FIELDS
from desktop.exchange.list_export import Column, ListTable, national_id_text

__all__ = ["PEOPLE_COLUMNS", "people_table"]

# The import's own field names (column_mapping.FIELDS), in the record's order: an exported
# sheet maps back onto the same fields without a hand-made mapping.
_FIELDS = [f.name for f in fields(RegistryRecord)]
_DATES = {"birth_date", "appointed_on", "term_end", "contract_start", "contract_end"}
PEOPLE_COLUMNS = tuple(
    Column(FIELDS[name], "date" if name in _DATES else "text") for name in _FIELDS
)


def people_table(
    records: Sequence[RegistryRecord],
    *,
    full_id: bool,
    office: str,
    filter_text: str,
    printed_on: dt.date,
) -> ListTable:
    def cells(r: RegistryRecord) -> tuple:
        values = [getattr(r, name) for name in _FIELDS]
        values[0] = national_id_text(r.national_id, full_id)
        values[_FIELDS.index("phone")] = format_phone(r.phone)
        return tuple(values)

    return ListTable.build(
        [cells(r) for r in records],
        PEOPLE_COLUMNS,
        title="ทะเบียนอาสาสมัครแรงงาน",
        office=office,
        filter_text=filter_text,
        printed_on=printed_on,
        sheet="ทะเบียนรายชื่อ",
    )
