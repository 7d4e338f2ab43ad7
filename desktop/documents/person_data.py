"""ข้อมูลส่วนบุคคลที่สำนักงานเก็บรักษา: everything the office holds about one person, on
paper for the person who asked for it (PDPA s.30). A4 portrait; numbered sections, each with
its heading and a table (or "ไม่มีข้อมูล"); the national ID whole (it is the reader's own);
a count of the rows of every section at the end, the same counts the JSON file and the audit
row carry, and lines for the clerk's and the receiver's signatures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.documents import text_units
from desktop.documents.case_summary import progress_rows
from desktop.documents.drawing import draw_text
from desktop.documents.fonts import BOLD, register_fonts
from desktop.documents.layout import (
    BODY_SIZE,
    HEADED_GRID,
    LEADING,
    Heading,
    KeptTable,
    field_table,
    label,
    label_width,
    section_heading,
    signature_block,
    style,
    title_block,
)
from desktop.documents.page import build_simple
from desktop.documents.record_form import history_table, personal_fields
from desktop.domain.audit_actions import document_label, entity_label
from desktop.domain.cases.records import CaseDetail
from desktop.domain.national_id import format_id
from desktop.domain.people import format_phone
from desktop.domain.person_data import AccessEntry, PersonData, file_names
from desktop.domain.records import OfficeInfo, UserInfo
from desktop.domain.thai_dates import format_datetime, format_long, format_medium
from desktop.exchange.column_mapping import FIELDS
from desktop.exchange.person_data import LEGAL_BASIS, REPORTED_NOTE

__all__ = ["SECTION_TITLES", "TITLE", "render_person_data"]

TITLE = "ข้อมูลส่วนบุคคลที่สำนักงานเก็บรักษา"
PAGE = A4
LEFT, RIGHT, TOP = 2.5 * cm, 2 * cm, 2 * cm
SMALL = 14  # the size of the many-column tables, as on the record form's history
BANGKOK = dt.timezone(dt.timedelta(hours=7), "Asia/Bangkok")

SECTION_TITLES = {
    "person": "ข้อมูลทะเบียน",
    "status_history": "ประวัติการเปลี่ยนแปลงสถานะ",
    "areas": "พื้นที่รับผิดชอบ",
    "mentor_assignments": "เจ้าหน้าที่พี่เลี้ยง",
    "visits": "การเยี่ยมของพี่เลี้ยง",
    "evaluations": "ผลการประเมิน",
    "awards": "รางวัล",
    "cases_reported": "ความต้องการที่บุคคลนี้เป็นผู้แจ้ง",
    "cases_about": "เรื่องส่งต่อเกี่ยวกับบุคคลนี้",
    "access_history": "ประวัติการเข้าถึงข้อมูล",
}
FIELD_LABELS = {
    **FIELDS,
    "subdistrict_code": "ตำบล",
    "district_code": "อำเภอ",
    "province_code": "จังหวัด",
    "responsible_subdistricts": "พื้นที่รับผิดชอบ",
}
EMPTY = "ไม่มีข้อมูล"


def _grid(
    titles: Sequence[str],
    rows: list[list[str]],
    widths: Sequence[float | None],
    width: float,
    right: Sequence[int] = (),
) -> Flowable:
    """A header row and one row a record; ``None`` widths share what is left; the columns in
    ``right`` (numbers) are set flush right."""
    if not rows:
        return label(EMPTY, SMALL + 1)
    fixed = sum(w for w in widths if w)
    flexible = sum(1 for w in widths if not w)
    rest = (width - fixed) / flexible if flexible else 0
    data = [[label(t, SMALL, bold=True, align=TA_CENTER) for t in titles]]
    data += [
        [
            label(c or "-", SMALL, align=TA_RIGHT if i in right else TA_LEFT)
            for i, c in enumerate(row)
        ]
        for row in rows
    ]
    table = KeptTable(data, colWidths=[w or rest for w in widths], repeatRows=1)
    table.setStyle(TableStyle(HEADED_GRID))
    return table


def _sub_heading(text: str) -> Flowable:
    """One visit's, evaluation's or case's title: never alone at the foot of a page."""
    return Heading(text, style(BODY_SIZE, bold=True, space_after=2), 3 * SMALL * LEADING)


