"""Printing and exporting cases from the window: referral slips, a case's summary and consent
form, the queue list and its Excel or CSV export, each in the worker through the shared
``PrintActions``."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.services.cases.printing import CasePrintService
from desktop.services.cases.service import CaseFilter
from ui.printing.print_actions import PrintActions, export_suffix
from ui.workers import Job


class CasePrintActions(PrintActions):
    @property
    def service(self) -> CasePrintService:
        return CasePrintService(self.desk.ctx)

    def print_slips(self, case_ids: Sequence[int]) -> Job | None:
        ids = list(case_ids)
        if not ids:
            return None
        name = (
            f"แบบส่งต่อ {self.desk.cases.get(ids[0]).case_no.replace('/', '-')}.pdf"
            if len(ids) == 1
            else f"แบบส่งต่อ {len(ids)} เรื่อง.pdf"
        )
        return self.save(
            self.tr("บันทึกแบบส่งต่อเป็น PDF"),
            name,
            self.tr("กำลังสร้างแบบส่งต่อ…"),
            lambda path, progress, cancelled: self.service.slips(
                ids, path, progress=progress, cancelled=cancelled
            ),
            changed="case",  # each print shows in its case's timeline
        )

    def print_summary(self, case_id: int) -> Job | None:
        case_no = self.desk.cases.get(case_id).case_no.replace("/", "-")
        return self.save(
            self.tr("บันทึกสรุปเรื่องเป็น PDF"),
            f"สรุปเรื่อง {case_no}.pdf",
            self.tr("กำลังสร้างสรุปเรื่อง…"),
            lambda path, _progress, _cancelled: self.service.summary(case_id, path),
            changed="case",
        )

    def print_consent_form(self, case_id: int) -> Job | None:
        """ใบยินยอม to be signed and filed with the case (its QR opens the case again)."""
        case_no = self.desk.cases.get(case_id).case_no.replace("/", "-")
        return self.save(
            self.tr("บันทึกใบยินยอมเป็น PDF"),
            f"ใบยินยอม {case_no}.pdf",
            self.tr("กำลังสร้างใบยินยอม…"),
            lambda path, _progress, _cancelled: self.service.consent_form(case_id, path),
            changed="case",  # the print shows in the case's timeline
        )

    def print_queue(self, f: CaseFilter, title: str, description: str = "") -> Job | None:
        return self.save(
            self.tr("บันทึกรายการเรื่องเป็น PDF"),
            f"{title}.pdf",
            self.tr("กำลังสร้างรายการเรื่อง…"),
            lambda path, progress, cancelled: self.service.queue_list(
                f,
                path,
                title=title,
                filter_description=description,
                progress=progress,
                cancelled=cancelled,
            ),
        )

    def export_excel(
        self, f: CaseFilter, title: str, description: str = "", *, csv: bool = False
    ) -> Job | None:
        return self.save(
            self.tr("ส่งออกรายการเรื่องเป็น CSV") if csv else self.tr("ส่งออกรายการเรื่องเป็น Excel"),
            title + export_suffix(csv),
            self.tr("กำลังส่งออกรายการเรื่อง…"),
            lambda path, progress, cancelled: self.service.export_excel(
                f,
                path,
                title=title,
                filter_description=description,
                progress=progress,
                cancelled=cancelled,
            ),
        )
