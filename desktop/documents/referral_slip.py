"""แบบส่งต่อ: the referral slip the office sends with a person to the agency that can act.

A4 portrait, one slip per case (each from a new page). The agency needs to find and serve the
person, so the slip carries the full national ID — it is printed only with the person's
recorded consent. A QR code holds the case number: scanned into the queue's search box when
the reply comes back, it opens the case. The lower part is the reply the agency fills in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import text_units
from desktop.documents.fonts import register_fonts
from desktop.documents.layout import (
    BODY_SIZE,
    WritingLine,
    field_table,
    label,
    label_width,
    office_line,
    section_heading,
    signature_block,
)
from desktop.documents.page import ItemDone, build_simple
from desktop.documents.qr import QrCode
from desktop.domain.cases.categories import Channel
from desktop.domain.cases.records import CaseDetail
from desktop.domain.national_id import format_id
from desktop.domain.people import format_phone
from desktop.domain.records import OfficeInfo
from desktop.domain.thai_dates import format_long

__all__ = ["TITLE", "case_header", "render_referral_slips"]

TITLE = "แบบส่งต่อความต้องการด้านแรงงาน"
PAGE = A4
LEFT, RIGHT, TOP = 2.5 * cm, 2 * cm, 1.2 * cm
QR_SIZE = 2.9 * cm
REPLY_SIZE = 14  # the agency's tear-off reply: a form part, smaller so a slip fits one page
DOTS = "." * 60


def case_header(case: CaseDetail, office: OfficeInfo, width: float, title: str = TITLE) -> Table:
    """Title, office, case number and date received, beside the QR of the case number (the
    consent form has the same head)."""
    left = [
        label(title, 20, bold=True),
        label(office_line(office), BODY_SIZE + 1, bold=True),
        label(f"เลขที่เรื่อง {case.case_no}", BODY_SIZE, bold=True),
        label(f"รับเรื่องเมื่อ {format_long(case.received_on)}"),
    ]
    right = [QrCode(case.case_no, QR_SIZE), label(case.case_no, 12, align=TA_CENTER)]
    table = Table([[left, right]], colWidths=[width - QR_SIZE - 8, QR_SIZE + 8])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return table


def _addressee(case: CaseDetail) -> list[Flowable]:
    agency = case.agency.label if case.agency else DOTS
    lines = [label(f"เรียน {agency}", BODY_SIZE, bold=True)]
    if case.agency_contact:
        lines.append(label(f"({case.agency_contact})"))
    lines.append(Spacer(1, 4))
    lines.append(label("ขอส่งต่อเพื่อโปรดพิจารณาให้ความช่วยเหลือ และแจ้งผลกลับตามส่วนตอบกลับท้ายแบบนี้"))
    return lines


def _fields(case: CaseDetail) -> list[tuple[str, str]]:
    consent = f"ยินยอม เมื่อ {format_long(case.consent_on)}" if case.consent else "ยังไม่ได้บันทึกความยินยอม"
    reporter_phone = format_phone(case.reporter_phone) if case.reporter_phone else ""
    reporter = " · ".join(p for p in (case.reporter_name, reporter_phone) if p)
    return [
        ("ชื่อ-สกุล", text_units.name(case.person_name)),
        (
            "เลขประจำตัวประชาชน",
            format_id(case.person_national_id) if case.person_national_id else "",
        ),
        ("โทรศัพท์", format_phone(case.person_phone) if case.person_phone else ""),
        ("ที่อยู่/พื้นที่", text_units.address(case.area_line)),
        ("ความต้องการ", case.needs_label),
        ("ความเร่งด่วน", case.urgency.label),
        ("ความยินยอมส่งต่อข้อมูล", consent),
        (
            "ผู้ชี้เป้า" if case.channel == Channel.VOLUNTEER else "ผู้แจ้ง",
            reporter if case.channel == Channel.VOLUNTEER else f"{reporter} ({case.channel.label})",
        ),
    ]


def _reply(case: CaseDetail, width: float) -> Flowable:
    """The tear-off part the agency returns: lines to write on beside the signature."""
    cut = label("-" * 30 + "  ตัดตามรอยนี้  " + "-" * 30, 12, align=TA_CENTER)
    lines = [
        WritingLine("ผลการดำเนินการ ", REPLY_SIZE),
        WritingLine("", REPLY_SIZE),
        WritingLine("", REPLY_SIZE),
        WritingLine("วันที่ดำเนินการ ", REPLY_SIZE),
    ]
    body = Table(
        [[lines, signature_block("ผู้รับเรื่อง", REPLY_SIZE, dots=20)]],
        colWidths=[width * 0.58, width * 0.42],
    )
    body.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    return KeepTogether(
        [
            Spacer(1, 4),
            cut,
            label("ส่วนตอบกลับ (หน่วยงานกรอกแล้วส่งคืนสำนักงาน)", REPLY_SIZE, bold=True),
            label(f"เรื่องเลขที่ {case.case_no}  ผู้มีความต้องการ {case.person_name}", REPLY_SIZE),
            body,
        ]
    )


def _slip(case: CaseDetail, office: OfficeInfo, width: float) -> list[Flowable]:
    fields = _fields(case)
    sender = Table([["", signature_block("ผู้ส่งต่อ", dots=24)]], colWidths=[width / 2, width / 2])
    return [
        case_header(case, office, width),
        Spacer(1, 6),
        *_addressee(case),
        Spacer(1, 6),
        field_table(fields, width, label_width(name for name, _ in fields)),
        Spacer(1, 4),
        section_heading("รายละเอียด", BODY_SIZE),
        # A description can be long: a paragraph may break across pages, a table row cannot.
        label(case.description or "-"),
        Spacer(1, 8),
        KeepTogether([sender]),
        _reply(case, width),
    ]


def render_referral_slips(
    out: str | BinaryIO,
    office: OfficeInfo,
    cases: Sequence[CaseDetail],
    *,
    printed_on: dt.date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one slip per case to ``out`` (a path or binary file); returns the page count.

    ``progress(done, total)`` is called as each slip is laid out; when ``cancelled()`` returns
    True the render stops with :class:`RenderCancelled` and nothing is written."""
    register_fonts()
    width = PAGE[0] - LEFT - RIGHT
    story: list[Flowable] = []
    for i, case in enumerate(cases):
        if i:
            story.append(PageBreak())
        story += [*_slip(case, office, width), ItemDone(i)]
    title = TITLE if len(cases) != 1 else f"{TITLE} {cases[0].case_no}"
    return build_simple(
        out,
        story,
        pagesize=PAGE,
        margins=(LEFT, RIGHT, TOP),
        title=title,
        author=office.office_name,
        printed_on=printed_on,
        parts=len(cases),
        what="แบบส่งต่อ",
        progress=progress,
        cancelled=cancelled,
    )
