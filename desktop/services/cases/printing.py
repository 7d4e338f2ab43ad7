"""Printing and exporting referral cases: slips, case summaries, the queue list, Excel.

Each of them carries personal data, so each is permission-checked and audited, and every slip
or summary also leaves a line in its case's timeline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from db.queries.cases import CaseFilter
from desktop.domain.errors import DeskError
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.cases.service import CaseService
from desktop.services.context import ServiceContext
from desktop.services.people.printing import PrintService, Progress, atomic_target

Target = str | Path | BinaryIO


class CasePrintService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cases = CaseService(ctx)

    def _check(self, full_id: bool = False) -> None:
        self.ctx.require(Permission.VIEW_CASES)
        self.ctx.require(Permission.PRINT_PERSONAL_DATA)
        if full_id:
            self.ctx.require(Permission.PRINT_FULL_ID)

    def slips(self, case_ids: Sequence[int], out: Target) -> int:
        """แบบส่งต่อ for each case, one after another in one PDF; returns the number printed.

        The slip goes to the agency, which needs the full ID to act: that is why it is there.
        """
        from desktop.documents.referral_slip import render_referral_slips

        self._check()
        if not case_ids:
            raise DeskError("กรุณาเลือกเรื่องที่จะพิมพ์แบบส่งต่อ")
        cases = [self._cases.get(i) for i in case_ids]
        office = PrintService(self.ctx).office()
        with atomic_target(out) as target:
            render_referral_slips(target, office, cases, printed_on=self.ctx.today())
        for case in cases:
            self._cases.record_print(case.id, "referral_slip")
        return len(cases)

    def summary(self, case_id: int, out: Target, *, full_id: bool = False) -> None:
        from desktop.documents.case_summary import render_case_summary

        self._check(full_id)
        case = self._cases.get(case_id)
        office = PrintService(self.ctx).office()
        with atomic_target(out) as target:
            render_case_summary(
                target, office, case, printed_on=self.ctx.today(), show_full_id=full_id
            )
        self._cases.record_print(case_id, "case_summary")

    def queue_list(
        self,
        f: CaseFilter,
        out: Target,
        *,
        title: str,
        filter_description: str = "",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        from desktop.documents.queue_list import render_queue_list

        self._check()
        rows = self._cases.rows(f)
        office = PrintService(self.ctx).office()
        with atomic_target(out) as target:
            render_queue_list(
                target,
                office,
                rows,
                printed_on=self.ctx.today(),
                title=title,
                filter_description=filter_description,
                progress=progress,
                cancelled=cancelled,
            )
        self._audit("queue_list", {"cases": len(rows), "filter": filter_description})
        return len(rows)

    def export_excel(
        self, f: CaseFilter, out: Target, *, full_id: bool = False, filter_description: str = ""
    ) -> int:
        from desktop.exchange.case_export import write_cases_xlsx

        self._check(full_id)
        rows = self._cases.rows(f)
        with atomic_target(out) as target:
            n = write_cases_xlsx(rows, target, full_id=full_id)
        self._audit("excel_export", {"cases": n, "full_id": full_id, "filter": filter_description})
        return n

    def _audit(self, document: str, details: dict) -> None:
        with self.ctx.unit_of_work() as s:
            audit.record(s, self.ctx.user, "print", "case", None, {"document": document, **details})
