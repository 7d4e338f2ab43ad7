"""Volunteers and graduates, the subdistricts they answer for, and their status history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Enum, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamped, Versioned
from db.types import SortKey, UTCDateTime, utcnow

KIND_NAMES = ("domestic_volunteer", "overseas_volunteer", "graduate")
STATUS_NAMES = ("active", "suspended", "resigned", "deceased", "removed")
GENDER_NAMES = ("male", "female", "other")


def _enum(names: tuple[str, ...], name: str) -> Enum:
    return Enum(*names, name=name, native_enum=False, length=24)


class Person(Timestamped, Versioned, Base):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_status_sort", "status", "name_sort_key"),
        Index("ix_person_district_sort", "district_sort_key", "name_sort_key"),
    )

    kind: Mapped[str] = mapped_column(_enum(KIND_NAMES, "person_kind"), index=True)
    national_id: Mapped[str] = mapped_column(String(13), unique=True)
    title: Mapped[str] = mapped_column(String(40), default="")
    first_name: Mapped[str] = mapped_column(String(100), index=True)
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    name_sort_key: Mapped[str] = mapped_column(SortKey(), index=True)
    gender: Mapped[str | None] = mapped_column(_enum(GENDER_NAMES, "gender"))
    birth_date: Mapped[dt.date | None] = mapped_column()
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    line_id: Mapped[str] = mapped_column(String(100), default="")
    house_no: Mapped[str] = mapped_column(String(50), default="")
    village_no: Mapped[str] = mapped_column(String(10), default="")
    soi_road: Mapped[str] = mapped_column(String(200), default="")
    subdistrict_code: Mapped[str] = mapped_column(String(6), default="")
    district_code: Mapped[str] = mapped_column(String(4), default="", index=True)
    district_sort_key: Mapped[str] = mapped_column(SortKey(), default="")
    province_code: Mapped[str] = mapped_column(String(2), default="")
    postcode: Mapped[str] = mapped_column(String(5), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    education: Mapped[str] = mapped_column(String(200), default="")
    degree: Mapped[str] = mapped_column(String(200), default="")
    contract_start: Mapped[dt.date | None] = mapped_column()
    contract_end: Mapped[dt.date | None] = mapped_column()
    appointed_on: Mapped[dt.date | None] = mapped_column()
    appointment_order: Mapped[str] = mapped_column(String(100), default="")
    term_end: Mapped[dt.date | None] = mapped_column(index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(_enum(STATUS_NAMES, "person_status"), default="active")
    # Name, ID digits and phone digits in one column, for substring search (FTS5 trigram on
    # SQLite, pg_trgm on PostgreSQL — both created by the migration, not the model).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # When the person's identifying data was erased (PDPA; desktop.services.people.anonymise):
    # the row stays, for the reports' counts, but holds no name, ID, contact or free text.
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    areas: Mapped[list[PersonArea]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonArea.id"
    )
    history: Mapped[list[StatusHistory]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="StatusHistory.id"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}


class PersonArea(Base):
    """A subdistrict a volunteer answers for (พื้นที่รับผิดชอบ)."""

    __tablename__ = "person_area"
    __table_args__ = (UniqueConstraint("person_id", "subdistrict_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    subdistrict_code: Mapped[str] = mapped_column(String(6), index=True)

    person: Mapped[Person] = relationship(back_populates="areas")


class StatusHistory(Base):
    __tablename__ = "status_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(_enum(STATUS_NAMES, "person_status"))
    effective_on: Mapped[dt.date] = mapped_column()
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    person: Mapped[Person] = relationship(back_populates="history")
