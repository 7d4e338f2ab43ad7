"""The case list of ``labour-desk cases list``: one line per case, as CSV or as terminal text.

The CSV is opened in spreadsheets, so every field goes through :mod:`safe_cells`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from desktop.domain.cases.records import CaseRow
from desktop.domain.thai_dates import format_short
from desktop.exchange.safe_cells import SafeCsvWriter

HEADER = (
    "case_no",
    "received_on",
    "status",
    "person",
    "needs",
    "district",
    "agency",
    "due_on",
    "health",
)


def fields(r: CaseRow) -> tuple[str, ...]:
    """One case as the list's text fields (BE dates, Thai labels)."""
    return (
        r.case_no,
        format_short(r.received_on),
        r.status.label,
        r.person_name,
        r.needs_label,
        r.area.district,
        r.agency.label if r.agency else "",
        format_short(r.due_on),
        r.health.label if r.health else "",
    )


def write_csv(lines: Iterable[Sequence[str]], out: TextIO) -> None:
    """The header, then ``lines`` (from :func:`fields`), formula-looking text neutralised."""
    writer = SafeCsvWriter(out)
    writer.writerow(HEADER)
    writer.writerows(lines)
