"""Which identifiers the signed-in user sees (``desktop.domain.disclosure``): whole IDs with
``SEE_FULL_ID``; every phone with ``SEE_PHONE``, else only those of the people they mentor now.

Read inside the caller's unit of work, so the mask agrees with the rows it is laid over.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.queries import mentor_assignments
from desktop.domain.disclosure import EVERYTHING, Disclosure
from desktop.domain.permissions import Permission
from desktop.services.context import ServiceContext


def disclosure_for(ctx: ServiceContext, s: Session) -> Disclosure:
    full_ids, all_phones = ctx.can(Permission.SEE_FULL_ID), ctx.can(Permission.SEE_PHONE)
    if full_ids and all_phones:
        return EVERYTHING
    mine = (
        frozenset(mentor_assignments.mentored_by(s, ctx.user.id))
        if ctx.user is not None and not all_phones
        else frozenset()
    )
    return Disclosure(full_ids=full_ids, all_phones=all_phones, phones_of=mine)