def _fields(rows: list[tuple[str, str]], width: float, size: float = SMALL) -> Flowable:
    """Label | value rows, the labels as wide as the longest (on one line, within reason)."""
    widest = label_width((name for name, _ in rows), size)
    return field_table(rows, width, min(max(widest, 3.5 * cm), 6.5 * cm), size)


def _when(t: dt.datetime) -> str:
    """Date over time, so a narrow column never leaves "น." alone on a line."""
    local = t.astimezone(BANGKOK)
    return f"{format_medium(local.date())}\n{local:%H:%M} น."


def _period(start: dt.date | None, end: dt.date | None) -> str:
    return f"{format_medium(start) or '-'} ถึง {format_medium(end) or 'ปัจจุบัน'}"


def _appointment(data: PersonData) -> list[tuple[str, str]]:
    p = data.person
    registered = format_datetime(p.created_at)
    updated = format_datetime(p.updated_at)
    return [
        ("วันที่แต่งตั้ง", format_long(p.appointed_on)),
        ("คำสั่งแต่งตั้งที่", p.appointment_order),
        ("วันครบวาระ", format_long(p.term_end)),
        ("สถานะปัจจุบัน", p.status.label),
        ("หมายเหตุ", p.notes),
        ("ลงทะเบียนเมื่อ", " โดย ".join(x for x in (registered, data.registered_by) if x)),
        ("แก้ไขล่าสุดเมื่อ", " โดย ".join(x for x in (updated, data.updated_by) if x)),
    ]


def _visits(data: PersonData, width: float) -> list[Flowable]:
    if not data.visits:
        return [label(EMPTY, SMALL + 1)]
    out: list[Flowable] = []
    for i, v in enumerate(data.visits, start=1):
        follow_ups = "\n".join(
            f"{f.action} (กำหนด {format_medium(f.due_on) or '-'}; "
            + (f"เสร็จ {format_medium(f.done_on)})" if f.done_on else "ยังไม่เสร็จ)")
            for f in v.follow_ups
        )
        keyed = f" (บันทึกโดย {v.entered_by})" if v.keyed_for_mentor and v.entered_by else ""
        rows = [
            ("พี่เลี้ยง", text_units.name(v.mentor_name) + keyed),
            ("สถานที่", v.place),
            ("หัวข้อ", "\n".join(v.topics)),
            ("สิ่งที่พูดคุย", v.notes),
            ("ปัญหาที่พบ", v.problems),
            ("คำแนะนำ", v.advice),
            ("งานที่ต้องติดตาม", follow_ups),
            ("นัดเยี่ยมครั้งต่อไป", format_long(v.next_visit_on)),
        ]
        out += [
            _sub_heading(f"ครั้งที่ {i}: {format_long(v.visited_on)} · {v.mode.label}"),
            _fields(rows, width),
            Spacer(1, 6),
        ]
    return out


def _evaluations(data: PersonData, width: float) -> list[Flowable]:
    if not data.evaluations:
        return [label(EMPTY, SMALL + 1)]
    out: list[Flowable] = []
    for e in data.evaluations:
        scores = [
            [str(i), c.text, f"{c.weight:g}", f"{score}/{c.max_score}"]
            for i, (c, score) in enumerate(zip(e.template.criteria, e.scores, strict=False), 1)
        ]
        evaluator = text_units.name(e.evaluator)
        if e.keyed_for_evaluator and e.entered_by:
            evaluator += f" (บันทึกโดย {e.entered_by})"
        rows = [
            ("แบบประเมิน", e.template.title),
            ("ผู้ประเมิน", evaluator),
            ("วันที่ประเมิน", format_long(e.evaluated_on)),
            ("จุดเด่น", e.strengths),
            ("สิ่งที่ควรพัฒนา", e.to_improve),
            ("ความเห็นเพิ่มเติม", e.comments),
        ]
        out += [
            _sub_heading(f"ปีงบประมาณ {e.fiscal_year}: {e.grade} ({e.total:.2f} คะแนน)"),
            _grid(
                ["ข้อ", "หัวข้อการประเมิน", "น้ำหนัก", "คะแนน"],
                scores,
                [1.2 * cm, None, 2 * cm, 2.2 * cm],
                width,
            ),
            Spacer(1, 4),
            _fields(rows, width),
            Spacer(1, 6),
        ]
    return out


