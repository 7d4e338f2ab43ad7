"""Mentoring: who mentors whom (with history), visits and their follow-ups, evaluation
templates (versioned), evaluations with a score per criterion, and yearly awards."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Float, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamped, Versioned
from db.types import UTCDateTime, utcnow

# A person has at most one current mentor, even when two clerks assign at the same moment.
_CURRENT = text("to_date IS NULL")


class MentorAssignment(Base):
    """``mentor_id`` mentored ``person_id`` from ``from_date``; ``to_date`` None = still does."""

    __tablename__ = "mentor_assignment"
    __table_args__ = (
        Index("ix_mentor_assignment_current", "person_id", "to_date"),
        Index(
            "uq_mentor_assignment_one_current",
            "person_id",
            unique=True,
            sqlite_where=_CURRENT,
            postgresql_where=_CURRENT,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    from_date: Mapped[dt.date] = mapped_column()
    to_date: Mapped[dt.date | None] = mapped_column()
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class VisitTopic(Base):
    """An item of the visit checklist; the admin edits the list, old visits keep theirs."""

    __tablename__ = "visit_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(default=0)


class Visit(Timestamped, Versioned, Base):
    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_person_date", "person_id", "visited_on"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    visited_on: Mapped[dt.date] = mapped_column(index=True)
    mode: Mapped[str] = mapped_column(String(16))
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[str] = mapped_column(Text, default="")
    next_visit_on: Mapped[dt.date | None] = mapped_column()

    topics: Mapped[list[VisitTopicLink]] = relationship(
        cascade="all, delete-orphan", order_by="VisitTopicLink.topic_id"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="FollowUp.id"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}


class VisitTopicLink(Base):
    __tablename__ = "visit_topic_link"

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("visit_topic.id"), primary_key=True)


class FollowUp(Base):
    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_open", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column()
    done_on: Mapped[dt.date | None] = mapped_column()

    visit: Mapped[Visit] = relationship(back_populates="follow_ups")


class EvaluationTemplate(Base):
    __tablename__ = "evaluation_template"
    __table_args__ = (UniqueConstraint("fiscal_year", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column()
    version: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(200))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    criteria: Mapped[list[TemplateCriterion]] = relationship(
        cascade="all, delete-orphan", order_by="TemplateCriterion.position"
    )
    bands: Mapped[list[GradeBandRow]] = relationship(
        cascade="all, delete-orphan", order_by="GradeBandRow.min_percent.desc()"
    )


class TemplateCriterion(Base):
    __tablename__ = "template_criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column()
    text: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float)
    max_score: Mapped[int] = mapped_column()


class GradeBandRow(Base):
    __tablename__ = "grade_band"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_template.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(50))
    min_percent: Mapped[float] = mapped_column(Float)


class Evaluation(Timestamped, Versioned, Base):
    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("person_id", "fiscal_year"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    fiscal_year: Mapped[int] = mapped_column(index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("evaluation_template.id"), index=True)
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    # Who keyed it in: a clerk typing a mentor's paper sheet (None: rows from before 0004).
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    evaluated_on: Mapped[dt.date] = mapped_column()
    total: Mapped[float] = mapped_column(Float)
    grade: Mapped[str] = mapped_column(String(50))
    strengths: Mapped[str] = mapped_column(Text, default="")
    to_improve: Mapped[str] = mapped_column(Text, default="")
    comments: Mapped[str] = mapped_column(Text, default="")

    scores: Mapped[list[EvaluationScore]] = relationship(
        cascade="all, delete-orphan", order_by="EvaluationScore.position"
    )

    __mapper_args__ = {"version_id_col": Versioned.version}


class EvaluationScore(Base):
    __tablename__ = "evaluation_score"

    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    score: Mapped[int] = mapped_column()


class Award(Base):
    __tablename__ = "award"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    fiscal_year: Mapped[int] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(200))
    awarded_on: Mapped[dt.date] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
