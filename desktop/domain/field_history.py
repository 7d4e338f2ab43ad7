"""When and by whom each field of a person's record last changed (PDPA s.35–36: corrections
keep their history in the audit trail; the record says who made the latest of each).

Folded from the record's audit rows, oldest first: registering it stamps every field (a field
never edited since dates from then), each edit stamps the fields it changed, a change of
status stamps ``status``. Nothing here reads the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldStamp:
    at: dt.datetime  # aware, UTC (the audit row's time)
    username: str
    full_name: str = ""

    @property
    def who(self) -> str:
        return self.full_name or self.username


@dataclass(frozen=True)
class RecordEdit:
    """One audit row about the record: ``create``, ``update`` or ``status``."""

    at: dt.datetime
    username: str
    full_name: str
    action: str
    details: Mapping[str, Any] = field(default_factory=dict)


ACTIONS = ("create", "update", "status")


def last_changes(edits: Iterable[RecordEdit], fields: Iterable[str]) -> dict[str, FieldStamp]:
    """Field -> the latest stamp on it; ``fields`` are those the registration sets."""
    names = tuple(fields)
    stamps: dict[str, FieldStamp] = {}
    for e in sorted(edits, key=lambda e: e.at):  # stable: rows of one second keep their order
        stamp = FieldStamp(e.at, e.username, e.full_name)
        if e.action == "create":
            stamps.update(dict.fromkeys(names, stamp))
            stamps["status"] = stamp
        elif e.action == "update":
            stamps.update(dict.fromkeys(e.details.get("changes") or {}, stamp))
        elif e.action == "status":
            stamps["status"] = stamp
    return stamps
