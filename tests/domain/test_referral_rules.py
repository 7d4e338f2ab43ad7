"""The referral workflow table, intake and step rules, service levels and case numbers —
pure functions, no database. The expected table is written out here from DESIGN.md, not
derived from the code under test."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from desktop.domain.cases.categories import Agency, Channel, Need, Outcome
from desktop.domain.cases.numbers import format_case_no
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.rules import move_errors, name_key, same_person, validate_case_draft
from desktop.domain.cases.service_levels import (
    DEFAULT_DAYS,
    Health,
    Step,
    at_risk_from,
    days_allowed,
    days_error,
    default_table,
    due_after_move,
    health,
    step_of,
)
from desktop.domain.cases.workflow import (
    CLOSED_STATES,
    TRANSITIONS,
    Approval,
    CaseStatus,
    allowed_from,
    may_decide,
    transition,
)
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.national_id import make_valid
from desktop.domain.people import Role

S = CaseStatus
TODAY = dt.date(2026, 11, 22)

# DESIGN.md, "Referral (case) workflow", plus the issue: rejecting, and closing a case that
# was not resolved, need a supervisor's approval.
PLAIN_STEPS = {
    (S.RECEIVED, S.SCREENING),
    (S.SCREENING, S.REFERRED),
    (S.SCREENING, S.HANDLED_BY_OFFICE),
    (S.SCREENING, S.DUPLICATE),
    (S.REFERRED, S.IN_PROGRESS),
    (S.REFERRED, S.RETURNED),
    (S.RETURNED, S.SCREENING),
    (S.IN_PROGRESS, S.RESOLVED),
    (S.HANDLED_BY_OFFICE, S.RESOLVED),
    (S.RESOLVED, S.CLOSED),
}
APPROVAL_STEPS = {(S.SCREENING, S.REJECTED): Approval.REJECT} | {
    (s, S.CLOSED): Approval.CLOSE_UNRESOLVED
    for s in (S.RECEIVED, S.SCREENING, S.REFERRED, S.IN_PROGRESS, S.HANDLED_BY_OFFICE, S.RETURNED)
}
EXPECTED = PLAIN_STEPS | set(APPROVAL_STEPS)
ALL_PAIRS = list(itertools.product(CaseStatus, CaseStatus))


def pair_id(pair) -> str:
    return f"{pair[0].value}->{pair[1].value}"


# -- the one table ---------------------------------------------------------------------------
@pytest.mark.parametrize("pair", sorted(EXPECTED), ids=pair_id)
def test_allowed_step_is_in_the_table(pair):
    step = transition(*pair)
    assert step is not None and (step.source, step.target) == pair
    assert step.approval == APPROVAL_STEPS.get(pair)
    assert step.label


@pytest.mark.parametrize("pair", [p for p in ALL_PAIRS if p not in EXPECTED], ids=pair_id)
def test_forbidden_step_is_not_in_the_table(pair):
    assert transition(*pair) is None


def test_table_has_exactly_the_designed_steps():
    assert set(TRANSITIONS) == EXPECTED


def test_step_requirements():
    assert transition(S.SCREENING, S.REFERRED).needs_consent
    assert transition(S.SCREENING, S.REFERRED).needs_agency
    assert transition(S.SCREENING, S.DUPLICATE).needs_original
    assert transition(S.IN_PROGRESS, S.RESOLVED).needs_outcome
    assert transition(S.HANDLED_BY_OFFICE, S.RESOLVED).needs_outcome
    assert not transition(S.RESOLVED, S.CLOSED).needs_outcome


def test_closed_states_are_final_and_every_open_state_can_close():
    assert {s for s in S if not s.is_open} == CLOSED_STATES
    for s in CLOSED_STATES:
        assert allowed_from(s, Role) == []
    for start in (s for s in S if s.is_open):
        reach, todo = {start}, [start]
        while todo:
            here = todo.pop()
            for a, b in TRANSITIONS:
                if a == here and b not in reach:
                    reach.add(b)
                    todo.append(b)
        assert reach & CLOSED_STATES, start


def test_actions_by_role():
    assert allowed_from(S.RECEIVED, {Role.MENTOR}) == []
    clerk = [t.target for t in allowed_from(S.SCREENING, {Role.CLERK})]
    assert clerk == [S.REFERRED, S.HANDLED_BY_OFFICE, S.REJECTED, S.DUPLICATE, S.CLOSED]
    assert may_decide({Role.SUPERVISOR}) and may_decide({Role.ADMIN, Role.MENTOR})
    assert not may_decide({Role.CLERK}) and not may_decide({Role.MENTOR})


def test_case_number_format_and_fiscal_year():
    assert format_case_no("ลป", 2570, 42) == "ลป 2570/00042"
    assert format_case_no("ลป", 2570, 123456) == "ลป 2570/123456"
    assert fiscal_year_of(dt.date(2026, 9, 30)) == 2569
    assert fiscal_year_of(dt.date(2026, 10, 1)) == 2570


# -- intake rules ----------------------------------------------------------------------------
def draft(**kw) -> CaseDraft:
    values = dict(
        received_on=TODAY,
        channel=Channel.VOLUNTEER,
        reporter_id=7,
        person_name="มานี มีงานทำ",
        needs=(Need.JOB,),
    )
    values.update(kw)
    return CaseDraft(**values)


def test_valid_draft_has_no_errors():
    assert validate_case_draft(draft(person_national_id=make_valid("110170012345")), TODAY) == {}


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"person_name": "  "}, "person_name", "ชื่อ"),
        ({"needs": ()}, "needs", "อย่างน้อย 1"),
        ({"person_national_id": "1234567890123"}, "person_national_id", "เลขตรวจสอบ"),
        ({"person_national_id": "12345"}, "person_national_id", "13 หลัก"),
        ({"person_phone": "12-34"}, "person_phone", "เบอร์โทรศัพท์"),
        ({"received_on": TODAY + dt.timedelta(days=1)}, "received_on", "อนาคต"),
        ({"received_on": dt.date(1483, 11, 22)}, "received_on", "พ.ศ."),
        ({"consent": True}, "consent_on", "ความยินยอม"),
        ({"consent": True, "consent_on": TODAY + dt.timedelta(days=2)}, "consent_on", "อนาคต"),
        ({"reporter_id": None}, "reporter_id", "ผู้แจ้ง"),
        ({"village_no": "สาม"}, "village_no", "ตัวเลข"),
    ],
)
def test_each_intake_rule_names_its_field(changes, field, fragment):
    errors = validate_case_draft(draft(**changes), TODAY)
    assert set(errors) == {field} and fragment in errors[field]


def test_walk_in_needs_no_reporter_and_unknown_area_is_refused():
    assert validate_case_draft(draft(channel=Channel.WALK_IN, reporter_id=None), TODAY) == {}
    errors = validate_case_draft(draft(subdistrict_code="999999"), TODAY, lambda code: False)
    assert set(errors) == {"subdistrict_code"}


def test_empty_national_id_is_allowed_but_checked_when_given():
    assert "person_national_id" not in validate_case_draft(draft(person_national_id=""), TODAY)


# -- step rules ------------------------------------------------------------------------------
def test_referring_needs_consent_and_agency():
    errors = move_errors(
        transition(S.SCREENING, S.REFERRED), consent=False, received_on=TODAY, today=TODAY
    )
    assert set(errors) == {"consent", "agency"}
    assert not move_errors(
        transition(S.SCREENING, S.REFERRED),
        consent=True,
        received_on=TODAY,
        today=TODAY,
        agency=Agency.SKILL,
    )


def test_resolving_needs_an_outcome_dated_between_receipt_and_today():
    step = transition(S.IN_PROGRESS, S.RESOLVED)
    base = dict(consent=False, received_on=TODAY - dt.timedelta(days=10), today=TODAY)
    assert set(move_errors(step, **base)) == {"outcome", "outcome_on"}
    assert move_errors(step, **base, outcome=Outcome.PLACED, outcome_on=TODAY) == {}
    later = move_errors(step, **base, outcome=Outcome.PLACED, outcome_on=TODAY + dt.timedelta(1))
    assert set(later) == {"outcome_on"}
    early = move_errors(step, **base, outcome=Outcome.PLACED, outcome_on=dt.date(2026, 1, 1))
    assert set(early) == {"outcome_on"}


def test_duplicate_needs_the_original_and_approval_steps_a_reason():
    assert set(
        move_errors(
            transition(S.SCREENING, S.DUPLICATE), consent=False, received_on=TODAY, today=TODAY
        )
    ) == {"duplicate_of_id"}
    assert set(
        move_errors(
            transition(S.SCREENING, S.REJECTED), consent=False, received_on=TODAY, today=TODAY
        )
    ) == {"note"}


# -- duplicates ------------------------------------------------------------------------------
def test_same_person_by_id_or_by_name_and_phone():
    nid = make_valid("310050012345")
    assert same_person("ก", "", nid, "ข", "", nid)
    assert same_person("นางมานี  มีงานทำ", "081-234-5678", "", "มานี มีงานทำ", "0812345678", "")
    assert not same_person("มานี มีงานทำ", "0812345678", "", "มานี มีงานทำ", "0899999999", "")
    assert not same_person("มานี มีงานทำ", "", "", "มานี มีงานทำ", "", "")  # a name alone is not enough
    assert name_key("นางสาว สมศรี ดีใจ") == name_key("สมศรี ดีใจ") == "สมศรีดีใจ"


# -- service levels --------------------------------------------------------------------------
def test_default_table_and_tightest_level_wins():
    table = default_table()
    assert table[(Step.SCREEN, Need.JOB)] == DEFAULT_DAYS[Step.SCREEN] == 7
    assert table[(Step.AGENCY, Need.JOB)] == 30
    assert days_allowed(table, Step.AGENCY, [Need.JOB, Need.SAFETY]) == 7
    assert days_allowed(table, Step.AGENCY, []) == table[(Step.AGENCY, Need.OTHER)]


def due(source, target, on, current=None, days=None, needs=(Need.JOB,)):
    return due_after_move(
        source,
        target,
        current_due=current,
        current_days=days,
        table=default_table(),
        needs=needs,
        on=on,
    )


def test_due_dates_cross_month_end_and_fiscal_year():
    # Received 28 Sep 2569 (FY 2569): 7 days to screen ends 5 Oct, in FY 2570.
    assert due(None, S.RECEIVED, dt.date(2026, 9, 28)) == (dt.date(2026, 10, 5), 7)
    assert due(None, S.RECEIVED, dt.date(2026, 1, 27)) == (dt.date(2026, 2, 3), 7)
    assert due(None, S.RECEIVED, dt.date(2028, 2, 25)) == (dt.date(2028, 3, 3), 7)  # leap year
    # Referred on 15 Sep: 30 days at the agency, due 15 Oct.
    assert due(S.SCREENING, S.REFERRED, dt.date(2026, 9, 15)) == (dt.date(2026, 10, 15), 30)
    assert due(S.SCREENING, S.REFERRED, dt.date(2026, 12, 20), needs=(Need.TRAINING,)) == (
        dt.date(2027, 2, 3),
        45,
    )


def test_same_step_keeps_its_due_date_a_new_step_starts_a_new_one():
    kept = dt.date(2026, 11, 25)
    assert due(S.RECEIVED, S.SCREENING, TODAY, kept, 7) == (kept, 7)
    assert due(S.REFERRED, S.IN_PROGRESS, TODAY, kept, 30) == (kept, 30)
    assert due(S.REFERRED, S.RETURNED, TODAY, kept, 30) == (TODAY + dt.timedelta(7), 7)
    assert due(S.IN_PROGRESS, S.RESOLVED, TODAY, kept, 30) == (TODAY + dt.timedelta(7), 7)
    for closed in CLOSED_STATES:
        assert step_of(closed) is None
        assert due(S.RESOLVED, closed, TODAY, kept, 7) == (None, None)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 12, 1), Health.ON_TRACK),
        (dt.date(2026, 12, 7), Health.ON_TRACK),  # the day before the last quarter
        (dt.date(2026, 12, 8), Health.AT_RISK),  # 30 days: at risk from 7 days before
        (dt.date(2026, 12, 15), Health.AT_RISK),  # the due date itself
        (dt.date(2026, 12, 16), Health.OVERDUE),
    ],
)
def test_health_at_its_boundaries(today, expected):
    assert at_risk_from(dt.date(2026, 12, 15), 30) == dt.date(2026, 12, 8)
    assert health(dt.date(2026, 12, 15), 30, today) == expected


def test_short_levels_are_at_risk_for_at_least_two_days():
    assert health(dt.date(2026, 12, 10), 3, dt.date(2026, 12, 7)) == Health.ON_TRACK
    assert health(dt.date(2026, 12, 10), 3, dt.date(2026, 12, 8)) == Health.AT_RISK


@pytest.mark.parametrize(
    ("days", "ok"), [(0, False), (1, True), (365, True), (366, False), (True, False)]
)
def test_service_level_days_range(days, ok):
    assert (days_error(days) is None) == ok
