"""The audit page's question (a filter) and its answers (rows, one row's details)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.audit_actions import AuditCategory


class AuditSort(enum.StrEnum):
    AT = "at"
    USER = "user"
    CATEGORY = "category"


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    person_id: int | None = None  # the person, and the cases, visits, ... about them
    case_id: int | None = None
    category: AuditCategory | None = None
    date_from: dt.date | None = None  # office dates (Bangkok), both ends included
    date_to: dt.date | None = None
    sort: AuditSort = AuditSort.AT
    descending: bool = True


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # in the office's time (Bangkok)
    username: str
    action: str
    action_label: str
    category: AuditCategory
    entity: str
    entity_id: int | None
    subject: str  # whom or what: a person's name, a case number, a document


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    offset: int
    total: int  # rows matching, counted up to ``COUNT_CAP``
    capped: bool  # more than ``total`` match


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditDetail:
    row: AuditRow
    user_full_name: str
    changes: list[FieldChange] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)  # (label, value) the rest


# Counting a million rows for a page label costs more than the page: past this, "more than".
COUNT_CAP = 10_000
