"""Who last changed each field of a person's record, from the audit trail (one query)."""

from __future__ import annotations

import dataclasses
import json

from db.queries import accounts as account_queries
from db.queries import audit as audit_queries
from desktop.domain.field_history import ACTIONS, FieldStamp, RecordEdit, last_changes
from desktop.domain.people import PersonDraft
from desktop.domain.permissions import Permission
from desktop.services.context import ServiceContext

# The fields a registration sets: those of the draft (its stored columns are named alike).
PERSON_FIELDS = tuple(f.name for f in dataclasses.fields(PersonDraft))


def field_history(ctx: ServiceContext, person_id: int) -> dict[str, FieldStamp]:
    """Field name -> when and by whom it last changed; a field not in the result has no
    audit row (a record imported in bulk, before any edit)."""
    ctx.require(Permission.VIEW_PEOPLE)
    with ctx.unit_of_work() as s:
        rows = audit_queries.edits_of(s, "person", person_id, ACTIONS)
        names = account_queries.full_names(s, (r.user_id for r in rows))
        edits = [
            RecordEdit(
                r.at, r.username, names.get(r.user_id or 0, ""), r.action, json.loads(r.details)
            )
            for r in rows
        ]
    return last_changes(edits, PERSON_FIELDS)
