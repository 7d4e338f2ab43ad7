"""Referral cases: the need, who reported it, where it went, every step it took, approvals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Enum, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamped, Versioned
from db.types import SortKey, UTCDateTime, utcnow

CASE_STATUS_NAMES = (
    "received",
    "screening",
    "referred",
    "in_progress",
    "handled_by_office",
    "returned",
    "resolved",
    "closed",
    "rejected",
    "duplicate",
)
NEED_NAMES = ("job", "training", "social_security", "protection", "safety", "abroad", "other")
# Bit of each need in referral_case.needs_mask. Stored in every row: append, never reorder.
NEED_BITS = {name: 1 << i for i, name in enumerate(NEED_NAMES)}


def _enum(names: tuple[str, ...], name: str) -> Enum:
    return Enum(*names, name=name, native_enum=False, length=24)


class Case(Timestamped, Versioned, Base):
    __tablename__ = "referral_case"
    __table_args__ = (
        UniqueConstraint("fiscal_year", "seq", "case_prefix"),
        # The queues (measured in bench/cases_bench.py at 250,000 cases): most cases are
        # closed, so open views need indexes that start with is_open and end with the order
        # they are listed in; the navigation's counts read only the "queue" index.
        Index("ix_case_queue", "is_open", "status", "due_on", "assigned_to_id", "pending_approval"),
        Index("ix_case_open_received", "is_open", "received_on"),
        Index("ix_case_open_due", "is_open", "due_on"),
        Index("ix_case_assigned_open", "assigned_to_id", "is_open", "received_on"),
        Index("ix_case_status_received", "status", "received_on"),
        # The reports and the dashboard (bench/reports_bench.py, bench/dashboard_bench.py): a
        # year's cases by the date received, carrying every column their GROUP BYs read, so a
        # figure is an index-only range scan rather than 170,000 reads of wide case rows;
        # needs_mask second, so the needs per day group as the index is read (no sort).
        Index(
            "ix_case_figures",
            "received_on",
            "needs_mask",
            "status",
            "district_code",
            "agency",
            "outcome_on",
            "referred_on",
            "closed_on",
            "subdistrict_code",
            "channel",
            "outcome",
        ),
    )

    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    case_prefix: Mapped[str] = mapped_column(String(10))
    fiscal_year: Mapped[int] = mapped_column()
    seq: Mapped[int] = mapped_column()
    received_on: Mapped[dt.date] = mapped_column(index=True)
    channel: Mapped[str] = mapped_column(String(16))
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    reporter_note: Mapped[str] = mapped_column(String(200), default="")
    # person_name, national ID and phone are indexed for the duplicate check at intake and
    # for searches shorter than a trigram (SQLite's FTS needs three characters).
    person_name: Mapped[str] = mapped_column(String(200), index=True)
    person_sort_key: Mapped[str] = mapped_column(SortKey(), index=True)
    person_national_id: Mapped[str] = mapped_column(String(13), default="", index=True)
    person_phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    subdistrict_code: Mapped[str] = mapped_column(String(6), default="", index=True)
    district_code: Mapped[str] = mapped_column(String(4), default="", index=True)
    village_no: Mapped[str] = mapped_column(String(10), default="")
    # The needs again as bits (NEED_BITS), derived from case_need at intake: "needs_mask & m"
    # filters a queue by need without a join, which a 250,000-case queue needs to stay fast.
    needs_mask: Mapped[int] = mapped_column(default=0, index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_on: Mapped[dt.date | None] = mapped_column()
    status: Mapped[str] = mapped_column(_enum(CASE_STATUS_NAMES, "case_status"), default="received")
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    status_since: Mapped[dt.date] = mapped_column()
    sla_days: Mapped[int | None] = mapped_column()
    due_on: Mapped[dt.date | None] = mapped_column()
    agency: Mapped[str | None] = mapped_column(String(16), index=True)
    agency_contact: Mapped[str] = mapped_column(String(300), default="")
    referred_on: Mapped[dt.date | None] = mapped_column()
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("referral_case.id"))
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_on: Mapped[dt.date | None] = mapped_column()
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column()
    pending_approval: Mapped[str | None] = mapped_column(String(24))
    # Case number, name, ID digits and phone digits in one column, for substring search
    # (FTS5 trigram on SQLite, pg_trgm on PostgreSQL — made by the migration, not the model).
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    needs: Mapped[list[CaseNeed]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseNeed.id"
    )
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvent.id"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}


class CaseNeed(Base):
    __tablename__ = "case_need"
    __table_args__ = (
        UniqueConstraint("case_id", "need"),
        Index("ix_case_need_need_case", "need", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("referral_case.id", ondelete="CASCADE"))
    need: Mapped[str] = mapped_column(_enum(NEED_NAMES, "need"))

    case: Mapped[Case] = relationship(back_populates="needs")


class CaseEvent(Base):
    """One line of a case's timeline: a transition, an assignment, an approval, a print."""

    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("referral_case.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="events")


class ApprovalRequest(Base):
    __tablename__ = "approval_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("referral_case.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    target_status: Mapped[str] = mapped_column(String(24))
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    approved: Mapped[bool | None] = mapped_column(Boolean)
    comment: Mapped[str] = mapped_column(Text, default="")


class CaseCounter(Base):
    """The last case number given out per prefix and fiscal year (incremented atomically)."""

    __tablename__ = "case_counter"

    case_prefix: Mapped[str] = mapped_column(String(10), primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)


class ServiceLevel(Base):
    """Days allowed for a step of a case, per need category (editable by the admin)."""

    __tablename__ = "service_level"

    step: Mapped[str] = mapped_column(String(16), primary_key=True)
    need: Mapped[str] = mapped_column(String(24), primary_key=True)
    days: Mapped[int] = mapped_column()
