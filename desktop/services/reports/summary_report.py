"""รายงานสรุปผลการดำเนินงานประจำเดือน (report 4): one A4 page for the province's monthly
meeting — the headline numbers of the period's LAST month, each beside the month before and
the same month a year earlier with the change, and two charts of the fiscal year so far.

Every figure is counted by the database (``db.queries.reports_cases`` / ``reports_people``)
with the other months' bounds. Open and overdue cases are as at each month's end (today for
the month still running). Active volunteers and subdistricts without one are the register as
it stands now (the register keeps no past state to count them at a month's end), so they
show no comparison."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.queries import accounts as account_queries
from db.queries import reports_cases as qc
from db.queries import reports_people as qp
from desktop import areas
from desktop.domain.cases.categories import Need
from desktop.domain.fiscal_year import fiscal_year_bounds
from desktop.domain.people import PersonStatus
from desktop.domain.reports import (
    ChartSpec,
    Report,
    ReportPeriod,
    ReportTable,
    month_bounds,
    month_label,
    months_between,
)
from desktop.domain.reports import shift_month as shift
from desktop.services.reports import ReportService
from desktop.services.reports.referrals import NEED_SHORT

TITLE = "รายงานสรุปผลการดำเนินงานประจำเดือน"
HEADERS = (
    "รายการ",
    "เดือนนี้",
    "เดือนก่อน",
    "เพิ่ม/ลด",
    "ร้อยละ",
    "เดือนเดียวกันปีก่อน",
    "เพิ่ม/ลด",
    "ร้อยละ",
)
ACTIVE = PersonStatus.ACTIVE.value


def change(now: int | None, before: int | None) -> tuple[int | None, float | None]:
    """(difference, percent change); the percent is None from zero (or without figures)."""
    if now is None or before is None:
        return None, None
    diff = now - before
    return diff, (round(diff / before * 100, 1) if before else None)


class SummaryReport(ReportService):
    name = "summary"
    title = TITLE
    description = "ตัวเลขสำคัญของเดือนล่าสุดเทียบเดือนก่อนและเดือนเดียวกันปีก่อน พร้อมกราฟ ในหน้าเดียว"

    def _build(self, session: Session, period: ReportPeriod) -> Report:
        district = period.district_code
        today = self.ctx.today()
        # A period running past today (the fiscal year still under way): this month.
        last_day = min(period.bounds[1], max(today, period.bounds[0]))
        y, m = last_day.year, last_day.month
        months = {"now": (y, m), "prev": shift(y, m, -1), "year": shift(y, m, -12)}

        def monthly(count) -> dict[str, int]:
            out = {}
            for key, (yy, mm) in months.items():
                first, last = month_bounds(yy, mm)
                out[key] = count(first, last)
            return out

        def at_end(first: dt.date, last: dt.date) -> dt.date:
            return min(last, today)

        where = {"district_code": district or None}
        scope = qc.Scope
        figures: list[tuple[str, dict[str, int] | int]] = [
            (
                "ความต้องการที่ได้รับ (เรื่อง)",
                monthly(lambda a, b: qc.received_total(session, scope(a, b, district))),
            ),
            (
                "ส่งต่อหน่วยงาน (เรื่อง)",
                monthly(lambda a, b: qc.happened_between(session, "referred", a, b, district)),
            ),
            (
                "ดำเนินการแล้วเสร็จ/ปิดเรื่อง (เรื่อง)",
                monthly(lambda a, b: qc.happened_between(session, "finished", a, b, district)),
            ),
            (
                "เรื่องที่ยังเปิดอยู่ ณ สิ้นเดือน (เรื่อง)",
                monthly(lambda a, b: qc.open_on(session, at_end(a, b), district)),
            ),
            (
                "เรื่องที่เกินกำหนด ณ สิ้นเดือน (เรื่อง)",
                monthly(lambda a, b: qc.open_on(session, at_end(a, b), district, overdue=True)),
            ),
            (
                "อาสาสมัครแรงงานที่ปฏิบัติงานอยู่ (คน)",
                sum(
                    qp.people_by(session, "kind", status=ACTIVE, **where).get(k, 0)
                    for k in qp.VOLUNTEER_KINDS
                ),
            ),
            ("ตำบลที่ยังไม่มีอาสาสมัครแรงงาน (ตำบล)", self._uncovered(session, district)),
            (
                "การเยี่ยมติดตาม (ครั้ง)",
                monthly(lambda a, b: qp.visits_between(session, a, b, **where)),
            ),
            (
                "การประเมินผลที่ทำแล้ว (คน-ครั้ง)",
                monthly(lambda a, b: qp.evaluations_between(session, a, b, **where)),
            ),
        ]
        rows = []
        for label, value in figures:
            if isinstance(value, int):  # the register as it stands: no comparison
                rows.append((label, value, None, None, None, None, None, None))
                continue
            now, prev, year = value["now"], value["prev"], value["year"]
            rows.append((label, now, prev, *change(now, prev), year, *change(now, year)))
        (py, pm), (yy, ym) = months["prev"], months["year"]
        headline = ReportTable(
            f"ตัวเลขสำคัญประจำเดือน{month_label(y, m, full=True)}",
            HEADERS,
            tuple(rows),
            note=(
                f"เดือนก่อน: {month_label(py, pm, full=True)}; เดือนเดียวกันปีก่อน:"
                f" {month_label(yy, ym, full=True)}; ร้อยละ - : เทียบจากศูนย์;"
                " อาสาสมัครและตำบลที่ยังไม่มีอาสาสมัคร: ณ วันพิมพ์"
            ),
        )
        return Report(
            TITLE,
            self.period_text(period),
            (headline,),
            self._charts(session, period),
            name=self.name,
            one_page=True,
        )

    def _uncovered(self, session: Session, district: str) -> int:
        office = account_queries.office(session)
        province = office.province_code if office else ""
        covered = qp.active_volunteers_by_subdistrict(
            session, status=ACTIVE, district_code=district or None
        )
        return sum(
            1
            for d in areas.districts(province)
            if not district or d.code == district
            for sub in areas.subdistricts(d.code)
            if not covered.get(sub.code)
        )

    def _charts(self, session: Session, period: ReportPeriod) -> tuple[ChartSpec, ...]:
        """The fiscal year from its first month to the period's last."""
        first = fiscal_year_bounds(period.fiscal_year)[0]
        last = min(period.bounds[1], max(self.ctx.today(), period.bounds[0]))
        scope = qc.Scope(first, last, period.district_code)
        months = months_between(first, last)
        heads = tuple(month_label(yy, mm) for yy, mm in months)
        grid = {(n, yy, mm): c for n, yy, mm, c in qc.needs_by_month(session, scope)}
        received = qc.counts_by_month(session, "received", scope)
        finished = qc.counts_by_month(session, "finished", scope)
        return (
            ChartSpec(
                "ความต้องการรายเดือน จำแนกตามประเภท",
                "stacked",
                heads,
                tuple(
                    (
                        NEED_SHORT[n],
                        tuple(float(grid.get((n.value, yy, mm), 0)) for yy, mm in months),
                    )
                    for n in Need
                ),
                unit="เรื่อง",
            ),
            ChartSpec(
                "เรื่องที่ได้รับและที่แล้วเสร็จรายเดือน",
                "line",
                heads,
                (
                    ("ได้รับ", tuple(float(received.get(k, 0)) for k in months)),
                    ("แล้วเสร็จ/ปิด", tuple(float(finished.get(k, 0)) for k in months)),
                ),
                unit="เรื่อง",
            ),
        )


__all__ = ["SummaryReport", "change", "shift"]
