"""Printing and exporting referral cases: slips, consent forms, case summaries, the queue
list, Excel.

Each of them carries personal data, so each is permission-checked and audited, and every slip
or summary also leaves a line in its case's timeline. The lines are committed before the file
appears (``atomic_target``'s ``before_publish``): a print that cannot be recorded is not
written. A bulk print is one use case however many
cases it holds: the cases load in one unit of work and their timeline and audit lines are
written in one more, so a print of N slips opens the same few sessions as a print of one.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.queries.cases import CaseFilter
from desktop.domain.cases.records import CaseDetail, CaseRow
from desktop.domain.cases.rules import CONSENT_WITHDRAWN_MESSAGE
from desktop.domain.errors import DeskError
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.accounts import AccountService
from desktop.services.cases import loading, lookup, timeline
from desktop.services.cases.service import CaseService
from desktop.services.context import ServiceContext
from desktop.services.output import (
    Cancelled,
    Progress,
    Stages,
    Target,
    atomic_target,
    counted,
    stop_if_cancelled,
)


class CasePrintService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cases = CaseService(ctx)

    def _check(self, full_id: bool = False) -> None:
        self.ctx.require(Permission.VIEW_CASES)
        self.ctx.require(Permission.PRINT_PERSONAL_DATA)
        if full_id:
            self.ctx.require(Permission.PRINT_FULL_ID)

    def slips(
        self,
        case_ids: Sequence[int],
        out: Target,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """แบบส่งต่อ for each case, one after another in one PDF; returns the number printed.

        The slip goes to the agency, which needs the full ID to act: that is why it is there;
        printed by one who may not see whole IDs (a mentor), it carries the masked one.
        ``progress`` runs over loading the cases, then laying out their slips; after a cancel
        no file is written and nothing is recorded.
        """
        from desktop.documents.referral_slip import render_referral_slips

        self._check()
        if not case_ids:
            raise DeskError("กรุณาเลือกเรื่องที่จะพิมพ์แบบส่งต่อ")
        stages = Stages(progress, len(case_ids), len(case_ids))
        cases = self._load(case_ids, stages.stage(0), cancelled)
        if withdrawn := [c.case_no for c in cases if c.consent_withdrawal is not None]:
            # The slip hands the person's data to the agency: not after they said no.
            raise DeskError(
                f"พิมพ์แบบส่งต่อไม่ได้: {CONSENT_WITHDRAWN_MESSAGE} (เรื่อง {', '.join(withdrawn)})"
            )
        office = AccountService(self.ctx).required_office()
        ids = [c.id for c in cases]
        with atomic_target(
            out,
            cancelled=cancelled,
            before_publish=lambda: timeline.record_prints(self.ctx, ids, "referral_slip"),
        ) as target:
            render_referral_slips(
                target,
                office,
                cases,
                printed_on=self.ctx.today(),
                progress=stages.stage(1),
                cancelled=cancelled,
            )
        return len(cases)

    def consent_form(self, case_id: int, out: Target, *, full_id: bool = False) -> None:
        """ใบยินยอมให้ส่งต่อข้อมูลส่วนบุคคล of one case, to be signed and filed with it; the
        print is in the case's timeline and the audit trail (document ``consent_form``)."""
        from desktop.documents.consent_form import render_consent_form

        self._check(full_id)
        case = self._cases.get(case_id)
        office = AccountService(self.ctx).required_office()
        with atomic_target(
            out, before_publish=lambda: timeline.record_prints(self.ctx, [case_id], "consent_form")
        ) as target:
            render_consent_form(
                target, office, case, printed_on=self.ctx.today(), show_full_id=full_id
            )

    def summary(self, case_id: int, out: Target, *, full_id: bool = False) -> None:
        from desktop.documents.case_summary import render_case_summary

        self._check(full_id)
        case = self._cases.get(case_id)
        office = AccountService(self.ctx).required_office()
        with atomic_target(
            out, before_publish=lambda: timeline.record_prints(self.ctx, [case_id], "case_summary")
        ) as target:
            render_case_summary(
                target, office, case, printed_on=self.ctx.today(), show_full_id=full_id
            )

    def queue_list(
        self,
        f: CaseFilter,
        out: Target,
        *,
        title: str,
        filter_description: str = "",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        from desktop.documents.queue_list import render_queue_list

        self._check()
        rows = self._cases.rows(f)
        office = AccountService(self.ctx).required_office()
        details = {"cases": len(rows), "filter": filter_description}
        with atomic_target(
            out, cancelled=cancelled, before_publish=lambda: self._audit("queue_list", details)
        ) as target:
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
        return len(rows)

    def export_excel(
        self,
        f: CaseFilter,
        out: Target,
        *,
        full_id: bool = False,
        csv: bool | None = None,
        title: str = "รายการเรื่องส่งต่อ",
        filter_description: str = "",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Every case ``f`` matches as an .xlsx or CSV (``csv`` None: by the file's
        extension), up to a central server's 250,000 a year: progress per chunk of rows
        written; after a cancel no file and no audit line."""
        from desktop.documents.layout import office_line
        from desktop.exchange.case_export import write_cases_xlsx
        from desktop.exchange.list_export import wants_csv

        self._check(full_id)
        stop_if_cancelled(cancelled)
        rows = self._cases.rows(f)
        as_csv = wants_csv(out, csv)
        office = AccountService(self.ctx).required_office()
        details = {
            "cases": len(rows),
            "format": "csv" if as_csv else "xlsx",
            "full_id": full_id,
            "filter": filter_description,
        }
        document = "csv_export" if as_csv else "excel_export"
        with atomic_target(
            out, cancelled=cancelled, before_publish=lambda: self._audit(document, details)
        ) as target:
            n = write_cases_xlsx(
                rows,
                target,
                full_id=full_id,
                csv=as_csv,
                title=title,
                office=office_line(office),
                filter_text=filter_description,
                printed_on=self.ctx.today(),
                progress=progress,
                cancelled=cancelled,
            )
        return n

    def list_export(self, f: CaseFilter, *, filter_description: str = "") -> list[CaseRow]:
        """The cases ``f`` matches, for a listing that leaves the app (the CLI's CSV): the
        audit row is committed before the rows are handed out, so none leave unrecorded."""
        self._check()
        rows = self._cases.rows(f)
        self._audit("case_list_csv", {"cases": len(rows), "filter": filter_description})
        return rows

    # -- helpers ---------------------------------------------------------------------------
    def _load(
        self, case_ids: Sequence[int], progress: Progress | None, cancelled: Cancelled | None
    ) -> list[CaseDetail]:
        """The cases in the order asked for, all in one unit of work."""
        with self.ctx.unit_of_work() as s:
            return [
                lookup.shown_detail(self.ctx, s, loading.load(s, case_id))
                for case_id in counted(case_ids, len(case_ids), progress, cancelled, "แบบส่งต่อ")
            ]

    def _audit(self, document: str, details: dict) -> None:
        with self.ctx.unit_of_work() as s:
            audit.record(s, self.ctx.user, "print", "case", None, {"document": document, **details})
