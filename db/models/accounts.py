"""The office (one row of business settings) and the people who sign in."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamped, Versioned
from db.types import UTCDateTime

ROLE_NAMES = ("admin", "clerk", "mentor", "supervisor")


class Office(Timestamped, Versioned, Base):
    __tablename__ = "office"

    province_code: Mapped[str] = mapped_column(String(2))
    office_name: Mapped[str] = mapped_column(String(200))
    case_prefix: Mapped[str] = mapped_column(String(10), default="ลป")
    # The office's rule for mentors: a person not visited within this many days is due a visit.
    visit_every_days: Mapped[int] = mapped_column(default=90, server_default="90")
    # Shared PCs: the window locks after this many minutes without a key or mouse (0 = never).
    idle_lock_minutes: Mapped[int] = mapped_column(default=10, server_default="10")
    # PDPA: a person who left the network is due to be anonymised this many years after.
    retention_years: Mapped[int] = mapped_column(default=10, server_default="10")

    __mapper_args__ = {"version_id_col": Versioned.version}


class User(Timestamped, Versioned, Base):
    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    # Sign-in throttling: wrong passwords since the last success, and the end of a lock.
    # Changed by plain UPDATEs (db.queries.accounts), so a failed guess never bumps ``version``.
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}

    @property
    def role_names(self) -> set[str]:
        return {r.role for r in self.roles}


class UserRole(Base):
    __tablename__ = "user_role"
    __table_args__ = (UniqueConstraint("user_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(Enum(*ROLE_NAMES, name="role", native_enum=False, length=20))

    user: Mapped[User] = relationship(back_populates="roles")
