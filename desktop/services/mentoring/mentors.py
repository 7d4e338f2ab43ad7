"""Who may be named as a mentor: the check shared by assigning people, visits and evaluations.

A module of its own so that the mentoring services can share it without importing each other.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import User
from desktop.domain.errors import ValidationError
from desktop.domain.people import Role


def check_mentor(s: Session, mentor_id: int | None) -> User:
    """The user exists, is active and has the mentor role: whom visits and people belong to."""
    user = s.get(User, mentor_id) if mentor_id is not None else None
    roles = {r.role for r in user.roles} if user else set()
    if user is None or not user.active or Role.MENTOR.value not in roles:
        raise ValidationError({"mentor_id": "กรุณาเลือกพี่เลี้ยงที่เป็นผู้ใช้ที่ใช้งานอยู่และมีบทบาทพี่เลี้ยง"})
    return user
