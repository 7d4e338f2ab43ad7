"""One person with something in every section of the data-subject export: status changes, an
area, a mentor, a visit with a follow-up, an evaluation, an award, a need they reported about
someone else, a case about them, and looks at their record and that case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from factories import draft, make_user, valid_id
from services.case_builders import bring_to, case_draft

from desktop.domain.cases.categories import Channel, Need
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.mentoring.visits import FollowUpDraft, VisitDraft, VisitMode
from desktop.domain.people import PersonStatus, Role
from desktop.services.desk import Desk
from desktop.services.people.mapping import to_draft

TODAY = dt.date(2026, 11, 22)  # the fixtures' clock: FY 2570
# Names with the marks the PDF's text layer must give back as typed.
FIRST, LAST = "ตั้งใจ", "เป็นสุข"
OTHER_NAME = "บุญมี ขยันงาน"  # the person in the need they reported: not theirs to receive
OTHER_ID = valid_id(900)
OTHER_STORY = "ถูกนายจ้างค้างค่าจ้างสามเดือน"


@dataclass
class Subject:
    clerk: Desk
    supervisor: Desk
    mentor: Desk
    person_id: int
    national_id: str
    reported_case: str  # case numbers
    about_case: str
    visit_id: int
    evaluation_id: int
    award_id: int


def build_subject(admin, clerk, supervisor, mentor) -> Subject:
    desk, boss, mentoring = Desk(clerk), Desk(supervisor), Desk(mentor)
    make_user(admin, "mentor2", Role.MENTOR)  # someone who never touched them
    person = desk.people.register(
        draft(7, first_name=FIRST, last_name=LAST, line_id="tangjai.p", notes="ถนัดงานชุมชน")
    )
    person = boss.people.change_status(
        person.id, person.version, PersonStatus.SUSPENDED, dt.date(2026, 1, 5), "ขาดการติดต่อ"
    )
    person = boss.people.change_status(
        person.id, person.version, PersonStatus.ACTIVE, dt.date(2026, 3, 1), "กลับมาปฏิบัติหน้าที่"
    )
    person = desk.people.update(
        person.id, person.version, replace(to_draft(person), phone="089-999-8888")
    )
    desk.assignments.assign([person.id], mentoring.user.id, dt.date(2026, 6, 1))
    topics = mentoring.visits.topics()
    visit = mentoring.visits.record(
        VisitDraft(
            person.id,
            TODAY - dt.timedelta(days=10),
            VisitMode.FIELD,
            place="ศาลาหมู่บ้านศรีภูมิ",
            topic_ids=(topics[0].id,),
            notes="พูดคุยเรื่องการชี้เป้า",
            follow_ups=(FollowUpDraft("ส่งแบบฟอร์มมาตรา 40", TODAY + dt.timedelta(days=7)),),
        )
    )
    n = len(mentoring.evaluations.template_for(2570).criteria)
    evaluation = mentoring.evaluations.evaluate(
        EvaluationDraft(person.id, 2570, TODAY, (9,) * n, strengths="ขยันลงพื้นที่")
    )
    award = desk.awards.record(person.id, "อาสาสมัครแรงงานดีเด่น", TODAY, "ระดับจังหวัด")
    reported = desk.cases.intake(
        case_draft(
            channel=Channel.VOLUNTEER,
            reporter_id=person.id,
            reporter_note="",
            person_name=OTHER_NAME,
            person_national_id=OTHER_ID,
            description=OTHER_STORY,
            needs=(Need.PROTECTION,),
        )
    )
    about = desk.cases.intake(
        case_draft(
            person_name=f"นาย{FIRST} {LAST}",
            person_national_id=person.national_id,
            person_phone="0891112222",
            description="ต้องการสมัครประกันสังคมมาตรา 40",
            needs=(Need.SOCIAL_SECURITY,),
        )
    )
    about = desk.cases.add_note(about.id, "โทรนัดให้มายื่นเอกสาร")
    bring_to(boss.cases, about, CaseStatus.REFERRED)
    boss.people.open(person.id)  # a look at their record
    boss.cases.open(about.id)  # and at the case about them
    boss.cases.open(reported.id)  # a look at someone else's case: not in their history
    return Subject(
        desk,
        boss,
        mentoring,
        person.id,
        person.national_id,
        reported.case_no,
        about.case_no,
        visit.id,
        evaluation.id,
        award.id,
    )
