"""Recording mentoring visits: mentors edit only their own; clerks key in paper forms for them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy.orm import Session

from db.models import FollowUp, Person, Visit, VisitTopic, VisitTopicLink
from db.queries import accounts as account_queries
from db.queries import visits as q
from desktop.domain import field_lengths
from desktop.domain.errors import NotFound, PermissionDenied, StaleRecordError, ValidationError
from desktop.domain.mentoring.visits import (
    DEFAULT_TOPICS,
    FollowUpInfo,
    TopicInfo,
    VisitDraft,
    VisitInfo,
    VisitMode,
    visit_errors,
)
from desktop.domain.people import Role, person_name
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.mentoring.mentors import check_mentor
from desktop.services.recordable import recordable_person


def open_follow_ups(
    s: Session, mentor_id: int | None = None, *, due_by: dt.date | None = None
) -> list[FollowUpInfo]:
    """Follow-ups not yet done, soonest due first, read in the caller's unit of work."""
    return [
        FollowUpInfo(f.id, f.visit_id, f.action, f.due_on, f.done_on, p.id, person_name(p))
        for f, p in q.open_follow_ups(s, mentor_id=mentor_id, due_by=due_by)
    ]


def visit_info(s: Session, v: Visit) -> VisitInfo:
    """The plain record of a visit, with its names and topic texts, read in the caller's session."""
    names = account_queries.full_names(s, (v.mentor_id, v.entered_by_id))
    texts = q.topic_texts(s, tuple(t.topic_id for t in v.topics))
    return visit_record(v, person_name(s.get(Person, v.person_id)), names, texts)


def visit_record(
    v: Visit, name: str, names: Mapping[int, str], texts: Mapping[int, str]
) -> VisitInfo:
    """A visit as its plain record, from names and topic texts read already (a batch of
    visits reads them once)."""
    topic_ids = tuple(t.topic_id for t in v.topics)
    return VisitInfo(
        id=v.id,
        version=v.version,
        person_id=v.person_id,
        person_name=name,
        mentor_id=v.mentor_id,
        mentor_name=names.get(v.mentor_id, ""),
        entered_by=names.get(v.entered_by_id, "") if v.entered_by_id else "",
        visited_on=v.visited_on,
        mode=VisitMode(v.mode),
        place=v.place,
        topic_ids=topic_ids,
        topics=tuple(texts[t] for t in topic_ids if t in texts),
        notes=v.notes,
        problems=v.problems,
        advice=v.advice,
        follow_ups=tuple(
            FollowUpInfo(f.id, f.visit_id, f.action, f.due_on, f.done_on, v.person_id)
            for f in v.follow_ups
        ),
        next_visit_on=v.next_visit_on,
        entered_by_id=v.entered_by_id,
    )


