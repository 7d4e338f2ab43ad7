"""Who reported a need: the sheet's reporter matched to a registered volunteer or graduate.

By national ID first (the reporter's ID column); else by the exact name, title and spaces
left out (``อสร.นายสมชาย ใจดี`` is ``สมชาย ใจดี``, as the intake's duplicate check compares
names). Two registered people of that name are never chosen between: the row names both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain import national_id
from desktop.domain.cases.rules import name_key

# Sheets write the volunteer's role before the name: "อสร.นายสมชาย", "บัณฑิตแรงงาน นางสาว…".
_ROLE = re.compile(r"^\s*(?:อสร\.?|อาสาสมัครแรงงาน|อาสาสมัคร|บัณฑิตแรงงาน)\s*")


@dataclass(frozen=True)
class Reporter:
    id: int
    national_id: str
    name: str  # as the registry writes it: title, first and last name


@dataclass(frozen=True)
class ReporterMatch:
    id: int | None = None
    error: str | None = None
    # Which column the error is about: "reporter_national_id" or "reporter_name".
    field: str = "reporter_name"
    unknown: bool = False  # a name nobody registered has (allowed when intake allows it)


class ReporterIndex:
    """The registered people, by national ID and by name key."""

    def __init__(self, people: Iterable[Reporter]) -> None:
        self._by_id: dict[str, Reporter] = {}
        self._by_name: dict[str, list[Reporter]] = defaultdict(list)
        for p in people:
            self._by_id[p.national_id] = p
            self._by_name[name_key(p.name)].append(p)

    def find(self, nid: str, name: str) -> ReporterMatch:
        """The reporter a row names by ``nid`` (already read, "" when none) or ``name``."""
        if nid:
            found = self._by_id.get(national_id.digits_only(nid))
            if found is None:
                return ReporterMatch(
                    error=f"ไม่พบผู้แจ้งเลขประจำตัว {national_id.format_id(nid)} ในทะเบียน",
                    field="reporter_national_id",
                )
            return ReporterMatch(found.id)
        key = name_key(_ROLE.sub("", name or ""))
        if not key:
            return ReporterMatch()
        same = self._by_name.get(key, [])
        if len(same) == 1:
            return ReporterMatch(same[0].id)
        if len(same) > 1:
            who = ", ".join(f"{p.name} ({national_id.mask_id(p.national_id)})" for p in same[:5])
            return ReporterMatch(
                error=f"มีผู้ชื่อ “{name}” ในทะเบียน {len(same)} คน ({who}) กรุณาระบุเลขประจำตัวผู้แจ้ง",
            )
        return ReporterMatch(error=f"ไม่พบผู้แจ้งชื่อ “{name}” ในทะเบียนอาสาสมัคร/บัณฑิตแรงงาน", unknown=True)
