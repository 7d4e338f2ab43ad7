"""รายงานเครือข่ายอาสาสมัครและบัณฑิตแรงงาน (report 2) as a :class:`Report`: the figures of
:class:`NetworkReportService` laid out as tables and charts for the PDF and the Excel file."""

from __future__ import annotations

from desktop.domain import thai_dates
from desktop.domain.permissions import Permission
from desktop.domain.report_figures import CountRow, NetworkFigures
from desktop.domain.reports import ChartSpec, Report, ReportPeriod, ReportTable
from desktop.services.reports import ReportService
from desktop.services.reports.network import NetworkReportService

TITLE = "รายงานเครือข่ายอาสาสมัครแรงงานและบัณฑิตแรงงาน"
TOTAL = "รวม"
COUNT = "จำนวน (คน)"


def count_table(title: str, first: str, rows: tuple[CountRow, ...]) -> ReportTable:
    return ReportTable(
        title,
        (first, COUNT),
        tuple((r.label, r.count) for r in rows),
        (TOTAL, sum(r.count for r in rows)),
    )


class NetworkReport(ReportService):
    name = "network"
    title = TITLE
    description = "อาสาสมัครและบัณฑิตแรงงานตามประเภท สถานะ อำเภอ เพศ อายุ และตำบลที่ยังไม่มีอาสาสมัคร"

    def build(self, period: ReportPeriod) -> Report:
        self.ctx.require(Permission.VIEW_REPORTS)
        period.validate()
        first, last = period.bounds
        f = NetworkReportService(self.ctx).figures(
            period.fiscal_year, first, last, period.district_code
        )
        return Report(
            TITLE,
            self.period_text(period),
            self._tables(f),
            self._charts(f),
            name=self.name,
        )

    def _tables(self, f: NetworkFigures) -> tuple[ReportTable, ...]:
        date = thai_dates.format_short
        summary = ReportTable(
            "สรุป",
            ("รายการ", "จำนวน"),
            (
                ("ผู้ปฏิบัติงานอยู่ (อาสาสมัครและบัณฑิตแรงงาน)", f.active),
                ("แต่งตั้งใหม่ในช่วงรายงาน", f.appointed),
                ("ลาออกในช่วงรายงาน", f.resigned),
                ("พ้นสภาพในช่วงรายงาน", f.removed),
                (f"ครบวาระภายใน 90 วัน (นับจาก {date(f.terms_from)})", len(f.terms_ending)),
                ("ตำบลที่ยังไม่มีอาสาสมัครแรงงาน", f.subdistricts_without_volunteer),
            ),
        )
        covered = ReportTable(
            "ความครอบคลุมพื้นที่: อาสาสมัครแรงงานที่ปฏิบัติงานอยู่ในแต่ละตำบล (ตำบลที่ยังไม่มีก่อน)",
            ("อำเภอ", "ตำบล", COUNT),
            tuple((r.district, r.subdistrict, r.active_count) for r in f.coverage),
            (TOTAL, "", sum(r.active_count for r in f.coverage)),
        )
        terms = ReportTable(
            "ผู้ที่ครบวาระหรือครบสัญญาภายใน 90 วัน",
            ("ชื่อ–นามสกุล", "ประเภท", "อำเภอ", "ครบวาระ"),
            tuple((t.name, t.kind_label, t.district, date(t.ends_on)) for t in f.terms_ending),
            note="" if f.terms_ending else "ไม่มีผู้ครบวาระในช่วงนี้",
        )
        return (
            summary,
            count_table("ผู้ปฏิบัติงานอยู่ จำแนกตามประเภท", "ประเภท", f.by_kind),
            count_table("ทุกคนในทะเบียน จำแนกตามสถานะ", "สถานะ", f.by_status),
            count_table("ผู้ปฏิบัติงานอยู่ จำแนกตามอำเภอ", "อำเภอ", f.by_district),
            count_table("ผู้ปฏิบัติงานอยู่ จำแนกตามเพศ", "เพศ", f.by_gender),
            count_table(
                f"ผู้ปฏิบัติงานอยู่ จำแนกตามช่วงอายุ (อายุ ณ {date(f.age_on)})", "ช่วงอายุ", f.by_age_band
            ),
            terms,
            covered,
        )

    def _charts(self, f: NetworkFigures) -> tuple[ChartSpec, ...]:
        districts = [r for r in f.by_district if r.key]
        with_one: dict[str, int] = {}
        without: dict[str, int] = {}
        for r in f.coverage:
            target = with_one if r.active_count else without
            target[r.district] = target.get(r.district, 0) + 1
        names = tuple(dict.fromkeys(r.district for r in f.coverage))
        return (
            ChartSpec(
                "ผู้ปฏิบัติงานอยู่ในแต่ละอำเภอ",
                "bar",
                tuple(r.label for r in districts),
                ((COUNT, tuple(float(r.count) for r in districts)),),
                unit="คน",
            ),
            ChartSpec(
                "ตำบลที่มีและยังไม่มีอาสาสมัครแรงงาน",
                "stacked",
                names,
                (
                    ("มีแล้ว", tuple(float(with_one.get(n, 0)) for n in names)),
                    ("ยังไม่มี", tuple(float(without.get(n, 0)) for n in names)),
                ),
                unit="ตำบล",
            ),
        )
