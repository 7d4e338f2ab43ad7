"""Several clerks saving at once: case numbers stay unique and gap-free, and two changes to the
same case do not both win. Runs on SQLite (one writer at a time) and on PostgreSQL (row locks)."""

from __future__ import annotations

import pytest
from case_builders import bring_to, case_draft, quick_staff
from sqlalchemy import func, select
from together import run_together

from db.models import Case
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.errors import DeskError, StaleRecordError
from desktop.services.cases.service import CaseService
from desktop.services.context import ServiceContext

THREADS, EACH = 8, 10


@pytest.mark.slow
def test_case_numbers_unique_under_concurrent_intake(database):
    staff = quick_staff(database)
    clerk = staff["clerk"]

    def clerk_at_desk(i: int) -> list[str]:
        # Each thread is its own clerk's PC: its own context, sessions and connections.
        ctx = ServiceContext(database, clerk.user, clerk.clock)
        service = CaseService(ctx)
        return [
            service.intake(case_draft(person_name=f"ผู้ร้อง {i}-{k}")).case_no for k in range(EACH)
        ]

    results, errors = run_together(THREADS, clerk_at_desk)
    assert errors == []
    numbers = [n for batch in results for n in batch]
    assert len(numbers) == len(set(numbers)) == THREADS * EACH
    assert sorted(numbers) == [f"ลป 2570/{k:05d}" for k in range(1, THREADS * EACH + 1)]
    for batch in results:  # each clerk's own numbers rise
        assert batch == sorted(batch)
    with database.sessions() as s:
        assert s.scalar(select(func.count(func.distinct(Case.seq)))) == THREADS * EACH


@pytest.mark.slow
def test_two_clerks_moving_one_case_one_wins(database):
    staff = quick_staff(database)
    service = CaseService(staff["clerk"])
    case = bring_to(service, service.intake(case_draft()), CaseStatus.SCREENING)

    def step(i: int):
        ctx = ServiceContext(database, staff["clerk"].user, staff["clerk"].clock)
        target = CaseStatus.HANDLED_BY_OFFICE
        return CaseService(ctx).move(case.id, case.version, target, f"เครื่องที่ {i}")

    results, errors = run_together(2, step)
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], StaleRecordError), errors[0]
    final = service.get(case.id)
    assert final.status == CaseStatus.HANDLED_BY_OFFICE
    assert [e.kind for e in final.events].count("transition") == 2  # screening, and one of the two


@pytest.mark.slow
def test_two_supervisors_deciding_one_request_only_one_decides(database):
    staff = quick_staff(database)
    clerk = CaseService(staff["clerk"])
    case = bring_to(clerk, clerk.intake(case_draft()), CaseStatus.SCREENING)
    asked = clerk.request_approval(case.id, case.version, CaseStatus.REJECTED, "นอกพื้นที่")
    deciders = [staff["supervisor"], staff["admin"]]

    def decide(i: int):
        ctx = ServiceContext(database, deciders[i].user, deciders[i].clock)
        return CaseService(ctx).decide(asked.pending_approval.id, i == 0, "ความเห็น")

    results, errors = run_together(2, decide)
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], DeskError), errors[0]
    final = clerk.get(case.id)
    decisions = [e.kind for e in final.events if e.kind in ("approved", "denied")]
    assert len(decisions) == 1
    assert final.status == (
        CaseStatus.REJECTED if decisions == ["approved"] else CaseStatus.SCREENING
    )
