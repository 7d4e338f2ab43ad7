"""สรุปเรื่องส่งต่อ: one case on paper for the file or a supervisor — every field, the
outcome, a pending approval, and the whole timeline. A4 portrait; the ID is masked unless the
user asked for it and is allowed to."""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, TableStyle

from desktop.documents import text_units
from desktop.documents.drawing import draw_text, shaped_width
from desktop.documents.fonts import BOLD, REGULAR, register_fonts
from desktop.documents.layout import (
    CELL_PADDING,
    HEADED_GRID,
    KeptTable,
    field_table,
    label,
    label_width,
    section_heading,
    title_block,
)
from desktop.documents.page import build_simple
from desktop.domain.cases.records import CaseDetail
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.people import format_phone
from desktop.domain.thai_dates import format_datetime, format_long

__all__ = ["TITLE", "render_case_summary"]

TITLE = "สรุปเรื่องส่งต่อความต้องการด้านแรงงาน"
PAGE = A4
LEFT, RIGHT, TOP = 2.5 * cm, 2 * cm, 2 * cm
TIMELINE_SIZE = 14
BANGKOK = dt.timezone(dt.timedelta(hours=7), "Asia/Bangkok")


def _person(case: CaseDetail, show_full_id: bool) -> list[tuple[str, str]]:
    digits = case.person_national_id
    national_id = (format_id(digits) if show_full_id else mask_id(digits)) if digits else ""
    return [
        ("ชื่อ-สกุล", text_units.name(case.person_name)),
        ("เลขประจำตัวประชาชน", national_id),
        ("โทรศัพท์", format_phone(case.person_phone) if case.person_phone else ""),
        ("ที่อยู่/พื้นที่", text_units.address(case.area_line)),
    ]


def _intake(case: CaseDetail) -> list[tuple[str, str]]:
    consent = f"ยินยอม เมื่อ {format_long(case.consent_on)}" if case.consent else "ยังไม่ได้บันทึก"
    reporter = case.reporter_name
    if case.reporter_phone:
        reporter += f" · {format_phone(case.reporter_phone)}"
    rows = [
        ("รับเรื่องเมื่อ", f"{format_long(case.received_on)} ({case.channel.label})"),
        ("ผู้แจ้ง", reporter),
        ("ความต้องการ", case.needs_label),
        ("ความเร่งด่วน", case.urgency.label),
        ("ความยินยอมส่งต่อข้อมูล", consent),
    ]
    if case.duplicate_of_no:
        rows.append(("ซ้ำกับเรื่อง", case.duplicate_of_no))
    return rows


def _progress(case: CaseDetail) -> list[tuple[str, str]]:
    due = ""
    if case.due_on is not None:
        due = format_long(case.due_on)
        if case.health is not None:
            due += f" ({case.health.label})"
    rows = [
        ("สถานะ", f"{case.status.label} ตั้งแต่ {format_long(case.status_since)}"),
        ("กำหนดเสร็จขั้นตอนนี้", due),
        ("ผู้รับผิดชอบ", case.assigned_to),
    ]
    rows += progress_rows(case)
    if case.pending_approval is not None:
        a = case.pending_approval
        rows.append(("รออนุมัติ", f"{a.kind.label} — ขอโดย {a.requested_by}: {a.note}"))
    return rows


def _timeline(case: CaseDetail, width: float) -> Flowable:
    if not case.events:
        return label("ยังไม่มีการดำเนินการ")
    titles = ["วันเวลา", "ผู้บันทึก", "รายการ", "หมายเหตุ"]
    # Who recorded each step on one line when the page allows (a surname never breaks).
    longest = max(shaped_width(e.user, REGULAR, TIMELINE_SIZE) for e in case.events)
    widths = [3.9 * cm, min(max(3.1 * cm, longest + 2 * CELL_PADDING + 2), 4.4 * cm), 4.2 * cm]
    widths.append(width - sum(widths))
    data = [[label(t, TIMELINE_SIZE, bold=True, align=TA_CENTER) for t in titles]]
    for e in sorted(case.events, key=lambda e: e.at):
        what = e.action
        if e.status_change and e.status_change != what:
            what += f" ({e.status_change})"
        cells = [format_datetime(e.at.astimezone(BANGKOK)), text_units.name(e.user), what, e.note]
        data.append([label(c or "-", TIMELINE_SIZE) for c in cells])
    table = KeptTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(HEADED_GRID))
    return table


def render_case_summary(
    out: str | BinaryIO,
    office,
    case: CaseDetail,
    *,
    printed_on: dt.date,
    show_full_id: bool = False,
) -> int:
    """Write the summary of ``case`` to ``out`` (path or binary file); returns the page count."""
    register_fonts()
    page_width, page_height = PAGE
    width = page_width - LEFT - RIGHT
    running = f"{TITLE} {case.case_no}"
    person, intake, progress = _person(case, show_full_id), _intake(case), _progress(case)
    labels_width = label_width(name for name, _ in person + intake + progress)

    def later_page(canvas, doc) -> None:
        draw_text(canvas, LEFT, page_height - TOP + 14, running, BOLD, 14)

    story: list[Flowable] = [
        *title_block(TITLE, office, printed_on, f"เรื่องเลขที่ {case.case_no}"),
        section_heading("ผู้มีความต้องการ"),
        field_table(person, width, labels_width),
        Spacer(1, 8),
        section_heading("การรับเรื่อง"),
        field_table(intake, width, labels_width),
        Spacer(1, 4),
        section_heading("รายละเอียด"),
        label(case.description or "-"),
        Spacer(1, 8),
        section_heading("การดำเนินการ"),
        field_table(progress, width, labels_width),
        Spacer(1, 8),
        section_heading("ลำดับการดำเนินการ"),
        _timeline(case, width),
    ]
    return build_simple(
        out,
        story,
        pagesize=PAGE,
        margins=(LEFT, RIGHT, TOP),
        title=running,
        author=office.office_name,
        printed_on=printed_on,
        later_pages=later_page,
    )


def progress_rows(case: CaseDetail) -> list[tuple[str, str]]:
    """Where a case went: the agency it was referred to, its outcome, when it closed."""
    rows: list[tuple[str, str]] = []
    if case.agency is not None:
        referred = f" เมื่อ {format_long(case.referred_on)}" if case.referred_on else ""
        rows.append(("ส่งต่อหน่วยงาน", f"{case.agency.label}{referred}"))
        if case.agency_contact:
            rows.append(("ผู้รับเรื่องปลายทาง", case.agency_contact))
    if case.outcome is not None:
        when = f" เมื่อ {format_long(case.outcome_on)}" if case.outcome_on else ""
        note = f" — {case.outcome_note}" if case.outcome_note else ""
        rows.append(("ผลการดำเนินการ", f"{case.outcome.label}{when}{note}"))
    if case.closed_on is not None:
        rows.append(("ปิดเรื่องเมื่อ", format_long(case.closed_on)))
    return rows
