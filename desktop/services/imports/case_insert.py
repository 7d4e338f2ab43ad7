"""Adding thousands of imported cases in a few statements per chunk rather than one ORM
object each: the values intake writes (``apply_draft`` and ``enter_status`` compute them, on a
plain namespace instead of a mapped object, as the people import's ``bulk_insert`` does),
their needs, their first timeline line and their audit rows (intake's own
``intake_event`` and ``intake_audit``), inserted with ``insert().returning(id)``. A year's
20,000 cases take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import SimpleNamespace

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.models import AuditEvent, Case, CaseEvent, CaseNeed
from desktop.domain.cases.numbers import CaseNumber
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.records import UserInfo
from desktop.services import audit
from desktop.services.cases.intake import intake_audit, intake_event
from desktop.services.cases.mapping import ServiceTable, apply_draft, enter_status

CHUNK = 1000
_CASES, _NEEDS, _EVENTS, _AUDIT = (
    m.__table__ for m in (Case, CaseNeed, CaseEvent, AuditEvent)
)  # fmt: skip
_EVENT_COLUMNS = [c.key for c in _EVENTS.columns if c.key != "id"]


def new_case_values(
    draft: CaseDraft, number: CaseNumber, user: UserInfo, table: ServiceTable
) -> SimpleNamespace:
    """The case row intake would write for ``draft`` (``needs`` beside it, not a column)."""
    case = SimpleNamespace(
        case_no=number.text,
        case_prefix=number.prefix,
        fiscal_year=number.fiscal_year,
        seq=number.seq,
        created_by_id=user.id,
        assigned_to_id=None,
        status=None,
        due_on=None,
        sla_days=None,
    )
    apply_draft(case, draft)
    enter_status(case, CaseStatus.RECEIVED, draft.received_on, table)
    return case


def _row(case: SimpleNamespace) -> dict:
    return {k: v for k, v in vars(case).items() if k != "needs"}


def insert_cases(
    s: Session,
    cases: list[SimpleNamespace],
    user: UserInfo,
    now: dt.datetime,
    source: dict,
    each_chunk: Callable[[int], None] | None = None,
) -> list[int]:
    """Insert ``cases`` (from :func:`new_case_values`); returns their ids. ``each_chunk(done)``
    runs between chunks (progress, and the cancel check)."""
    ids: list[int] = []
    for start in range(0, len(cases), CHUNK):
        if each_chunk is not None:
            each_chunk(start)
        chunk = cases[start : start + CHUNK]
        stmt = insert(_CASES).returning(_CASES.c.id, sort_by_parameter_order=True)
        chunk_ids = list(s.execute(stmt, [_row(c) for c in chunk]).scalars())
        pairs = list(zip(chunk_ids, chunk, strict=True))
        s.execute(insert(_NEEDS), [dict(case_id=i, need=n.need) for i, c in pairs for n in c.needs])
        events = [intake_event(i, user, c, now) for i, c in pairs]
        s.execute(insert(_EVENTS), [{k: getattr(e, k) for k in _EVENT_COLUMNS} for e in events])
        s.execute(
            insert(_AUDIT),
            [
                audit.values(user, "create", "case", i, {**intake_audit(c), **source})
                for i, c in pairs
            ],
        )
        ids.extend(chunk_ids)
    return ids
