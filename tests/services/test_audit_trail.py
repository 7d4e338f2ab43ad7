"""The audit page's reads: filters by user, person, case, kind and office dates; paging and the
capped count; a row's details with personal values masked for all but the administrator."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from factories import draft, valid_id
from services.case_builders import case_draft
from sqlalchemy import insert

from db.models import AuditEvent
from desktop.domain.audit_actions import AuditCategory
from desktop.domain.audit_trail import AuditFilter, AuditSort
from desktop.domain.errors import NotFound, PermissionDenied
from desktop.services import audit_trail
from desktop.services.desk import Desk
from desktop.services.people.mapping import to_draft


def at_time(ctx, when: dt.datetime):
    return dataclasses.replace(ctx, clock=lambda: when)


@pytest.fixture
def story(clerk, supervisor):
    """A clerk registers two people and edits one's phone; a case about the first person and
    one they reported; the supervisor opens the first person's record."""
    desk = Desk(clerk)
    somchai = desk.people.register(draft(1))
    other = desk.people.register(draft(2, first_name="มานี", last_name="มีนา"))
    somchai = desk.people.update(
        somchai.id, somchai.version, dataclasses.replace(to_draft(somchai), phone="089-999-1234")
    )
    about = desk.cases.intake(case_draft(person_national_id=valid_id(1)))
    reported = desk.cases.intake(case_draft(reporter_id=somchai.id, person_name="คนอื่น"))
    unrelated = desk.cases.intake(case_draft(person_name="ไม่เกี่ยว"))
    Desk(supervisor).people.open(somchai.id)
    return dict(somchai=somchai, other=other, about=about, reported=reported, unrelated=unrelated)


def subjects(page) -> list[tuple[str, str]]:
    return [(r.action, r.subject) for r in page.rows]


def test_a_persons_trail_holds_their_record_and_the_cases_about_them(supervisor, story):
    trail = Desk(supervisor).audit_trail
    page = trail.page(AuditFilter(person_id=story["somchai"].id))
    seen = subjects(page)
    assert ("view", "นายสมชาย ใจดี") in seen
    assert ("update", "นายสมชาย ใจดี") in seen
    assert ("create", f"เรื่อง {story['about'].case_no}") in seen
    assert ("create", f"เรื่อง {story['reported'].case_no}") in seen
    assert all(story["unrelated"].case_no not in s for _, s in seen)
    assert all("มานี" not in s for _, s in seen)
    assert page.total == len(page.rows) and not page.capped
    # newest first
    assert [r.at for r in page.rows] == sorted((r.at for r in page.rows), reverse=True)


def test_filters_by_user_kind_and_case(supervisor, story):
    trail = Desk(supervisor).audit_trail
    mine = trail.page(AuditFilter(username="supervisor"))
    assert {r.username for r in mine.rows} == {"supervisor"}
    assert {r.category for r in mine.rows} >= {AuditCategory.VIEW}
    views = trail.page(AuditFilter(category=AuditCategory.VIEW))
    assert [r.subject for r in views.rows] == ["นายสมชาย ใจดี"]
    case = trail.page(AuditFilter(case_id=story["about"].id))
    assert {r.entity_id for r in case.rows} == {story["about"].id}
    # both the person and a case not theirs: nothing
    assert (
        trail.page(AuditFilter(person_id=story["other"].id, case_id=story["about"].id)).rows == []
    )
    assert trail.find_case(story["about"].case_no) == story["about"].id
    assert trail.find_person(valid_id(2)) == (story["other"].id, "นายมานี มีนา")
    with pytest.raises(NotFound):
        trail.find_person(valid_id(9))
    # or by a name only one person has; a name two share asks for more
    assert trail.find_person("มานี มีนา") == (story["other"].id, "นายมานี มีนา")
    assert trail.find_person("มีนา")[0] == story["other"].id
    with pytest.raises(NotFound, match="หลายคน"):
        trail.find_person("นาย")
    with pytest.raises(NotFound, match="ไม่พบบุคคลชื่อ"):
        trail.find_person("ไม่มีใครชื่อนี้")


