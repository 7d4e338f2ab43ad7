"""The Referrals report: every figure against the same figure counted again from the fixture's
own list (SQLite and PostgreSQL), the fiscal year's edges, an empty year, a district without
cases, who may see it, and the PDF and Excel files read back."""

from __future__ import annotations

import io
import json
import re

import pytest
import report_fixture as fx
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text

from db.models import AuditEvent
from desktop.domain.cases.categories import (
    AGENCY_LABELS,
    CHANNEL_LABELS,
    NEED_LABELS,
    OUTCOME_LABELS,
    Agency,
    Channel,
    Need,
    Outcome,
)
from desktop.domain.cases.service_levels import Step
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.reports import ReportPeriod
from desktop.services.reports import report_service
from desktop.services.reports.referrals import ReferralsReportService


@pytest.fixture
def specs(clerk):
    return fx.build(clerk)


def _table(report, starts: str):
    exact = [t for t in report.tables if t.title == starts]
    (table,) = exact or [t for t in report.tables if t.title.startswith(starts)]
    return table


def _rows(table) -> dict:
    return {r[0]: r[1:] for r in table.rows}


def test_every_figure_matches_an_independent_count(clerk, specs):
    report = ReferralsReportService(clerk).build(ReportPeriod(fx.FY))
    cases = fx.in_scope(specs)
    assert len(cases) < len(fx.in_scope(specs, duplicates=True))  # duplicates are left out

    # needs × month (a case counts once under each of its needs)
    needs = _table(report, "ความต้องการที่ได้รับ")
    months = [(y, m) for y in (2025, 2026) for m in range(1, 13) if (y, m) >= (2025, 10)][:12]
    assert len(needs.headers) == 1 + 12 + 1
    for need in Need:
        expected = [
            sum(
                1
                for c in cases
                if need.value in c.needs and (c.received_on.year, c.received_on.month) == ym
            )
            for ym in months
        ]
        assert list(_rows(needs)[NEED_LABELS[need]]) == [*expected, sum(expected)]
    assert needs.totals[-1] == sum(len(c.needs) for c in cases)
    # the edges: 1 Oct 2025 and 30 Sep 2026 are in, 30 Sep 2025 and 1 Oct 2026 are not
    assert needs.totals[1] == sum(len(c.needs) for c in cases if c.received_on.month == 10)
    assert any(c.received_on == fx.FIRST for c in cases)
    assert any(c.received_on == fx.LAST for c in cases)

    districts = _table(report, "เรื่องที่ได้รับ จำแนกตามอำเภอ")
    by_d = fx.counter(c.district for c in cases)
    assert dict(districts.rows) == {"เมืองเชียงใหม่": by_d["5001"], "จอมทอง": by_d["5002"]}
    assert districts.totals == ("รวม", len(cases))
    subs = _table(report, "เรื่องที่ได้รับ จำแนกตามอำเภอและตำบล")
    by_s = fx.counter(c.subdistrict for c in cases)
    names = {"500101": "ศรีภูมิ", "500102": "พระสิงห์", "500203": "บ้านหลวง"}
    assert {r[1]: r[2] for r in subs.rows} == {names[k]: n for k, n in by_s.items()}
    assert subs.totals[-1] == len(cases)

    channels = _table(report, "เรื่องที่ได้รับ จำแนกตามช่องทาง")
    by_c = fx.counter(c.channel for c in cases)
    assert _rows(channels) == {CHANNEL_LABELS[ch]: (by_c[ch.value],) for ch in Channel}

    statuses = _table(report, "สถานะปัจจุบัน")
    everyone = fx.in_scope(specs, duplicates=True)
    by_st = fx.counter(c.status for c in everyone)
    assert _rows(statuses) == {st.label: (by_st[st.value],) for st in CaseStatus}
    assert statuses.totals[-1] == len(everyone)

    agencies = _table(report, "การส่งต่อ จำแนกตามหน่วยงาน")
    for agency in Agency:
        went = [c for c in cases if c.agency == agency.value]
        to_ref = [(c.referred_on - c.received_on).days for c in went if c.referred_on]
        to_out = [(c.outcome_on - c.received_on).days for c in went if c.outcome_on]
        expected = (
            len(went),
            _r(fx.median(to_ref)),
            _r(fx.pct(to_ref, 0.9)),
            len(to_out),
            _r(fx.median(to_out)),
            _r(fx.pct(to_out, 0.9)),
        )
        assert _rows(agencies)[AGENCY_LABELS[agency]] == expected, agency
    all_out = [(c.outcome_on - c.received_on).days for c in cases if c.outcome_on]
    assert agencies.totals[5] == _r(fx.median(all_out))
    assert agencies.totals[6] == _r(fx.pct(all_out, 0.9))

    levels = _table(report, "ร้อยละที่ดำเนินการแล้วเสร็จ")
    days = fx.service_days(clerk)
    expected_levels = {}
    for c in cases:
        if c.agency is None:
            continue
        legs = [("screen", c.received_on, c.referred_on)]
        legs.append(("office" if c.agency == "office" else "agency", c.referred_on, c.outcome_on))
        for step, start, end in legs:
            if start is None or end is None:
                continue
            key = (Step(step).label, AGENCY_LABELS[Agency(c.agency)])
            n, w = expected_levels.get(key, (0, 0))
            within = (end - start).days <= fx.allowed(days, step, c.needs)
            expected_levels[key] = (n + 1, w + within)
    got = {(r[0], r[1]): (r[2], r[3]) for r in levels.rows}
    assert got == expected_levels
    for r in levels.rows:
        assert r[4] == round(r[3] / r[2] * 100, 1)

    outcomes = _table(report, "ผลการดำเนินการ")
    by_o = fx.counter(c.outcome for c in cases if c.outcome)
    assert _rows(outcomes) == {OUTCOME_LABELS[o]: (by_o[o.value],) for o in Outcome}

    returns = _table(report, "การส่งคืน")
    by_r = fx.counter((CaseStatus(st).label, reason) for c in cases for st, reason in c.back)
    assert {(r[0], r[1]): r[2] for r in returns.rows} == dict(by_r)

    reporters = _table(report, "อาสาสมัครและบัณฑิต")
    by_p = fx.counter(c.reporter for c in cases if c.reporter)
    assert sorted(r[3] for r in reporters.rows) == sorted(by_p.values())
    assert [r[3] for r in reporters.rows] == sorted(by_p.values(), reverse=True)


