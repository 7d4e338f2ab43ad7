"""Queries for imports: the remembered column mapping, who of a sheet is registered, and
which of a sheet's cases are in the database already."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Case, ImportMapping, Person

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


def reporters(session: Session) -> list[tuple[int, str, str, str, str]]:
    """Everyone registered as (id, national ID, title, first name, last name): a case sheet's
    reporters are matched against them (an office holds about a thousand)."""
    stmt = select(Person.id, Person.national_id, Person.title, Person.first_name, Person.last_name)
    return [tuple(r) for r in session.execute(stmt).all()]


def cases_by_numbers(session: Session, numbers: Iterable[str]) -> dict[str, Case]:
    """The cases among ``numbers`` (as the case table writes them), by number."""
    wanted = sorted(set(numbers))
    out: dict[str, Case] = {}
    for i in range(0, len(wanted), _CHUNK):
        stmt = select(Case).where(Case.case_no.in_(wanted[i : i + _CHUNK]))
        for c in session.scalars(stmt.options(selectinload(Case.needs))):
            out[c.case_no] = c
    return out


def cases_by_person_ids(session: Session, ids: Iterable[str]) -> dict[str, list[Case]]:
    """The cases of the people whose national IDs are ``ids``, by national ID."""
    wanted = sorted({i for i in ids if i})
    out: dict[str, list[Case]] = {}
    for i in range(0, len(wanted), _CHUNK):
        stmt = select(Case).where(Case.person_national_id.in_(wanted[i : i + _CHUNK]))
        for c in session.scalars(stmt.options(selectinload(Case.needs)).order_by(Case.id)):
            out.setdefault(c.person_national_id, []).append(c)
    return out
