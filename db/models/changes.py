"""One counter per kind of data (topic), bumped by every transaction that writes that kind:
other clerks' windows poll the counters to know when to refresh (``db.change_tracking``)."""

from __future__ import annotations

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class ChangeCounter(Base):
    """``value`` grows by one with each committed transaction that wrote the ``topic``'s
    tables (``person``, ``case``, ``mentoring``, ``account``)."""

    __tablename__ = "change_counter"

    topic: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