def _r(value):
    return None if value is None else round(value, 1)


def test_percentile_matches_percentile_cont_on_postgresql(clerk, specs, database):
    if database.engine.dialect.name != "postgresql":
        pytest.skip("percentile_cont is PostgreSQL's")
    report = ReferralsReportService(clerk).build(ReportPeriod(fx.FY))
    agencies = _rows(_table(report, "การส่งต่อ จำแนกตามหน่วยงาน"))
    sql = text(
        "SELECT agency, percentile_cont(0.5) WITHIN GROUP (ORDER BY outcome_on - received_on),"
        " percentile_cont(0.9) WITHIN GROUP (ORDER BY outcome_on - received_on)"
        " FROM referral_case WHERE received_on BETWEEN :a AND :b AND status <> 'duplicate'"
        " AND agency IS NOT NULL AND outcome_on IS NOT NULL GROUP BY agency"
    )
    with database.sessions() as s:
        rows = s.execute(sql, {"a": fx.FIRST, "b": fx.LAST}).all()
    assert rows
    for agency, p50, p90 in rows:
        got = agencies[AGENCY_LABELS[Agency(agency)]]
        assert (got[4], got[5]) == (round(p50, 1), round(p90, 1))


def test_months_and_district_narrow_the_report(clerk, specs):
    period = ReportPeriod.parse(fx.FY, "11/2568", "02/2569", "5002")
    report = ReferralsReportService(clerk).build(period)
    first, last = period.bounds
    assert (first.isoformat(), last.isoformat()) == ("2025-11-01", "2026-02-28")
    cases = fx.in_scope(specs, first, last, "5002")
    needs = _table(report, "ความต้องการที่ได้รับ")
    assert needs.headers[1:-1] == ("พ.ย. 68", "ธ.ค. 68", "ม.ค. 69", "ก.พ. 69")
    assert needs.totals[-1] == sum(len(c.needs) for c in cases)
    assert _table(report, "เรื่องที่ได้รับ จำแนกตามอำเภอ").rows == (("จอมทอง", len(cases)),)
    assert "อำเภอจอมทอง" in report.period_text


def test_an_empty_year_and_a_district_without_cases(clerk, specs):
    for period in (ReportPeriod(2560), ReportPeriod(fx.FY, district_code=fx.EMPTY_DISTRICT)):
        report = ReferralsReportService(clerk).build(period)
        for table in report.tables:
            if table.totals is not None:
                numbers = [v for v in table.totals if isinstance(v, int)]
                assert set(numbers) <= {0}, table.title
        assert _table(report, "เรื่องที่ได้รับ จำแนกตามอำเภอ").rows == ()
        # the PDF and the workbook still come out
        buf = io.BytesIO()
        ReferralsReportService(clerk).write(period, buf, fmt="pdf")
        assert "ไม่มีข้อมูลในช่วงนี้" in _pdf_text(buf.getvalue())


