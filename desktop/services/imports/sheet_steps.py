"""The first two steps every import shares — read the sheet, map its columns (the office's
last mapping first, saved per kind of sheet) — behind the permission the kind needs."""

from __future__ import annotations

from pathlib import Path

from db.queries import imports as q
from desktop.domain.permissions import Permission
from desktop.exchange import column_mapping
from desktop.exchange.sheet_reading import SheetTable, read_sheet, sheet_names
from desktop.services.context import ServiceContext


class SheetImportSteps:
    """Subclasses set ``permission`` (who may import) and ``kind`` (column_mapping's kind)."""

    permission: Permission
    kind: str

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- 1. read -------------------------------------------------------------------------
    def sheets(self, path: str | Path) -> list[str]:
        self.ctx.require(self.permission)
        return sheet_names(path)

    def read(
        self, path: str | Path, sheet: str | None = None, encoding: str | None = None
    ) -> SheetTable:
        self.ctx.require(self.permission)
        return read_sheet(path, sheet, encoding)

    # -- 2. map --------------------------------------------------------------------------
    def suggested_mapping(self, table: SheetTable) -> dict[str, str]:
        self.ctx.require(self.permission)
        with self.ctx.unit_of_work() as s:
            saved = q.saved_mapping(s, self.kind)
        return column_mapping.merged_mapping(list(table.headers), saved, self.kind)

    def save_mapping(self, mapping: dict[str, str]) -> None:
        self.ctx.require(self.permission)
        with self.ctx.unit_of_work() as s:
            q.save_mapping(s, self.kind, mapping)
