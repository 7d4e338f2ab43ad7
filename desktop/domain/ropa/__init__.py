"""The record of processing (ROPA, PDPA ม.39) kept in the code: ``ENTRIES`` has one line per
personal-data column; ``classify`` tells what the register says of any column."""

from __future__ import annotations

from desktop.domain.ropa.entries import GROUPS, TABLE_LABELS
from desktop.domain.ropa.model import BASIS_LABELS, Basis, RopaEntry
from desktop.domain.ropa.not_personal import NOT_PERSONAL

__all__ = [
    "BASIS_LABELS",
    "ENTRIES",
    "NOT_PERSONAL",
    "TABLE_LABELS",
    "Basis",
    "RopaEntry",
    "classify",
    "entry_for",
]

ENTRIES: tuple[RopaEntry, ...] = tuple(e for g in GROUPS for e in g.entries())
_BY_KEY = {e.key: e for e in ENTRIES}


def entry_for(table: str, column: str) -> RopaEntry | None:
    return _BY_KEY.get(f"{table}.{column}")


def classify(table: str, column: str) -> RopaEntry | str | None:
    """The register's line for ``table.column``, else the reason it is not personal, else
    None: nobody has decided yet."""
    if (entry := entry_for(table, column)) is not None:
        return entry
    for key in (f"{table}.{column}", table, f"*.{column}"):
        if key in NOT_PERSONAL:
            return NOT_PERSONAL[key]
    return None
