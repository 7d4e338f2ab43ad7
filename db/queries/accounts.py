"""Looking up users and the office row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import Office, User, UserRole


def office(session: Session) -> Office | None:
    return session.scalars(select(Office).order_by(Office.id).limit(1)).first()


def user_count(session: Session) -> int:
    return session.scalar(select(func.count(User.id))) or 0


def any_user(session: Session) -> bool:
    """Whether there is anyone to sign in as; reads every column, so an older schema fails."""
    return session.scalars(select(User).limit(1)).first() is not None


def by_username(session: Session, username: str) -> User | None:
    return session.scalars(
        select(User).where(func.lower(User.username) == username.lower())
    ).first()


def by_id(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


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


# -- sign-in throttling --------------------------------------------------------------------
# Plain UPDATEs rather than ORM changes: they leave ``version`` alone (an admin editing the
# user is not stale because someone guessed a password), and ``failed_sign_ins + 1`` is
# counted by the database, so parallel guesses from several processes all count.


def count_failed_sign_in(session: Session, user_id: int) -> int:
    """One more wrong password for this user; returns the failures in a row."""
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(failed_sign_ins=User.failed_sign_ins + 1)
        .execution_options(synchronize_session=False)
    )
    return session.scalar(select(User.failed_sign_ins).where(User.id == user_id)) or 0


def lock_user(session: Session, user_id: int, until: dt.datetime) -> None:
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(locked_until=until, failed_sign_ins=0)
        .execution_options(synchronize_session=False)
    )


def clear_sign_in_failures(session: Session, user_id: int) -> None:
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(locked_until=None, failed_sign_ins=0)
        .execution_options(synchronize_session=False)
    )