@pytest.mark.parametrize(
    "args, field, words",
    [
        ((2569, "09/2568"), "from", "ไม่อยู่ในปีงบประมาณ 2569"),
        ((2569, "", "10/2569"), "to", "ไม่อยู่ในปีงบประมาณ 2569"),
        ((2569, "13/2568"), "from", "เดือนต้องอยู่ระหว่าง 1 ถึง 12"),
        ((2569, "1/69"), "from", "ดด/ปปปป"),
        ((2569, "03/2569", "01/2569"), "to", "ไม่อยู่ก่อนเดือนเริ่ม"),
        ((2569, "", "", "50"), "district", "4 หลัก"),
        ((69,), "fiscal_year", "ปีพุทธศักราช"),
    ],
)
def test_period_mistakes_name_the_field_in_thai(args, field, words):
    with pytest.raises(ValidationError) as err:
        ReportPeriod.parse(*args)
    assert field in err.value.fields and words in err.value.fields[field]


def test_mentors_may_not_see_reports(mentor, clerk, supervisor):
    with pytest.raises(PermissionDenied):
        ReferralsReportService(mentor).build(ReportPeriod(fx.FY))
    for ctx in (clerk, supervisor):
        assert ReferralsReportService(ctx).build(ReportPeriod(fx.FY)).tables


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_reads_back_with_the_numbers_and_is_audited(clerk, specs, database, tmp_path):
    out = tmp_path / "referrals.pdf"
    report = report_service("referrals", clerk).write(ReportPeriod(fx.FY), out)
    data = out.read_bytes()
    pages = PdfReader(io.BytesIO(data)).pages
    body = _pdf_text(data)
    assert "รายงานการชี้เป้า คัดกรอง และส่งต่อ" in body
    assert "ปีงบประมาณ 2569 (ตุลาคม 2568 – กันยายน 2569)" in body
    assert "พิมพ์เมื่อ 22 พฤศจิกายน 2569" in body
    assert f"หน้า 1/{len(pages)}" in body and f"หน้า {len(pages)}/{len(pages)}" in body
    assert "ต.ค. 68" in body and "ก.ย. 69" in body
    needs = _table(report, "ความต้องการที่ได้รับ")
    assert "หางาน / บรรจุงาน" in body
    job = _rows(needs)[NEED_LABELS[Need.JOB]]
    # the row reads back as its label, then each month's number and the total, in order
    assert re.search(r"หางาน / บรรจุงาน\s+" + r"\s+".join(f"{n:,}" for n in job), body)
    assert f"{needs.totals[-1]:,}" in body
    # later pages carry the running title
    if len(pages) > 1:
        assert "รายงานการชี้เป้า" in pages[1].extract_text()
    with database.sessions() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "report")).one()
    details = json.loads(row.details)
    assert details["document"] == "report_referrals" and details["format"] == "pdf"
    assert details["fiscal_year"] == fx.FY


def test_the_workbook_has_a_sheet_per_table_with_real_numbers(clerk, specs, tmp_path):
    out = tmp_path / "referrals.xlsx"
    report = report_service("referrals", clerk).write(ReportPeriod(fx.FY), out)
    book = load_workbook(out)
    assert len(book.sheetnames) == len(report.tables)
    for ws, table in zip(book.worksheets, report.tables, strict=True):
        assert ws["A1"].value == table.title
        assert "ปีงบประมาณ 2569" in ws["A2"].value
        assert tuple(c.value for c in ws[3])[: len(table.headers)] == table.headers
        cells = list(ws.iter_rows(min_row=4))
        assert all(c.data_type != "f" for row in cells for c in row)  # never a formula
        values = [tuple(c.value for c in row) for row in cells]
        wanted = [*table.rows, *([table.totals] if table.totals else [])]
        for want, got in zip(wanted, values[: len(wanted)], strict=True):
            assert got[: len(want)] == want
    needs = book.worksheets[0]
    total = [row for row in needs.iter_rows(min_row=4) if row[0].value == "รวม"][0]
    assert isinstance(total[-1].value, int) and total[-1].value == report.tables[0].totals[-1]
    # a reason typed like a formula stays text
    returns = book.worksheets[
        [t.title for t in report.tables].index(_table(report, "การส่งคืน").title)
    ]
    reasons = [r[1] for r in returns.iter_rows(min_row=4)]
    hyper = [c for c in reasons if c.value and "HYPERLINK" in str(c.value)]
    assert hyper and all(c.data_type == "s" for c in hyper)


def test_a_file_other_than_pdf_or_xlsx_is_refused(clerk, tmp_path):
    with pytest.raises(ValidationError) as err:
        ReferralsReportService(clerk).write(ReportPeriod(fx.FY), tmp_path / "r.csv")
    assert ".pdf หรือ .xlsx" in err.value.fields["out"]
