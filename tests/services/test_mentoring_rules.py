"""Mentoring rules beyond the happy path, on SQLite and PostgreSQL: whom a clerk may key in
for, assignment dates and corrections, the workspace across the 30 Sep / 1 Oct boundary,
evaluations keyed in for a mentor and who may change them, dates that belong to the year
evaluated, the year's figures and summary, the timeline's order, and audit without personal
data."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from case_builders import bring_to, case_draft
from mentoring_builders import mentoring_office
from sqlalchemy import select

from db.models import AuditEvent
from desktop.domain.cases.categories import Channel
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.mentoring.visits import FollowUpDraft, VisitDraft, VisitMode
from desktop.domain.people import PersonStatus
from desktop.services.accounts import AccountService
from desktop.services.desk import Desk

TODAY = dt.date(2026, 11, 22)  # the fixtures' clock: FY 2570


def at(ctx, day: dt.date):
    """The same user on another day (the clock at 10:00 Bangkok time)."""
    moment = dt.datetime(day.year, day.month, day.day, 3, 0, tzinfo=dt.UTC)
    return Desk(type(ctx)(ctx.db, ctx.user, lambda: moment))


@pytest.fixture
def office(admin, clerk, mentor, supervisor):
    return mentoring_office(admin, clerk, mentor, supervisor)


def scores_for(desk: Desk, fiscal_year: int, value: int = 8) -> tuple[int, ...]:
    return (value,) * len(desk.evaluations.template_for(fiscal_year).criteria)


# -- assignments ---------------------------------------------------------------------------
def test_a_second_choice_on_the_same_start_day_corrects_the_first(office):
    clerk, person = office["clerk"], office["people"][0]
    m1, m2 = office["mentor"].user.id, office["mentor2"].user.id
    clerk.assignments.assign([person], m1, dt.date(2026, 11, 1))
    assert clerk.assignments.assign([person], m2, dt.date(2026, 11, 1)) == 1
    history = clerk.assignments.history(person)
    assert [(h.mentor_id, h.from_date, h.to_date) for h in history] == [
        (m2, dt.date(2026, 11, 1), None)
    ]


def test_assignment_dates_cannot_go_before_the_current_one_or_into_the_future(office):
    clerk, people = office["clerk"], office["people"]
    m1, m2 = office["mentor"].user.id, office["mentor2"].user.id
    clerk.assignments.assign(people[:1], m1, dt.date(2026, 11, 1))
    with pytest.raises(ValidationError) as err:
        clerk.assignments.assign(people, m2, dt.date(2026, 10, 15))
    assert "1 พ.ย. 2569" in err.value.fields["from_date"]
    with pytest.raises(ValidationError) as err:
        clerk.assignments.assign(people, m2, TODAY + dt.timedelta(days=1))
    assert "อนาคต" in err.value.fields["from_date"]
    # Nothing was written by the refused calls: the whole bulk assignment is one transaction.
    assert clerk.workspace.people(m2) == []
    assert [h.mentor_id for h in clerk.assignments.history(people[0])] == [m1]


def test_bulk_assignment_refuses_unknown_people_and_inactive_mentors(office):
    clerk, admin, people = office["clerk"], office["admin"], office["people"]
    with pytest.raises(NotFound):
        clerk.assignments.assign([*people, 999_999], office["mentor"].user.id)
    AccountService(admin.ctx).set_active("mentor2", False)
    with pytest.raises(ValidationError):
        clerk.assignments.assign(people, office["mentor2"].user.id)
    assert all(p.mentor_id is None for p in clerk.workspace.people())


def test_unassign_ends_the_current_mentoring_today(office):
    clerk, people = office["clerk"], office["people"]
    clerk.assignments.assign(people, office["mentor"].user.id, dt.date(2026, 10, 1))
    assert clerk.assignments.unassign(people[:2]) == 2
    assert clerk.assignments.mentor_of(people[0]) is None
    assert clerk.assignments.history(people[0])[-1].to_date == TODAY
    assert [p.person_id for p in clerk.workspace.people(office["mentor"].user.id)] == people[2:]


# -- visits --------------------------------------------------------------------------------
def test_a_clerk_keys_in_only_for_active_mentors(office):
    clerk, person = office["clerk"], office["people"][0]
    for not_a_mentor in (office["supervisor"].user.id, office["clerk"].user.id):
        with pytest.raises(ValidationError) as err:
            clerk.visits.record(VisitDraft(person, TODAY, VisitMode.PHONE, mentor_id=not_a_mentor))
        assert "พี่เลี้ยง" in err.value.fields["mentor_id"]
    AccountService(office["admin"].ctx).set_active("mentor2", False)
    with pytest.raises(ValidationError):
        clerk.visits.record(
            VisitDraft(person, TODAY, VisitMode.PHONE, mentor_id=office["mentor2"].user.id)
        )
    keyed = clerk.visits.record(
        VisitDraft(person, TODAY, VisitMode.PHONE, mentor_id=office["mentor"].user.id)
    )
    assert keyed.keyed_for_mentor and keyed.entered_by_id == office["clerk"].user.id


def test_a_visit_stays_with_its_person_and_keeps_who_keyed_it_in(office):
    clerk, mentor, (person, other, _) = office["clerk"], office["mentor"], office["people"]
    keyed = clerk.visits.record(
        VisitDraft(person, TODAY, VisitMode.FIELD, mentor_id=mentor.user.id)
    )
    with pytest.raises(ValidationError):
        mentor.visits.update(keyed.id, keyed.version, VisitDraft(other, TODAY, VisitMode.FIELD))
    edited = mentor.visits.update(
        keyed.id, keyed.version, VisitDraft(person, TODAY, VisitMode.FIELD, notes="ok")
    )
    assert edited.entered_by == "ผู้ใช้ clerk" and edited.keyed_for_mentor


def test_follow_ups_are_completed_by_their_mentor_on_or_after_the_visit(office):
    mentor, mentor2, person = office["mentor"], office["mentor2"], office["people"][0]
    v = mentor.visits.record(
        VisitDraft(
            person,
            TODAY - dt.timedelta(days=10),
            VisitMode.FIELD,
            follow_ups=(FollowUpDraft("ส่งใบสมัคร", TODAY),),
        )
    )
    follow_up = v.follow_ups[0]
    with pytest.raises(PermissionDenied):
        mentor2.visits.complete_follow_up(follow_up.id, TODAY)
    with pytest.raises(ValidationError):
        mentor.visits.complete_follow_up(follow_up.id, TODAY - dt.timedelta(days=11))
    with pytest.raises(ValidationError):
        mentor.visits.complete_follow_up(follow_up.id, TODAY + dt.timedelta(days=1))
    done = office["clerk"].visits.complete_follow_up(follow_up.id, TODAY)
    assert done.done_on == TODAY and mentor.visits.open_follow_ups() == []


# -- the workspace -------------------------------------------------------------------------
def test_workspace_lists_due_visits_follow_ups_and_missing_evaluations(office):
    clerk, mentor, (a, b, c) = office["clerk"], office["mentor"], office["people"]
    clerk.assignments.assign([a, b, c], mentor.user.id, dt.date(2026, 6, 1))
    mentor.visits.record(
        VisitDraft(
            a,
            TODAY - dt.timedelta(days=5),
            VisitMode.FIELD,
            follow_ups=(
                FollowUpDraft("ตามผลสมัครงาน", TODAY - dt.timedelta(days=1)),
                FollowUpDraft("ส่งเอกสาร", TODAY + dt.timedelta(days=7)),
                FollowUpDraft("ไม่มีกำหนด"),
            ),
        )
    )
    mentor.visits.record(VisitDraft(b, TODAY - dt.timedelta(days=200), VisitMode.PHONE))
    mentor.evaluations.evaluate(EvaluationDraft(b, 2570, TODAY, scores_for(mentor, 2570)))
    ws = mentor.workspace.overview(mentor.user.id, every_days=60)
    assert ws.fiscal_year == 2570 and [p.person_id for p in ws.people] == [a, b, c]
    assert [p.person_id for p in ws.due_for_visit] == [c, b]  # never visited first
    assert [p.person_id for p in ws.not_evaluated] == [a, c]
    assert [f.action for f in ws.follow_ups] == ["ตามผลสมัครงาน", "ส่งเอกสาร", "ไม่มีกำหนด"]
    assert [f.action for f in ws.follow_ups_due] == ["ตามผลสมัครงาน"]
    assert [f.action for f in mentor.visits.open_follow_ups(due_by=TODAY)] == ["ตามผลสมัครงาน"]
    with pytest.raises(ValidationError):
        mentor.workspace.overview(mentor.user.id, every_days=0)


def test_the_office_visit_rule_decides_who_is_due(office):
    clerk, mentor, admin, (a, b, _c) = (
        office["clerk"],
        office["mentor"],
        office["admin"],
        office["people"],
    )
    clerk.assignments.assign([a, b], mentor.user.id, dt.date(2026, 6, 1))
    mentor.visits.record(VisitDraft(a, TODAY - dt.timedelta(days=45), VisitMode.FIELD))
    mentor.visits.record(VisitDraft(b, TODAY - dt.timedelta(days=10), VisitMode.PHONE))
    assert mentor.workspace.visit_every_days() == 90  # the default
    assert mentor.workspace.overview(mentor.user.id).due_for_visit == ()
    assert admin.workspace.set_visit_every_days(30) == 30
    assert clerk.accounts.office().visit_every_days == 30
    ws = mentor.workspace.overview(mentor.user.id)
    assert ws.every_days == 30 and [p.person_id for p in ws.due_for_visit] == [a]
    (row,) = [p for p in mentor.workspace.people(mentor.user.id) if p.person_id == b]
    assert row.visit_due_on == TODAY + dt.timedelta(days=20)
    with admin.ctx.unit_of_work() as s:
        (event,) = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "office", AuditEvent.action == "update")
        ).all()
        assert json.loads(event.details) == {"visit_every_days": [90, 30]}


def test_only_the_admin_sets_the_visit_rule_and_only_to_a_sensible_interval(office):
    with pytest.raises(PermissionDenied):
        office["mentor"].workspace.set_visit_every_days(10)
    with pytest.raises(PermissionDenied):
        office["clerk"].workspace.set_visit_every_days(10)
    for days in (0, 6, 366):
        with pytest.raises(ValidationError) as caught:
            office["admin"].workspace.set_visit_every_days(days)
        assert caught.value.fields["visit_every_days"] == "รอบการเยี่ยมต้องอยู่ระหว่าง 7 ถึง 365 วัน"
    assert office["mentor"].workspace.visit_every_days() == 90


def test_evaluated_this_year_turns_over_on_1_october(office):
    clerk, person = office["clerk"], office["people"][0]
    mentor_id = office["mentor"].user.id
    clerk.assignments.assign([person], mentor_id, dt.date(2026, 6, 1))
    on_30_sep = at(office["mentor"].ctx, dt.date(2026, 9, 30))
    on_30_sep.evaluations.evaluate(
        EvaluationDraft(person, 2569, dt.date(2026, 9, 30), scores_for(on_30_sep, 2569))
    )
    (row,) = on_30_sep.workspace.people(mentor_id)
    assert row.evaluated and row.grade == "ดี"
    (row,) = at(office["mentor"].ctx, dt.date(2026, 10, 1)).workspace.people(mentor_id)
    assert not row.evaluated and row.grade == ""


def test_due_for_visit_counts_days_across_the_fiscal_year_boundary(office):
    clerk, person = office["clerk"], office["people"][0]
    mentor = office["mentor"]
    clerk.assignments.assign([person], mentor.user.id, dt.date(2026, 6, 1))
    at(mentor.ctx, dt.date(2026, 7, 2)).visits.record(
        VisitDraft(person, dt.date(2026, 7, 2), VisitMode.FIELD)
    )
    for day, due in (
        (dt.date(2026, 9, 29), False),
        (dt.date(2026, 9, 30), True),
        (dt.date(2026, 10, 1), True),
    ):
        (row,) = at(mentor.ctx, day).workspace.people(mentor.user.id, every_days=90)
        assert row.due_for_visit is due, day
        assert row.visit_due_on == dt.date(2026, 9, 30)
    # A visit on the last day of FY 2569 is not forgotten on the first day of FY 2570.
    at(mentor.ctx, dt.date(2026, 9, 30)).visits.record(
        VisitDraft(person, dt.date(2026, 9, 30), VisitMode.PHONE)
    )
    (row,) = at(mentor.ctx, dt.date(2026, 10, 1)).workspace.people(mentor.user.id, every_days=90)
    assert not row.due_for_visit and row.visit_due_on == dt.date(2026, 12, 29)


# -- evaluations ---------------------------------------------------------------------------
def test_a_clerk_keys_in_a_mentors_paper_sheet(office):
    clerk, mentor, mentor2, person = (
        office["clerk"],
        office["mentor"],
        office["mentor2"],
        office["people"][0],
    )
    sheet = EvaluationDraft(
        person, 2570, TODAY, scores_for(clerk, 2570), evaluator_id=mentor.user.id
    )
    with pytest.raises(PermissionDenied):  # a mentor cannot sign as another mentor
        mentor2.evaluations.evaluate(sheet)
    with pytest.raises(ValidationError):  # the one named must be a mentor
        clerk.evaluations.evaluate(
            EvaluationDraft(
                person,
                2570,
                TODAY,
                scores_for(clerk, 2570),
                evaluator_id=office["supervisor"].user.id,
            )
        )
    e = clerk.evaluations.evaluate(sheet)
    assert e.evaluator == "ผู้ใช้ mentor" and e.entered_by == "ผู้ใช้ clerk" and e.keyed_for_evaluator
    # The clerk corrects a typo: the evaluation stays the mentor's.
    fixed = clerk.evaluations.update(
        e.id, e.version, EvaluationDraft(person, 2570, TODAY, scores_for(clerk, 2570, 9))
    )
    assert fixed.evaluator_id == mentor.user.id and fixed.grade == "ดีเด่น"
    # Mentors change only their own evaluations.
    with pytest.raises(PermissionDenied, match="ผลการประเมินที่ตนเองประเมิน"):
        mentor2.evaluations.update(
            e.id, fixed.version, EvaluationDraft(person, 2570, TODAY, scores_for(clerk, 2570, 1))
        )
    again = mentor.evaluations.update(
        e.id, fixed.version, EvaluationDraft(person, 2570, TODAY, scores_for(clerk, 2570, 7))
    )
    assert again.evaluator_id == mentor.user.id and again.grade == "พอใช้"
    with pytest.raises(ValidationError):  # an evaluation stays with its person and year
        mentor.evaluations.update(
            e.id, again.version, EvaluationDraft(person, 2569, TODAY, scores_for(clerk, 2570))
        )


def test_evaluation_dates_belong_to_the_year_evaluated(office):
    mentor, person = office["mentor"], office["people"][0]
    scores = scores_for(mentor, 2570)
    with pytest.raises(ValidationError) as err:
        mentor.evaluations.evaluate(EvaluationDraft(person, 2571, TODAY, scores))
    assert "2571" in err.value.fields["fiscal_year"]
    assert mentor.evaluations.templates(2570)[-1].fiscal_year == 2570  # no template made for 2571
    with pytest.raises(ValidationError) as err:
        mentor.evaluations.evaluate(EvaluationDraft(person, 2570, dt.date(2026, 9, 30), scores))
    assert "1 ต.ค. 2569" in err.value.fields["evaluated_on"]
    with pytest.raises(ValidationError) as err:
        mentor.evaluations.evaluate(
            EvaluationDraft(person, 2570, TODAY + dt.timedelta(days=1), scores)
        )
    assert "อนาคต" in err.value.fields["evaluated_on"]
    with pytest.raises(ValidationError) as err:
        mentor.evaluations.evaluate(EvaluationDraft(person, 2570, TODAY, scores[:-1]))
    assert "scores" in err.value.fields
    # Last year's evaluation, done late in the new year, is fine.
    late = mentor.evaluations.evaluate(
        EvaluationDraft(person, 2569, dt.date(2026, 10, 5), scores_for(mentor, 2569))
    )
    assert late.fiscal_year == 2569


def test_template_versions_keep_every_evaluation_as_it_was_scored(office):
    admin, mentor, (a, b, _) = office["admin"], office["mentor"], office["people"]
    v1 = admin.templates.template_for(2570)
    assert v1.created_at is not None
    first = mentor.evaluations.evaluate(
        EvaluationDraft(a, 2570, TODAY, scores_for(mentor, 2570, 6))
    )
    v2 = admin.templates.save(2570, v1.name, v1.criteria[:2], v1.bands)
    second = mentor.evaluations.evaluate(EvaluationDraft(b, 2570, TODAY, (10, 10)))
    v3 = admin.templates.save(2570, "ฉบับที่สาม", v1.criteria[:1], v1.bands)
    assert [t.version for t in admin.templates.templates(2570)] == [1, 2, 3]
    assert (v2.version, v3.version) == (2, 3) and not v3.used
    assert [t.used for t in admin.templates.templates(2570)] == [True, True, False]
    for before in (first, second):
        now = mentor.evaluations.get(before.id)
        assert now.template == before.template and now.scores == before.scores
        assert (now.total, now.grade) == (before.total, before.grade)
    assert len(mentor.evaluations.get(first.id).template.criteria) == len(v1.criteria)
    # An unused newest version is edited in place: no version 4.
    assert admin.templates.save(2570, "ฉบับที่สาม แก้", v1.criteria[:1], v1.bands).version == 3
    with pytest.raises(PermissionDenied):
        mentor.templates.save(2570, "x", v1.criteria, v1.bands)


def test_figures_count_the_years_visits_and_needs_without_duplicates(office, supervisor):
    from desktop.services.cases.service import CaseService

    mentor, person = office["mentor"], office["people"][0]
    mentor.visits.record(VisitDraft(person, dt.date(2026, 10, 1), VisitMode.FIELD))
    mentor.visits.record(VisitDraft(person, dt.date(2026, 9, 30), VisitMode.FIELD))  # FY 2569
    cases = CaseService(supervisor)
    reported = [
        cases.intake(
            case_draft(channel=Channel.VOLUNTEER, reporter_id=person, person_name=f"ผู้ร้อง {i}")
        )
        for i in range(3)
    ]
    bring_to(cases, reported[0], CaseStatus.RESOLVED)
    bring_to(cases, cases.get(reported[1].id), CaseStatus.DUPLICATE, original_id=reported[2].id)
    assert dict(mentor.evaluations.figures(person, 2570)) == {
        "การเยี่ยมที่ได้รับ": "1 ครั้ง",
        "ความต้องการที่ชี้เป้า": "2 เรื่อง",
        "ได้รับการแก้ไขแล้ว": "1 เรื่อง (ได้งานทำ 1)",
    }
    assert dict(mentor.evaluations.figures(person, 2569))["การเยี่ยมที่ได้รับ"] == "1 ครั้ง"


def test_summary_counts_only_active_people_as_not_evaluated(office):
    clerk, mentor, (a, _, c) = office["clerk"], office["mentor"], office["people"]
    mentor.evaluations.evaluate(EvaluationDraft(a, 2570, TODAY, scores_for(mentor, 2570, 10)))
    detail = clerk.people.get(c)
    clerk.people.change_status(c, detail.version, PersonStatus.RESIGNED, TODAY, "ลาออก")
    summary = mentor.evaluations.summary(2570)
    assert (summary.evaluated, summary.not_evaluated) == (1, 1)  # b only; c has left


# -- the timeline and the audit trail ------------------------------------------------------
def test_timeline_merges_every_kind_by_date_newest_first(office):
    clerk, mentor, mentor2, person = (
        office["clerk"],
        office["mentor"],
        office["mentor2"],
        office["people"][0],
    )
    day = lambda n: TODAY - dt.timedelta(days=n)  # noqa: E731
    clerk.assignments.assign([person], mentor.user.id, day(60))
    mentor.visits.record(VisitDraft(person, day(50), VisitMode.FIELD))
    clerk.assignments.assign([person], mentor2.user.id, day(40))
    mentor2.visits.record(VisitDraft(person, day(30), VisitMode.PHONE))
    clerk.awards.record(person, "อาสาสมัครแรงงานดีเด่น", day(30))
    mentor2.evaluations.evaluate(EvaluationDraft(person, 2570, day(10), scores_for(mentor2, 2570)))
    timeline = clerk.timeline(person)
    assert [(t.on, t.kind) for t in timeline] == [
        (day(10), "evaluation"),
        (day(30), "award"),
        (day(30), "visit"),
        (day(40), "mentor"),
        (day(50), "visit"),
        (day(60), "mentor"),
        (dt.date(2025, 1, 15), "status"),
    ]
    assert [t.by for t in timeline if t.kind == "visit"] == ["ผู้ใช้ mentor2", "ผู้ใช้ mentor"]
    assert not any("บันทึกโดย" in t.detail for t in timeline)  # each mentor keyed in their own


def test_timeline_says_who_keyed_in_a_mentors_paper_forms(office):
    clerk, mentor, person = office["clerk"], office["mentor"], office["people"][0]
    clerk.assignments.assign([person], mentor.user.id, TODAY - dt.timedelta(days=30))
    mentor_id = mentor.user.id
    clerk.visits.record(
        VisitDraft(
            person, TODAY - dt.timedelta(days=5), VisitMode.FIELD, place="วัด", mentor_id=mentor_id
        )
    )
    clerk.evaluations.evaluate(
        EvaluationDraft(person, 2570, TODAY, scores_for(clerk, 2570), evaluator_id=mentor_id)
    )
    by_kind = {t.kind: t for t in clerk.timeline(person)}
    assert (
        by_kind["visit"].by == "ผู้ใช้ mentor" and by_kind["visit"].detail == "วัด · บันทึกโดย ผู้ใช้ clerk"
    )
    assert by_kind["evaluation"].by == "ผู้ใช้ mentor" and by_kind["evaluation"].detail.endswith(
        "คะแนน · บันทึกโดย ผู้ใช้ clerk"
    )


def test_audit_records_every_write_without_personal_data(office):
    clerk, mentor, admin, person = (
        office["clerk"],
        office["mentor"],
        office["admin"],
        office["people"][0],
    )
    clerk.assignments.assign([person], mentor.user.id)
    v = mentor.visits.record(
        VisitDraft(
            person,
            TODAY,
            VisitMode.FIELD,
            notes="ลูกสาวป่วย",
            problems="หนี้นอกระบบ",
            follow_ups=(FollowUpDraft("โทรหา"),),
        )
    )
    mentor.visits.complete_follow_up(v.follow_ups[0].id, TODAY)
    mentor.evaluations.evaluate(
        EvaluationDraft(
            person, 2570, TODAY, scores_for(mentor, 2570), strengths="ขยัน", comments="ติดสุรา"
        )
    )
    clerk.awards.record(person, "อาสาสมัครแรงงานดีเด่น", TODAY, "ชนะเลิศระดับจังหวัด")
    admin.templates.save(
        2570,
        "แบบใหม่",
        admin.templates.template_for(2570).criteria,
        admin.templates.template_for(2570).bands,
    )
    with clerk.ctx.unit_of_work() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        trail = [(e.action, e.entity) for e in events]
        text = " ".join(e.details for e in events)
    for entry in [
        ("assign_mentor", "person"),
        ("create", "visit"),
        ("update", "follow_up"),
        ("create", "evaluation"),
        ("create", "award"),
        ("update", "evaluation_template"),
    ]:
        assert entry in trail
    for private in ("คนที่1", "ใจดี", "ลูกสาวป่วย", "หนี้นอกระบบ", "ติดสุรา", "ชนะเลิศ", "1000000000"):
        assert private not in text
