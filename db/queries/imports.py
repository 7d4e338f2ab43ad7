"""Queries for imports: the remembered column mapping, and who of a sheet is registered."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ImportMapping, Person

_CHUNK = 500  # IN lists stay well under SQLite's and PostgreSQL's parameter limits


def saved_mapping(session: Session, kind: str) -> dict[str, str]:
    row = session.scalars(select(ImportMapping).where(ImportMapping.kind == kind)).first()
    if row is None:
        return {}
    try:
        value = json.loads(row.mapping)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def save_mapping(session: Session, kind: str, mapping: dict[str, str]) -> None:
    row = session.scalars(select(ImportMapping).where(ImportMapping.kind == kind)).first()
    if row is None:
        row = ImportMapping(kind=kind)
        session.add(row)
    row.mapping = json.dumps(mapping, ensure_ascii=False, sort_keys=True)


def people_by_national_ids(session: Session, ids: Iterable[str]) -> dict[str, Person]:
    """The registered people among ``ids`` (ASCII digits), by national ID."""
    wanted = sorted(set(ids))
    out: dict[str, Person] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        for p in session.scalars(select(Person).where(Person.national_id.in_(chunk))):
            out[p.national_id] = p
    return out
