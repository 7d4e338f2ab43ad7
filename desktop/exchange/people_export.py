"""The registry as a list export: one row a person, the headers the import understands
(so an exported sheet re-imports as it was), dates as BE date cells, IDs masked unless asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.domain.people import format_phone
from desktop.domain.records import PersonRow
from desktop.exchange.list_export import Column, ListTable, national_id_text

__all__ = ["PEOPLE_COLUMNS", "people_table"]

PEOPLE_COLUMNS = (
    Column("เลขประจำตัวประชาชน"),
    Column("คำนำหน้า"),
    Column("ชื่อ"),
    Column("นามสกุล"),
    Column("ประเภท"),
    Column("สถานะ"),
    Column("โทรศัพท์"),
    Column("ที่อยู่"),
    Column("ตำบล"),
    Column("อำเภอ"),
    Column("ประเทศ"),
    Column("วันที่แต่งตั้ง", "date"),
    Column("วันครบวาระ", "date"),
)


def people_table(
    rows: Sequence[PersonRow],
    *,
    full_id: bool,
    office: str,
    filter_text: str,
    printed_on: dt.date,
) -> ListTable:
    return ListTable.build(
        [
            (
                national_id_text(r.national_id, full_id),
                r.title,
                r.first_name,
                r.last_name,
                r.kind.label,
                r.status.label,
                format_phone(r.phone),
                r.address,
                r.subdistrict,
                r.district,
                r.country,
                r.appointed_on,
                r.term_end,
            )
            for r in rows
        ],
        PEOPLE_COLUMNS,
        title="ทะเบียนอาสาสมัครแรงงาน",
        office=office,
        filter_text=filter_text,
        printed_on=printed_on,
        sheet="ทะเบียนรายชื่อ",
    )
