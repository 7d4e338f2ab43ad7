"""Demo cases: every state, realistic paths through the workflow table, numbers that clerks
continue from, and fast enough for ``demo --people 2000`` (about 600 cases)."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from case_builders import case_draft
from sqlalchemy import func, select

from db.models import Case
from db.queries.cases import CaseFilter
from desktop.demo.case_texts import AGENCY_CONTACTS
from desktop.demo.cases import seed_cases
from desktop.demo.seed import ensure_demo_users, seed_people
from desktop.domain.cases.categories import Channel
from desktop.domain.cases.records import QueueView
from desktop.domain.cases.workflow import TRANSITIONS, CaseStatus
from desktop.services.cases.service import CaseService


@pytest.mark.slow
def test_demo_cases_cover_every_state_and_follow_the_table(anonymous):
    admin = ensure_demo_users(anonymous, "50")
    seed_people(admin, 40, "50", created_by_id=admin.user.id)
    started = time.perf_counter()
    assert seed_cases(admin, 600) == 600
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed  # "a few seconds" with margin for a busy CI machine

    cases = CaseService(admin)
    rows = cases.rows(CaseFilter())
    assert len(rows) == 600
    assert set(Counter(r.status for r in rows)) == set(CaseStatus)
    counts = cases.queue_counts()
    assert counts[QueueView.OVERDUE] > 0 and counts[QueueView.AWAITING_APPROVAL] > 0
    with cases.ctx.unit_of_work() as s:
        from db.queries.accounts import by_username

        clerk_id = by_username(s, "clerk").id
    assert cases.count(CaseFilter(assigned_to_id=clerk_id, open_only=True)) > 0
    volunteer_rows = [r for r in rows if r.channel == Channel.VOLUNTEER]
    assert volunteer_rows and all(r.reporter_id for r in volunteer_rows)
    assert all(r.needs and r.person_name for r in rows)

    for row in rows[::7]:  # every seventh case, timeline against the table
        d = cases.get(row.id)
        moves = [(e.from_status, e.to_status) for e in d.events if e.kind == "transition"]
        assert all(m in TRANSITIONS for m in moves), d.case_no
        assert (moves[-1][1] if moves else CaseStatus.RECEIVED) == d.status
        assert d.events[0].kind == "intake" and d.description
        if d.status == CaseStatus.DUPLICATE:
            assert d.duplicate_of_no and d.duplicate_of_no != d.case_no
        if d.status in (CaseStatus.REFERRED, CaseStatus.IN_PROGRESS):
            assert d.consent and d.agency is not None
            assert d.agency_contact in AGENCY_CONTACTS[d.agency], d.case_no  # that agency's desk
        if d.pending_approval is not None:
            assert d.status.is_open and d.pending_approval.pending


def test_clerks_number_on_after_the_demo(anonymous):
    admin = ensure_demo_users(anonymous, "50")
    seed_cases(admin, 30)
    seed_cases(admin, 20, seed=7)  # a second run continues the numbers
    with admin.unit_of_work() as s:
        last = s.scalar(select(func.max(Case.seq)).where(Case.fiscal_year == 2570))
        assert s.scalar(select(func.count(func.distinct(Case.case_no)))) == 50
    case = CaseService(admin).intake(case_draft())
    assert case.case_no == f"ลป 2570/{last + 1:05d}"
