"""รายงานการชี้เป้า คัดกรอง และส่งต่อ: the needs the network reported in a period, where they
came from, where they went, how long the agencies took, and what came of them."""

from __future__ import annotations

from collections import Counter

from sqlalchemy.orm import Session

from db.queries import reports_cases as q
from desktop import areas
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
from desktop.domain.people import KIND_LABELS
from desktop.domain.reports import ChartSpec, Report, ReportPeriod, ReportTable, month_label
from desktop.domain.reports import percentile as percentile_of
from desktop.services.cases.service_levels import table_in
from desktop.services.reports import ReportService

TITLE = "รายงานการชี้เป้า คัดกรอง และส่งต่อความต้องการด้านแรงงาน"
TOTAL = "รวม"
NO_AREA = "ไม่ระบุ"
# Short agency names for chart labels (the tables carry the full names).
AGENCY_SHORT = {
    Agency.EMPLOYMENT: "จัดหางาน",
    Agency.SKILL: "พัฒนาฝีมือ",
    Agency.PROTECTION: "สวัสดิการฯ",
    Agency.SOCIAL_SECURITY: "ประกันสังคม",
    Agency.OSH: "สสปท.",
    Agency.OFFICE: "สนง.แรงงาน",
}
NEED_SHORT = {
    Need.JOB: "หางาน",
    Need.TRAINING: "ฝึกอบรม",
    Need.SOCIAL_SECURITY: "ประกันสังคม",
    Need.PROTECTION: "ร้องเรียน",
    Need.SAFETY: "ความปลอดภัย",
    Need.ABROAD: "ต่างประเทศ",
    Need.OTHER: "อื่น ๆ",
}


def _label(labels: dict, value: str | None) -> str:
    for key, text in labels.items():
        if key.value == value:
            return text
    return value or NO_AREA


def _days(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole * 100, 1) if whole else None


