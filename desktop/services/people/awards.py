"""Yearly awards (e.g. อาสาสมัครแรงงานดีเด่น) recorded on a person."""

from __future__ import annotations

import datetime as dt

from db.models import Award
from db.queries import awards as q
from desktop.domain import field_lengths
from desktop.domain.errors import ValidationError
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.mentoring.records import AwardInfo
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.recordable import recordable_person

SUGGESTED_TITLES = ("อาสาสมัครแรงงานดีเด่น", "บัณฑิตแรงงานดีเด่น", "ผู้ชี้เป้าความต้องการดีเด่น")


class AwardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(self, person_id: int, title: str, awarded_on: dt.date, note: str = "") -> AwardInfo:
        user = self.ctx.require(Permission.RECORD_AWARD)
        errors = {}
        if not (title or "").strip():
            errors["title"] = "กรุณาระบุชื่อรางวัล"
        else:
            errors.update(field_lengths.length_errors(field_lengths.AWARD, {"title": title}))
        if awarded_on is None:
            errors["awarded_on"] = "กรุณาระบุวันที่ได้รับรางวัล"
        elif awarded_on > self.ctx.today():
            errors["awarded_on"] = "วันที่ได้รับรางวัลต้องไม่เป็นวันในอนาคต"
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as s:
            recordable_person(s, person_id)
            award = Award(
                person_id=person_id,
                fiscal_year=fiscal_year_of(awarded_on),
                title=title.strip(),
                awarded_on=awarded_on,
                note=note.strip(),
                recorded_by_id=user.id,
            )
            s.add(award)
            s.flush()
            audit.record(s, user, "create", "award", award.id, {"person_id": person_id})
            return AwardInfo(
                award.id,
                person_id,
                award.fiscal_year,
                award.title,
                awarded_on,
                award.note,
                user.full_name,
            )

    def for_person(self, person_id: int) -> list[AwardInfo]:
        self.ctx.require(Permission.VIEW_MENTORING)
        with self.ctx.unit_of_work() as s:
            return [
                AwardInfo(
                    a.id, a.person_id, a.fiscal_year, a.title, a.awarded_on, a.note, who or ""
                )
                for a, who in q.for_person(s, person_id)
            ]
