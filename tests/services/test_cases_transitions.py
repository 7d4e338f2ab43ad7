"""The service obeys the workflow table: every (from, to) pair is tried on a real case, and a
property test throws random sequences of actions by random users at it."""

from __future__ import annotations

import itertools

import pytest
from case_builders import TODAY, bring_to, case_draft, extras_for, quick_staff
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.cases.rules import ApprovalRequired, TransitionNotAllowed
from desktop.domain.cases.workflow import TRANSITIONS, CaseStatus, transition
from desktop.domain.errors import DeskError, PermissionDenied
from desktop.services.cases.service import CaseService

S = CaseStatus
PAIRS = list(itertools.product(CaseStatus, CaseStatus))


@pytest.fixture
def staff(database):
    return quick_staff(database)


def pair_id(pair) -> str:
    return f"{pair[0].value}->{pair[1].value}"


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_every_pair_on_a_real_case(staff, pair):
    """Allowed pairs succeed for a supervisor (approval steps count as approved); forbidden
    ones are refused and leave the case as it was."""
    source, target = pair
    boss = CaseService(staff["supervisor"])
    original = boss.intake(case_draft(person_name="เรื่องเดิม"))
    case = bring_to(boss, boss.intake(case_draft()), source, original.id)
    if target == S.REFERRED and case.status.is_open and not case.consent:
        case = boss.set_consent(case.id, case.version, True, TODAY)
    extras = extras_for(target, original.id)
    if transition(source, target) is None:
        with pytest.raises(TransitionNotAllowed):
            boss.move(case.id, case.version, target, "เหตุผล", **extras)
        after = boss.get(case.id)
        assert (after.status, after.version) == (source, case.version)
    else:
        moved = boss.move(case.id, case.version, target, "เหตุผล", **extras)
        assert moved.status == target and moved.status_since == TODAY
        assert moved.events[-1].kind == "transition"
        assert (moved.events[-1].from_status, moved.events[-1].to_status) == pair
        assert moved.status.is_open == (moved.due_on is not None)


@pytest.mark.parametrize("pair", sorted(TRANSITIONS, key=pair_id), ids=pair_id)
def test_a_clerk_takes_plain_steps_and_must_ask_for_the_rest(staff, pair):
    source, target = pair
    clerk = CaseService(staff["clerk"])
    boss = CaseService(staff["supervisor"])
    original = clerk.intake(case_draft(person_name="เรื่องเดิม"))
    case = bring_to(boss, clerk.intake(case_draft()), source, original.id)
    if target == S.REFERRED and not case.consent:
        case = clerk.set_consent(case.id, case.version, True, TODAY)
    step = TRANSITIONS[pair]
    if step.approval is None:
        assert (
            clerk.move(case.id, case.version, target, "", **extras_for(target, original.id)).status
            == target
        )
    else:
        with pytest.raises(ApprovalRequired):
            clerk.move(case.id, case.version, target, "เหตุผล")
        asked = clerk.request_approval(case.id, case.version, target, "เหตุผล")
        assert asked.status == source and asked.pending_approval.target_status == target
        assert boss.decide(asked.pending_approval.id, True, "").status == target


# -- property: random actions never leave the table ------------------------------------------
KINDS = ["move", "move", "move", "request", "approve", "deny", "consent", "assign", "note"]
USERS = ["clerk", "supervisor", "mentor", "admin"]
# Every refusal must be an expected, Thai-worded error: anything else fails the test.
EXPECTED_ERRORS = (DeskError,)


@pytest.mark.slow
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_actions_stay_inside_the_table(staff, data):
    services = {name: CaseService(ctx) for name, ctx in staff.items()}
    clerk = services["clerk"]
    original = clerk.intake(case_draft(person_name="เรื่องเดิม"))
    case = clerk.intake(case_draft())
    history = [case.status]
    for _ in range(data.draw(st.integers(0, 16), label="steps")):
        kind = data.draw(st.sampled_from(KINDS), label="kind")
        who = data.draw(st.sampled_from(USERS), label="who")
        service = services[who]
        before = service.get(case.id)
        # Half the time a step the table allows from here, so runs reach deep states too.
        allowed = [b for (a, b) in TRANSITIONS if a == before.status]
        pool = allowed if allowed and data.draw(st.booleans(), label="plausible") else list(S)
        target = data.draw(st.sampled_from(pool), label="target")
        complete = data.draw(st.booleans(), label="complete")
        if kind in ("approve", "deny") and before.pending_approval is None:
            continue  # nothing to decide
        try:
            after = _act(service, before, kind, target, complete, original.id)
        except EXPECTED_ERRORS as exc:
            after = service.get(case.id)
            assert after.status == before.status, exc
            if who == "mentor":
                assert isinstance(exc, PermissionDenied)
            continue
        if after.status != before.status:
            assert (before.status, after.status) in TRANSITIONS
            history.append(after.status)
        if not before.status.is_open:
            assert after.status == before.status  # closed stays closed
        _assert_consistent(service, after)
    # The timeline tells the same story as the statuses seen.
    final = clerk.get(case.id)
    moves = [(e.from_status, e.to_status) for e in final.events if e.kind == "transition"]
    assert [b for _, b in moves] == history[1:]
    assert all(m in TRANSITIONS for m in moves)


def _act(service: CaseService, d, kind: str, target: CaseStatus, complete: bool, original_id: int):
    if kind == "move":
        extras = extras_for(target, original_id) if complete else {}
        return service.move(d.id, d.version, target, "เหตุผล" if complete else "", **extras)
    if kind == "request":
        return service.request_approval(d.id, d.version, target, "เหตุผล" if complete else "")
    if kind in ("approve", "deny"):
        return service.decide(
            d.pending_approval.id, kind == "approve", "ความเห็น" if complete else ""
        )
    if kind == "consent":
        return service.set_consent(d.id, d.version, complete, TODAY if complete else None)
    if kind == "assign":
        service.assign([d.id], service.ctx.user.id if complete else None)
        return service.get(d.id)
    return service.add_note(d.id, "บันทึก" if complete else "")


def _assert_consistent(service: CaseService, d) -> None:
    assert d.status.is_open == (d.due_on is not None) == (d.health is not None)
    assert d.status.is_open == (d.closed_on is None)
    if d.pending_approval is not None:
        assert d.status.is_open and service.actions(d) == []
        assert (d.status, d.pending_approval.target_status) in TRANSITIONS
    if not d.status.is_open:
        assert service.actions(d) == []
    else:
        assert all(t.source == d.status for t in service.actions(d))
    if d.status in (S.REFERRED, S.IN_PROGRESS):
        # Referred only with consent on record (it may be withdrawn later) and an agency.
        assert d.agency is not None and any(
            e.kind == "consent" and "ถอน" not in e.note for e in d.events
        )
    if d.status == S.DUPLICATE:
        assert d.duplicate_of_id is not None
    if d.status in (S.RESOLVED,):
        assert d.outcome is not None and d.outcome_on is not None
