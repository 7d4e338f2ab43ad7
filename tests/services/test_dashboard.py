"""The dashboard: every tile and bar against a count made here from the fixture's own list,
and against the list it opens (the queue or the registry with the link's filter), on SQLite
and PostgreSQL — the fiscal year's edges, a past year, an empty year, a district without a
case."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
import report_fixture as rf
from factories import draft
from sqlalchemy import update

from db.models import Case
from desktop import areas
from desktop.domain.cases.categories import Agency, Need
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.people import PersonKind, PersonStatus
from desktop.services.cases.queues import laid_over
from desktop.services.dashboard.records import CaseList, CoverageList, PeopleList
from desktop.services.desk import Desk

D = dt.date
TODAY = D(2026, 11, 22)  # the tests' clock
OVERDUE_ON = D(2026, 11, 1)


@pytest.fixture
def office(clerk, mentor):
    desk = Desk(clerk)
    specs = rf.build(clerk)
    # Two open cases overdue, one awaiting approval: the fixture has neither.
    with clerk.unit_of_work() as s:
        s.execute(update(Case).where(Case.seq.in_((2, 5, 9))).values(due_on=OVERDUE_ON))
        s.execute(update(Case).where(Case.seq == 3).values(pending_approval="close"))
    people = [
        desk.people.register(
            draft(1, first_name="หนึ่ง", responsible_subdistricts=["500101", "500102"])
        ).id,
        desk.people.register(
            draft(2, first_name="สอง", subdistrict_code="500203", responsible_subdistricts=[])
        ).id,
        desk.people.register(draft(3, first_name="สาม", responsible_subdistricts=["500104"])).id,
        desk.people.register(
            draft(
                4,
                first_name="สี่",
                kind=PersonKind.GRADUATE,
                responsible_subdistricts=[],
                appointed_on=None,
                contract_start=D(2025, 10, 1),
                contract_end=D(2026, 9, 30),
            )
        ).id,
    ]
    p = desk.people.get(people[2])
    desk.people.change_status(p.id, p.version, PersonStatus.RESIGNED, D(2026, 1, 1), "ลาออก")
    desk.assignments.assign(people[:2], mentor.user.id, D(2025, 9, 1))
    n = len(desk.evaluations.template_for(2569).criteria)
    desk.evaluations.evaluate(
        EvaluationDraft(people[0], 2569, D(2026, 3, 1), (4,) * n, evaluator_id=mentor.user.id)
    )
    return specs


def listed(ctx, link) -> int:
    """How many rows the window's list shows for ``link`` — the queue's and the registry's
    own counts, and the coverage list's rows."""
    desk = Desk(ctx)
    if isinstance(link, CaseList):
        return desk.cases.count(laid_over(desk.cases.filter_for(link.view), link.filter))
    if isinstance(link, PeopleList):
        return desk.people.count(link.filter)
    assert isinstance(link, CoverageList)
    rows = desk.dashboard.coverage(link.district_code)
    return sum(1 for r in rows if link.covered is None or (r.active_count > 0) == link.covered)


def every_number(board):
    for tile in board.tiles:
        yield f"tile {tile.key}", tile.value, tile.link
        if tile.before_link is not None:
            yield f"tile {tile.key} before", tile.before, tile.before_link
    for chart in board.charts:
        for series in chart.series:
            for category, bar in zip(chart.categories, series.bars, strict=True):
                n = bar.cases if bar.cases is not None else bar.value
                yield f"{chart.key} {series.group}{series.key} {category}", n, bar.link


@pytest.mark.parametrize("district", ["", "5001", rf.EMPTY_DISTRICT])
@pytest.mark.parametrize("fiscal_year", [2569, 2570, 2560])
def test_every_number_opens_a_list_of_that_many(office, supervisor, fiscal_year, district):
    board = Desk(supervisor).dashboard.dashboard(fiscal_year, district)
    numbers = list(every_number(board))
    assert len(numbers) > 100
    wrong = [
        (what, n, listed(supervisor, link))
        for what, n, link in numbers
        if n != listed(supervisor, link)
    ]
    assert wrong == []


def in_district(specs, district):
    return [s for s in specs if not district or s.district == district]


@pytest.mark.parametrize("district", ["", "5001", rf.EMPTY_DISTRICT])
def test_case_tiles_match_a_plain_count(office, supervisor, district):
    specs = in_district(office, district)
    board = Desk(supervisor).dashboard.dashboard(2569, district)
    assert board.month == (2026, 9)  # a year already over: its last month

    def is_open(s):
        return s.status not in ("closed", "rejected", "duplicate")

    seqs = {id(s): i for i, s in enumerate(office, start=1)}
    open_ = [s for s in specs if is_open(s)]
    assert board.tile("open").value == len(open_)
    assert board.tile("overdue").value == sum(1 for s in open_ if seqs[id(s)] in (2, 5, 9))
    assert board.tile("awaiting_approval").value == sum(1 for s in open_ if seqs[id(s)] == 3)

    def received(first, last):
        return sum(1 for s in specs if first <= s.received_on <= last and s.status != "duplicate")

    tile = board.tile("received")
    assert (tile.value, tile.before) == (
        received(D(2026, 9, 1), D(2026, 9, 30)),
        received(D(2026, 8, 1), D(2026, 8, 31)),
    )
    assert board.tile("resolved").value == sum(
        1
        for s in specs
        if s.outcome_on and rf.FIRST <= s.outcome_on <= rf.LAST and s.status != "duplicate"
    )


