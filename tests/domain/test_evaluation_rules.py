"""Weighted totals, grades at the band edges, and who is due for a visit across fiscal years."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.mentoring.evaluation import (
    DEFAULT_BANDS,
    Criterion,
    GradeBand,
    grade_for,
    score_errors,
    template_errors,
    weighted_total,
)
from desktop.domain.mentoring.visits import (
    FollowUpDraft,
    VisitDraft,
    VisitMode,
    evaluated_this_year,
    is_due_for_visit,
    visit_due_on,
    visit_errors,
)

CRITERIA = (Criterion("ก", 30, 10), Criterion("ข", 70, 5))


def test_weighted_total_counts_each_criterion_by_its_weight():
    assert weighted_total([10, 5], CRITERIA) == 100.0
    assert weighted_total([0, 0], CRITERIA) == 0.0
    assert weighted_total([10, 0], CRITERIA) == 30.0
    assert weighted_total([5, 5], CRITERIA) == 85.0
    assert weighted_total([7, 3], CRITERIA) == 63.0


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        (100, "ดีเด่น"),
        (90, "ดีเด่น"),
        (89.99, "ดี"),
        (75, "ดี"),
        (74.99, "พอใช้"),
        (60, "พอใช้"),
        (59.99, "ควรปรับปรุง"),
        (0, "ควรปรับปรุง"),
    ],
)
def test_grade_band_edges_are_inclusive_at_the_minimum(total, grade):
    assert grade_for(total, DEFAULT_BANDS) == grade


def test_band_order_does_not_matter():
    bands = (GradeBand("ต่ำ", 0), GradeBand("สูง", 50))
    assert grade_for(50, bands) == "สูง" and grade_for(49.9, bands) == "ต่ำ"


def test_score_and_template_messages_name_the_item():
    assert score_errors([11, None], CRITERIA) == {
        "score_0": "ข้อ 1: คะแนนต้องอยู่ระหว่าง 0 ถึง 10",
        "score_1": "กรุณาให้คะแนนข้อ 2",
    }
    assert template_errors("แบบ", CRITERIA, DEFAULT_BANDS) == {}
    errors = template_errors("", [Criterion("x", 0, 10)], [GradeBand("ดี", 50)])
    assert errors["name"] and "น้ำหนัก" in errors["criteria"] and "0 คะแนน" in errors["bands"]


def test_due_for_visit_counts_days_not_fiscal_years():
    every = 90
    last = dt.date(2026, 7, 2)  # FY 2569
    assert not is_due_for_visit(last, every, dt.date(2026, 9, 29))  # day 89
    assert is_due_for_visit(last, every, dt.date(2026, 9, 30))  # day 90: due on the last day of FY
    assert visit_due_on(last, every, last) == dt.date(2026, 9, 30)
    assert not is_due_for_visit(dt.date(2026, 9, 30), every, dt.date(2026, 10, 1))  # new FY, 1 day
    assert is_due_for_visit(None, every, dt.date(2026, 10, 1))
    assert visit_due_on(dt.date(2026, 9, 30), every, dt.date(2020, 1, 1)) == dt.date(2026, 12, 29)
    # Never visited: due from the day the mentoring began, and the shown date agrees.
    assert visit_due_on(None, 30, dt.date(2026, 9, 15)) == dt.date(2026, 9, 15)
    assert is_due_for_visit(None, 30, dt.date(2026, 9, 15), since=dt.date(2026, 9, 15))
    assert not is_due_for_visit(
        None, 30, dt.date(2026, 9, 14), since=dt.date(2026, 9, 15)
    )  # not begun


def test_evaluated_this_year_switches_on_1_october():
    done = {2569}
    assert evaluated_this_year(done, dt.date(2026, 9, 30))
    assert not evaluated_this_year(done, dt.date(2026, 10, 1))


def test_visit_messages():
    today = dt.date(2026, 11, 22)
    draft = VisitDraft(
        1,
        dt.date(2026, 11, 23),
        VisitMode.FIELD,
        next_visit_on=dt.date(2026, 11, 1),
        follow_ups=(FollowUpDraft("  "),),
    )
    errors = visit_errors(draft, today)
    assert set(errors) == {"visited_on", "next_visit_on", "follow_ups"}
    assert "รายการติดตามที่ 1" in errors["follow_ups"]


def test_evaluation_dates_and_years():
    from desktop.domain.mentoring.evaluation import (
        EvaluationDraft,
        evaluation_errors,
        fiscal_year_error,
    )

    today = dt.date(2026, 10, 1)  # first day of FY 2570
    assert fiscal_year_error(2570, today) is None
    assert "2571" in fiscal_year_error(2571, today)
    assert fiscal_year_error(2571, dt.date(2026, 9, 30)) and fiscal_year_error(
        2570, dt.date(2026, 9, 30)
    )
    ok = EvaluationDraft(1, 2570, today, (10, 5))
    assert evaluation_errors(ok, CRITERIA, today) == {}
    early = EvaluationDraft(1, 2570, dt.date(2026, 9, 30), (10, 5))
    assert "1 ต.ค. 2569" in evaluation_errors(early, CRITERIA, today)["evaluated_on"]
    late = EvaluationDraft(1, 2569, today, (10, 5))  # last year's, evaluated a day late
    assert evaluation_errors(late, CRITERIA, today) == {}
    wrong = EvaluationDraft(1, 2570, today + dt.timedelta(days=1), (10,))
    assert set(evaluation_errors(wrong, CRITERIA, today)) == {"scores", "evaluated_on"}


def test_weighted_total_with_uneven_weights_and_maxima():
    criteria = (Criterion("ก", 25, 10), Criterion("ข", 20, 10), Criterion("ค", 15, 5))
    # 8/10*25 + 5/10*20 + 5/5*15 = 20 + 10 + 15 = 45 of 60 -> 75.0: exactly the edge of ดี
    assert weighted_total([8, 5, 5], criteria) == 75.0
    assert grade_for(weighted_total([8, 5, 5], criteria), DEFAULT_BANDS) == "ดี"
    assert weighted_total([], ()) == 0.0


def test_workspace_lists_longest_waiting_first():
    from desktop.domain.mentoring.records import MentoredPerson, MentorWorkspace
    from desktop.domain.mentoring.visits import FollowUpInfo

    today = dt.date(2026, 11, 22)

    def person(pid, last, due, evaluated=False):
        return MentoredPerson(
            pid, f"p{pid}", "", "", "", 1, "m", None, last, None, due, 0, evaluated
        )

    people = (
        person(1, dt.date(2026, 8, 1), True),
        person(2, None, True, True),
        person(3, dt.date(2026, 11, 1), False),
        person(4, dt.date(2026, 5, 1), True, True),
    )
    follow_ups = (
        FollowUpInfo(1, 1, "a", today, None),
        FollowUpInfo(2, 1, "b", today + dt.timedelta(days=1), None),
        FollowUpInfo(3, 1, "c", None, None),
    )
    ws = MentorWorkspace(1, today, 2570, 90, people, follow_ups)
    assert [p.person_id for p in ws.due_for_visit] == [2, 4, 1]
    assert [p.person_id for p in ws.not_evaluated] == [1, 3]
    assert [f.action for f in ws.follow_ups_due] == ["a"]
    assert follow_ups[0].overdue(today + dt.timedelta(days=1)) and not follow_ups[0].overdue(today)
    assert not follow_ups[2].overdue(today + dt.timedelta(days=365))


def test_keyed_in_for_a_mentor_is_decided_by_user_id_not_name():
    from desktop.domain.mentoring.visits import VisitInfo

    def visit(mentor_id, entered_by_id, mentor="สมชาย ใจดี", entered="สมชาย ใจดี"):
        return VisitInfo(
            1,
            1,
            1,
            "x",
            mentor_id,
            mentor,
            entered,
            dt.date(2026, 11, 1),
            VisitMode.FIELD,
            "",
            (),
            (),
            "",
            "",
            "",
            (),
            None,
            entered_by_id,
        )

    assert visit(2, 5).keyed_for_mentor  # a clerk with the same name as the mentor
    assert not visit(2, 2).keyed_for_mentor
    assert visit(2, None, entered="วันดี").keyed_for_mentor  # records without ids compare names
