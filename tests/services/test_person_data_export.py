"""A person's right of access and portability (PDPA s.30, s.31): one export writes a PDF to
hand over and a JSON file, with every record the office holds about them; only office staff
may run it; every run is audited without personal values in the audit row."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest
from services.person_data_builders import (
    FIRST,
    LAST,
    OTHER_ID,
    OTHER_NAME,
    OTHER_STORY,
    build_subject,
)
from sqlalchemy import event, select

from db.models import AuditEvent
from desktop.domain.errors import NotFound, PermissionDenied
from desktop.domain.national_id import format_id, mask_id
from desktop.domain.person_data import SCHEMA, SECTIONS
from desktop.services.desk import Desk


@pytest.fixture
def subject(admin, clerk, supervisor, mentor):
    return build_subject(admin, clerk, supervisor, mentor)


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(path) -> str:
    with open(path, "rb") as f:
        reader = pypdf.PdfReader(io.BytesIO(f.read()))
    return squeeze(" ".join(page.extract_text() for page in reader.pages))


def export_rows(ctx) -> list[AuditEvent]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "export").order_by(AuditEvent.id)
        ).all()
        s.expunge_all()
        return list(rows)


def test_the_json_holds_every_record_about_the_person(subject, tmp_path):
    files = subject.clerk.person_data.export(subject.person_id, tmp_path / "new" / "folder")
    assert files.pdf.endswith(f"ข้อมูลส่วนบุคคล-{subject.person_id}.pdf")
    assert files.json.endswith(f"ข้อมูลส่วนบุคคล-{subject.person_id}.json")
    raw = Path(files.json).read_text(encoding="utf-8")
    assert FIRST in raw  # Thai as Thai, not \u0e..
    data = json.loads(raw)
    assert data["schema"] == SCHEMA and data["generated_at"].startswith("2026-11-22T10:00:00+07:00")
    assert data["generated_at_be"] == "22 พ.ย. 2569 10:00 น."
    assert data["office"]["province_code"] == "50" and data["prepared_by"]["username"] == "clerk"
    assert list(data["sections"]) == list(SECTIONS) and data["sections"] == files.sections

    person = data["person"]
    assert (person["first_name"], person["last_name"]) == (FIRST, LAST)
    assert person["national_id"] == subject.national_id  # theirs: whole
    assert person["national_id_display"] == format_id(subject.national_id)
    assert person["line_id"] == "tangjai.p" and person["notes"] == "ถนัดงานชุมชน"
    assert person["address"]["subdistrict"] == "ศรีภูมิ"
    assert person["address"]["district"] == "เมืองเชียงใหม่"
    assert person["address"]["province"] == "เชียงใหม่"
    assert person["appointed_on"] == "2025-01-15"
    assert person["appointed_on_be"] == "15 มกราคม 2568"
    assert person["registered_by"] == "ผู้ใช้ clerk"

    assert [h["status"] for h in data["status_history"]] == ["active", "suspended", "active"]
    assert data["status_history"][1]["reason"] == "ขาดการติดต่อ"
    assert data["status_history"][1]["effective_on_be"] == "5 มกราคม 2569"
    assert data["areas"] == [
        {
            "subdistrict_code": "500101",
            "subdistrict": "ศรีภูมิ",
            "district_code": "5001",
            "district": "เมืองเชียงใหม่",
            "province_code": "50",
            "province": "เชียงใหม่",
        }
    ]
    (assignment,) = data["mentor_assignments"]
    assert assignment["mentor_name"] == "ผู้ใช้ mentor" and assignment["current"]
    assert assignment["from_date"] == "2026-06-01"
    (visit,) = data["visits"]
    assert visit["id"] == subject.visit_id and visit["place"] == "ศาลาหมู่บ้านศรีภูมิ"
    assert visit["mode"] == "field" and visit["topics"] and visit["mentor_name"] == "ผู้ใช้ mentor"
    assert visit["follow_ups"] == [
        {
            "action": "ส่งแบบฟอร์มมาตรา 40",
            "due_on": "2026-11-29",
            "due_on_be": "29 พฤศจิกายน 2569",
            "done_on": None,
            "done_on_be": None,
            "done": False,
        }
    ]
    (evaluation,) = data["evaluations"]
    assert evaluation["id"] == subject.evaluation_id and evaluation["fiscal_year"] == 2570
    assert evaluation["total"] == 90.0 and evaluation["grade"] == "ดีเด่น"
    assert evaluation["scores"] and all(s["score"] == 9 for s in evaluation["scores"])
    assert evaluation["scores"][0]["criterion"] and evaluation["strengths"] == "ขยันลงพื้นที่"
    (award,) = data["awards"]
    assert award["id"] == subject.award_id and award["title"] == "อาสาสมัครแรงงานดีเด่น"

    (reported,) = data["cases_reported"]
    assert (
        reported["case_no"] == subject.reported_case
        and reported["needs"][0]["need"] == "protection"
    )
    assert [e["kind"] for e in reported["events"]] == ["intake"]
    (about,) = data["cases_about"]
    assert about["case_no"] == subject.about_case
    assert about["person_national_id"] == subject.national_id
    assert about["description"] == "ต้องการสมัครประกันสังคมมาตรา 40"
    assert [e["kind"] for e in about["events"]][:2] == ["intake", "note"]
    assert about["events"][1]["note"] == "โทรนัดให้มายื่นเอกสาร"
    assert about["status"] == "referred" and about["agency_label"] == "กรมการจัดหางาน"
    assert about["consent"] and about["events"][-1]["to_status"] == "referred"

    seen = [(a["username"], a["action"], a["record"], a["case_no"]) for a in data["access_history"]]
    assert ("supervisor", "view", "person", None) in seen
    assert ("supervisor", "view", "case", subject.about_case) in seen
    assert ("clerk", "create", "person", None) in seen
    assert ("mentor", "create", "visit", None) in seen  # their visit, evaluation and award
    assert ("mentor", "create", "evaluation", None) in seen
    assert ("clerk", "create", "award", None) in seen
    assert all(a[3] != subject.reported_case for a in seen)  # someone else's case
    edit = next(a for a in data["access_history"] if a["action"] == "update")
    assert edit["fields"] == ["phone"]
    assert "0899998888" not in json.dumps(data["access_history"])  # names, never values
    status = next(a for a in data["access_history"] if a["action"] == "status")
    assert status["user_name"] == "ผู้ใช้ supervisor" and status["at_be"].endswith("น.")


def test_someone_elses_data_in_a_need_they_reported_stays_out(subject, tmp_path):
    files = subject.clerk.person_data.export(subject.person_id, tmp_path)
    raw = Path(files.json).read_text(encoding="utf-8")
    text = pdf_text(files.pdf)
    for theirs in (OTHER_NAME, OTHER_ID, format_id(OTHER_ID), mask_id(OTHER_ID), OTHER_STORY):
        assert theirs not in raw
        assert squeeze(theirs) not in text
    assert "0812223333" not in raw  # the other person's phone (the builder's default)


def test_the_pdf_has_every_section_and_the_key_values(subject, tmp_path):
    files = subject.clerk.person_data.export(subject.person_id, tmp_path)
    text = pdf_text(files.pdf)
    for expected in [
        "ข้อมูลส่วนบุคคลที่สำนักงานเก็บรักษา",
        "1.ข้อมูลทะเบียน",
        "2.ประวัติการเปลี่ยนแปลงสถานะ",
        "3.พื้นที่รับผิดชอบ",
        "4.เจ้าหน้าที่พี่เลี้ยง",
        "5.การเยี่ยมของพี่เลี้ยง",
        "6.ผลการประเมิน",
        "7.รางวัล",
        "8.ความต้องการที่บุคคลนี้เป็นผู้แจ้ง",
        "9.เรื่องส่งต่อเกี่ยวกับบุคคลนี้",
        "10.ประวัติการเข้าถึงข้อมูล",
        "สรุปจำนวนรายการ",
        f"นาย{FIRST}{LAST}",
        format_id(subject.national_id),  # whole: the reader's own
        "ขาดการติดต่อ",
        "5ม.ค.2569",
        "ศรีภูมิ",
        "ผู้ใช้mentor",
        "ศาลาหมู่บ้านศรีภูมิ",
        "ส่งแบบฟอร์มมาตรา40",
        "ปีงบประมาณ2570:ดีเด่น(90.00คะแนน)",
        "ขยันลงพื้นที่",
        "อาสาสมัครแรงงานดีเด่น",
        subject.reported_case.replace(" ", ""),
        subject.about_case.replace(" ", ""),
        "ต้องการสมัครประกันสังคมมาตรา40",
        "โทรนัดให้มายื่นเอกสาร",
        "เปิดดู",
        "ผู้ใช้supervisor",
        f"ข้อมูลส่วนบุคคล-{subject.person_id}.json",
        "ผู้จัดทำ",
        "ผู้รับข้อมูล",
        "พิมพ์เมื่อ22พฤศจิกายน2569",
    ]:
        assert squeeze(expected) in text, expected
    assert "\ufffd" not in text


def test_the_export_is_audited_with_its_actor_and_no_personal_values(subject, tmp_path):
    files = subject.supervisor.person_data.export(subject.person_id, tmp_path)
    (row,) = export_rows(subject.clerk.ctx)
    assert (row.username, row.entity, row.entity_id) == ("supervisor", "person", subject.person_id)
    assert row.user_id == subject.supervisor.user.id and row.category == "export"
    details = json.loads(row.details)
    assert details == {
        "document": "person_data",
        "files": [f"ข้อมูลส่วนบุคคล-{subject.person_id}.pdf", f"ข้อมูลส่วนบุคคล-{subject.person_id}.json"],
        "sections": files.sections,
    }
    assert files.sections["visits"] == 1 and files.sections["access_history"] >= 3
    for personal in (subject.national_id, mask_id(subject.national_id), FIRST, LAST):
        assert personal not in row.details
    # The next export shows this one in the person's access history.
    again = subject.clerk.person_data.export(subject.person_id, tmp_path)
    history = json.loads(Path(again.json).read_text(encoding="utf-8"))["access_history"]
    assert any(a["action"] == "export" and a["document"] == "person_data" for a in history)


def test_a_mentor_may_not_export_and_nothing_is_written(subject, tmp_path):
    with pytest.raises(PermissionDenied, match="ส่งออกข้อมูลทั้งหมดของบุคคล"):
        subject.mentor.person_data.export(subject.person_id, tmp_path / "out")
    assert not (tmp_path / "out").exists() and export_rows(subject.clerk.ctx) == []


def test_an_unknown_person_is_not_found(clerk, tmp_path):
    with pytest.raises(NotFound):
        Desk(clerk).person_data.export(4242, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_cancelled_export_leaves_neither_file_nor_audit_row(subject, tmp_path):
    from desktop.services.output import OutputCancelled

    calls = iter([False, False, True])
    with pytest.raises(OutputCancelled):
        subject.clerk.person_data.export(
            subject.person_id, tmp_path / "out", cancelled=lambda: next(calls, True)
        )
    assert list((tmp_path / "out").iterdir()) == [] and export_rows(subject.clerk.ctx) == []


def test_the_collector_reads_in_a_fixed_number_of_queries(subject, tmp_path):
    """No query per visit, case or audit row: more of each costs no more statements."""
    from services.person_data_builders import TODAY

    from desktop.domain.mentoring.visits import FollowUpDraft, VisitDraft, VisitMode
    from desktop.services.person_data import collect

    ctx = subject.clerk.ctx

    def statements() -> int:
        seen: list[str] = []
        engine = ctx.db.engine

        def count(conn, cursor, statement, *args):
            seen.append(statement)

        event.listen(engine, "before_cursor_execute", count)
        try:
            with ctx.unit_of_work() as s:
                collect(s, subject.person_id, ctx.today())
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len(seen)

    before = statements()
    for days in (3, 4):
        subject.mentor.visits.record(
            VisitDraft(
                subject.person_id,
                TODAY.replace(day=TODAY.day - days),
                VisitMode.PHONE,
                follow_ups=(FollowUpDraft("โทรติดตาม"),),
            )
        )
    from services.case_builders import case_draft

    for _ in range(2):
        case = subject.clerk.cases.intake(case_draft(person_national_id=subject.national_id))
        subject.supervisor.cases.open(case.id)
    assert statements() == before
