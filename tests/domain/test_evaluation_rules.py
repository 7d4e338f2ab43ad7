"""Weighted totals, grades at the band edges, and who is due for a visit across fiscal years."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.evaluation import (
    DEFAULT_BANDS,
    Criterion,
    GradeBand,
    grade_for,
    score_errors,
    template_errors,
    weighted_total,
)
from desktop.domain.visits import (
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
    [(100, "ดีเด่น"), (90, "ดีเด่น"), (89.99, "ดี"), (75, "ดี"), (74.99, "พอใช้"),
     (60, "พอใช้"), (59.99, "ควรปรับปรุง"), (0, "ควรปรับปรุง")],
)  # fmt: skip
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
    assert visit_due_on(None, 30, dt.date(2026, 9, 15)) == dt.date(2026, 10, 15)


def test_evaluated_this_year_switches_on_1_october():
    done = {2569}
    assert evaluated_this_year(done, dt.date(2026, 9, 30))
    assert not evaluated_this_year(done, dt.date(2026, 10, 1))


def test_visit_messages():
    today = dt.date(2026, 11, 22)
    draft = VisitDraft(1, dt.date(2026, 11, 23), VisitMode.FIELD, next_visit_on=dt.date(2026, 11, 1),
                       follow_ups=(FollowUpDraft("  "),))  # fmt: skip
    errors = visit_errors(draft, today)
    assert set(errors) == {"visited_on", "next_visit_on", "follow_ups"}
    assert "รายการติดตามที่ 1" in errors["follow_ups"]
