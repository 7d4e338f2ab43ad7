"""ทะเบียนประวัติ: the one-person record form, A4 portrait, every field of a PersonDetail,
the status history, and lines for the recorder's and the checker's signatures."""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import text_units
from desktop.documents.drawing import draw_text
from desktop.documents.fonts import BOLD, register_fonts
from desktop.documents.layout import (
    HEADED_GRID,
    field_table,
    label,
    section_heading,
    signature_block,
    title_block,
)
from desktop.documents.page import build_simple
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.people import PersonKind, format_phone
from desktop.domain.records import OfficeInfo, PersonDetail
from desktop.domain.thai_dates import format_datetime, format_long, format_medium

__all__ = ["history_table", "personal_fields", "render_record_form"]

PAGE = A4
LEFT, RIGHT, TOP = 2.5 * cm, 2 * cm, 2 * cm
LABEL_WIDTH = 5 * cm
HISTORY_SIZE = 14  # five columns on a portrait page


def _title(person: PersonDetail) -> str:
    kind = "บัณฑิตแรงงาน" if person.kind == PersonKind.GRADUATE else "อาสาสมัครแรงงาน"
    return f"ทะเบียนประวัติ{kind}"


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if not start and not end:
        return ""
    return f"{format_long(start) or '-'} ถึง {format_long(end) or '-'}"


def personal_fields(person: PersonDetail, show_full_id: bool) -> list[tuple[str, str]]:
    """(label, value) pairs in the order the paper form lists them."""
    national_id = format_id(person.national_id) if show_full_id else mask_id(person.national_id)
    fields = [
        ("ประเภท", person.kind.label),
        ("เลขประจำตัวประชาชน", national_id),
        ("ชื่อ-สกุล", text_units.name(person.full_name)),
        ("เพศ", person.gender.label if person.gender else ""),
        ("วันเกิด", format_long(person.birth_date)),
        ("โทรศัพท์", format_phone(person.phone)),
        ("LINE ID", person.line_id),
        ("ที่อยู่", text_units.address(person.address_line)),
    ]
    if person.kind == PersonKind.OVERSEAS_VOLUNTEER or person.country:
        fields.append(("ประเทศที่พำนัก", person.country))
    fields += [("อาชีพ", person.occupation), ("การศึกษา", person.education)]
    if person.kind == PersonKind.GRADUATE or person.degree or person.contract_start:
        fields += [
            ("วุฒิการศึกษา", person.degree),
            ("ระยะเวลาสัญญาจ้าง", _period(person.contract_start, person.contract_end)),
        ]
    return fields


def _appointment(person: PersonDetail) -> list[tuple[str, str]]:
    areas = "\n".join(a.line() or a.subdistrict for a in person.responsible_areas)
    return [
        ("วันที่แต่งตั้ง", format_long(person.appointed_on)),
        ("คำสั่งแต่งตั้งที่", person.appointment_order),
        ("วันครบวาระ", format_long(person.term_end)),
        ("พื้นที่รับผิดชอบ", areas),
        ("สถานะปัจจุบัน", person.status.label),
    ]


def history_table(person: PersonDetail, width: float) -> Flowable:
    if not person.status_history:
        return label("ไม่มีการเปลี่ยนแปลงสถานะ")
    titles = ["วันที่มีผล", "สถานะ", "เหตุผล", "ผู้บันทึก", "บันทึกเมื่อ"]
    widths = [3.1 * cm, 3.2 * cm, None, 3.0 * cm, 3.8 * cm]
    rest = width - sum(w for w in widths if w)
    widths = [w or rest for w in widths]
    data = [[label(t, HISTORY_SIZE, bold=True, align=TA_CENTER) for t in titles]]
    for change in person.status_history:
        cells = [
            format_medium(change.effective_on),
            change.status.label,
            change.reason,
            change.changed_by,
            format_datetime(change.changed_at),
        ]
        data.append([label(c or "-", HISTORY_SIZE) for c in cells])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(HEADED_GRID))
    return table


def _signatures(width: float) -> Table:
    cells = [signature_block(role, dots=24) for role in ("ผู้บันทึก", "ผู้ตรวจสอบ")]
    table = Table([cells], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def render_record_form(
    out: str | BinaryIO,
    office: OfficeInfo,
    person: PersonDetail,
    *,
    printed_on: dt.date,
    show_full_id: bool = False,
) -> int:
    """Write the ทะเบียนประวัติ of ``person`` to ``out`` (path or binary file); returns pages."""
    register_fonts()
    page_width, page_height = PAGE
    width = page_width - LEFT - RIGHT
    title = _title(person)
    running = f"{title} {person.full_name}"

    def later_page(canvas, doc) -> None:
        draw_text(canvas, LEFT, page_height - TOP + 14, running, BOLD, 14)

    story: list[Flowable] = [
        *title_block(title, office, printed_on),
        section_heading("ข้อมูลส่วนตัว"),
        field_table(personal_fields(person, show_full_id), width, LABEL_WIDTH),
        Spacer(1, 10),
        section_heading("การแต่งตั้งและการปฏิบัติหน้าที่"),
        field_table(_appointment(person), width, LABEL_WIDTH),
        Spacer(1, 10),
        # Notes can run to pages; a table row cannot break across pages, a paragraph can.
        section_heading("หมายเหตุ"),
        label(person.notes or "-"),
        Spacer(1, 10),
        CondPageBreak(3 * cm),
        section_heading("ประวัติการเปลี่ยนแปลงสถานะ"),
        history_table(person, width),
        Spacer(1, 24),
        KeepTogether([_signatures(width)]),
    ]
    return build_simple(
        out,
        story,
        pagesize=PAGE,
        margins=(LEFT, RIGHT, TOP),
        title=f"{title} {person.full_name}",
        author=office.office_name,
        printed_on=printed_on,
        later_pages=later_page,
    )
