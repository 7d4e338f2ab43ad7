"""Reports 2 and 3 as documents: the network and mentoring figures laid out as the PDF and the
Excel file print them — every number the same as the figures service's, the PDF's text read
back, the workbook's cells real numbers (the CLI's run is in tests/cli/test_report_cli.py)."""

from __future__ import annotations

import openpyxl
import pytest
from factories import draft
from pypdf import PdfReader

from desktop import areas
from desktop.domain.errors import PermissionDenied
from desktop.domain.reports import ReportPeriod
from desktop.services.people.service import PeopleService
from desktop.services.reports import report_service
from desktop.services.reports.mentoring import MentoringReportService
from desktop.services.reports.network import NetworkReportService

YEAR = 2570  # the fixed clock's fiscal year


def table(report, starts: str):
    return next(t for t in report.tables if t.title.startswith(starts))


@pytest.fixture
def registered(clerk):
    people = PeopleService(clerk)
    for seed, sub in ((1, "500101"), (2, "500101"), (3, "500102"), (4, "500203")):
        people.register(draft(seed, subdistrict_code=sub, first_name=f"คนที่{seed}"))


def test_the_network_report_carries_the_figures(supervisor, registered, tmp_path):
    period = ReportPeriod.parse(YEAR)
    report = report_service("network", supervisor).build(period)
    first, last = period.bounds
    f = NetworkReportService(supervisor).figures(YEAR, first, last)
    summary = dict(table(report, "สรุป").rows)
    assert summary["ผู้ปฏิบัติงานอยู่ (อาสาสมัครและบัณฑิตแรงงาน)"] == f.active == 4
    assert summary["ตำบลที่ยังไม่มีอาสาสมัครแรงงาน"] == f.subdistricts_without_volunteer
    by_kind = table(report, "ผู้ปฏิบัติงานอยู่ จำแนกตามประเภท")
    assert by_kind.totals == ("รวม", 4)
    coverage = table(report, "ความครอบคลุมพื้นที่")
    province = sum(len(areas.subdistricts(d.code)) for d in areas.districts("50"))
    assert len(coverage.rows) == province and coverage.rows[0][2] == 0  # uncovered first
    assert coverage.totals[2] == sum(r.active_count for r in f.coverage)
    assert {r[1]: r[2] for r in coverage.rows if r[2]} == {
        r.subdistrict: r.active_count for r in f.coverage if r.active_count
    }


def test_the_network_report_prints_and_exports_the_same_numbers(supervisor, registered, tmp_path):
    service = report_service("network", supervisor)
    period = ReportPeriod.parse(YEAR)
    pdf, xlsx = tmp_path / "network.pdf", tmp_path / "network.xlsx"
    service.write(period, pdf)
    service.write(period, xlsx)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "รายงานเครือข่ายอาสาสมัครแรงงาน" in text and f"ปีงบประมาณ {YEAR}" in text
    assert "หน้า 1/" in text
    book = openpyxl.load_workbook(xlsx)
    sheet = next(ws for ws in book.worksheets if ws["A1"].value == "สรุป")
    values = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    assert values["ผู้ปฏิบัติงานอยู่ (อาสาสมัครและบัณฑิตแรงงาน)"] == 4  # a number, not text


def test_the_mentoring_report_carries_the_figures(supervisor, registered, tmp_path):
    period = ReportPeriod.parse(YEAR)
    report = report_service("mentoring", supervisor).build(period)
    first, last = period.bounds
    f = MentoringReportService(supervisor).figures(YEAR, first, last)
    visits = table(report, "การเยี่ยม")
    assert visits.rows == () and visits.note  # nobody visited yet: said, not an empty grid
    assert visits.totals[-1] == f.visits == 0
    assert len(visits.headers) == 2 + len(period.months)
    due = table(report, "ผู้ที่ยังไม่ได้รับการเยี่ยม")
    assert due.totals == ("รวม", f.not_visited_total) and f.not_visited_total == 4
    progress = table(report, f"การประเมินผลประจำปีงบประมาณ {YEAR}")
    assert progress.totals[1:] == (
        sum(r.due for r in f.evaluation_progress),
        sum(r.done for r in f.evaluation_progress),
        sum(r.due - r.done for r in f.evaluation_progress),
    )
    pdf = tmp_path / "mentoring.pdf"
    report_service("mentoring", supervisor).write(period, pdf)
    assert "รายงานการเยี่ยมและประเมินผล" in "".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_mentors_may_not_print_the_reports(mentor, tmp_path):
    for name in ("network", "mentoring"):
        with pytest.raises(PermissionDenied):
            report_service(name, mentor).build(ReportPeriod.parse(YEAR))


def test_a_future_year_is_empty_not_an_error(supervisor, registered):
    report = report_service("network", supervisor).build(ReportPeriod.parse(YEAR + 1))
    assert dict(table(report, "สรุป").rows)["แต่งตั้งใหม่ในช่วงรายงาน"] == 0
