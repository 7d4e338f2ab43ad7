"""Awards recorded on people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from db.models import Award, User


def for_person(session: Session, person_id: int) -> Sequence[Row[Any]]:
    """(award, recorded by name or None), newest first."""
    return session.execute(
        select(Award, User.full_name)
        .outerjoin(User, User.id == Award.recorded_by_id)
        .where(Award.person_id == person_id)
        .order_by(Award.awarded_on.desc(), Award.id.desc())
    ).all()
