"""ใบยินยอมให้ส่งต่อข้อมูลส่วนบุคคล: the form a person signs before their case goes to an agency.

PDPA s.19 asks for consent in writing (or electronically), with the purpose told, in plain
words, separate from anything else, and says it may be withdrawn as easily as it was given
(para. 5). So the form names what is shared and with whom, why, how to withdraw, and leaves
the choice to the person: both boxes are blank, ticked by hand. A4 portrait, one page. The QR
holds the case number, so the signed paper is matched to its case when it is filed or scanned.
The national ID is masked unless the printer may print it whole (it identifies the paper's
owner; the agency's copy of the ID travels on the referral slip).
"""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.documents import text_units
from desktop.documents.fonts import register_fonts
from desktop.documents.layout import (
    BODY_SIZE,
    field_table,
    label,
    label_width,
    office_line,
    section_heading,
    signature_block,
)
from desktop.documents.page import build_simple
from desktop.documents.referral_slip import case_header
from desktop.documents.visit_form import CheckList
from desktop.domain.cases.records import CaseDetail
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.records import OfficeInfo

__all__ = ["SHARED_DATA", "TITLE", "render_consent_form"]

TITLE = "ใบยินยอมให้ส่งต่อข้อมูลส่วนบุคคล"
PAGE = A4
LEFT, RIGHT, TOP = 2.5 * cm, 2 * cm, 1.2 * cm
NOTE_SIZE = 14
# What the referral slip carries to the agency (desktop.documents.referral_slip._fields).
SHARED_DATA = "ชื่อ-สกุล เลขประจำตัวประชาชน หมายเลขโทรศัพท์ ที่อยู่หรือพื้นที่ ความต้องการและรายละเอียดปัญหาที่แจ้งไว้"
NO_AGENCY = "หน่วยงานที่เกี่ยวข้องกับความต้องการข้างต้น"


def _agency(case: CaseDetail) -> str:
    return case.agency.label if case.agency is not None else NO_AGENCY


def _fields(case: CaseDetail, show_full_id: bool) -> list[tuple[str, str]]:
    nid = case.person_national_id
    shown = (format_id(nid) if show_full_id else mask_id(nid)) if nid else ""
    return [
        ("ชื่อ-สกุล", text_units.name(case.person_name)),
        ("เลขประจำตัวประชาชน", shown),
        ("ความต้องการ", case.needs_label),
        ("หน่วยงานที่จะส่งต่อ", _agency(case)),
        ("ข้อมูลที่จะส่งต่อ", SHARED_DATA),
    ]


def consent_statement(case: CaseDetail, office: OfficeInfo) -> list[str]:
    """The paragraphs the person reads before ticking a box, in plain Thai."""
    return [
        f"ข้าพเจ้า {text_units.name(case.person_name)} ได้รับทราบจาก{office_line(office)}ว่า "
        "สำนักงานจะส่งต่อข้อมูลส่วนบุคคลของข้าพเจ้าตามรายการข้างต้นให้แก่หน่วยงานที่จะส่งต่อ "
        "เพื่อให้หน่วยงานนั้นติดต่อและช่วยเหลือข้าพเจ้าตามความต้องการในเรื่องนี้เท่านั้น "
        "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 19",
        "ข้าพเจ้าถอนความยินยอมนี้ได้ทุกเมื่อ (มาตรา 19 วรรคห้า) โดยแจ้งสำนักงานด้วยตนเอง "
        f"ทางโทรศัพท์ หรือเป็นหนังสือ โดยอ้างเลขที่เรื่อง {case.case_no} เมื่อถอนแล้ว สำนักงาน"
        "จะไม่ส่งต่อเรื่องนี้อีก แต่ไม่กระทบการส่งต่อที่ทำไปแล้วก่อนถอน",
        "หากไม่ยินยอม สำนักงานจะไม่ส่งข้อมูลให้หน่วยงานอื่น และยังช่วยเหลือในส่วนที่สำนักงานดำเนินการเองได้ตามปกติ",
    ]


def _choice() -> Flowable:
    boxes = CheckList([("ยินยอมให้ส่งต่อข้อมูล", False), ("ไม่ยินยอมให้ส่งต่อข้อมูล", False)], 2)
    heading = label("ข้าพเจ้าขอแสดงความประสงค์ดังนี้ (ทำเครื่องหมายในช่องเดียว)", bold=True)
    return KeepTogether([heading, boxes])


def _signatures(case: CaseDetail, width: float) -> Table:
    person = signature_block("ผู้ให้ความยินยอม", dots=20, name=case.person_name, below=("วันที่",))
    officer = signature_block("เจ้าหน้าที่", dots=20, below=("ตำแหน่ง", "วันที่"))
    table = Table([[person, officer]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _form(case: CaseDetail, office: OfficeInfo, width: float, show_full_id: bool) -> list[Flowable]:
    fields = _fields(case, show_full_id)
    statement = [label(p, space_after=2) for p in consent_statement(case, office)]
    return [
        case_header(case, office, width, TITLE),
        Spacer(1, 8),
        field_table(fields, width, label_width(name for name, _ in fields)),
        Spacer(1, 6),
        section_heading("ข้อความแสดงความยินยอม", BODY_SIZE),
        *statement,
        Spacer(1, 4),
        _choice(),
        Spacer(1, 12),
        KeepTogether([_signatures(case, width)]),
        Spacer(1, 8),
        label(
            f"เก็บใบนี้ที่ลงนามแล้วไว้กับเรื่องเลขที่ {case.case_no} และบันทึกผลในระบบ",
            NOTE_SIZE,
            align=TA_CENTER,
        ),
    ]


def render_consent_form(
    out: str | BinaryIO,
    office: OfficeInfo,
    case: CaseDetail,
    *,
    printed_on: dt.date,
    show_full_id: bool = False,
) -> int:
    """Write the consent form of ``case`` to ``out`` (a path or binary file); returns pages."""
    register_fonts()
    width = PAGE[0] - LEFT - RIGHT
    return build_simple(
        out,
        _form(case, office, width, show_full_id),
        pagesize=PAGE,
        margins=(LEFT, RIGHT, TOP),
        title=f"{TITLE} {case.case_no}",
        author=office.office_name,
        printed_on=printed_on,
    )
