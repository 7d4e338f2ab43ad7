"""What other clerks changed since the window last looked: the change counters, polled.

``changes_since(None)`` gives the counts now and no topics (the window's starting point);
each later call with the last token gives the new token and the topics whose count moved —
``person``, ``case``, ``mentoring``, ``account`` — one small query, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from db import change_tracking
from desktop.services.context import ServiceContext

TOPICS = change_tracking.TOPICS


@dataclass(frozen=True)
class ChangeToken:
    """The counts a window has seen, topic by topic."""

    counts: tuple[tuple[str, int], ...]

    def count(self, topic: str) -> int:
        return dict(self.counts).get(topic, 0)


@dataclass(frozen=True)
class Changes:
    token: ChangeToken
    topics: frozenset[str]


class ChangeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def changes_since(self, token: ChangeToken | None) -> Changes:
        """The topics written (by anyone, this window too) since ``token`` was taken.

        Nothing personal is read, so no permission is asked: the sign-in window may poll too.
        """
        with self.ctx.unit_of_work() as s:
            now = change_tracking.counters(s)
        new = ChangeToken(tuple(sorted(now.items())))
        if token is None:
            return Changes(new, frozenset())
        moved = frozenset(t for t, n in now.items() if n != token.count(t))
        return Changes(new, moved)
