"""How a synthetic demo case travels through the workflow: plans, delays, its timeline.

Each plan is a path through the table in :mod:`desktop.domain.cases.workflow`; a case takes its
steps with realistic delays and stops where today falls (or, for the showcase cases every demo
starts with, after a given number of steps), so the states, due dates and pending approvals
come out as they would in an office.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from db.models import Case
from desktop.demo import case_texts as texts
from desktop.domain.cases.categories import SUGGESTED_AGENCY, SUGGESTED_OUTCOME, Channel, Outcome
from desktop.domain.cases.workflow import Approval, CaseStatus, transition
from desktop.services.cases.mapping import ServiceTable, enter_status, needs_of
from desktop.services.context import BANGKOK

S = CaseStatus
PLANS: dict[str, tuple[CaseStatus, ...]] = {
    "refer": (S.SCREENING, S.REFERRED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED),
    "returned": (
        S.SCREENING,
        S.REFERRED,
        S.RETURNED,
        S.SCREENING,
        S.HANDLED_BY_OFFICE,
        S.RESOLVED,
        S.CLOSED,
    ),
    "office": (S.SCREENING, S.HANDLED_BY_OFFICE, S.RESOLVED, S.CLOSED),
    "reject": (S.SCREENING, S.REJECTED),
    "duplicate": (S.SCREENING, S.DUPLICATE),
    "give_up": (S.SCREENING, S.REFERRED, S.CLOSED),
}
PLAN_WEIGHTS = {"refer": 52, "returned": 6, "office": 24, "reject": 6, "duplicate": 6, "give_up": 6}
# The first cases of every demo show each state once: (plan, steps taken, pending, overdue).
SHOWCASE = (
    ("refer", 0, False, False),
    ("refer", 1, False, False),
    ("refer", 2, False, False),
    ("refer", 3, False, False),
    ("office", 2, False, False),
    ("returned", 3, False, False),
    ("refer", 4, False, False),
    ("refer", 5, False, False),
    ("reject", 2, False, False),
    ("duplicate", 2, False, False),
    ("reject", 2, True, False),  # asked to reject: waits in screening
    ("give_up", 3, True, False),  # asked to close unresolved: waits while referred
    ("refer", 1, False, True),
    ("refer", 3, False, True),
)


@dataclass(frozen=True)
class Spec:
    """One case to make, decided before any row is built (so numbers follow dates)."""

    received_on: dt.date
    plan: str
    stop: int | None  # steps to take; None: as far as today allows
    pending: bool = False
    seq: int = 0
    original: int | None = None  # index of the case a duplicate repeats


@dataclass
class Staff:
    """Who reports and who works the demo cases."""

    reporters: list[tuple[int, str]]  # (person id, subdistrict)
    subdistricts: list[str]
    clerk_id: int | None
    supervisor_id: int | None


class Timeline:
    """Events and approval requests of one case, with times rising through each day."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self.approvals: list[dict] = []

    def add(self, on: dt.date, user: int | None, kind: str, source=None, target=None, note=""):
        minutes = 10 * len(self.events)
        at = dt.datetime.combine(on, dt.time(9, 0), BANGKOK) + dt.timedelta(minutes=minutes)
        self.events.append(
            dict(
                at=at.astimezone(dt.UTC),
                user_id=user,
                kind=kind,
                note=note,
                from_status=source.value if source else None,
                to_status=target.value if target else None,
            )
        )


def walk(
    rng: random.Random,
    case: Case,
    sp: Spec,
    people: Staff,
    table: ServiceTable,
    today: dt.date,
    originals: dict[int, str],
) -> Timeline:
    """Take the plan's steps until the stop, or until the next one would be after today."""
    tl = Timeline()
    clerk, boss = people.clerk_id, people.supervisor_id
    tl.add(sp.received_on, clerk, "intake", target=S.RECEIVED, note=Channel(case.channel).label)
    plan = PLANS[sp.plan]
    steps = plan[: sp.stop] if sp.stop is not None else plan
    day = sp.received_on
    for k, target in enumerate(steps):
        # Screening starts within days; later steps take up to a third more than allowed,
        # so some cases run late, as they do.
        longest = 3 if k == 0 else max(1, int((case.sla_days or 7) * 1.3))
        wait = rng.randint(0, longest)
        if sp.stop is not None:  # showcase cases: steps close together, the last one recent
            wait = min(wait, 10)
        day += dt.timedelta(days=wait)
        if day > today:
            break
        step = transition(S(case.status), target)
        assert step is not None, (case.status, target)
        if k == 0 and rng.random() < 0.75:  # most cases get someone to work them
            case.assigned_to_id = clerk if rng.random() < 0.75 else boss
            tl.add(day, boss, "assign", note="มอบหมายงาน")
        if step.needs_consent and not case.consent:
            case.consent, case.consent_on = True, day
            tl.add(day, clerk, "consent", note="ยินยอมให้ส่งข้อมูลแก่หน่วยงาน")
        if step.approval is not None:
            reason = rng.choice(
                texts.REJECT_REASONS if step.approval == Approval.REJECT else texts.CLOSE_REASONS
            )
            decided = day + dt.timedelta(days=rng.randint(0, 6))
            pending = sp.pending or (sp.stop is None and decided > today)
            tl.approvals.append(
                dict(
                    kind=step.approval.value,
                    target_status=target.value,
                    requested_by_id=clerk,
                    requested_at=tl_at(day),
                    note=reason,
                    decided_by_id=None if pending else boss,
                    decided_at=None if pending else tl_at(decided),
                    approved=None if pending else True,
                    comment="" if pending else "อนุมัติ",
                )
            )
            tl.add(
                day,
                clerk,
                "approval_requested",
                S(case.status),
                target,
                f"{step.approval.label}: {reason}",
            )
            if pending:
                case.pending_approval = step.approval.value
                break
            day = decided
            tl.add(day, boss, "approved", S(case.status), target, step.approval.label)
        doer = clerk if step.approval is None else boss
        _enter(rng, case, target, day, table, sp, originals, tl, doer)
    return tl


def tl_at(on: dt.date) -> dt.datetime:
    return dt.datetime.combine(on, dt.time(9, 0), BANGKOK).astimezone(dt.UTC)


def _enter(
    rng: random.Random,
    case: Case,
    target: CaseStatus,
    day: dt.date,
    table: ServiceTable,
    sp: Spec,
    originals: dict[int, str],
    tl: Timeline,
    user: int | None,
) -> None:
    need = needs_of(case)[0]
    agency = SUGGESTED_AGENCY[need]
    outcome = SUGGESTED_OUTCOME[need] if sp.plan != "returned" else Outcome.ADVISED
    source = enter_status(
        case,
        target,
        day,
        table,
        agency=agency,
        agency_contact=rng.choice(texts.AGENCY_CONTACTS[agency]),
        outcome=outcome,
        outcome_on=day,
        outcome_note=texts.OUTCOME_NOTES[outcome],
    )
    note = rng.choice(texts.STEP_NOTES)
    if target == S.REFERRED:
        note = f"ส่งต่อ {agency.label} ({case.agency_contact})"
    elif target == S.RESOLVED:
        note = f"ผล: {outcome.label} — {case.outcome_note}"
    elif target == S.RETURNED:
        note = rng.choice(texts.RETURN_REASONS)
    elif target == S.DUPLICATE and sp.original is not None:
        note = f"ซ้ำกับเรื่อง {originals[sp.original]}"
    tl.add(day, user, "transition", source, target, note)