def test_office_dates_bound_the_trail_in_bangkok_time(supervisor, clerk):
    # 23:30 on 1 Jan in Bangkok is 16:30 UTC the same day; 00:30 on 2 Jan is 17:30 UTC on 1 Jan
    late = dt.datetime(2026, 1, 1, 16, 30, tzinfo=dt.UTC)
    early = dt.datetime(2026, 1, 1, 17, 30, tzinfo=dt.UTC)
    first = Desk(clerk).people.register(draft(1))
    second = Desk(clerk).people.register(draft(2))
    Desk(at_time(supervisor, late)).people.open(first.id)
    Desk(at_time(supervisor, early)).people.open(second.id)
    trail = Desk(supervisor).audit_trail
    jan1 = dt.date(2026, 1, 1)
    jan2 = dt.date(2026, 1, 2)
    on_1st = trail.page(AuditFilter(category=AuditCategory.VIEW, date_from=jan1, date_to=jan1))
    assert [r.entity_id for r in on_1st.rows] == [first.id]
    on_2nd = trail.page(AuditFilter(category=AuditCategory.VIEW, date_from=jan2, date_to=jan2))
    assert [r.entity_id for r in on_2nd.rows] == [second.id]
    both = trail.page(AuditFilter(category=AuditCategory.VIEW, date_to=jan2, descending=False))
    assert [r.entity_id for r in both.rows] == [first.id, second.id]


def test_pages_come_from_the_database_and_the_count_stops_at_its_cap(supervisor, monkeypatch):
    now = supervisor.now()
    with supervisor.unit_of_work() as s:
        s.execute(
            insert(AuditEvent),
            [
                dict(
                    at=now - dt.timedelta(minutes=i),
                    username=f"user{i % 3}",
                    action="print",
                    category="print",
                    entity="person",
                    entity_id=None,
                    details='{"document": "roster"}',
                )
                for i in range(30)
            ],
        )
    trail = Desk(supervisor).audit_trail
    f = AuditFilter(category=AuditCategory.PRINT)
    first = trail.page(f, limit=10)
    second = trail.page(f, offset=10, limit=10)
    assert len(first.rows) == len(second.rows) == 10
    assert first.rows[-1].at > second.rows[0].at
    assert first.total == 30 and not first.capped
    by_user = trail.page(dataclasses.replace(f, sort=AuditSort.USER, descending=False), limit=30)
    assert [r.username for r in by_user.rows] == sorted(r.username for r in by_user.rows)
    assert trail.count(f) == 30
    monkeypatch.setattr(audit_trail, "COUNT_CAP", 25)
    capped = trail.page(f, limit=10)
    assert (capped.total, capped.capped) == (25, True)


def test_details_mask_personal_values_but_for_the_administrator(admin, supervisor, story):
    trail = Desk(supervisor).audit_trail
    update = next(
        r
        for r in trail.page(AuditFilter(person_id=story["somchai"].id)).rows
        if r.action == "update"
    )
    masked = trail.detail(update.id)
    phone = next(c for c in masked.changes if c.field == "phone")
    assert phone.label == "โทรศัพท์"
    assert (phone.old, phone.new) == ("xxxxxxx678", "xxxxxxx234")
    assert masked.user_full_name  # the clerk's name beside their username
    full = Desk(admin).audit_trail.detail(update.id)
    phone = next(c for c in full.changes if c.field == "phone")
    assert (phone.old, phone.new) == ("0812345678", "0899991234")


def test_only_supervisors_and_the_administrator_read_the_trail(clerk, mentor):
    for ctx in (clerk, mentor):
        with pytest.raises(PermissionDenied):
            Desk(ctx).audit_trail.page(AuditFilter())
