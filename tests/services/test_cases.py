"""The case service as clerks and supervisors use it: intake and numbering, duplicates, the
workflow's conditions, approvals, assignment, consent, notes, audit and permissions."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from case_builders import TODAY, audit_rows, bring_to, case_draft
from factories import draft as person_draft
from factories import make_user, valid_id
from sqlalchemy import select

from db.models import CaseCounter
from desktop.domain.cases.categories import Agency, Channel, Need, Outcome
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.rules import TransitionNotAllowed
from desktop.domain.cases.service_levels import Health, Step
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.errors import (
    NotFound,
    PermissionDenied,
    StaleRecordError,
    ValidationError,
)
from desktop.domain.people import Role
from desktop.services.cases.service import CaseService
from desktop.services.cases.service_levels import ServiceLevelService
from desktop.services.people.service import PeopleService

S = CaseStatus


# -- intake ----------------------------------------------------------------------------------
def test_intake_records_the_case_numbered_with_a_due_date(cases, volunteer, database):
    case = cases.intake(
        case_draft(
            channel=Channel.VOLUNTEER,
            reporter_id=volunteer.id,
            person_national_id=valid_id(901),
            needs=(Need.TRAINING, Need.JOB),
            person_phone="081-222-3333",
            consent=True,
            consent_on=TODAY,
        )
    )
    assert case.case_no == "ลป 2570/00001" and case.fiscal_year == 2570
    assert case.status == S.RECEIVED and case.status_since == TODAY
    assert case.needs == (Need.JOB, Need.TRAINING)  # the categories' order, not the ticking
    assert case.person_phone == "0812223333" and case.person_national_id == valid_id(901)
    assert case.reporter_id == volunteer.id and case.reporter_name == "นายสมชาย ใจดี"
    assert case.area.subdistrict == "ศรีภูมิ" and case.area_line.startswith("หมู่ที่ 5 ต.ศรีภูมิ")
    assert (case.due_on, case.sla_days, case.health) == (
        TODAY + dt.timedelta(7),
        7,
        Health.ON_TRACK,
    )
    assert case.created_by == "ผู้ใช้ clerk"
    assert [(e.kind, e.to_status, e.user) for e in case.events] == [
        ("intake", S.RECEIVED, "ผู้ใช้ clerk")
    ]
    assert case.version == 1
    ((who, action, details),) = audit_rows(database, case.id)
    assert (who, action, details["case_no"]) == ("clerk", "create", "ลป 2570/00001")
    assert valid_id(901) not in json.dumps(details)  # no personal data in the audit trail


def test_numbers_run_per_fiscal_year(cases):
    numbers = [
        cases.intake(case_draft(received_on=day)).case_no
        for day in (
            dt.date(2026, 9, 29),
            dt.date(2026, 9, 30),  # still FY 2569
            dt.date(2026, 10, 1),  # FY 2570 starts again at 1
            dt.date(2026, 11, 2),
            dt.date(2026, 9, 1),  # keyed in late: back in FY 2569
        )
    ]
    assert numbers == [
        "ลป 2569/00001",
        "ลป 2569/00002",
        "ลป 2570/00001",
        "ลป 2570/00002",
        "ลป 2569/00003",
    ]


def test_a_refused_intake_gives_its_number_back(cases, database):
    cases.intake(case_draft())
    with pytest.raises(ValidationError):
        cases.intake(case_draft(duplicate_of_id=999_999))  # fails after the number was taken
    assert cases.intake(case_draft()).case_no == "ลป 2570/00002"
    with database.sessions() as s:
        assert s.get(CaseCounter, ("ลป", 2570)).last_number == 2


def test_the_office_prefix_names_the_cases(admin, cases, database):
    from db.models import Office

    with database.sessions.begin() as s:
        s.scalars(select(Office)).one().case_prefix = "รง"
    assert cases.intake(case_draft()).case_no == "รง 2570/00001"


def test_intake_validation_names_the_fields(cases):
    with pytest.raises(ValidationError) as raised:
        cases.intake(
            case_draft(
                person_name="",
                needs=(),
                person_national_id="1234567890123",
                channel=Channel.VOLUNTEER,
                reporter_id=None,
            )
        )
    assert set(raised.value.fields) == {"person_name", "needs", "person_national_id", "reporter_id"}
    with pytest.raises(ValidationError) as raised:
        cases.intake(case_draft(channel=Channel.VOLUNTEER, reporter_id=123456))
    assert set(raised.value.fields) == {"reporter_id"}
    with pytest.raises(ValidationError) as raised:
        cases.intake(case_draft(subdistrict_code="999999"))
    assert set(raised.value.fields) == {"subdistrict_code"}


# -- duplicates ------------------------------------------------------------------------------
def test_duplicate_warning_by_id_and_by_name_and_phone(cases, boss):
    by_id = cases.intake(case_draft(person_national_id=valid_id(777), person_phone=""))
    by_phone = cases.intake(case_draft(person_name="นางมานี มีงานทำ", person_phone="0891234567"))
    other = cases.intake(case_draft(person_name="สมศรี ดีใจ", person_phone="0891234567"))
    closed = bring_to(boss, cases.intake(case_draft(person_national_id=valid_id(778))), S.CLOSED)

    found = cases.possible_duplicates(valid_id(777), "ใครก็ได้", "")
    assert [r.id for r in found] == [by_id.id]
    found = cases.possible_duplicates("", "มานี  มีงานทำ", "089-123-4567")
    assert [r.id for r in found] == [by_phone.id]  # same phone, other name: not the same person
    assert other.id not in [r.id for r in found]
    assert cases.possible_duplicates(valid_id(778), "x", "") == []  # closed cases do not count
    assert cases.possible_duplicates("", "มานี มีงานทำ", "") == []
    assert closed.status == S.CLOSED


def test_intake_marked_as_duplicate_is_linked_and_closed(cases, database):
    original = cases.intake(case_draft(person_national_id=valid_id(779)))
    dup = cases.intake(case_draft(person_national_id=valid_id(779), duplicate_of_id=original.id))
    assert dup.case_no == "ลป 2570/00002"
    assert dup.status == S.DUPLICATE and not dup.status.is_open
    assert (dup.duplicate_of_id, dup.duplicate_of_no) == (original.id, original.case_no)
    assert [(e.kind, e.from_status, e.to_status) for e in dup.events] == [
        ("intake", None, S.RECEIVED),
        ("transition", S.RECEIVED, S.SCREENING),
        ("transition", S.SCREENING, S.DUPLICATE),
    ]
    assert original.case_no in dup.events[-1].note
    assert dup.due_on is None and dup.health is None and dup.closed_on == TODAY
    assert [a for _, a, _ in audit_rows(database, dup.id)] == ["create", "transition", "transition"]


def test_a_duplicate_cannot_point_at_another_duplicate(cases):
    original = cases.intake(case_draft())
    dup = cases.intake(case_draft(duplicate_of_id=original.id))
    with pytest.raises(ValidationError) as raised:
        cases.intake(case_draft(duplicate_of_id=dup.id))
    assert original.case_no in raised.value.fields["duplicate_of_id"]


# -- the workflow ----------------------------------------------------------------------------
def test_referring_needs_consent_then_an_agency(cases):
    case = cases.intake(case_draft())
    case = cases.move(case.id, case.version, S.SCREENING, "")
    with pytest.raises(ValidationError) as raised:
        cases.move(case.id, case.version, S.REFERRED, agency=Agency.EMPLOYMENT)
    assert set(raised.value.fields) == {"consent"}
    case = cases.set_consent(case.id, case.version, True, TODAY - dt.timedelta(days=1))
    with pytest.raises(ValidationError) as raised:
        cases.move(case.id, case.version, S.REFERRED)
    assert set(raised.value.fields) == {"agency"}
    case = cases.move(
        case.id, case.version, S.REFERRED, "ส่งต่อ", agency="doe", agency_contact="คุณวิภา"
    )
    assert (case.status, case.agency, case.agency_contact, case.referred_on) == (
        S.REFERRED,
        Agency.EMPLOYMENT,
        "คุณวิภา",
        TODAY,
    )
    assert (case.due_on, case.sla_days) == (TODAY + dt.timedelta(days=30), 30)
    assert "กรมการจัดหางาน" in case.events[-1].note and "คุณวิภา" in case.events[-1].note


def test_resolving_needs_an_outcome_and_closing_follows(cases):
    case = bring_to(cases, cases.intake(case_draft()), S.HANDLED_BY_OFFICE)
    with pytest.raises(ValidationError) as raised:
        cases.move(case.id, case.version, S.RESOLVED)
    assert set(raised.value.fields) == {"outcome", "outcome_on"}
    case = cases.move(
        case.id,
        case.version,
        S.RESOLVED,
        outcome=Outcome.ADVISED,
        outcome_on=TODAY,
        outcome_note="แนะนำสิทธิแล้ว",
    )
    assert (case.outcome, case.outcome_on, case.outcome_note) == (
        Outcome.ADVISED,
        TODAY,
        "แนะนำสิทธิแล้ว",
    )
    assert case.due_on == TODAY + dt.timedelta(days=7)  # the closing step's own clock
    case = cases.move(case.id, case.version, S.CLOSED)
    assert case.status == S.CLOSED and case.closed_on == TODAY and case.due_on is None
    assert cases.actions(case) == []
    with pytest.raises(TransitionNotAllowed):
        cases.move(case.id, case.version, S.SCREENING)


def test_same_step_keeps_the_due_date_set_at_receipt(cases):
    case = cases.intake(case_draft(received_on=TODAY - dt.timedelta(days=5)))
    assert case.due_on == TODAY + dt.timedelta(days=2) and case.health == Health.AT_RISK
    case = cases.move(case.id, case.version, S.SCREENING)
    assert case.due_on == TODAY + dt.timedelta(days=2) and case.status_since == TODAY


def test_due_date_comes_from_the_service_level_table_when_a_step_starts(admin, cases):
    ServiceLevelService(admin).set_days(Step.AGENCY, Need.JOB, 10)
    case = bring_to(cases, cases.intake(case_draft()), S.REFERRED)
    assert (case.due_on, case.sla_days) == (TODAY + dt.timedelta(days=10), 10)
    ServiceLevelService(admin).set_days(Step.AGENCY, Need.JOB, 60)
    case = cases.move(case.id, case.version, S.IN_PROGRESS)
    assert case.due_on == TODAY + dt.timedelta(days=10)  # already in the step: keeps its date


def test_stale_version_is_refused(cases):
    case = cases.intake(case_draft())
    cases.move(case.id, case.version, S.SCREENING)
    with pytest.raises(StaleRecordError):
        cases.move(case.id, case.version, S.CLOSED, "ซ้ำ")
    with pytest.raises(StaleRecordError):
        cases.set_consent(case.id, case.version, True, TODAY)


def test_duplicate_step_needs_another_existing_case(cases):
    original = cases.intake(case_draft())
    case = bring_to(cases, cases.intake(case_draft()), S.SCREENING)
    with pytest.raises(ValidationError) as raised:
        cases.move(case.id, case.version, S.DUPLICATE)
    assert set(raised.value.fields) == {"duplicate_of_id"}
    with pytest.raises(ValidationError):
        cases.move(case.id, case.version, S.DUPLICATE, duplicate_of_id=case.id)
    with pytest.raises(ValidationError):
        cases.move(case.id, case.version, S.DUPLICATE, duplicate_of_id=987_654)
    case = cases.move(case.id, case.version, S.DUPLICATE, duplicate_of_id=original.id)
    assert case.duplicate_of_no == original.case_no and case.status == S.DUPLICATE


def test_returned_case_is_screened_again_with_a_new_clock(cases):
    case = bring_to(cases, cases.intake(case_draft()), S.REFERRED)
    case = cases.move(case.id, case.version, S.RETURNED, "หน่วยงานแจ้งว่าไม่อยู่ในอำนาจ")
    assert case.due_on == TODAY + dt.timedelta(days=7)
    case = cases.move(case.id, case.version, S.SCREENING)
    case = cases.move(case.id, case.version, S.REFERRED, agency=Agency.PROTECTION)
    assert case.agency == Agency.PROTECTION


# -- assignment, consent, notes, printing ----------------------------------------------------
def test_assign_to_office_staff_only(admin, cases, boss, clerk, mentor):
    a, b = cases.intake(case_draft()), cases.intake(case_draft())
    closed = bring_to(boss, cases.intake(case_draft()), S.CLOSED)
    assert (
        cases.assign([a.id, b.id, closed.id], clerk.user.id) == 2
    )  # closed cases stay as they are
    assert cases.get(a.id).assigned_to == "ผู้ใช้ clerk" and cases.get(closed.id).assigned_to == ""
    assert cases.get(a.id).events[-1].kind == "assign"
    assert cases.assign([a.id], clerk.user.id) == 0
    with pytest.raises(ValidationError):
        cases.assign([a.id], mentor.user.id)
    with pytest.raises(NotFound):
        cases.assign([a.id, 999_999], clerk.user.id)
    assert cases.assign([a.id], None) == 1 and cases.get(a.id).assigned_to_id is None
    with pytest.raises(PermissionDenied):
        CaseService(mentor).assign([b.id], clerk.user.id)


def test_consent_recorded_and_withdrawn(cases):
    case = cases.intake(case_draft())
    with pytest.raises(ValidationError):
        cases.set_consent(case.id, case.version, True, None)
    with pytest.raises(ValidationError):
        cases.set_consent(case.id, case.version, True, TODAY + dt.timedelta(days=1))
    case = cases.set_consent(case.id, case.version, True, TODAY)
    assert case.consent and case.consent_on == TODAY and case.events[-1].kind == "consent"
    same = cases.set_consent(case.id, case.version, True, TODAY)
    assert same.version == case.version  # nothing changed, nothing recorded
    case = cases.set_consent(case.id, case.version, False, TODAY)
    assert not case.consent and case.consent_on is None and "ถอน" in case.events[-1].note


def test_notes_and_prints_join_the_timeline(cases, mentor, database):
    case = cases.intake(case_draft())
    with pytest.raises(ValidationError):
        cases.add_note(case.id, " ")
    case = cases.add_note(case.id, "โทรนัดผู้ร้องแล้ว")
    CaseService(mentor).record_print(case.id, "case_summary")
    events = cases.get(case.id).events
    assert [(e.kind, e.note) for e in events[-2:]] == [
        ("note", "โทรนัดผู้ร้องแล้ว"),
        ("print", "พิมพ์สรุปเรื่อง"),
    ]
    assert events[-1].user == "ผู้ใช้ mentor"
    rows = audit_rows(database, case.id)
    assert [(u, a) for u, a, _ in rows] == [
        ("clerk", "create"),
        ("clerk", "note"),
        ("mentor", "print"),
    ]
    assert "โทรนัด" not in json.dumps([d for _, _, d in rows], ensure_ascii=False)


# -- permissions -----------------------------------------------------------------------------
def test_mentor_views_but_cannot_intake_or_work(cases, mentor):
    case = cases.intake(case_draft())
    watcher = CaseService(mentor)
    assert watcher.get(case.id).case_no == case.case_no
    assert watcher.actions(watcher.get(case.id)) == []
    with pytest.raises(PermissionDenied):
        watcher.intake(case_draft())
    with pytest.raises(PermissionDenied):
        watcher.move(case.id, case.version, S.SCREENING)
    with pytest.raises(PermissionDenied):
        watcher.set_consent(case.id, case.version, True, TODAY)
    with pytest.raises(PermissionDenied):
        watcher.add_note(case.id, "x")


def test_signed_out_sees_nothing(anonymous, cases):
    case = cases.intake(case_draft())
    with pytest.raises(PermissionDenied):
        CaseService(anonymous).get(case.id)


def test_get_and_find_by_number(cases):
    case = cases.intake(case_draft())
    assert cases.find_by_no("ลป 2570/00001").id == case.id
    assert cases.find_by_no("  ลป  2570/00001 ").id == case.id
    assert cases.find_by_no("l[ 2570/1").id == case.id  # a scanner on the English layout
    assert cases.find_by_no("ลป 2570/00002") is None
    with pytest.raises(NotFound):
        cases.get(424242)


# -- volunteers' reports ---------------------------------------------------------------------
def test_reported_counts_per_fiscal_year(admin, cases, volunteer):
    other = PeopleService(admin).register(person_draft(301, first_name="สมหญิง"))

    def report(day, who=volunteer, **kw):
        return cases.intake(
            case_draft(channel=Channel.VOLUNTEER, reporter_id=who.id, received_on=day, **kw)
        )

    report(dt.date(2025, 10, 1))  # FY 2569
    first = report(dt.date(2026, 9, 30))  # FY 2569
    report(dt.date(2026, 10, 1))  # FY 2570
    report(dt.date(2026, 11, 1), duplicate_of_id=first.id)  # a duplicate does not count
    report(dt.date(2026, 11, 2), who=other)
    assert cases.reported_count(volunteer.id, 2569) == 2
    assert cases.reported_count(volunteer.id, 2570) == 1
    assert cases.reported_count(volunteer.id, 2571) == 0
    assert cases.reported_counts(2570) == {volunteer.id: 1, other.id: 1}
    mine = cases.cases_reported_by(volunteer.id)
    assert [r.received_on for r in mine] == sorted((r.received_on for r in mine), reverse=True)
    assert len(mine) == 4 and all(r.reporter_name == "นายสมชาย ใจดี" for r in mine)


# -- service levels --------------------------------------------------------------------------
def test_service_levels_admin_only_within_range(admin, clerk):
    levels = ServiceLevelService(admin)
    assert levels.table()[(Step.SCREEN, Need.SAFETY)] == 3  # a default
    levels.set_days(Step.SCREEN, Need.SAFETY, 2)
    levels.set_days(Step.SCREEN, Need.SAFETY, 4)
    assert levels.table()[(Step.SCREEN, Need.SAFETY)] == 4
    for bad in (0, 366):
        with pytest.raises(ValidationError):
            levels.set_days(Step.SCREEN, Need.SAFETY, bad)
    with pytest.raises(PermissionDenied):
        ServiceLevelService(clerk).set_days(Step.SCREEN, Need.JOB, 5)
    assert ServiceLevelService(clerk).table()[(Step.SCREEN, Need.JOB)] == 7


def test_supervisor_with_clerk_role_is_assignable(admin):
    both = make_user(admin, "lead", Role.SUPERVISOR, Role.CLERK)
    service = CaseService(both)
    case = service.intake(case_draft())
    assert service.assign([case.id], both.user.id) == 1


def test_draft_is_plain_data():
    assert CaseDraft(received_on=TODAY, channel=Channel.PHONE, person_name="ก", needs=(Need.OTHER,))
