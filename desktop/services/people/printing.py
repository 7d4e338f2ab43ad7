"""Printing personal data: permission checks, the PDF itself, and an audit event for every print
(committed before the file appears, so no print goes unrecorded)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from db.queries.people import PersonFilter
from desktop.domain.people import KIND_LABELS, STATUS_LABELS, PersonKind, PersonStatus
from desktop.domain.permissions import Permission
from desktop.domain.records import OfficeInfo
from desktop.services import audit
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext
from desktop.services.output import Progress, atomic_target, stop_if_cancelled
from desktop.services.people.service import PeopleService


def describe_filter(f: PersonFilter, district_name: str = "") -> str:
    """The filter in words, printed under the roster title so paper says what it lists."""
    parts = []
    if f.kinds:
        parts.append("ประเภท: " + ", ".join(KIND_LABELS[PersonKind(k)] for k in f.kinds))
    if f.statuses:
        parts.append("สถานะ: " + ", ".join(STATUS_LABELS[PersonStatus(s)] for s in f.statuses))
    if f.district_code:
        parts.append(f"อำเภอ: {district_name or f.district_code}")
    if f.term_ending_within_days is not None:
        parts.append(f"ครบวาระภายใน {f.term_ending_within_days} วัน")
    if f.award_year is not None:
        parts.append(f"ได้รับรางวัลปี {f.award_year}")
    elif f.awarded:
        parts.append("ได้รับรางวัล")
    if f.not_evaluated_in is not None:
        parts.append(f"ยังไม่ได้ประเมินปี {f.not_evaluated_in}")
    if f.text.strip():
        parts.append(f"ค้นหา: “{f.text.strip()}”")
    return " · ".join(parts)


class RegistryPrintService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def office(self) -> OfficeInfo:
        return AccountService(self.ctx).required_office()

    def _check(self, full_id: bool) -> None:
        self.ctx.require(Permission.PRINT_PERSONAL_DATA)
        if full_id:
            self.ctx.require(Permission.PRINT_FULL_ID)

    def roster(
        self,
        f: PersonFilter,
        out: str | Path | BinaryIO,
        *,
        full_id: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Render the roster of everyone matching ``f``; returns the number of people printed."""
        from desktop import areas
        from desktop.documents.roster import render_roster

        self._check(full_id)
        office = self.office()
        rows = PeopleService(self.ctx).rows(
            PersonFilter(**{**f.__dict__, "sort": "district", "descending": False})
        )
        details = {"people": len(rows), "full_id": full_id, "filter": describe_filter(f)}
        with atomic_target(
            out, cancelled=cancelled, before_publish=lambda: self._audit("roster", None, details)
        ) as target:
            render_roster(
                target,
                office,
                rows,
                printed_on=self.ctx.today(),
                show_full_id=full_id,
                filter_description=describe_filter(f, areas.district_name(f.district_code)),
                progress=progress,
                cancelled=cancelled,
            )
        return len(rows)

    def record(self, person_id: int, out: str | Path | BinaryIO, *, full_id: bool = False) -> None:
        from desktop.documents.record_form import render_record_form

        self._check(full_id)
        person = PeopleService(self.ctx).get(person_id)
        office = self.office()
        with atomic_target(
            out,
            before_publish=lambda: self._audit("record_form", person_id, {"full_id": full_id}),
        ) as target:
            render_record_form(
                target, office, person, printed_on=self.ctx.today(), show_full_id=full_id
            )

    def export(
        self,
        f: PersonFilter,
        out: str | Path | BinaryIO,
        *,
        full_id: bool = False,
        csv: bool | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Everyone ``f`` matches, in its sort order (all rows, not the page the window shows),
        as .xlsx or CSV (``csv`` None: by the file's extension); returns the number of rows.
        The audit row (what, how many, the filter, full IDs or not) commits before the file
        appears; after a cancel there is neither."""
        from desktop import areas
        from desktop.documents.layout import office_line
        from desktop.exchange.list_export import wants_csv, write_list
        from desktop.exchange.people_export import people_table

        self._check(full_id)
        stop_if_cancelled(cancelled)
        rows = PeopleService(self.ctx).records(f)
        described = describe_filter(f, areas.district_name(f.district_code))
        as_csv = wants_csv(out, csv)
        table = people_table(
            rows,
            full_id=full_id,
            office=office_line(self.office()),
            filter_text=described,
            printed_on=self.ctx.today(),
        )
        details = {
            "people": len(rows),
            "format": "csv" if as_csv else "xlsx",
            "full_id": full_id,
            "filter": described,
        }
        with atomic_target(
            out,
            cancelled=cancelled,
            before_publish=lambda: self._audit("people_export", None, details),
        ) as target:
            write_list(table, target, csv=as_csv, progress=progress, cancelled=cancelled)
        return len(rows)

    def _audit(self, document: str, entity_id: int | None, details: dict) -> None:
        with self.ctx.unit_of_work() as s:
            audit.record(
                s, self.ctx.user, "print", "person", entity_id, {"document": document, **details}
            )
