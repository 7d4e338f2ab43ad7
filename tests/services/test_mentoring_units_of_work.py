"""Each mentoring use case reads and writes in one unit of work, on SQLite and PostgreSQL:
the workspace, the timeline, the year's figures and an evaluation that opens a new year are
one session each; a year seeded by another user a moment ago is used, not seeded twice; and
the visits module stands without the assignments module (the old import cycle)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from mentoring_builders import mentoring_office

from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.mentoring.visits import FollowUpDraft, VisitDraft, VisitMode
from desktop.services.desk import Desk
from desktop.services.mentoring import templates

TODAY = dt.date(2026, 11, 22)  # the fixtures' clock: FY 2570
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(admin, clerk, mentor, supervisor):
    return mentoring_office(admin, clerk, mentor, supervisor)


def units_of_work(monkeypatch, desk: Desk) -> list[int]:
    """Counts the units of work the desk's use cases open from here on."""
    opened: list[int] = []
    real = desk.ctx.unit_of_work

    @contextmanager
    def counted():
        opened.append(1)
        with real() as s:
            yield s

    monkeypatch.setattr(desk.ctx, "unit_of_work", counted)
    return opened


def visited_office(office) -> tuple[Desk, list[int]]:
    clerk, mentor, people = office["clerk"], office["mentor"], office["people"]
    clerk.assignments.assign(people, mentor.user.id, dt.date(2026, 6, 1))
    mentor.visits.record(
        VisitDraft(
            people[0],
            TODAY - dt.timedelta(days=5),
            VisitMode.FIELD,
            follow_ups=(FollowUpDraft("ตามผลสมัครงาน", TODAY - dt.timedelta(days=1)),),
        )
    )
    return mentor, people


def test_the_workspace_is_read_in_one_unit_of_work(office, monkeypatch):
    mentor, people = visited_office(office)
    opened = units_of_work(monkeypatch, mentor)
    ws = mentor.workspace.overview(mentor.user.id)  # the office's rule, people and follow-ups
    assert len(opened) == 1
    assert [p.person_id for p in ws.people] == people
    assert [f.action for f in ws.follow_ups] == ["ตามผลสมัครงาน"]
    assert ws.every_days == 90
    mentor.workspace.people(mentor.user.id)  # the office's rule and the people together
    assert len(opened) == 2


def test_the_timeline_is_read_in_one_unit_of_work(office, monkeypatch):
    mentor, people = visited_office(office)
    clerk = office["clerk"]
    opened = units_of_work(monkeypatch, clerk)
    kinds = {t.kind for t in clerk.timeline(people[0])}
    assert len(opened) == 1
    assert kinds == {"status", "mentor", "visit"}


def test_figures_and_an_evaluation_that_opens_the_year_are_one_unit_of_work_each(
    office, monkeypatch
):
    mentor, people = visited_office(office)
    opened = units_of_work(monkeypatch, mentor)
    figures = dict(mentor.evaluations.figures(people[0], 2570))
    assert len(opened) == 1
    assert figures["การเยี่ยมที่ได้รับ"] == "1 ครั้ง"
    template = Desk(office["admin"].ctx).templates.template_for(2570)  # another user's desk
    assert len(opened) == 1
    scores = (8,) * len(template.criteria)
    mentor.evaluations.evaluate(EvaluationDraft(people[0], 2569, TODAY, scores))  # unseeded year
    assert len(opened) == 2
    assert [t.version for t in mentor.evaluations.templates(2569)] == [1]


def test_a_year_seeded_by_someone_else_a_moment_ago_is_used_not_seeded_again(office, monkeypatch):
    admin, mentor = office["admin"], office["mentor"]
    theirs = admin.templates.template_for(2570)
    real = templates.q.latest_template
    looked: list[int] = []

    def missed_once(s, fiscal_year):
        """The first look comes just before the other user's seed was committed."""
        looked.append(fiscal_year)
        return None if len(looked) == 1 else real(s, fiscal_year)

    monkeypatch.setattr(templates.q, "latest_template", missed_once)
    assert mentor.templates.template_for(2570).id == theirs.id
    assert len(looked) == 2
    monkeypatch.undo()
    assert [t.version for t in admin.templates.templates(2570)] == [1]


def test_the_visits_module_does_not_import_the_assignments_module():
    """The cycle visits <-> assignments must not come back: visits stands on its own."""
    code = (
        "import sys\n"
        "import desktop.services.mentoring.visits\n"
        "others = ('assignments', 'workspace', 'evaluations', 'printing')\n"
        "loaded = [m for m in others if f'desktop.services.mentoring.{m}' in sys.modules]\n"
        "print(' '.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []  # none of the other mentoring services came along
