"""Two clerks saved the same record: what differs between mine and theirs, and the merge.

A save that finds the record's version moved does not overwrite the other clerk's work: the
service hands back an :class:`EditConflict` — the stored record (*theirs*, at the version it
is now) beside what this clerk typed (*mine*), field by field, only the fields that differ.
The clerk keeps theirs, keeps mine, or chooses per field; :meth:`EditConflict.resolved` builds
the draft to save, and the service saves it over exactly the version it was resolved against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Generic, TypeVar

D = TypeVar("D")  # a draft dataclass (PersonDraft, EvaluationDraft …)


class Pick(Enum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class FieldConflict:
    """One field that differs: its Thai label and both values as the clerk reads them."""

    name: str
    label: str
    mine: str
    theirs: str
    # Whether this clerk changed the field from what they opened (None: not known). A merge
    # starts from mine where they did and theirs where only the other clerk did.
    changed_by_me: bool | None = None

    @property
    def suggested(self) -> Pick:
        return Pick.THEIRS if self.changed_by_me is False else Pick.MINE


@dataclass(frozen=True)
class EditConflict(Generic[D]):
    entity: str  # "person", "evaluation"
    entity_id: int
    version: int  # the stored version: the resolved draft is saved over this one
    mine: D
    theirs: D
    fields: tuple[FieldConflict, ...]
    saved_by: str = ""  # who saved theirs
    saved_at: dt.datetime | None = None

    def resolved(self, picks: Mapping[str, Pick] | Pick) -> D:
        """Mine with the fields picked as theirs taken from theirs (``Pick`` alone: all).

        A field named ``scores.2`` is one item of a tuple field (a criterion's score)."""
        if isinstance(picks, Pick):
            picks = {f.name: picks for f in self.fields}
        changed: dict[str, Any] = {}
        for f in self.fields:
            if picks.get(f.name) != Pick.THEIRS:
                continue
            base, _, item = f.name.partition(".")
            if not item:
                changed[base] = getattr(self.theirs, base)
                continue
            items = list(changed.get(base, getattr(self.mine, base)))
            theirs = getattr(self.theirs, base)
            i = int(item)
            items += [None] * (i + 1 - len(items))
            items[i] = theirs[i] if i < len(theirs) else None
            changed[base] = tuple(items)
        return replace(self.mine, **changed)  # type: ignore[type-var]

    def suggested_picks(self) -> dict[str, Pick]:
        return {f.name: f.suggested for f in self.fields}


def differing_fields(
    mine: Any,
    theirs: Any,
    opened: Any | None,
    names: Iterable[str],
    label: Callable[[str], str],
    comparable: Callable[[Any, str], Any],
    shown: Callable[[Any, str], str],
) -> tuple[FieldConflict, ...]:
    """The fields among ``names`` whose ``comparable(draft, name)`` differ between the drafts
    (``opened``: what this clerk started from, to tell which side changed a field)."""
    out = []
    for name in names:
        m, t = comparable(mine, name), comparable(theirs, name)
        if m == t:
            continue
        by_me = None if opened is None else m != comparable(opened, name)
        out.append(FieldConflict(name, label(name), shown(mine, name), shown(theirs, name), by_me))
    return tuple(out)
