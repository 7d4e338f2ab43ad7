"""Synthetic referral cases for the document tests (no database)."""

from __future__ import annotations

import datetime as dt
import unicodedata

from doc_samples import AREA

from desktop.documents.thai_text import segment
from desktop.domain.cases.categories import Agency, Channel, Need, Outcome, Urgency
from desktop.domain.cases.records import CaseDetail, CaseEventInfo, CaseRow
from desktop.domain.cases.service_levels import Health
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.national_id import make_valid

LONG_DESCRIPTION = (
    "ถูกเลิกจ้างจากโรงงานเฟอร์นิเจอร์เมื่อปลายเดือนตุลาคมโดยไม่ได้รับค่าชดเชยครบถ้วนตามกฎหมาย "
    "ต้องการหางานใหม่ในอำเภอเมืองหรืออำเภอใกล้เคียงเพื่อเลี้ยงดูบุตรสองคนที่กำลังเรียนหนังสือ "
    "และอยากเข้าฝึกอาชีพช่างไม้ระยะสั้นเพื่อเพิ่มโอกาสได้งาน ปัจจุบันยังไม่ได้สมัครประกันสังคมมาตรา ๔๐ "
    "ครอบครัวมีรายได้ไม่แน่นอนและต้องการคำแนะนำเรื่องสิทธิประโยชน์ที่พึงได้รับจากหน่วยงานของรัฐ"
)
HOSTILE = 'A & B <b>ตัวหนา</b> <img src="http://example.com/x.png"/>'
NATIONAL_ID = make_valid("310050012345")


def make_case(case_no: str = "ลป 2570/00042", **overrides) -> CaseDetail:
    values = dict(
        id=42,
        version=3,
        case_no=case_no,
        fiscal_year=2570,
        received_on=dt.date(2026, 11, 3),
        channel=Channel.VOLUNTEER,
        reporter_id=7,
        reporter_name="นางสาวปั้นหยา น้ำใจงาม",
        reporter_phone="0812345678",
        person_name="นายตั้งใจ เป็นสุข",
        person_national_id=NATIONAL_ID,
        person_phone="0898765432",
        area=AREA,
        village_no="4",
        needs=(Need.JOB, Need.TRAINING),
        description=LONG_DESCRIPTION,
        urgency=Urgency.URGENT,
        consent=True,
        consent_on=dt.date(2026, 11, 3),
        status=CaseStatus.REFERRED,
        status_since=dt.date(2026, 11, 10),
        due_on=dt.date(2026, 12, 10),
        sla_days=30,
        health=Health.ON_TRACK,
        agency=Agency.EMPLOYMENT,
        agency_contact="สำนักงานจัดหางานจังหวัดเชียงใหม่ คุณวิภา โทร 053-112-233",
        referred_on=dt.date(2026, 11, 10),
        assigned_to_id=2,
        assigned_to="ผู้ใช้ clerk",
        events=(
            CaseEventInfo(
                dt.datetime(2026, 11, 3, 2, 15, tzinfo=dt.UTC),
                "ผู้ใช้ clerk",
                "intake",
                None,
                CaseStatus.RECEIVED,
                "อาสาสมัครแจ้งทางโทรศัพท์",
            ),
            CaseEventInfo(
                dt.datetime(2026, 11, 4, 3, 0, tzinfo=dt.UTC),
                "ผู้ใช้ clerk",
                "transition",
                CaseStatus.RECEIVED,
                CaseStatus.SCREENING,
                "โทรสอบถามข้อมูลเพิ่มเติมแล้ว",
            ),
            CaseEventInfo(
                dt.datetime(2026, 11, 10, 4, 30, tzinfo=dt.UTC),
                "ผู้ใช้ clerk",
                "transition",
                CaseStatus.SCREENING,
                CaseStatus.REFERRED,
                HOSTILE,
            ),
        ),
    )
    values.update(overrides)
    return CaseDetail(**values)


def make_case_row(n: int, **overrides) -> CaseRow:
    values = dict(
        id=n,
        case_no=f"ลป 2570/{n:05d}",
        received_on=dt.date(2026, 10, 1) + dt.timedelta(days=n % 50),
        status=CaseStatus.SCREENING if n % 2 else CaseStatus.REFERRED,
        person_name=f"นายตั้งใจ เป็นสุข{n}",
        person_national_id=make_valid(f"3100500{n:05d}"),
        person_phone="0898765432",
        needs=(Need.JOB, Need.SOCIAL_SECURITY),
        area=AREA,
        reporter_name="นางสาวปั้นหยา น้ำใจงาม",
        agency=Agency.EMPLOYMENT if n % 2 == 0 else None,
        assigned_to="ผู้ใช้ clerk",
        due_on=dt.date(2026, 12, 1),
        health=Health.OVERDUE if n % 3 == 0 else Health.ON_TRACK,
    )
    values.update(overrides)
    return CaseRow(**values)


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFKD", text).split())


def breaks_on_word_boundaries(source: str, lines: list[str]) -> list[str]:
    """The extracted ``lines`` of ``source`` joined back; returns the lines that end mid-word."""
    ends, pos = set(), 0
    for word in segment(source):
        pos += len(squeeze(word))
        ends.add(pos)
    wrong, pos = [], 0
    for line in lines[:-1]:
        pos += len(squeeze(line))
        if pos not in ends:
            wrong.append(line)
    return wrong


def closed_case(**overrides) -> CaseDetail:
    return make_case(
        status=CaseStatus.CLOSED,
        due_on=None,
        health=None,
        outcome=Outcome.PLACED,
        outcome_on=dt.date(2026, 11, 20),
        outcome_note="ได้งานที่ร้านวัสดุก่อสร้าง",
        closed_on=dt.date(2026, 11, 21),
        **overrides,
    )
