"""The last step every import shares: all or nothing, or the valid rows and an error workbook.

Every import kind writes its own rows (``write(rejected) -> counts``, one unit of work); what
is the same for all of them lives here: refusing a sheet with invalid rows unless the user
asked for the valid ones, the error workbook published only once the rows are in (a cancel or
a failure leaves neither), and the result's counts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.exchange.import_errors import write_error_workbook
from desktop.services.imports.records import ImportPreview, ImportResult, ImportRow, RowState
from desktop.services.output import Cancelled, atomic_target


def run_import(
    preview: ImportPreview,
    write: Callable[[int], dict[str, int]],
    *,
    keep_valid: bool,
    errors_out: str | Path | None,
    cancelled: Cancelled | None,
) -> ImportResult:
    """``write(rejected)`` writes the valid rows and returns created/updated/skipped."""
    rejected = [r for r in preview.rows if r.state == RowState.INVALID]
    if rejected and not keep_valid:
        raise ValidationError(
            {
                "rows": f"มี {len(rejected)} แถวที่ไม่ถูกต้อง จึงไม่ได้นำเข้าแถวใดเลย "
                "กรุณาแก้ไขไฟล์ หรือเลือกนำเข้าเฉพาะแถวที่ถูกต้อง"
            }
        )
    if rejected and errors_out is None:
        raise ValidationError({"errors_out": "กรุณาระบุไฟล์สำหรับบันทึกแถวที่ไม่ได้นำเข้า"})
    counts: dict[str, int] = {}

    def write_rows() -> None:
        counts.update(write(len(rejected)))

    if rejected:
        with atomic_target(errors_out, cancelled=cancelled, before_publish=write_rows) as target:
            write_error_workbook(
                target, preview.headers, ((r.row, r.cells, reasons(r)) for r in rejected)
            )
    else:
        write_rows()
    return ImportResult(
        counts["created"],
        counts["updated"],
        counts["skipped"],
        len(rejected),
        str(errors_out) if rejected else "",
    )


def column_of(preview: ImportPreview, field: str, labels: dict[str, str]) -> str:
    """The sheet's header mapped to ``field`` (the field's label when no column is)."""
    for header, mapped in preview.mapping.items():
        if mapped == field:
            return header
    return labels.get(field, field)


def reasons(row: ImportRow) -> str:
    return "; ".join(f"{p.column}: {p.message}" for p in row.errors)
