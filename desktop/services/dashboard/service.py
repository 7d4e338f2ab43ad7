"""The dashboard: where the work stands for one fiscal year (BE) and, optionally, one
district — read in one unit of work, every figure by the query the reports use or by the
queue's own count of the list it links to, so a number and the list behind it agree.

"Now" figures (open, overdue, awaiting approval, active volunteers, coverage) are the
database as it stands; the others belong to the chosen year. For a year already over, its
last month stands in for "this month"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Case
from db.queries import cases as case_queries
from db.queries import reports_cases as qc
from db.queries import reports_people as qp
from db.queries.cases import CaseFilter
from db.queries.people import PersonFilter
from desktop.domain.cases.categories import Agency, Need
from desktop.domain.cases.records import QueueView
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.fiscal_year import fiscal_year_bounds, fiscal_year_of
from desktop.domain.people import PersonStatus
from desktop.domain.permissions import Permission
from desktop.domain.report_figures import CoverageRow
from desktop.domain.reports import month_bounds, months_between, percentile, shift_month
from desktop.services.accounts import AccountService
from desktop.services.cases.queues import filter_for, for_query, laid_over
from desktop.services.context import ServiceContext
from desktop.services.dashboard.records import (
    Bar,
    CaseList,
    Chart,
    CoverageList,
    Dashboard,
    PeopleList,
    Series,
    Tile,
)
from desktop.services.reports.network import coverage_rows
from desktop.services.reports.period import check_period

ACTIVE = PersonStatus.ACTIVE.value
_Part = tuple[list[Tile], list[Chart]]
_pool: ThreadPoolExecutor | None = None


def _readers() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="dashboard")
    return _pool


def _received(first: dt.date, last: dt.date, district: str, **narrower) -> CaseList:
    """Every case received from ``first`` to ``last`` (in the district), narrowed further."""
    return CaseList(
        QueueView.ALL,
        CaseFilter(received_from=first, received_to=last, district_code=district, **narrower),
    )


class DashboardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def fiscal_years(self) -> list[int]:
        """The years a user can pick, newest first: this one back to the first case's."""
        self.ctx.require(Permission.VIEW_PEOPLE)
        this_year = fiscal_year_of(self.ctx.today())
        with self.ctx.unit_of_work() as s:
            first = s.scalar(select(func.min(Case.received_on)))
        oldest = min(fiscal_year_of(first), this_year) if first else this_year - 1
        return list(range(this_year, oldest - 1, -1))

    def dashboard(self, fiscal_year: int, district_code: str = "") -> Dashboard:
        """The tiles and charts of ``fiscal_year`` (BE), of one district or the province."""
        self.ctx.require(Permission.VIEW_PEOPLE)
        today = self.ctx.today()
        first, last = fiscal_year_bounds(fiscal_year)
        district = district_code or ""
        at = min(last, max(today, first))  # "this month": today's, or the year's last
        province = AccountService(self.ctx).required_office().province_code
        check_period(first, last, district, province)
        cases = self.ctx.can(Permission.VIEW_CASES)

        def people(s: Session):
            coverage = self._coverage(s, province, district)
            tiles = self._people_tiles(s, fiscal_year, district, coverage)
            return tiles, [self._coverage_chart(coverage)]

        def case_tiles(s: Session):
            return self._case_tiles(s, fiscal_year, district, at), []

        def needs(s: Session):
            return [], [self._needs_chart(s, fiscal_year, district)]

        def steps(s: Session):
            return [], [
                self._status_chart(s, first, last, district),
                self._days_chart(s, first, last, district),
            ]

        parts = [case_tiles, needs, steps, people] if cases else [people]
        tiles, charts = [], []
        for part_tiles, part_charts in self._read_together(parts):
            tiles += part_tiles
            charts += part_charts
        return Dashboard(
            fiscal_year, district, today, (at.year, at.month), tuple(tiles), tuple(charts)
        )

    def _read_together(self, parts: list[Callable[[Session], _Part]]) -> list[_Part]:
        """Each part in its own unit of work, side by side: the figures are independent
        GROUP BYs over the same index, and SQLite (WAL) and PostgreSQL serve concurrent
        readers, so the page waits for the slowest part rather than for their sum."""

        def read(part: Callable[[Session], _Part]) -> _Part:
            with self.ctx.unit_of_work() as s:
                return part(s)

        return list(_readers().map(read, parts))

    def coverage(self, district_code: str = "") -> tuple[CoverageRow, ...]:
        """Every subdistrict of the province (or district) with its active volunteers, those
        without one first — the list behind the coverage tile and bars."""
        self.ctx.require(Permission.VIEW_PEOPLE)
        province = AccountService(self.ctx).required_office().province_code
        with self.ctx.unit_of_work() as s:
            return self._coverage(s, province, district_code)

    # -- tiles ---------------------------------------------------------------------------
    def _case_tiles(self, s: Session, fiscal_year: int, district: str, at: dt.date) -> list[Tile]:
        first, last = fiscal_year_bounds(fiscal_year)
        this_month = month_bounds(at.year, at.month)
        last_month = month_bounds(*shift_month(at.year, at.month, -1))

        def received(bounds):
            return _received(*bounds, district, without_duplicates=True)

        links = {
            "open": CaseList(QueueView.ALL_OPEN, CaseFilter(district_code=district)),
            "overdue": CaseList(QueueView.OVERDUE, CaseFilter(district_code=district)),
            "awaiting_approval": CaseList(
                QueueView.AWAITING_APPROVAL, CaseFilter(district_code=district)
            ),
            "received": received(this_month),
            "received_before": received(last_month),
            "resolved": CaseList(
                QueueView.ALL,
                CaseFilter(
                    finished_from=first,
                    finished_to=last,
                    without_duplicates=True,
                    district_code=district,
                ),
            ),
        }
        counts = self.case_counts(s, links)
        return [
            Tile("open", counts["open"], links["open"]),
            Tile("overdue", counts["overdue"], links["overdue"]),
            Tile("awaiting_approval", counts["awaiting_approval"], links["awaiting_approval"]),
            Tile(
                "received",
                counts["received"],
                links["received"],
                counts["received_before"],
                links["received_before"],
            ),
            Tile("resolved", counts["resolved"], links["resolved"]),
        ]

    def case_counts(self, s: Session, links: dict[str, CaseList]) -> dict[str, int]:
        """How many cases each list holds, counted as the queue counts it (open lists in
        one query)."""
        filters = {
            key: for_query(laid_over(filter_for(self.ctx, link.view), link.filter))
            for key, link in links.items()
        }
        return case_queries.count_views(s, filters)

    def _people_tiles(
        self, s: Session, fiscal_year: int, district: str, coverage: tuple[CoverageRow, ...]
    ) -> list[Tile]:
        where = {"district_code": district or None}
        active_by_kind = qp.people_by(s, "kind", status=ACTIVE, **where)
        volunteers = sum(active_by_kind.get(k, 0) for k in qp.VOLUNTEER_KINDS)
        progress = qp.evaluation_progress_by_district(s, fiscal_year, status=ACTIVE, **where)
        due = sum(int(people or 0) - int(done or 0) for _d, people, done in progress)
        return [
            Tile(
                "active_volunteers",
                volunteers,
                PeopleList(
                    PersonFilter(
                        kinds=qp.VOLUNTEER_KINDS, statuses=(ACTIVE,), district_code=district
                    )
                ),
            ),
            Tile(
                "uncovered",
                sum(1 for r in coverage if not r.active_count),
                CoverageList(district, covered=False),
            ),
            Tile(
                "evaluations_due",
                due,
                PeopleList(
                    PersonFilter(
                        statuses=(ACTIVE,), district_code=district, not_evaluated_in=fiscal_year
                    )
                ),
            ),
        ]

    # -- charts --------------------------------------------------------------------------
    def _needs_chart(self, s: Session, fiscal_year: int, district: str) -> Chart:
        """Needs per month by category: this year's stack beside last year's, month by
        month (October first); a case with two needs is in both stacks, as in the report."""
        series = []
        months = months_between(*fiscal_year_bounds(fiscal_year))
        for year in (fiscal_year - 1, fiscal_year):
            first, last = fiscal_year_bounds(year)
            grid = {
                (n, y, m): c for n, y, m, c in qc.needs_by_month(s, qc.Scope(first, last, district))
            }
            shift = year - fiscal_year  # last year's October sits beside this year's
            for need in Need:
                bars = []
                for y, m in months:
                    y += shift
                    a, b = month_bounds(y, m)
                    link = _received(a, b, district, needs=(need.value,), without_duplicates=True)
                    bars.append(Bar(grid.get((need.value, y, m), 0), link))
                series.append(Series(need.value, tuple(bars), group=str(year)))
        return Chart(
            "needs", "stacked", tuple(f"{y:04d}-{m:02d}" for y, m in months), tuple(series)
        )

    def _status_chart(self, s: Session, first: dt.date, last: dt.date, district: str) -> Chart:
        """Where the year's cases stand now, every status in workflow order."""
        counts = qc.by_status(s, qc.Scope(first, last, district))
        bars = tuple(
            Bar(counts.get(st.value, 0), _received(first, last, district, statuses=(st.value,)))
            for st in CaseStatus
        )
        return Chart(
            "status",
            "bar",
            tuple(st.value for st in CaseStatus),
            (Series("cases", bars),),
            horizontal=True,
        )

    def _days_chart(self, s: Session, first: dt.date, last: dt.date, district: str) -> Chart:
        """Median days from received to outcome at each agency (the 90th percentile and the
        number of cases in the tooltip), over the year's cases with an outcome."""
        histograms = qc.day_histograms(s, qc.Scope(first, last, district), "outcome")
        bars = []
        for agency in Agency:
            hist = histograms.get(agency.value, {})
            bars.append(
                Bar(
                    percentile(hist, 0.5) or 0.0,
                    _received(
                        first,
                        last,
                        district,
                        agency=agency.value,
                        has_outcome=True,
                        without_duplicates=True,
                    ),
                    cases=sum(hist.values()),
                    extra=percentile(hist, 0.9),
                )
            )
        return Chart(
            "days_to_outcome",
            "bar",
            tuple(a.value for a in Agency),
            (Series("median_days", tuple(bars)),),
            horizontal=True,
        )

    def _coverage(self, s: Session, province_code: str, district: str) -> tuple[CoverageRow, ...]:
        covered = qp.active_volunteers_by_subdistrict(
            s, status=ACTIVE, district_code=district or None
        )
        return coverage_rows(province_code, district or None, covered)

    def _coverage_chart(self, coverage: tuple[CoverageRow, ...]) -> Chart:
        """Per district, its subdistricts with an active volunteer and those without."""
        order: dict[str, list[int]] = {}
        for r in sorted(coverage, key=lambda r: r.district_code):
            order.setdefault(r.district_code, [0, 0])[0 if r.active_count else 1] += 1
        districts = tuple(order)
        return Chart(
            "coverage",
            "stacked",
            districts,
            tuple(
                Series(
                    key,
                    tuple(Bar(order[d][i], CoverageList(d, covered=(i == 0))) for d in districts),
                )
                for i, key in enumerate(("covered", "uncovered"))
            ),
            horizontal=True,
        )


__all__ = ["DashboardService"]
