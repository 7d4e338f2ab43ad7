"""Printing and exporting cases from the window (same flow as the registry's PrintActions)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.services.cases.printing import CasePrintService
from desktop.services.cases.service import CaseFilter
from ui.printing.print_actions import PrintActions
from ui.workers import Job


class CasePrintActions(PrintActions):
    @property
    def service(self) -> CasePrintService:
        return CasePrintService(self.desk.ctx)

    def print_slips(self, case_ids: Sequence[int]) -> str | None:
        ids = list(case_ids)
        if not ids:
            return None
        name = (
            f"แบบส่งต่อ {self.desk.cases.get(ids[0]).case_no.replace('/', '-')}.pdf"
            if len(ids) == 1
            else f"แบบส่งต่อ {len(ids)} เรื่อง.pdf"
        )
        return self.save_now(
            self.tr("บันทึกแบบส่งต่อเป็น PDF"), name, lambda path: self.service.slips(ids, path)
        )

    def print_summary(self, case_id: int) -> str | None:
        case_no = self.desk.cases.get(case_id).case_no.replace("/", "-")
        return self.save_now(
            self.tr("บันทึกสรุปเรื่องเป็น PDF"),
            f"สรุปเรื่อง {case_no}.pdf",
            lambda path: self.service.summary(case_id, path),
        )

    def print_queue(self, f: CaseFilter, title: str, description: str = "") -> Job | None:
        path = self.choose_path(
            self.parent_widget, self.tr("บันทึกรายการเรื่องเป็น PDF"), str(Path.home() / f"{title}.pdf")
        )
        if not path:
            return None
        return self.run_with_progress(
            self.tr("กำลังสร้างรายการเรื่อง…"),
            lambda progress, cancelled: self.service.queue_list(
                f,
                path,
                title=title,
                filter_description=description,
                progress=progress,
                cancelled=cancelled,
            ),
            path,
        )

    def export_excel(self, f: CaseFilter, title: str, description: str = "") -> str | None:
        return self.save_now(
            self.tr("ส่งออกรายการเรื่องเป็น Excel"),
            f"{title}.xlsx",
            lambda path: self.service.export_excel(f, path, filter_description=description),
        )
