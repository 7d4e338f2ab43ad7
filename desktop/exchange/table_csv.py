"""A plain table as CSV on a stream (the command line's ``--format csv``): the header, then the
rows as they come (a million audit rows are never all in memory), every cell through
:class:`safe_cells.SafeCsvWriter` so a formula-looking text stays text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from desktop.exchange.safe_cells import SafeCsvWriter


def write_table_csv(header: Sequence[str], rows: Iterable[Sequence], out: TextIO) -> int:
    """Write ``header`` and ``rows`` to ``out``; returns how many rows."""
    writer = SafeCsvWriter(out)
    writer.writerow(header)
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n
