"""รายงานงานพี่เลี้ยง (report 3) as a :class:`Report`: visits per mentor and month, who is due a
visit under the office's rule, evaluations done vs due and the grades per district — the
figures of :class:`MentoringReportService` for the PDF and the Excel file."""

from __future__ import annotations

from desktop.domain.permissions import Permission
from desktop.domain.report_figures import MentoringFigures
from desktop.domain.reports import ChartSpec, Report, ReportPeriod, ReportTable, month_label
from desktop.services.reports import ReportService
from desktop.services.reports.mentoring import MentoringReportService

TITLE = "รายงานการเยี่ยมและประเมินผลของเจ้าหน้าที่พี่เลี้ยง"
TOTAL = "รวม"


class MentoringReport(ReportService):
    name = "mentoring"
    title = TITLE
    description = "การเยี่ยมของพี่เลี้ยงรายเดือน ผู้ที่ยังไม่ได้รับการเยี่ยม และผลการประเมินตามอำเภอ"

    def build(self, period: ReportPeriod) -> Report:
        self.ctx.require(Permission.VIEW_REPORTS)
        period.validate()
        first, last = period.bounds
        f = MentoringReportService(self.ctx).figures(
            period.fiscal_year, first, last, period.district_code
        )
        months = period.months
        tables = (
            self._visits(f, months),
            self._not_visited(f),
            self._progress(f),
            self._grades(f),
        )
        progress = f.evaluation_progress
        chart = ChartSpec(
            "การประเมินผล: ประเมินแล้วและยังไม่ได้ประเมิน ในแต่ละอำเภอ",
            "stacked",
            tuple(r.district for r in progress),
            (
                ("ประเมินแล้ว", tuple(float(r.done) for r in progress)),
                ("ยังไม่ได้ประเมิน", tuple(float(r.due - r.done) for r in progress)),
            ),
            unit="คน",
        )
        return Report(TITLE, self.period_text(period), tables, (chart,), name=self.name)

    def _visits(self, f: MentoringFigures, months) -> ReportTable:
        heads = tuple(month_label(y, m) for y, m in months)
        grid: dict[tuple[str, int, int], int] = {}
        mentors: dict[str, None] = {}
        for r in f.visits_by_mentor_month:
            mentors[r.mentor_name] = None
            key = (r.mentor_name, r.month.year, r.month.month)
            grid[key] = grid.get(key, 0) + r.visits
        rows = tuple(
            (name, *(grid.get((name, y, m), 0) for y, m in months),
             sum(grid.get((name, y, m), 0) for y, m in months))
            for name in mentors
        )  # fmt: skip
        totals = (
            TOTAL,
            *(sum(grid.get((n, y, m), 0) for n in mentors) for y, m in months),
            f.visits,
        )
        return ReportTable(
            "การเยี่ยม จำแนกตามเจ้าหน้าที่พี่เลี้ยงและเดือน",
            ("เจ้าหน้าที่พี่เลี้ยง", *heads, TOTAL),
            rows,
            totals,
            note="" if rows else "ไม่มีการเยี่ยมในช่วงนี้",
        )

    def _not_visited(self, f: MentoringFigures) -> ReportTable:
        return ReportTable(
            f"ผู้ที่ยังไม่ได้รับการเยี่ยมภายใน {f.visit_every_days} วัน (ตามเกณฑ์ของสำนักงาน)",
            ("เจ้าหน้าที่พี่เลี้ยง", "จำนวน (คน)"),
            tuple((r.mentor_name, r.count) for r in f.not_visited),
            (TOTAL, f.not_visited_total),
        )

    def _progress(self, f: MentoringFigures) -> ReportTable:
        rows = f.evaluation_progress
        return ReportTable(
            f"การประเมินผลประจำปีงบประมาณ {f.fiscal_year}: ประเมินแล้วเทียบกับที่ต้องประเมิน",
            ("อำเภอ", "ต้องประเมิน", "ประเมินแล้ว", "ยังไม่ได้ประเมิน"),
            tuple((r.district, r.due, r.done, r.due - r.done) for r in rows),
            (
                TOTAL,
                sum(r.due for r in rows),
                sum(r.done for r in rows),
                sum(r.due - r.done for r in rows),
            ),
        )

    def _grades(self, f: MentoringFigures) -> ReportTable:
        g = f.grades
        rows = tuple(
            (d.district, *(d.counts.get(grade, 0) for grade in g.grades), d.total)
            for d in g.districts
        )
        totals = (
            TOTAL,
            *(sum(d.counts.get(grade, 0) for d in g.districts) for grade in g.grades),
            sum(d.total for d in g.districts),
        )
        return ReportTable(
            "ผลการประเมิน จำแนกตามระดับและอำเภอ",
            ("อำเภอ", *g.grades, TOTAL),
            rows,
            totals,
            note="" if rows else "ยังไม่มีผลการประเมินในปีงบประมาณนี้",
        )
