"""The reports the province sends upward, as PDF or .xlsx with the same numbers.

Each report is a :class:`ReportService` subclass that turns a :class:`ReportPeriod` into a
:class:`Report` record (its figures read in one unit of work from ``db/queries/reports_*``);
this base checks who may see reports, writes the record as a PDF or an Excel file, and
audits the output like every print before the file appears. :data:`REPORTS` names every
report by the word the CLI uses; a new report is one line there.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from sqlalchemy.orm import Session

from desktop import areas
from desktop.domain.errors import ValidationError
from desktop.domain.permissions import Permission
from desktop.domain.reports import Report, ReportPeriod
from desktop.services import audit
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext
from desktop.services.output import Cancelled, Target, atomic_target, stop_if_cancelled

__all__ = ["REPORTS", "ReportService", "report_service"]

# name → "module:class" (imported when asked for, so the CLI starts without every report).
REPORTS: dict[str, str] = {
    "referrals": "desktop.services.reports.referrals:ReferralsReportService",
    "network": "desktop.services.reports.network_report:NetworkReport",
    "mentoring": "desktop.services.reports.mentoring_report:MentoringReport",
    "summary": "desktop.services.reports.summary_report:SummaryReport",
}

FORMATS = (".pdf", ".xlsx")


class ReportService:
    """One report: subclasses set ``name``, ``title`` and a one-line Thai ``description``
    (what the window's Reports page lists) and implement :meth:`_build`."""

    name = ""
    title = ""
    description = ""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def build(self, period: ReportPeriod) -> Report:
        """The report's figures for ``period`` (validated; Thai message naming the field)."""
        self.ctx.require(Permission.VIEW_REPORTS)
        period.validate()
        with self.ctx.unit_of_work() as s:
            return self._build(s, period)

    def _build(self, session: Session, period: ReportPeriod) -> Report:
        raise NotImplementedError

    def period_text(self, period: ReportPeriod) -> str:
        return period.text(areas.district_name(period.district_code))

    def write(
        self,
        period: ReportPeriod,
        out: Target,
        *,
        fmt: str = "",
        cancelled: Cancelled | None = None,
    ) -> Report:
        """Write the report to ``out`` as "pdf" or "xlsx" (default: by the file's extension);
        the audit row commits before the file appears. Returns the report written."""
        fmt = fmt or (Path(out).suffix.lower().lstrip(".") if isinstance(out, str | Path) else "")
        if f".{fmt}" not in FORMATS:
            raise ValidationError({"out": f"ไฟล์รายงานต้องเป็น .pdf หรือ .xlsx: {out}"})
        report = self.build(period)
        stop_if_cancelled(cancelled)
        office = AccountService(self.ctx).required_office()
        details = {
            "document": f"report_{self.name}",
            "format": fmt,
            "fiscal_year": period.fiscal_year,
            "first": period.bounds[0].isoformat(),
            "last": period.bounds[1].isoformat(),
            "district": period.district_code,
        }
        with atomic_target(
            out, cancelled=cancelled, before_publish=lambda: self._audit(details)
        ) as target:
            if fmt == "pdf":
                from desktop.documents.reports import render_report

                render_report(target, office, report, printed_on=self.ctx.today())
            else:
                from desktop.documents.layout import office_line
                from desktop.exchange.report_xlsx import write_report_xlsx

                write_report_xlsx(
                    report, target, office=office_line(office), printed_on=self.ctx.today()
                )
        return report

    def _audit(self, details: dict) -> None:
        with self.ctx.unit_of_work() as s:
            audit.record(s, self.ctx.user, "print", "report", None, details)


def report_service(name: str, ctx: ServiceContext) -> ReportService:
    """The service of the report called ``name`` (a key of :data:`REPORTS`)."""
    try:
        module, cls = REPORTS[name].split(":")
    except KeyError:
        raise ValidationError({"report": f"ไม่มีรายงานชื่อ {name}"}) from None
    return getattr(importlib.import_module(module), cls)(ctx)
