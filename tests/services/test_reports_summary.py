"""Report 4, the one-page summary: every headline against a count made here from the
fixture's own list (SQLite and PostgreSQL) — cases either side of 30 Sep / 1 Oct, a month
with none, changes from zero — and the PDF (one page, Thai headlines and numbers), the
Excel file (numbers, not text) read back."""

from __future__ import annotations

import calendar
import datetime as dt
import io
from dataclasses import dataclass

import pytest
from factories import draft
from openpyxl import load_workbook
from pypdf import PdfReader

from db.models import Case, CaseNeed
from db.queries.cases import needs_mask
from desktop import areas
from desktop.domain.collation import thai_sort_key
from desktop.domain.errors import PermissionDenied
from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.mentoring.visits import VisitDraft, VisitMode
from desktop.domain.people import PersonKind, PersonStatus
from desktop.domain.reports import ReportPeriod
from desktop.services.desk import Desk
from desktop.services.reports import report_service
from desktop.services.reports.summary_report import SummaryReport, change, shift

D = dt.date


@dataclass
class C:
    received: dt.date
    needs: tuple[str, ...] = ("job",)
    referred: dt.date | None = None
    outcome: dt.date | None = None
    closed: dt.date | None = None
    due: dt.date | None = None
    status: str = "received"
    district: str = "5001"

    @property
    def is_open(self) -> bool:
        return self.closed is None and self.status not in ("closed", "rejected", "duplicate")


# Oct 2025 (a year before), Aug 2026 (no case at all), Sep 2026, Oct 2026, Nov 2026 (today).
CASES = [
    C(D(2025, 9, 30), ("job",), D(2025, 10, 1), D(2025, 10, 20), D(2025, 10, 20), status="closed"),
    C(D(2025, 10, 1), ("training", "job"), D(2025, 10, 3), due=D(2025, 10, 10), status="referred"),
    C(D(2025, 10, 31), ("safety",), status="duplicate"),
    C(D(2026, 7, 5), ("other",), D(2026, 7, 6), D(2026, 9, 30), status="resolved"),
    C(D(2026, 9, 1), ("job",), due=D(2026, 9, 8)),
    C(D(2026, 9, 30), ("protection",), D(2026, 9, 30), due=D(2026, 10, 30), status="referred"),
    C(D(2026, 9, 30), ("job",), closed=D(2026, 10, 1), status="rejected"),
    C(
        D(2026, 10, 1),
        ("abroad",),
        D(2026, 10, 2),
        D(2026, 10, 25),
        D(2026, 10, 26),
        status="closed",
    ),
    C(D(2026, 10, 1), ("social_security",), due=D(2026, 10, 8), district="5002"),
    C(D(2026, 10, 31), ("job", "safety"), D(2026, 11, 2), status="referred"),
    C(D(2026, 11, 3), ("training",), due=D(2026, 11, 10)),
]
VISITS = [D(2025, 10, 10), D(2026, 9, 30), D(2026, 10, 1), D(2026, 10, 31), D(2026, 11, 1)]


@pytest.fixture
def office(admin, clerk, mentor):
    desk = Desk(clerk)
    people = [
        desk.people.register(
            draft(1, first_name="หนึ่ง", responsible_subdistricts=["500101", "500102"])
        ).id,
        desk.people.register(draft(2, first_name="สอง", responsible_subdistricts=["500203"])).id,
        desk.people.register(
            draft(
                3,
                first_name="สาม",
                kind=PersonKind.GRADUATE,
                responsible_subdistricts=[],
                appointed_on=None,
                contract_start=D(2025, 10, 1),
                contract_end=D(2026, 9, 30),
            )
        ).id,
    ]
    p = desk.people.get(people[1])
    desk.people.change_status(p.id, p.version, PersonStatus.SUSPENDED, D(2026, 11, 1), "ลา")
    desk.assignments.assign(people[:1], mentor.user.id, D(2025, 9, 1))
    for on in VISITS:
        desk.visits.record(VisitDraft(people[0], on, VisitMode.FIELD, mentor_id=mentor.user.id))
    n = len(desk.evaluations.template_for(2570).criteria)
    desk.evaluations.evaluate(
        EvaluationDraft(people[0], 2570, D(2026, 10, 20), (5,) * n, evaluator_id=mentor.user.id)
    )
    with clerk.unit_of_work() as s:
        for seq, c in enumerate(CASES, start=1):
            case = Case(
                case_no=f"ลป S/{seq:05d}",
                case_prefix="ลป",
                fiscal_year=2570,
                seq=seq,
                received_on=c.received,
                channel="walk_in",
                person_name=f"ผู้ร้อง {seq}",
                person_sort_key=thai_sort_key(f"ผู้ร้อง {seq}"),
                subdistrict_code=c.district + "01",
                district_code=c.district,
                status=c.status,
                is_open=c.is_open,
                status_since=c.received,
                due_on=c.due,
                agency="doe" if c.referred else None,
                referred_on=c.referred,
                outcome="placed" if c.outcome else None,
                outcome_on=c.outcome,
                closed_on=c.closed,
                needs_mask=needs_mask(c.needs),  # as intake derives it
            )
            case.needs = [CaseNeed(need=x) for x in c.needs]
            s.add(case)
    # Covered now: 500101 and 500102 by the active volunteer (the suspended one's and the
    # graduate's do not count).
    uncovered = sum(
        1
        for d in areas.districts("50")
        for sub in areas.subdistricts(d.code)
        if sub.code not in ("500101", "500102")
    )
    return uncovered


# -- the same figures, counted here --------------------------------------------------------
def month(y: int, m: int) -> tuple[dt.date, dt.date]:
    return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])


