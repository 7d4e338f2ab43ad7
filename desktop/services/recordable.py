"""The person a new visit, evaluation or award is recorded for: one who exists and whose data
has not been erased (PDPA s.33) — its free texts would identify them again."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Person
from desktop.domain.erasure import NOTHING_NEW_FOR_ANONYMISED
from desktop.domain.errors import DeskError, NotFound


def recordable_person(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound(f"ไม่พบบุคคลรหัส {person_id}")
    if person.anonymised_at is not None:
        raise DeskError(NOTHING_NEW_FOR_ANONYMISED)
    return person