def _reported(data: PersonData, width: float, heading: Flowable) -> list[Flowable]:
    rows = []
    for c in data.cases_reported:
        where = f"{c.status.label} ตั้งแต่ {format_medium(c.status_since)}"
        if c.agency is not None:
            where += f"\nส่งต่อ {c.agency.label}"
        if c.outcome is not None:
            where += f"\nผล: {c.outcome.label}"
        what = "\n".join(x for x in (c.needs_label, c.area.line()) if x)
        rows.append([c.case_no, format_medium(c.received_on), what, where])
    titles = ["เลขที่เรื่อง", "รับเรื่อง", "ความต้องการ / พื้นที่", "สถานะ"]
    table = _grid(titles, rows, [3.9 * cm, 3.2 * cm, None, 4.4 * cm], width)
    # A short list stays under its heading and note; a long one flows on from them.
    return [KeepTogether([heading, label(REPORTED_NOTE, SMALL), Spacer(1, 2), table])]


def _case_rows(c: CaseDetail, person_id: int) -> list[tuple[str, str]]:
    reporter = "บุคคลนี้" if c.reporter_id == person_id else c.reporter_name
    consent = f"ยินยอม เมื่อ {format_long(c.consent_on)}" if c.consent else "ยังไม่ได้บันทึก"
    if c.consent_withdrawal is not None:
        consent = f"ถอนความยินยอม เมื่อ {format_medium(c.consent_withdrawal.at.date())}"
    rows = [
        ("รับเรื่องเมื่อ", f"{format_long(c.received_on)} ({c.channel.label})"),
        ("ผู้แจ้ง", reporter),
        ("ชื่อ-สกุล", text_units.name(c.person_name)),
        ("เลขประจำตัวประชาชน", format_id(c.person_national_id)),
        ("โทรศัพท์", format_phone(c.person_phone)),
        ("ที่อยู่/พื้นที่", text_units.address(c.area_line)),
        ("ความต้องการ", c.needs_label),
        ("รายละเอียด", c.description),
        ("ความเร่งด่วน", c.urgency.label),
        ("ความยินยอมส่งต่อข้อมูล", consent),
        ("สถานะ", f"{c.status.label} ตั้งแต่ {format_long(c.status_since)}"),
        ("ผู้รับผิดชอบ", c.assigned_to),
    ]
    rows += progress_rows(c)
    return rows


def _cases_about(data: PersonData, width: float) -> list[Flowable]:
    if not data.cases_about:
        return [label(EMPTY, SMALL + 1)]
    out: list[Flowable] = []
    for c in data.cases_about:
        events = []
        for e in sorted(c.events, key=lambda e: e.at):
            what = e.action
            if e.status_change and e.status_change != what:
                what += f" ({e.status_change})"
            events.append([_when(e.at), text_units.name(e.user), what, e.note])
        timeline = _grid(
            ["วันเวลา", "ผู้บันทึก", "รายการ", "หมายเหตุ"],
            events,
            [3.2 * cm, 3.8 * cm, 4.4 * cm, None],
            width,
        )
        out += [
            _sub_heading(f"เรื่องเลขที่ {c.case_no}"),
            _fields(_case_rows(c, data.person.id), width),
            Spacer(1, 4),
            # Its title stays with the first rows of the timeline.
            Heading("ลำดับการดำเนินการ", style(SMALL, bold=True), 6 * SMALL * LEADING),
            timeline,
            Spacer(1, 6),
        ]
    return out


def _access_what(a: AccessEntry) -> str:
    if a.entity == "case":
        what = f"เรื่องเลขที่ {a.case_no}"
    elif a.entity == "person":
        what = "ทะเบียนประวัติ"
    else:
        what = entity_label(a.entity)
    if a.document:
        what += f"\nเอกสาร: {document_label(a.document)}"
    if a.fields:
        what += "\nช่องที่แก้ไข: " + ", ".join(FIELD_LABELS.get(f, f) for f in a.fields)
    return what


def _access(data: PersonData, width: float) -> Flowable:
    rows = [
        [
            _when(a.at),
            text_units.name(a.user_name or a.username),
            a.action_label,
            _access_what(a),
        ]
        for a in data.access
    ]
    titles = ["วันเวลา", "ผู้ใช้", "การดำเนินการ", "ข้อมูลที่เกี่ยวข้อง"]
    return _grid(titles, rows, [3.2 * cm, 4.2 * cm, 3.6 * cm, None], width)


