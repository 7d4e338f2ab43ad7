"""The one Thai line the window and the command line show for an expected failure: the
domain's own errors say it themselves; database and URL failures are explained without SQL or
values (:mod:`db.errors`)."""

from __future__ import annotations

from db.engine import DatabaseProblem
from db.errors import explain
from desktop.domain.errors import DeskError

__all__ = ["DatabaseProblem", "expected_failure_message"]


def expected_failure_message(error: BaseException) -> str | None:
    """The message for a failure the user can act on; None for a bug (report it)."""
    if isinstance(error, DeskError):
        return error.message
    return explain(error)
