"""Mentoring on SQLite and PostgreSQL: assignment history, visits and who may edit them,
versioned templates, evaluations, the year's summary, awards and the person's timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from mentoring_builders import mentoring_office

from desktop.domain.errors import (
    DuplicateError,
    PermissionDenied,
    StaleRecordError,
    ValidationError,
)
from desktop.domain.mentoring.evaluation import Criterion, EvaluationDraft, GradeBand
from desktop.domain.mentoring.visits import FollowUpDraft, VisitDraft, VisitMode

TODAY = dt.date(2026, 11, 22)  # the fixtures' clock: FY 2570


@pytest.fixture
def office(admin, clerk, mentor, supervisor):
    return mentoring_office(admin, clerk, mentor, supervisor)


def visit(person_id: int, days_ago: int = 0, **kw) -> VisitDraft:
    return VisitDraft(person_id, TODAY - dt.timedelta(days=days_ago), VisitMode.FIELD, **kw)


def test_bulk_assignment_keeps_history(office):
    clerk, people = office["clerk"], office["people"]
    m1, m2 = office["mentor"].user.id, office["mentor2"].user.id
    assert clerk.assignments.assign(people, m1, dt.date(2026, 10, 1)) == 3
    assert clerk.assignments.assign(people, m1) == 0  # already theirs
    assert clerk.assignments.assign(people[:1], m2, dt.date(2026, 11, 1)) == 1
    history = clerk.assignments.history(people[0])
    assert [(h.mentor_name, h.from_date, h.to_date) for h in history] == [
        ("ผู้ใช้ mentor", dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
        ("ผู้ใช้ mentor2", dt.date(2026, 11, 1), None),
    ]
    assert clerk.assignments.mentor_of(people[0]).mentor_id == m2
    assert {p.person_id for p in clerk.workspace.people(m1)} == set(people[1:])


def test_only_office_staff_assign_and_only_to_mentors(office):
    people = office["people"]
    with pytest.raises(PermissionDenied):
        office["mentor"].assignments.assign(people, office["mentor"].user.id)
    with pytest.raises(ValidationError) as err:
        office["clerk"].assignments.assign(people, office["clerk"].user.id)
    assert "พี่เลี้ยง" in err.value.fields["mentor_id"]


def test_mentors_edit_only_their_own_visits_and_clerks_key_in_for_them(office):
    person = office["people"][0]
    mentor, mentor2, clerk = office["mentor"], office["mentor2"], office["clerk"]
    mine = mentor.visits.record(visit(person, 3, place="ศาลาหมู่บ้าน"))
    assert mine.mentor_name == "ผู้ใช้ mentor" and not mine.keyed_for_mentor
    with pytest.raises(PermissionDenied, match="เฉพาะบันทึกการเยี่ยมของตนเอง"):
        mentor2.visits.update(mine.id, mine.version, visit(person, 3, place="แก้"))
    with pytest.raises(PermissionDenied):  # a mentor cannot record as another mentor
        mentor2.visits.record(visit(person, mentor_id=mentor.user.id))
    keyed = clerk.visits.record(
        visit(person, 10, mentor_id=mentor.user.id, notes="จากแบบฟอร์มกระดาษ")
    )
    assert keyed.mentor_name == "ผู้ใช้ mentor" and keyed.entered_by == "ผู้ใช้ clerk"
    assert keyed.keyed_for_mentor
    with pytest.raises(ValidationError) as err:  # a clerk must say whose visit it was
        clerk.visits.record(visit(person))
    assert "mentor_id" in err.value.fields
    updated = mentor.visits.update(keyed.id, keyed.version, visit(person, 10, notes="แก้ไขแล้ว"))
    with pytest.raises(StaleRecordError):
        mentor.visits.update(keyed.id, keyed.version, visit(person, 10, notes="ทับ"))
    assert updated.notes == "แก้ไขแล้ว" and updated.version == keyed.version + 1


def test_visit_topics_follow_ups_and_the_workspace(office):
    person, other = office["people"][:2]
    mentor, clerk = office["mentor"], office["clerk"]
    clerk.assignments.assign([person, other], mentor.user.id, dt.date(2026, 6, 1))
    topics = mentor.visits.topics()
    assert len(topics) >= 5
    v = mentor.visits.record(
        visit(
            person,
            5,
            topic_ids=(topics[0].id, topics[2].id),
            follow_ups=(FollowUpDraft("ส่งแบบฟอร์ม ม.40", TODAY), FollowUpDraft("โทรติดตาม", None)),
            next_visit_on=TODAY + dt.timedelta(days=30),
        )
    )
    assert v.topics == (topics[0].text, topics[2].text)
    mentor.visits.record(visit(other, 120))
    rows = {p.person_id: p for p in mentor.workspace.people(mentor.user.id, every_days=90)}
    assert not rows[person].due_for_visit and rows[person].open_follow_ups == 2
    assert rows[other].due_for_visit and rows[other].last_visit == TODAY - dt.timedelta(days=120)
    follow_ups = mentor.visits.open_follow_ups(mentor.user.id)
    assert [f.action for f in follow_ups] == ["ส่งแบบฟอร์ม ม.40", "โทรติดตาม"]
    mentor.visits.complete_follow_up(follow_ups[0].id, TODAY)
    assert [f.action for f in mentor.visits.open_follow_ups(mentor.user.id)] == ["โทรติดตาม"]
    # Retiring a topic keeps it on the visit that used it.
    office["admin"].visits.set_topic_active(topics[0].id, False)
    assert topics[0].id not in {t.id for t in mentor.visits.topics()}
    assert mentor.visits.get(v.id).topics[0] == topics[0].text
    with pytest.raises(PermissionDenied):
        mentor.visits.add_topic("หัวข้อใหม่")


def scores(n: int, value: int = 8) -> tuple[int, ...]:
    return (value,) * n


def test_editing_a_used_template_makes_a_new_version(office):
    admin, mentor, person = office["admin"], office["mentor"], office["people"][0]
    t1 = admin.evaluations.template_for(2570)
    assert t1.version == 1 and not t1.used
    # Nobody scored on it yet: changed in place.
    t1 = admin.evaluations.save_template(2570, "แบบประเมิน 2570", t1.criteria[:3], t1.bands)
    assert t1.version == 1 and len(t1.criteria) == 3
    e = mentor.evaluations.evaluate(EvaluationDraft(person, 2570, TODAY, (10, 10, 5)))
    assert e.template.id == t1.id
    t2 = admin.evaluations.save_template(
        2570,
        "แบบประเมิน 2570 ปรับปรุง",
        (*t1.criteria, Criterion("หัวข้อใหม่", 10, 5)),
        (GradeBand("ผ่าน", 50), GradeBand("ไม่ผ่าน", 0)),
    )
    assert t2.version == 2 and t2.id != t1.id
    old = mentor.evaluations.get(e.id)
    assert old.template.id == t1.id and old.template.criteria == t1.criteria
    assert old.scores == (10, 10, 5) and old.grade == e.grade
    # Re-scoring the old evaluation stays on its own template.
    rescored = mentor.evaluations.update(
        e.id, e.version, EvaluationDraft(person, 2570, TODAY, (5, 5, 5))
    )
    assert rescored.template.id == t1.id
    with pytest.raises(PermissionDenied):
        mentor.evaluations.save_template(2570, "x", t1.criteria, t1.bands)


def test_evaluation_total_grade_and_one_per_year(office):
    mentor, person = office["mentor"], office["people"][0]
    template = mentor.evaluations.template_for(2570)
    n = len(template.criteria)
    e = mentor.evaluations.evaluate(EvaluationDraft(person, 2570, TODAY, scores(n, 9), "ขยัน"))
    assert e.total == 90.0 and e.grade == "ดีเด่น" and e.evaluator == "ผู้ใช้ mentor"
    with pytest.raises(DuplicateError):
        mentor.evaluations.evaluate(EvaluationDraft(person, 2570, TODAY, scores(n)))
    with pytest.raises(ValidationError) as err:
        mentor.evaluations.evaluate(
            EvaluationDraft(office["people"][1], 2570, TODAY, (11,) + scores(n - 1))
        )
    assert err.value.fields == {"score_0": "ข้อ 1: คะแนนต้องอยู่ระหว่าง 0 ถึง 10"}
    with pytest.raises(PermissionDenied):
        office["supervisor"].evaluations.evaluate(EvaluationDraft(person, 2569, TODAY, scores(n)))


def test_fiscal_year_summary(office):
    mentor, people = office["mentor"], office["people"]
    n = len(mentor.evaluations.template_for(2570).criteria)
    mentor.evaluations.evaluate(EvaluationDraft(people[0], 2570, TODAY, scores(n, 10)))
    mentor.evaluations.evaluate(EvaluationDraft(people[1], 2570, TODAY, scores(n, 5)))
    summary = mentor.evaluations.summary(2570)
    assert summary.evaluated == 2 and summary.not_evaluated == 1
    assert summary.grades == ("ดีเด่น", "ดี", "พอใช้", "ควรปรับปรุง")
    (district,) = summary.districts
    assert district.district == "เมืองเชียงใหม่" and district.counts == {"ดีเด่น": 1, "ควรปรับปรุง": 1}
    assert [a[1] for a in summary.criteria_averages] == [7.5] * n


def test_awards_and_one_timeline_newest_first(office):
    clerk, mentor, person = office["clerk"], office["mentor"], office["people"][0]
    clerk.assignments.assign([person], mentor.user.id, dt.date(2026, 10, 1))
    mentor.visits.record(visit(person, 20))
    n = len(mentor.evaluations.template_for(2570).criteria)
    mentor.evaluations.evaluate(
        EvaluationDraft(person, 2570, TODAY - dt.timedelta(days=2), scores(n))
    )
    clerk.awards.record(person, "อาสาสมัครแรงงานดีเด่น", TODAY, "ระดับจังหวัด")
    with pytest.raises(ValidationError):
        clerk.awards.record(person, "", TODAY + dt.timedelta(days=1))
    with pytest.raises(PermissionDenied):
        mentor.awards.record(person, "รางวัล", TODAY)
    kinds = [t.kind for t in clerk.timeline(person)]
    assert kinds == ["award", "evaluation", "visit", "mentor", "status"]
    assert clerk.awards.for_person(person)[0].fiscal_year == 2570


def test_registry_filters_people_with_awards(office):
    from db.queries.people import PersonFilter

    clerk, people = office["clerk"], office["people"]
    clerk.awards.record(people[1], "อาสาสมัครแรงงานดีเด่น", dt.date(2026, 9, 1))  # FY 2569
    clerk.awards.record(people[2], "ผู้ชี้เป้าความต้องการดีเด่น", TODAY)  # FY 2570
    awarded = clerk.people.rows(PersonFilter(awarded=True))
    assert {p.id for p in awarded} == set(people[1:])
    this_year = clerk.people.rows(PersonFilter(award_year=2570))
    assert [p.id for p in this_year] == [people[2]]
    assert clerk.people.count(PersonFilter()) == 3
