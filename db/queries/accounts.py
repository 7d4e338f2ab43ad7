"""Looking up users and the office row."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Office, User, UserRole


def office(session: Session) -> Office | None:
    return session.scalars(select(Office).order_by(Office.id).limit(1)).first()


def user_count(session: Session) -> int:
    return session.scalar(select(func.count(User.id))) or 0


def by_username(session: Session, username: str) -> User | None:
    return session.scalars(
        select(User).where(func.lower(User.username) == username.lower())
    ).first()


def all_users(session: Session) -> Sequence[User]:
    return session.scalars(select(User).order_by(User.username)).all()


def users_with_role(session: Session, role: str) -> Sequence[User]:
    stmt = (
        select(User)
        .join(UserRole)
        .where(UserRole.role == role, User.active.is_(True))
        .order_by(User.full_name)
    )
    return session.scalars(stmt).all()


def full_names(session: Session, user_ids: Iterable[int | None]) -> dict[int, str]:
    """id -> full name for the given users (None ids skipped)."""
    ids = {i for i in user_ids if i is not None}
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())