def expected(y: int, m: int, today: dt.date, district: str = "") -> list[int]:
    first, last = month(y, m)
    end = min(last, today)
    cs = [c for c in CASES if c.status != "duplicate" and (not district or c.district == district)]

    def finished(c: C):
        return c.outcome or c.closed

    def open_at(c: C) -> bool:
        return c.received <= end and (c.closed > end if c.closed else c.is_open)

    return [
        sum(first <= c.received <= last for c in cs),
        sum(bool(c.referred) and first <= c.referred <= last for c in cs),
        sum(bool(finished(c)) and first <= finished(c) <= last for c in cs),
        sum(open_at(c) for c in cs),
        sum(open_at(c) and c.due is not None and c.due < end for c in cs),
        None,
        None,
        sum(first <= v <= last for v in VISITS) if not district or district == "5001" else 0,
        int(first <= D(2026, 10, 20) <= last) if not district or district == "5001" else 0,
    ]


def _rows(report):
    (table,) = report.tables
    return table.rows


@pytest.mark.parametrize(
    ("to", "now", "prev", "year"),
    [
        ("10/2569", (2026, 10), (2026, 9), (2025, 10)),  # the month after 30 Sep
        ("", (2026, 11), (2026, 10), (2025, 11)),  # the year under way: today's month
    ],
)
def test_every_headline_matches_an_independent_count(clerk, office, to, now, prev, year):
    today = clerk.today()
    assert shift(*now, -1) == prev and shift(*now, -12) == year
    period = ReportPeriod.parse(2570, "", to)
    rows = _rows(SummaryReport(clerk).build(period))
    mine, before, ago = expected(*now, today), expected(*prev, today), expected(*year, today)
    assert len(rows) == 9
    for i, row in enumerate(rows):
        if mine[i] is None:
            continue
        assert row[1:] == (
            mine[i],
            before[i],
            *change(mine[i], before[i]),
            ago[i],
            *change(mine[i], ago[i]),
        ), row[0]
    assert rows[5][1:] == (1, None, None, None, None, None, None)  # one active volunteer
    assert rows[6][1] == office


def test_a_month_after_one_with_nothing_changes_from_zero(clerk, office):
    # August 2026 has no case: September's change from it is a difference, no percent.
    rows = _rows(SummaryReport(clerk).build(ReportPeriod.parse(2569, "", "09/2569")))
    assert expected(2026, 8, clerk.today())[0] == 0
    received = rows[0]
    assert received[1] == 3 and received[2] == 0 and received[3:5] == (3, None)
    # the month before nothing (July → August): a fall to zero is -100 %.
    rows = _rows(SummaryReport(clerk).build(ReportPeriod.parse(2569, "", "08/2569")))
    assert rows[0][1:5] == (0, 1, -1, -100.0)


def test_change():
    assert change(5, 0) == (5, None)
    assert change(0, 0) == (0, None)
    assert change(3, 4) == (-1, -25.0)
    assert change(None, 4) == (None, None)


def test_one_district(clerk, office):
    rows = _rows(SummaryReport(clerk).build(ReportPeriod.parse(2570, "", "10/2569", "5002")))
    mine = expected(2026, 10, clerk.today(), "5002")
    assert [r[1] for r in rows][:5] == mine[:5] and rows[0][1] == 1
    assert rows[7][1] == 0 and rows[8][1] == 0


def test_charts_cover_the_year_so_far(clerk, office):
    report = SummaryReport(clerk).build(ReportPeriod.parse(2570))
    stacked, line = report.charts
    assert stacked.kind == "stacked" and line.kind == "line"
    assert len(stacked.categories) == 2  # Oct and Nov 2026: up to today
    totals = [sum(s[1][i] for s in stacked.series) for i in range(2)]
    # needs, a case counted under each: Oct 2026 abroad, social security, job + safety
    assert totals == [4.0, 1.0]
    (received, finished) = line.series
    assert received[1] == (3.0, 1.0)
    # Oct 2026: the case closed with its outcome on 25 Oct, the one rejected on 1 Oct
    assert finished[1] == (2.0, 0.0)


def test_the_pdf_is_one_page_with_the_headlines(clerk, office):
    out = io.BytesIO()
    report = report_service("summary", clerk).write(
        ReportPeriod.parse(2570, "", "10/2569"), out, fmt="pdf"
    )
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == 1
    # the PDF's text holds sara am as nikhahit + sara aa
    text = reader.pages[0].extract_text().replace("\u0e4d\u0e32", "\u0e33")
    for row in report.tables[0].rows:
        assert row[0].split(" (")[0] in text
    assert "รายงานสรุปผลการดำเนินงานประจำเดือน" in text and "ตุลาคม 2569" in text
    assert "หน้า 1/1" in text
    numbers = " ".join(text.split())
    assert f" {office:,} " in f" {numbers} "


def test_the_xlsx_has_numbers(clerk, office):
    out = io.BytesIO()
    report = SummaryReport(clerk).write(ReportPeriod.parse(2570, "", "10/2569"), out, fmt="xlsx")
    sheet = load_workbook(io.BytesIO(out.getvalue())).worksheets[0]
    found = {r[0]: r[1:] for r in sheet.iter_rows(values_only=True) if r and r[0]}
    for row in report.tables[0].rows:
        cells = found[row[0]]
        assert cells[: len(row) - 1] == row[1:]
        assert isinstance(cells[0], int)


def test_needs_permission(mentor, office):
    with pytest.raises(PermissionDenied):
        SummaryReport(mentor).build(ReportPeriod.parse(2570))