def test_this_month_is_todays_in_the_running_year(office, supervisor):
    board = Desk(supervisor).dashboard.dashboard(2570)
    assert board.month == (TODAY.year, TODAY.month)
    got = board.tile("received")
    assert (got.value, got.before) == (
        sum(1 for s in office if s.received_on.month == 11 and s.received_on.year == 2026),
        sum(1 for s in office if s.received_on >= D(2026, 10, 1) and s.status != "duplicate"),
    )


@pytest.mark.parametrize("district", ["", "5002"])
def test_needs_chart_this_year_beside_the_last(office, supervisor, district):
    board = Desk(supervisor).dashboard.dashboard(2569, district)
    chart = board.chart("needs")
    assert chart.categories[0] == "2025-10" and chart.categories[-1] == "2026-09"
    for year in (2568, 2569):
        shift = year - 2569
        expected = Counter(
            (n, s.received_on.year - shift, s.received_on.month)
            for s in in_district(office, district)
            if s.status != "duplicate"
            and D(2024 + (year - 2568), 10, 1) <= s.received_on <= D(2025 + (year - 2568), 9, 30)
            for n in s.needs
        )
        got = Counter()
        for series in (x for x in chart.series if x.group == str(year)):
            for category, bar in zip(chart.categories, series.bars, strict=True):
                y, m = map(int, category.split("-"))
                if bar.value:
                    got[(series.key, y, m)] = bar.value
        assert got == expected
    # 30 Sep 2025 is last year's September, 1 Oct 2025 this year's October.
    last_sep = next(x for x in chart.series if x.group == "2568" and x.key == "job")
    this_oct = next(x for x in chart.series if x.group == "2569" and x.key == "job")
    if not district:
        assert last_sep.bars[-1].value >= 1 and this_oct.bars[0].value >= 1


def test_status_and_days_charts_match_a_plain_count(office, supervisor):
    board = Desk(supervisor).dashboard.dashboard(2569)
    status = board.chart("status")
    got = {k: b.value for k, b in zip(status.categories, status.series[0].bars, strict=True)}
    expected = Counter(s.status for s in rf.in_scope(office, duplicates=True))
    assert got == {st.value: expected.get(st.value, 0) for st in CaseStatus}

    days = board.chart("days_to_outcome")
    in_year = rf.in_scope(office)
    for agency, bar in zip(days.categories, days.series[0].bars, strict=True):
        took = [
            (s.outcome_on - s.received_on).days
            for s in in_year
            if s.agency == agency and s.outcome_on
        ]
        assert bar.cases == len(took)
        assert bar.value == (rf.median(took) or 0.0)
        assert bar.extra == rf.pct(took, 0.9)
    assert days.categories == tuple(a.value for a in Agency)


def test_people_tiles_and_coverage(office, supervisor):
    board = Desk(supervisor).dashboard.dashboard(2569)
    # Active volunteers: the fixture's three reporters, หนึ่ง and สอง (สาม resigned; สี่ is
    # a graduate).
    assert board.tile("active_volunteers").value == 5
    # Covered: 500101, 500102 (หนึ่ง's areas) and 500203 (where สอง lives, no areas listed).
    every_sub = [s.code for d in areas.districts("50") for s in areas.subdistricts(d.code)]
    assert board.tile("uncovered").value == len(every_sub) - 3
    # Evaluations due for 2569: the six active people but หนึ่ง.
    assert board.tile("evaluations_due").value == 5
    coverage = board.chart("coverage")
    assert [s.key for s in coverage.series] == ["covered", "uncovered"]
    at = coverage.categories.index("5001")
    assert coverage.series[0].bars[at].value == 2  # 500101 (reporters too) and 500102
    assert coverage.series[1].bars[at].value == len(areas.subdistricts("5001")) - 2
    assert sum(b.value for s in coverage.series for b in s.bars) == len(every_sub)
    assert Desk(supervisor).dashboard.dashboard(2570).tile("evaluations_due").value == 6


def test_an_empty_year_and_a_district_without_cases(office, supervisor):
    empty = Desk(supervisor).dashboard.dashboard(2560)
    for key in ("received", "resolved"):
        assert empty.tile(key).value == 0
    assert all(b.value == 0 for s in empty.chart("needs").series for b in s.bars)
    assert all(b.value == 0 for b in empty.chart("status").series[0].bars)
    quiet = Desk(supervisor).dashboard.dashboard(2569, rf.EMPTY_DISTRICT)
    assert quiet.tile("open").value == 0
    assert quiet.chart("coverage").categories == (rf.EMPTY_DISTRICT,)


def test_years_offered_and_a_district_outside_the_province(office, supervisor):
    service = Desk(supervisor).dashboard
    assert service.fiscal_years() == [2570, 2569, 2568]  # the first case: 30 Sep 2025
    from desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        service.dashboard(2569, "1001")
    assert "1001" in caught.value.fields["district_code"]


def test_every_role_has_a_dashboard(office, mentor, clerk, admin):
    for ctx in (mentor, clerk, admin):
        board = Desk(ctx).dashboard.dashboard(2569)
        assert board.tile("open").value > 0
        assert {c.key for c in board.charts} == {
            "needs",
            "status",
            "days_to_outcome",
            "coverage",
        }
    assert [n.value for n in Need][0] == "job"
