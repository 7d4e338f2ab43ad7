"""The audit trail, as filtered, out of the app: .xlsx for working it, PDF for the incident
report (PDPA s.37 asks a breach to be notified within 72 hours, with what was accessed), CSV
for the command line. Every such export is itself audited before the rows leave."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from desktop.documents.audit_list import render_audit_list
from desktop.domain.audit_trail import AuditFilter, AuditRow
from desktop.domain.errors import DeskError
from desktop.domain.permissions import Permission
from desktop.domain.thai_dates import format_datetime
from desktop.exchange.list_export import Column, ListTable, write_list_xlsx
from desktop.exchange.table_csv import write_table_csv
from desktop.services import audit
from desktop.services.accounts import AccountService
from desktop.services.audit_trail import AuditTrailService, describe

# A PDF of more rows than this is not read by anyone; the spreadsheet takes any number.
PDF_MAX_ROWS = 20_000

COLUMNS = (
    Column("วันเวลา"),
    Column("ผู้ใช้"),
    Column("การกระทำ"),
    Column("ประเภท"),
    Column("บุคคล / เรื่อง / เอกสาร"),
    Column("รหัสรายการ", "number"),
)


def cells(row: AuditRow) -> tuple:
    return (
        format_datetime(row.at),
        row.username,
        row.action_label,
        row.category.label,
        row.subject,
        row.id,
    )


class AuditExportService:
    def __init__(self, trail: AuditTrailService) -> None:
        self.trail = trail
        self.ctx = trail.ctx

    def write(self, f: AuditFilter, out: str | Path) -> int:
        """Write the rows ``f`` matches to ``out`` (.xlsx or .pdf by its name); returns how many."""
        out = Path(out)
        kind = out.suffix.lower().lstrip(".")
        if kind not in ("xlsx", "pdf"):
            raise DeskError("ส่งออกประวัติการใช้งานได้เป็นแฟ้ม .xlsx หรือ .pdf เท่านั้น")
        total = self.trail.count(f)
        if kind == "pdf" and total > PDF_MAX_ROWS:
            raise DeskError(
                f"มี {total:,} รายการ มากเกินกว่าจะพิมพ์เป็น PDF ({PDF_MAX_ROWS:,} รายการ) "
                "กรุณาจำกัดช่วงวันที่หรือส่งออกเป็น Excel (.xlsx)"
            )
        described = describe(self.trail, f)
        self._audit(kind, total, described)
        rows = [r for chunk in self.trail.all_rows(f) for r in chunk]
        office = AccountService(self.ctx).office()
        if kind == "pdf":
            render_audit_list(
                str(out), office, rows, printed_on=self.ctx.today(), filter_description=described
            )
        else:
            table = ListTable.build(
                [cells(r) for r in rows],
                COLUMNS,
                title="ประวัติการใช้งานระบบ",
                office=office.office_name if office else "",
                filter_text=described,
                printed_on=self.ctx.today(),
                sheet="ประวัติการใช้งาน",
            )
            write_list_xlsx(table, out)
        return len(rows)

    def csv(self, f: AuditFilter, out: TextIO, limit: int = 0) -> int:
        """The rows as CSV (the command line's ``--format csv``), at most ``limit`` (0: all)."""
        rows = (cells(row) for row in self.listing(f, limit, "csv"))
        return write_table_csv([c.header for c in COLUMNS], rows, out)

    def listing(self, f: AuditFilter, limit: int = 0, kind: str = "table") -> Iterator[AuditRow]:
        """The rows for the command line, at most ``limit`` (0: all); audited before the first."""
        total = self.trail.count(f)
        self._audit(kind, min(total, limit) if limit else total, describe(self.trail, f))
        n = 0
        for chunk in self.trail.all_rows(f, chunk=min(limit or 5_000, 5_000)):
            for row in chunk:
                if limit and n >= limit:
                    return
                n += 1
                yield row

    def _audit(self, kind: str, rows: int, described: str) -> None:
        user = self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work() as s:
            audit.record(
                s,
                user,
                "export",
                "audit",
                None,
                {"document": "audit_trail", "format": kind, "rows": rows, "filter": described},
            )