class VisitService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the checklist ---------------------------------------------------------------------
    def topics(self, *, active_only: bool = True) -> list[TopicInfo]:
        with self.ctx.unit_of_work() as s:
            self._seed_topics(s)
            return [TopicInfo(t.id, t.text, t.active) for t in q.topics(s, active_only=active_only)]

    def add_topic(self, text: str) -> TopicInfo:
        user = self.ctx.require(Permission.MANAGE_MENTORING_SETUP)
        text = (text or "").strip()
        if not text:
            raise ValidationError({"topic": "กรุณาระบุหัวข้อ"})
        if errors := field_lengths.length_errors(field_lengths.VISIT_TOPIC, {"topic": text}):
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as s:
            self._seed_topics(s)
            topic = VisitTopic(text=text, active=True, position=q.last_topic_position(s) + 1)
            s.add(topic)
            s.flush()
            audit.record(s, user, "create", "visit_topic", topic.id, {"text": text})
            return TopicInfo(topic.id, topic.text, topic.active)

    def set_topic_active(self, topic_id: int, active: bool) -> None:
        """Retire a topic (old visits keep showing it) or bring it back."""
        user = self.ctx.require(Permission.MANAGE_MENTORING_SETUP)
        with self.ctx.unit_of_work() as s:
            topic = s.get(VisitTopic, topic_id)
            if topic is None:
                raise NotFound(f"ไม่พบหัวข้อรหัส {topic_id}")
            topic.active = active
            audit.record(s, user, "update", "visit_topic", topic_id, {"active": active})

    # -- visits ----------------------------------------------------------------------------
    def record(self, draft: VisitDraft) -> VisitInfo:
        """A mentor records their own visit; a clerk keys in a paper form for the mentor named
        in ``draft.mentor_id`` (the visit is the mentor's, entered by the clerk)."""
        user = self.ctx.require(Permission.RECORD_VISIT)
        self._validate(draft)
        with self.ctx.unit_of_work() as s:
            mentor_id = self._mentor_for(s, draft)
            recordable_person(s, draft.person_id)
            visit = Visit(person_id=draft.person_id, mentor_id=mentor_id, entered_by_id=user.id)
            self._apply(visit, draft)
            s.add(visit)
            s.flush()
            audit.record(
                s,
                user,
                "create",
                "visit",
                visit.id,
                {"person_id": draft.person_id, "mentor_id": mentor_id},
            )
            return visit_info(s, visit)

    def update(self, visit_id: int, expected_version: int, draft: VisitDraft) -> VisitInfo:
        """Refused with StaleRecordError when someone saved the visit since it was opened."""
        user = self.ctx.require(Permission.RECORD_VISIT)
        self._validate(draft)
        with self.ctx.unit_of_work() as s:
            visit = self._load(s, visit_id)
            self._check_owner(visit)
            if visit.version != expected_version:
                raise StaleRecordError()
            if draft.mentor_id is not None and draft.mentor_id != visit.mentor_id:
                visit.mentor_id = self._mentor_for(s, draft)
            if draft.person_id != visit.person_id:
                raise ValidationError({"person_id": "ย้ายบันทึกการเยี่ยมไปเป็นของบุคคลอื่นไม่ได้"})
            recordable_person(s, visit.person_id)
            self._apply(visit, draft)  # entered_by stays who keyed it in; the audit has edits
            s.flush()
            audit.record(s, user, "update", "visit", visit.id, {"person_id": visit.person_id})
            return visit_info(s, visit)

    def complete_follow_up(self, follow_up_id: int, done_on: dt.date) -> FollowUpInfo:
        user = self.ctx.require(Permission.RECORD_VISIT)
        if done_on > self.ctx.today():
            raise ValidationError({"done_on": "วันที่ทำเสร็จต้องไม่เป็นวันในอนาคต"})
        with self.ctx.unit_of_work() as s:
            f = s.get(FollowUp, follow_up_id)
            if f is None:
                raise NotFound(f"ไม่พบรายการติดตามรหัส {follow_up_id}")
            self._check_owner(f.visit)
            if done_on < f.visit.visited_on:
                raise ValidationError({"done_on": "วันที่ทำเสร็จต้องไม่ก่อนวันที่เยี่ยม"})
            f.done_on = done_on
            audit.record(s, user, "update", "follow_up", f.id, {"done_on": done_on.isoformat()})
            return FollowUpInfo(f.id, f.visit_id, f.action, f.due_on, f.done_on, f.visit.person_id)

    def get(self, visit_id: int) -> VisitInfo:
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            return visit_info(s, self._load(s, visit_id))

    def for_person(self, person_id: int) -> list[VisitInfo]:
        """Newest first."""
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            return [visit_info(s, v) for v in q.for_person(s, person_id)]

    def open_follow_ups(
        self, mentor_id: int | None = None, *, due_by: dt.date | None = None
    ) -> list[FollowUpInfo]:
        """Follow-ups not yet done, soonest due first (of one mentor's visits, or all);
        ``due_by``: only those due on or before that day."""
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            return open_follow_ups(s, mentor_id, due_by=due_by)

    # -- helpers ---------------------------------------------------------------------------
    def _mentor_for(self, s: Session, draft: VisitDraft) -> int:
        """A mentor records for themself; keying in for another mentor takes a clerk, and the
        one named must be an active mentor."""
        user = self.ctx.user
        assert user is not None
        if draft.mentor_id is None or draft.mentor_id == user.id:
            if Role.MENTOR not in user.roles:
                raise ValidationError({"mentor_id": "กรุณาเลือกพี่เลี้ยงที่ไปเยี่ยม"})
            return user.id
        self.ctx.require(Permission.KEY_IN_FOR_MENTOR)
        return check_mentor(s, draft.mentor_id).id

    def _check_owner(self, visit: Visit) -> None:
        user = self.ctx.user
        assert user is not None
        if visit.mentor_id != user.id and not self.ctx.can(Permission.KEY_IN_FOR_MENTOR):
            raise PermissionDenied("พี่เลี้ยงแก้ไขได้เฉพาะบันทึกการเยี่ยมของตนเอง")

    def _validate(self, draft: VisitDraft) -> None:
        errors = visit_errors(draft, self.ctx.today())
        if errors:
            raise ValidationError(errors)

    def _apply(self, visit: Visit, draft: VisitDraft) -> None:
        visit.visited_on = draft.visited_on
        visit.mode = VisitMode(draft.mode).value
        visit.place = draft.place.strip()
        visit.notes, visit.problems, visit.advice = draft.notes, draft.problems, draft.advice
        visit.next_visit_on = draft.next_visit_on
        # Keep links that stay: deleting and re-adding the same (visit, topic) key in one flush
        # would collide on the primary key.
        wanted = list(dict.fromkeys(draft.topic_ids))
        kept = [link for link in visit.topics if link.topic_id in wanted]
        have = {link.topic_id for link in kept}
        visit.topics = kept + [VisitTopicLink(topic_id=t) for t in wanted if t not in have]
        visit.follow_ups = [
            FollowUp(action=f.action.strip(), due_on=f.due_on, done_on=f.done_on)
            for f in draft.follow_ups
        ]

    def _load(self, s: Session, visit_id: int) -> Visit:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFound(f"ไม่พบบันทึกการเยี่ยมรหัส {visit_id}")
        return visit

    def _seed_topics(self, s: Session) -> None:
        """A new office starts with a sensible checklist (the admin edits it from there)."""
        if not q.any_topic(s):
            s.add_all(
                VisitTopic(text=t, active=True, position=i) for i, t in enumerate(DEFAULT_TOPICS)
            )
            s.flush()
