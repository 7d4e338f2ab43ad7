"""Writing a report from the window: ask where to save, then ``ReportService.write`` in the
worker behind the shared cancellable progress dialog, and open the file (``PrintActions``)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reports import ReportPeriod
from desktop.domain.thai_dates import be_year
from desktop.services.reports import REPORTS, report_service
from ui.printing.print_actions import PrintActions
from ui.workers import Job


@dataclass(frozen=True)
class ReportChoice:
    """One report as the page lists it: the command's name, its Thai title and one line."""

    name: str
    title: str
    description: str


def report_choices(desk) -> list[ReportChoice]:
    """Every report in the registry, in its order (a new report appears without a UI edit)."""
    out = []
    for name in REPORTS:
        service = report_service(name, desk.ctx)
        out.append(ReportChoice(name, service.title, service.description))
    return out


def suggested_name(choice: ReportChoice, period: ReportPeriod, suffix: str) -> str:
    """``<title> ปีงบประมาณ 2570[ 10-2569 ถึง 03-2570][ อำเภอ 5001].pdf`` (no slashes)."""
    words = f"{choice.title} ปีงบประมาณ {period.fiscal_year}"
    if period.from_month or period.to_month:
        first, last = period.bounds
        words += (
            f" {first.month:02d}-{be_year(first.year)} ถึง {last.month:02d}-{be_year(last.year)}"
        )
    if period.district_code:
        words += f" อำเภอ {period.district_code}"
    return words + suffix


class ReportPrintActions(PrintActions):
    def write(self, choice: ReportChoice, period: ReportPeriod, *, excel: bool) -> Job | None:
        suffix = ".xlsx" if excel else ".pdf"
        service = report_service(choice.name, self.desk.ctx)
        return self.save(
            self.tr("บันทึกรายงานเป็นไฟล์ Excel") if excel else self.tr("บันทึกรายงานเป็น PDF"),
            suggested_name(choice, period, suffix),
            self.tr("กำลังสร้างรายงาน…"),
            lambda path, progress, cancelled: self._write(
                service, period, path, progress, cancelled
            ),
        )

    @staticmethod
    def _write(service, period: ReportPeriod, path: str, progress, cancelled):
        """In the worker: the figures and the file are one step (the service stops between
        them, and before the file appears, when cancel is pressed)."""
        progress(0, 1)
        report = service.write(period, path, cancelled=cancelled)
        progress(1, 1)
        return report
