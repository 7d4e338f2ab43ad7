"""Report 3 (mentoring) against counts made here: visits per mentor and month across the
fiscal-year boundary, who is due a visit (the very list the mentoring workspace shows),
evaluations done vs due per district, and the grade summary the summary PDF prints."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from factories import draft, make_user

from desktop import areas
from desktop.domain.errors import PermissionDenied
from desktop.domain.fiscal_year import fiscal_year_bounds
from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.mentoring.visits import VisitDraft, VisitMode
from desktop.domain.people import PersonStatus, Role
from desktop.domain.report_figures import NO_MENTOR
from desktop.services.desk import Desk
from desktop.services.mentoring.evaluations import EvaluationService
from desktop.services.reports.mentoring import MentoringReportService

SINCE = dt.date(2025, 9, 1)
# person index -> home subdistrict; 5 is suspended (never due, never counted as due an evaluation)
HOMES = {0: "500101", 1: "500101", 2: "500102", 3: "500103", 4: "500204", 5: "500101"}
MENTOR_OF = {0: "mentor", 1: "mentor", 2: "mentor", 3: "mentor2", 5: "mentor"}  # 4: nobody
# (person, mentor, visited on): the office rule is 90 days and today is 22 Nov 2026.
VISITS = [
    (0, "mentor", dt.date(2025, 9, 30)),  # the last day of FY 2568
    (0, "mentor", dt.date(2025, 10, 1)),  # the first day of FY 2569
    (0, "mentor", dt.date(2025, 10, 15)),  # long ago: due
    (1, "mentor", dt.date(2026, 9, 30)),  # due on 29 Dec 2026: not yet
    (2, "mentor", dt.date(2026, 8, 25)),  # due tomorrow: not yet
    (3, "mentor2", dt.date(2026, 8, 24)),  # 90 days ago today: due
]
EVALUATED_2569 = {0: "mentor", 3: "mentor2", 5: "mentor"}


@pytest.fixture
def office(admin, clerk, mentor, supervisor):
    users = {"mentor": mentor, "mentor2": make_user(admin, "mentor2", Role.MENTOR)}
    ids = {u: ctx.user.id for u, ctx in users.items()}
    desk = Desk(clerk)
    people = [
        desk.people.register(draft(i + 1, first_name=f"คนที่{i}", subdistrict_code=home)).id
        for i, home in HOMES.items()
    ]
    for i, who in MENTOR_OF.items():
        desk.assignments.assign([people[i]], ids[who], SINCE)
    for i, who, on in VISITS:
        desk.visits.record(VisitDraft(people[i], on, VisitMode.FIELD, mentor_id=ids[who]))
    n = len(desk.evaluations.template_for(2569).criteria)
    for i, who in EVALUATED_2569.items():
        scores = (9 if i == 0 else 5,) * n
        desk.evaluations.evaluate(
            EvaluationDraft(people[i], 2569, dt.date(2026, 9, 30), scores, evaluator_id=ids[who])
        )
    p = desk.people.get(people[5])
    desk.people.change_status(p.id, p.version, PersonStatus.SUSPENDED, dt.date(2026, 10, 1), "ลา")
    return MentoringReportService(supervisor), ids, people, Desk(supervisor)


def test_visits_per_mentor_and_month_across_the_year_boundary(office):
    service, ids, _, _ = office
    first, last = fiscal_year_bounds(2569)
    fig = service.figures(2569, first, last)
    expected = Counter(
        (ids[who], dt.date(on.year, on.month, 1)) for _, who, on in VISITS if first <= on <= last
    )
    got = {(r.mentor_id, r.month): r.visits for r in fig.visits_by_mentor_month}
    assert got == dict(expected)
    assert got[(ids["mentor"], dt.date(2025, 10, 1))] == 2  # 30 Sep 2025 is the year before
    assert fig.visits == 5
    assert {r.mentor_name for r in fig.visits_by_mentor_month} == {"ผู้ใช้ mentor", "ผู้ใช้ mentor2"}
    before = service.figures(2568, *fiscal_year_bounds(2568))
    assert [(r.month, r.visits) for r in before.visits_by_mentor_month] == [
        (dt.date(2025, 9, 1), 1)
    ]
    # One district: only the visits to its people (nobody of 5002 was visited).
    assert service.figures(2569, first, last, district_code="5002").visits_by_mentor_month == ()


def test_not_visited_is_the_workspace_s_own_list(office):
    service, ids, people, desk = office
    fig = service.figures(2570, *fiscal_year_bounds(2570))
    workspace = desk.workspace.overview()
    expected = Counter(p.mentor_id for p in workspace.people if p.due_for_visit)
    assert {r.mentor_id: r.count for r in fig.not_visited} == dict(expected)
    # By hand: person 0 (last visit long ago) and 3 (90 days to the day) are due, 4 (no mentor,
    # never visited) too; 1 and 2 are not yet; 5 is suspended.
    assert dict(expected) == {ids["mentor"]: 1, ids["mentor2"]: 1, None: 1}
    assert [r.mentor_name for r in fig.not_visited if r.mentor_id is None] == [NO_MENTOR]
    assert fig.visit_every_days == workspace.every_days == 90
    assert fig.not_visited_total == 3
    in_5001 = service.figures(2570, *fiscal_year_bounds(2570), district_code="5001")
    assert in_5001.not_visited_total == sum(
        1 for p in desk.workspace.people(district_code="5001") if p.due_for_visit
    )


def test_the_office_rule_is_the_workspace_s(office, admin):
    service, _, _, desk = office
    Desk(admin).workspace.set_visit_every_days(365)
    fig = service.figures(2570, *fiscal_year_bounds(2570))
    assert fig.visit_every_days == 365
    expected = sum(1 for p in desk.workspace.people() if p.due_for_visit)
    # Person 0 (15 Oct 2025, over a year ago) and 4 (never visited); 3 (Aug 2026) no longer.
    assert fig.not_visited_total == expected == 2


def test_evaluations_done_vs_due_per_district(office):
    service, _, _, _ = office
    fig = service.figures(2569, *fiscal_year_bounds(2569))
    active = [i for i in HOMES if i != 5]
    due = Counter(HOMES[i][:4] for i in active)
    done = Counter(HOMES[i][:4] for i in active if i in EVALUATED_2569)
    got = {r.district_code: (r.due, r.done) for r in fig.evaluation_progress}
    assert {d: n for d, n in got.items() if n != (0, 0)} == {d: (due[d], done[d]) for d in due}
    assert len(got) == len(areas.districts("50"))  # every district, 0 of 0 where nobody lives
    names = {r.district_code: r.district for r in fig.evaluation_progress}
    assert names["5001"] == "เมืองเชียงใหม่" and names["5002"] == "จอมทอง"
    empty = service.figures(2560, *fiscal_year_bounds(2560))
    assert all(r.done == 0 for r in empty.evaluation_progress)
    assert empty.grades.evaluated == 0 and empty.visits_by_mentor_month == ()
    nobody = service.figures(2569, *fiscal_year_bounds(2569), "5025").evaluation_progress
    assert [(r.district_code, r.due, r.done) for r in nobody] == [("5025", 0, 0)]


def test_grades_are_the_evaluation_summary(office, supervisor):
    service, _, _, _ = office
    fig = service.figures(2569, *fiscal_year_bounds(2569))
    assert fig.grades == EvaluationService(supervisor).summary(2569)
    assert fig.grades.evaluated == len(EVALUATED_2569) == 3  # the suspended one was evaluated
    assert {d.district: d.total for d in fig.grades.districts} == {"เมืองเชียงใหม่": 3}
    in_5002 = service.figures(2569, *fiscal_year_bounds(2569), "5002").grades
    assert in_5002.districts == () and in_5002.evaluated == 0 and in_5002.not_evaluated == 1


def test_only_report_readers(office, mentor):
    with pytest.raises(PermissionDenied):
        MentoringReportService(mentor).figures(2569, *fiscal_year_bounds(2569))
