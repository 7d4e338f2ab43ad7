"""The plain records an import hands to its caller (the CLI, the window's wizard): the same
for every kind of sheet (people, referral cases); a row's ``draft`` is the kind's own."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.cases.records import CaseDraft
from desktop.domain.people import PersonDraft, PersonStatus

# What one sheet row becomes: a person to register, or a case to take in.
Draft = PersonDraft | CaseDraft


class DuplicateAction(enum.StrEnum):
    """What to do with a row already in the database (a registered national ID; a case of
    the same number, or of the same person, need and received date)."""

    SKIP = "skip"  # leave the registered person as they are
    FILL = "fill"  # fill the registered person's empty fields only
    UPDATE = "update"  # every field the sheet gives replaces the registered one
    STOP = "stop"  # a registered ID makes the row invalid


class RowState(enum.StrEnum):
    NEW = "new"
    EXISTING = "existing"
    INVALID = "invalid"


@dataclass(frozen=True)
class CellProblem:
    """One problem of one cell: the row number as in the sheet, the column header, the Thai
    reason; a warning does not stop the row (a two-digit year, a phone given its 0 back)."""

    row: int
    column: str
    message: str
    warning: bool = False

    def line(self) -> str:
        kind = "คำเตือน" if self.warning else "ผิดพลาด"
        return f"แถว {self.row} คอลัมน์ “{self.column}”: {self.message} ({kind})"


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: Any
    new: Any


@dataclass
class ImportRow:
    row: int
    cells: tuple[Any, ...]
    draft: Draft | None
    problems: list[CellProblem] = field(default_factory=list)
    state: RowState = RowState.NEW
    existing_id: int | None = None
    # For a registered ID: what FILL and UPDATE would change (shown before applying).
    fill_changes: tuple[FieldChange, ...] = ()
    update_changes: tuple[FieldChange, ...] = ()
    action: DuplicateAction | None = None  # per row; None: the import's
    status: PersonStatus = PersonStatus.ACTIVE  # people: the status the sheet gives
    case_no: str = ""  # cases: the number the sheet gives (kept), "" to number it at import

    @property
    def errors(self) -> list[CellProblem]:
        return [p for p in self.problems if not p.warning]


@dataclass
class ImportPreview:
    """Every row with its problems, and the counts, before anything is written."""

    file_name: str
    sheet: str
    headers: tuple[str, ...]
    mapping: dict[str, str]
    rows: list[ImportRow]
    on_duplicate: DuplicateAction
    kind: str = "people"  # or "cases"

    def count(self, state: RowState) -> int:
        return sum(1 for r in self.rows if r.state == state)

    @property
    def new(self) -> int:
        return self.count(RowState.NEW)

    @property
    def existing(self) -> int:
        return self.count(RowState.EXISTING)

    @property
    def invalid(self) -> int:
        return self.count(RowState.INVALID)

    @property
    def problems(self) -> list[CellProblem]:
        return [p for r in self.rows for p in r.problems]

    def action_for(self, row: ImportRow) -> DuplicateAction:
        return row.action or self.on_duplicate


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    rejected: int
    errors_file: str = ""
