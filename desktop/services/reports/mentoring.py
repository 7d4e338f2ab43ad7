"""Report 3, mentoring: visits per mentor and month, people not visited within the office's
rule (the mentoring workspace's rule, not a copy), evaluations done vs due per district, and
the fiscal year's grade distribution per district (the evaluation summary itself)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from db.queries import accounts as account_queries
from db.queries import reports_people as q
from desktop import areas
from desktop.domain.errors import NotFound
from desktop.domain.mentoring.visits import last_visit_cutoff
from desktop.domain.people import PersonStatus
from desktop.domain.permissions import Permission
from desktop.domain.report_figures import (
    NO_MENTOR,
    NOT_GIVEN,
    EvaluationProgressRow,
    MentorCountRow,
    MentoringFigures,
    MentorMonthRow,
)
from desktop.services.context import ServiceContext
from desktop.services.mentoring.evaluations import EvaluationService
from desktop.services.mentoring.workspace import office_visit_rule
from desktop.services.reports.period import check_period

ACTIVE = PersonStatus.ACTIVE.value


class MentoringReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def figures(
        self,
        fiscal_year: int,
        date_from: dt.date,
        date_to: dt.date,
        district_code: str | None = None,
    ) -> MentoringFigures:
        """Mentoring's figures: visits within ``date_from`` – ``date_to``, who is due a visit
        today, and the evaluations of ``fiscal_year`` (BE), of one district or the province."""
        self.ctx.require(Permission.VIEW_REPORTS)
        district_code = district_code or None
        today = self.ctx.today()
        where = {"district_code": district_code}
        with self.ctx.unit_of_work() as s:
            office = account_queries.office(s)
            if office is None:
                raise NotFound("ยังไม่ได้ตั้งค่าสำนักงาน")
            check_period(date_from, date_to, district_code, office.province_code)
            every_days = office_visit_rule(s)
            province = office.province_code
            visits = q.visits_by_mentor_month(s, date_from, date_to, **where)
            due = q.due_for_visit_by_mentor(
                s, last_visit_cutoff(every_days, today), today, status=ACTIVE, **where
            )
            progress = q.evaluation_progress_by_district(s, fiscal_year, status=ACTIVE, **where)
        summary = EvaluationService(self.ctx).summary(fiscal_year)
        if district_code:
            name = areas.district_name(district_code)
            kept = tuple(d for d in summary.districts if d.district == name)
            summary = dataclasses.replace(
                summary,
                districts=kept,
                evaluated=sum(d.total for d in kept),
                not_evaluated=sum(r[1] - (r[2] or 0) for r in progress),
            )
        return MentoringFigures(
            fiscal_year=fiscal_year,
            date_from=date_from,
            date_to=date_to,
            district_code=district_code,
            today=today,
            visit_every_days=every_days,
            visits_by_mentor_month=tuple(
                MentorMonthRow(mentor_id, name, dt.date(int(y), int(m), 1), n)
                for mentor_id, name, y, m, n in visits
            ),
            not_visited=tuple(
                MentorCountRow(mentor_id, name or NO_MENTOR, n) for mentor_id, name, n in due
            ),
            evaluation_progress=_progress_rows(province, district_code, progress),
            grades=summary,
        )


def _progress_rows(province_code: str, district_code: str | None, progress):
    """Every district of the province in Thai order (those with nobody too, 0 of 0), then
    people registered outside it or with no district (overseas volunteers)."""
    counts = {d or "": (due, done or 0) for d, due, done in progress}
    rows = [
        EvaluationProgressRow(d.code, d.name_th, *counts.pop(d.code, (0, 0)))
        for d in areas.districts(province_code)
        if not district_code or d.code == district_code
    ]
    rows += [
        EvaluationProgressRow(code, (areas.district_name(code) or code) if code else NOT_GIVEN, *n)
        for code, n in sorted(counts.items(), key=lambda kv: (not kv[0], kv[0]))
    ]
    return tuple(rows)