class ReferralsReportService(ReportService):
    name = "referrals"
    title = TITLE
    description = "ความต้องการที่รับ คัดกรอง ส่งต่อหน่วยงาน ระยะเวลา และผลการดำเนินงาน ตามประเภท เดือน และพื้นที่"

    def _build(self, session: Session, period: ReportPeriod) -> Report:
        first, last = period.bounds
        scope = q.Scope(first, last, period.district_code)
        months = period.months
        month_heads = tuple(month_label(y, m) for y, m in months)

        # 1. needs × month
        grid = {(n, y, m): c for n, y, m, c in q.needs_by_month(session, scope)}
        need_rows = []
        for need in Need:
            counts = [grid.get((need.value, y, m), 0) for y, m in months]
            need_rows.append((NEED_LABELS[need], *counts, sum(counts)))
        month_totals = [sum(r[1 + i] for r in need_rows) for i in range(len(months))]
        needs = ReportTable(
            "ความต้องการที่ได้รับ จำแนกตามประเภทและเดือน",
            ("ประเภทความต้องการ", *month_heads, TOTAL),
            tuple(need_rows),
            (TOTAL, *month_totals, sum(month_totals)),
            note="เรื่องที่มีหลายความต้องการนับในทุกประเภทที่ระบุ",
        )

        # 2. districts and subdistricts
        area_rows = q.by_area(session, scope)
        per_district: Counter[str] = Counter()
        for d, _s, n in area_rows:
            per_district[d] += n
        district_names = {d: areas.district_name(d) or NO_AREA for d in per_district}
        districts = ReportTable(
            "เรื่องที่ได้รับ จำแนกตามอำเภอ",
            ("อำเภอ", "จำนวนเรื่อง"),
            tuple(
                (district_names[d], n)
                for d, n in sorted(
                    per_district.items(), key=lambda x: (-x[1], district_names[x[0]])
                )
            ),
            (TOTAL, sum(per_district.values())),
        )
        sub_rows = sorted(
            (
                (district_names[d], areas.area_names(s).subdistrict or s or NO_AREA, n)
                for d, s, n in area_rows
            ),
            key=lambda r: (r[0], -r[2], r[1]),
        )
        subdistricts = ReportTable(
            "เรื่องที่ได้รับ จำแนกตามอำเภอและตำบล",
            ("อำเภอ", "ตำบล", "จำนวนเรื่อง"),
            tuple(sub_rows),
            (TOTAL, "", sum(r[2] for r in sub_rows)),
        )

        # 3. channel, 4. status now
        channel_counts = q.by_channel(session, scope)
        channels = ReportTable(
            "เรื่องที่ได้รับ จำแนกตามช่องทาง",
            ("ช่องทาง", "จำนวนเรื่อง"),
            tuple((CHANNEL_LABELS[c], channel_counts.get(c.value, 0)) for c in Channel),
            (TOTAL, sum(channel_counts.values())),
        )
        status_counts = q.by_status(session, scope)
        statuses = ReportTable(
            "สถานะปัจจุบันของเรื่องที่ได้รับในช่วงรายงาน",
            ("สถานะ", "จำนวนเรื่อง"),
            tuple((s.label, status_counts.get(s.value, 0)) for s in CaseStatus),
            (TOTAL, sum(status_counts.values())),
        )

        # 5. agencies with median / 90th percentile days
        referred = q.referred_counts(session, scope)
        to_ref = q.day_histograms(session, scope, "referred")
        to_out = q.day_histograms(session, scope, "outcome")

        def merged(hists: dict[str, dict[int, int]]) -> dict[int, int]:
            total: Counter[int] = Counter()
            for h in hists.values():
                total.update(h)
            return dict(total)

        def figures(n: int, ref: dict[int, int], out: dict[int, int]) -> tuple:
            return (
                n,
                _days(percentile_of(ref, 0.5)),
                _days(percentile_of(ref, 0.9)),
                sum(out.values()),
                _days(percentile_of(out, 0.5)),
                _days(percentile_of(out, 0.9)),
            )

        agency_rows = tuple(
            (
                AGENCY_LABELS[a],
                *figures(
                    referred.get(a.value, 0), to_ref.get(a.value, {}), to_out.get(a.value, {})
                ),
            )
            for a in Agency
        )
        agencies = ReportTable(
            "การส่งต่อ จำแนกตามหน่วยงาน และระยะเวลา (วัน)",
            (
                "หน่วยงาน",
                "ส่งต่อ (เรื่อง)",
                "รับ→ส่งต่อ มัธยฐาน",
                "รับ→ส่งต่อ เปอร์เซ็นไทล์ 90",
                "มีผลแล้ว (เรื่อง)",
                "รับ→ผล มัธยฐาน",
                "รับ→ผล เปอร์เซ็นไทล์ 90",
            ),
            agency_rows,
            (TOTAL, *figures(sum(referred.values()), merged(to_ref), merged(to_out))),
            note="ระยะเวลานับเป็นวันจากวันที่รับเรื่อง; สำนักงานแรงงานจังหวัด คือเรื่องที่สำนักงานดำเนินการเอง",
        )

        # 6. within the service level, per step and agency
        table = {(s.value, n.value): d for (s, n), d in table_in(session).items()}
        level_rows = []
        done_total = within_total = 0
        by_key = {(s, a): (n, w) for s, a, n, w in q.within_service_level(session, scope, table)}
        for step in (Step.SCREEN, Step.AGENCY, Step.OFFICE):
            for agency in Agency:
                if (step.value, agency.value) not in by_key:
                    continue
                n, w = by_key[(step.value, agency.value)]
                done_total, within_total = done_total + n, within_total + w
                level_rows.append((step.label, AGENCY_LABELS[agency], n, w, _share(w, n)))
        levels = ReportTable(
            "ร้อยละที่ดำเนินการแล้วเสร็จภายในระยะเวลามาตรฐาน จำแนกตามขั้นตอนและหน่วยงาน",
            ("ขั้นตอน", "หน่วยงาน", "เสร็จแล้ว (เรื่อง)", "ภายในกำหนด (เรื่อง)", "ร้อยละ"),
            tuple(level_rows),
            (TOTAL, "", done_total, within_total, _share(within_total, done_total)),
        )

        # 7. outcomes, 8. returns and rejections, 9. top reporters
        outcome_counts = q.outcomes(session, scope)
        outcome_table = ReportTable(
            "ผลการดำเนินการ จำแนกตามประเภทผล",
            ("ผลการดำเนินการ", "จำนวนเรื่อง"),
            tuple((OUTCOME_LABELS[o], outcome_counts.get(o.value, 0)) for o in Outcome),
            (TOTAL, sum(outcome_counts.values())),
        )
        back = sorted(
            q.returns_and_rejections(session, scope),
            key=lambda r: (r[0] != "returned", -r[2], r[1]),
        )
        returns = ReportTable(
            "การส่งคืนและเรื่องที่ไม่เข้าเกณฑ์ พร้อมเหตุผล",
            ("ประเภท", "เหตุผล", "จำนวนครั้ง"),
            tuple((CaseStatus(s).label, r or "ไม่ระบุเหตุผล", n) for s, r, n in back),
            (TOTAL, "", sum(r[2] for r in back)),
        )
        top = q.top_reporters(session, scope)
        reporters = ReportTable(
            "อาสาสมัครและบัณฑิตแรงงานที่ชี้เป้าความต้องการมากที่สุด",
            ("ลำดับ", "ชื่อ - สกุล", "ประเภท", "จำนวนเรื่อง"),
            tuple(
                (i, f"{t}{f} {ln}".strip(), _label(KIND_LABELS, k), n)
                for i, (_pid, k, t, f, ln, n) in enumerate(top, start=1)
            ),
            None,
        )

        charts = (
            ChartSpec(
                "ความต้องการที่ได้รับรายเดือน จำแนกตามประเภท",
                "stacked",
                month_heads,
                tuple(
                    (NEED_SHORT[need], tuple(float(x) for x in row[1:-1]))
                    for need, row in zip(Need, need_rows, strict=True)
                ),
                unit="เรื่อง",
            ),
            ChartSpec(
                "จำนวนความต้องการรายเดือน",
                "line",
                month_heads,
                (("รวมทุกประเภท", tuple(float(x) for x in month_totals)),),
                unit="เรื่อง",
            ),
            ChartSpec(
                "ระยะเวลาจากรับเรื่องถึงมีผล (มัธยฐาน วัน) จำแนกตามหน่วยงาน",
                "bar",
                tuple(AGENCY_SHORT[a] for a in Agency),
                (
                    ("รับ→ส่งต่อ", tuple(float(r[2] or 0) for r in agency_rows)),
                    ("รับ→ผล", tuple(float(r[5] or 0) for r in agency_rows)),
                ),
                unit="วัน",
            ),
        )
        return Report(
            TITLE,
            self.period_text(period),
            (
                needs,
                districts,
                subdistricts,
                channels,
                statuses,
                agencies,
                levels,
                outcome_table,
                returns,
                reporters,
            ),
            charts,
            name=self.name,
        )


__all__ = ["ReferralsReportService"]
