"""Printing from the mentoring pages: blank and filled evaluation sheets, visit forms, a
recorded visit, the year's summary, and the workspace list and the year's evaluations exported
to Excel or CSV, each in the worker through the shared ``PrintActions``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog

from desktop.domain.fiscal_year import fiscal_year_of
from desktop.services.mentoring.printing import MentoringPrintService
from ui.printing.print_actions import PrintActions, export_suffix
from ui.workers import Job


class MentoringPrintActions(PrintActions):
    @property
    def service(self) -> MentoringPrintService:
        return MentoringPrintService(self.desk.ctx)

    def this_year(self) -> int:
        return fiscal_year_of(self.desk.ctx.today())

    def blank_sheets(self, person_ids: Sequence[int], fiscal_year: int | None = None) -> Job | None:
        ids, year = list(person_ids), fiscal_year or self.this_year()
        if not ids:
            return None
        return self.save(
            self.tr("บันทึกแบบประเมินเปล่าเป็น PDF"),
            f"แบบประเมิน {year} ({len(ids)} คน).pdf",
            self.tr("กำลังสร้างแบบประเมิน…"),
            lambda path, progress, cancelled: self.service.evaluation_sheets(
                ids, year, path, blank=True, progress=progress, cancelled=cancelled
            ),
        )

    def filled_sheet(self, person_id: int, fiscal_year: int) -> Job | None:
        name = self.desk.people.get(person_id).full_name
        return self.save(
            self.tr("บันทึกแบบประเมินเป็น PDF"),
            f"แบบประเมิน {fiscal_year} {name}.pdf",
            self.tr("กำลังสร้างแบบประเมิน…"),
            lambda path, progress, cancelled: self.service.evaluation_sheets(
                [person_id], fiscal_year, path, blank=False, progress=progress, cancelled=cancelled
            ),
        )

    def visit_forms(self, person_ids: Sequence[int]) -> Job | None:
        ids = list(person_ids)
        if not ids:
            return None
        return self.save(
            self.tr("บันทึกแบบบันทึกการเยี่ยมเป็น PDF"),
            f"แบบบันทึกการเยี่ยม ({len(ids)} คน).pdf",
            self.tr("กำลังสร้างแบบบันทึกการเยี่ยม…"),
            lambda path, progress, cancelled: self.service.visit_forms(
                ids, path, progress=progress, cancelled=cancelled
            ),
        )

    def visit_record(self, visit_id: int) -> Job | None:
        visit = self.desk.visits.get(visit_id)
        return self.save(
            self.tr("บันทึกการเยี่ยมเป็น PDF"),
            f"บันทึกการเยี่ยม {visit.person_name}.pdf",
            self.tr("กำลังสร้างบันทึกการเยี่ยม…"),
            lambda path, _progress, _cancelled: self.service.visit_record(visit_id, path),
        )

    def summary(self, fiscal_year: int | None = None, *, excel: bool = False) -> Job | None:
        year = fiscal_year or self._ask_year()
        if year is None:
            return None
        suffix = ".xlsx" if excel else ".pdf"
        write = self.service.summary_xlsx if excel else self.service.summary_pdf
        return self.save(
            self.tr("บันทึกสรุปผลการประเมิน"),
            f"สรุปผลการประเมิน {year}{suffix}",
            self.tr("กำลังสร้างสรุปผลการประเมิน…"),
            lambda path, progress, cancelled: write(
                year, path, progress=progress, cancelled=cancelled
            ),
        )

    def export_workspace(
        self,
        *,
        mentor_id: int | None,
        district_code: str = "",
        show: str = "all",
        description: str = "",
        csv: bool = False,
    ) -> Job | None:
        """The workspace list as it is filtered on the page, every row of it."""
        return self.save(
            self.tr("ส่งออกรายชื่องานพี่เลี้ยง"),
            "งานพี่เลี้ยง" + export_suffix(csv),
            self.tr("กำลังส่งออกรายชื่อ…"),
            lambda path, progress, cancelled: self.service.export_workspace(
                path,
                mentor_id=mentor_id,
                district_code=district_code,
                show=show,
                filter_description=description,
                progress=progress,
                cancelled=cancelled,
            ),
        )

    def export_evaluations(
        self, fiscal_year: int | None = None, *, csv: bool = False
    ) -> Job | None:
        year = fiscal_year or self._ask_year()
        if year is None:
            return None
        return self.save(
            self.tr("ส่งออกผลการประเมินรายบุคคล"),
            f"ผลการประเมิน {year}" + export_suffix(csv),
            self.tr("กำลังส่งออกผลการประเมิน…"),
            lambda path, progress, cancelled: self.service.export_evaluations(
                year, path, progress=progress, cancelled=cancelled
            ),
        )

    def _ask_year(self) -> int | None:
        year, ok = QInputDialog.getInt(
            self.parent_widget,
            self.tr("สรุปผลการประเมิน"),
            self.tr("ปีงบประมาณ (พ.ศ.)"),
            self.this_year(),
            2560,
            2700,
        )
        return year if ok else None