def _summary(data: PersonData, width: float) -> Flowable:
    counts = data.section_counts()
    rows = [[SECTION_TITLES[k], f"{n:,}"] for k, n in counts.items()]
    return _grid(["หมวดข้อมูล", "จำนวนรายการ"], rows, [None, 4 * cm], width, right=(1,))


def _signatures(width: float, clerk: str, receiver: str) -> Table:
    cells = [
        signature_block("ผู้จัดทำ", dots=24, name=clerk),
        signature_block("ผู้รับข้อมูล", dots=24, name=receiver),
    ]
    table = Table([cells], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def render_person_data(
    out: str | BinaryIO,
    office: OfficeInfo,
    data: PersonData,
    *,
    printed_on: dt.date,
    prepared_by: UserInfo,
) -> int:
    """Write the document to ``out`` (path or binary file); returns the page count."""
    register_fonts()
    page_width, page_height = PAGE
    width = page_width - LEFT - RIGHT
    person = data.person
    running = f"{TITLE} {person.full_name}"
    json_name = file_names(person.id)[1]

    def later_page(canvas, doc) -> None:
        draw_text(canvas, LEFT, page_height - TOP + 14, running, BOLD, 14)

    def heading(number: int, key: str) -> Flowable:
        # Room under it for a record's title and the first rows of its table, not one line:
        # a section's heading never ends a page whose next lines all moved over.
        text = f"{number}. {SECTION_TITLES[key]}"
        return Heading(text, style(BODY_SIZE + 1, bold=True, space_after=4), 7 * SMALL * LEADING)

    extra = f"{person.full_name} · เลขประจำตัวประชาชน {format_id(person.national_id)}"
    intro = (
        f"เอกสารนี้รวบรวมข้อมูลส่วนบุคคลทั้งหมดที่{office.office_name}เก็บรักษาเกี่ยวกับ"
        f"{person.full_name} ตาม{LEGAL_BASIS} ข้อมูลชุดเดียวกันอยู่ในไฟล์ {json_name} "
        "ซึ่งนำไปใช้กับโปรแกรมอื่นได้"
    )
    labels = label_width(name for name, _ in personal_fields(person, True) + _appointment(data))
    areas = [
        [a.subdistrict, a.district, a.province, a.subdistrict_code]
        for a in person.responsible_areas
    ]
    mentors = [
        [text_units.name(a.mentor_name), _period(a.from_date, a.to_date), a.assigned_by]
        for a in data.assignments
    ]
    awards = [
        [str(a.fiscal_year), a.title, format_medium(a.awarded_on), a.note, a.recorded_by]
        for a in data.awards
    ]
    story: list[Flowable] = [
        *title_block(TITLE, office, printed_on, extra),
        label(intro, SMALL + 1, space_after=6),
        heading(1, "person"),
        field_table(personal_fields(person, True), width, labels),
        Spacer(1, 4),
        field_table(_appointment(data), width, labels),
        Spacer(1, 10),
        heading(2, "status_history"),
        history_table(person, width) if person.status_history else label(EMPTY, SMALL + 1),
        Spacer(1, 10),
        heading(3, "areas"),
        _grid(["ตำบล", "อำเภอ", "จังหวัด", "รหัส"], areas, [None, None, None, 2.2 * cm], width),
        Spacer(1, 10),
        heading(4, "mentor_assignments"),
        _grid(["พี่เลี้ยง", "ช่วงเวลา", "ผู้กำหนด"], mentors, [None, 5.6 * cm, None], width),
        Spacer(1, 10),
        heading(5, "visits"),
        *_visits(data, width),
        Spacer(1, 4),
        heading(6, "evaluations"),
        *_evaluations(data, width),
        Spacer(1, 4),
        heading(7, "awards"),
        _grid(
            ["ปีงบประมาณ", "รางวัล", "วันที่ได้รับ", "หมายเหตุ", "ผู้บันทึก"],
            awards,
            [3.2 * cm, None, 3.2 * cm, None, None],
            width,
        ),
        Spacer(1, 10),
        *_reported(data, width, heading(8, "cases_reported")),
        Spacer(1, 10),
        heading(9, "cases_about"),
        *_cases_about(data, width),
        Spacer(1, 4),
        heading(10, "access_history"),
        _access(data, width),
        Spacer(1, 10),
        KeepTogether(
            [
                section_heading("สรุปจำนวนรายการ"),
                _summary(data, width),
                Spacer(1, 24),
                _signatures(width, prepared_by.full_name, person.full_name),
            ]
        ),
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
