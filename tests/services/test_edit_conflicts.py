"""Two clerks edit the same person: the second save gets both versions, field by field, and
whatever it resolves to (mine, theirs, a merge) is saved over the new version and audited."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from factories import draft, make_user
from mentoring_builders import mentoring_office
from sqlalchemy import select

from db.models import AuditEvent
from desktop.domain.conflicts import EditConflict, Pick
from desktop.domain.errors import ConflictingEdit, StaleRecordError
from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.people import Role
from desktop.services.mentoring.evaluation_conflicts import draft_of
from desktop.services.people.mapping import to_draft
from desktop.services.people.service import PeopleService


@pytest.fixture
def clerks(admin, clerk):
    a = PeopleService(clerk)
    b = PeopleService(make_user(admin, "clerk_b", Role.CLERK))
    return a, b


@pytest.fixture
def both_saved(clerks):
    """A and B open the same record; B saves first (phone, notes), then A's save conflicts
    (A changed the first name and the notes)."""
    a, b = clerks
    person = a.register(draft(1, notes="เดิม"))
    opened = to_draft(a.get(person.id))
    b.update(person.id, person.version, replace(opened, phone="0899999999", notes="ของบี"))
    mine = replace(opened, first_name="สมศักดิ์", notes="ของเอ")
    with pytest.raises(ConflictingEdit) as caught:
        a.update(person.id, person.version, mine)
    return a, person, opened, mine, caught.value


def audit_details(database, person_id: int) -> list[tuple[str, str, dict]]:
    with database.sessions() as s:
        rows = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "person", AuditEvent.entity_id == person_id)
            .order_by(AuditEvent.id)
        ).all()
        return [(r.username, r.action, json.loads(r.details)) for r in rows]


def test_the_second_save_raises_the_conflict_with_both_versions(both_saved):
    _a, person, _opened, mine, error = both_saved
    assert isinstance(error, StaleRecordError)  # every older handler still catches it
    conflict: EditConflict = error.conflict
    assert conflict.version == person.version + 1
    assert conflict.mine == mine and conflict.theirs.notes == "ของบี"
    assert {f.name: (f.mine, f.theirs) for f in conflict.fields} == {
        "first_name": ("สมศักดิ์", "สมชาย"),
        "phone": ("081-234-5678", "089-999-9999"),
        "notes": ("ของเอ", "ของบี"),
    }
    assert conflict.saved_by == "ผู้ใช้ clerk_b"
    assert [f.label for f in conflict.fields] == ["ชื่อ", "โทรศัพท์", "หมายเหตุ"]


def test_the_conflict_asked_with_what_was_opened_suggests_each_sides_changes(both_saved):
    a, person, opened, mine, _error = both_saved
    conflict = a.conflict(person.id, mine, opened)
    assert conflict.suggested_picks() == {
        "first_name": Pick.MINE,  # only A changed it
        "phone": Pick.THEIRS,  # only B changed it
        "notes": Pick.MINE,  # both did: A's own by default
    }


def test_keep_mine_saves_mine_over_the_new_version_and_audits_what_it_overrode(
    both_saved, database
):
    a, person, _opened, mine, error = both_saved
    conflict = error.conflict
    saved = a.save_resolved(person.id, conflict.resolved(Pick.MINE), conflict.version, mine)
    assert (saved.first_name, saved.phone, saved.notes) == ("สมศักดิ์", "0812345678", "ของเอ")
    assert saved.version == conflict.version + 1
    rows = audit_details(database, person.id)
    assert [(u, act) for u, act, _ in rows] == [
        ("clerk", "create"),
        ("clerk_b", "update"),  # the other clerk's save stays in the trail
        ("clerk", "update"),
    ]
    last = rows[-1][2]
    assert last["conflict"]["resolved_against_version"] == conflict.version
    assert last["conflict"]["overridden"] == {
        "first_name": "สมชาย",
        "phone": "0899999999",
        "notes": "ของบี",
    }
    assert last["conflict"]["given_up"] == {}
    assert last["changes"]["notes"] == ["ของบี", "ของเอ"]


def test_keep_theirs_changes_nothing_but_records_what_was_given_up(both_saved, database):
    a, person, _opened, mine, error = both_saved
    conflict = error.conflict
    saved = a.save_resolved(person.id, conflict.resolved(Pick.THEIRS), conflict.version, mine)
    assert (saved.first_name, saved.phone, saved.notes) == ("สมชาย", "0899999999", "ของบี")
    assert saved.version == conflict.version
    *_, (user, action, last) = audit_details(database, person.id)
    assert (user, action, last["changes"]) == ("clerk", "update", {})
    assert last["conflict"]["given_up"] == {
        "first_name": "สมศักดิ์",
        "phone": "0812345678",
        "notes": "ของเอ",
    }


def test_a_merge_per_field_saves_each_chosen_value(both_saved, database):
    a, person, opened, mine, _error = both_saved
    conflict = a.conflict(person.id, mine, opened)
    picks = {**conflict.suggested_picks(), "notes": Pick.THEIRS}
    saved = a.save_resolved(person.id, conflict.resolved(picks), conflict.version, mine)
    assert (saved.first_name, saved.phone, saved.notes) == ("สมศักดิ์", "0899999999", "ของบี")
    *_, (_user, _action, last) = audit_details(database, person.id)
    assert last["conflict"]["overridden"] == {"first_name": "สมชาย"}
    assert last["conflict"]["given_up"] == {"phone": "0812345678", "notes": "ของเอ"}


def test_resolving_against_a_version_that_moved_again_is_a_new_conflict(both_saved, clerks):
    a, person, _opened, mine, error = both_saved
    _a, b = clerks
    latest = b.get(person.id)
    b.update(person.id, latest.version, replace(to_draft(latest), occupation="ค้าขาย"))
    with pytest.raises(ConflictingEdit) as again:
        a.save_resolved(person.id, error.conflict.resolved(Pick.MINE), error.conflict.version, mine)
    assert again.value.conflict.version == error.conflict.version + 1
    assert "occupation" in {f.name for f in again.value.conflict.fields}


def test_a_national_id_in_a_conflict_is_masked_in_the_audit_trail(clerks, database):
    from factories import valid_id

    a, b = clerks
    person = a.register(draft(1))
    opened = to_draft(person)
    b.update(person.id, person.version, replace(opened, national_id=valid_id(2)))
    with pytest.raises(ConflictingEdit) as caught:
        a.update(person.id, person.version, replace(opened, notes="x"))
    conflict = caught.value.conflict
    a.save_resolved(person.id, conflict.resolved(Pick.MINE), conflict.version)
    *_, (_u, _a, last) = audit_details(database, person.id)
    assert valid_id(2) not in json.dumps(last, ensure_ascii=False)
    assert valid_id(1) not in json.dumps(last, ensure_ascii=False)
    assert "xxxxx" in last["conflict"]["overridden"]["national_id"]


# -- evaluations: a mentor and the clerk keying in the same sheet ------------------------------
TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def scored_twice(admin, clerk, mentor, supervisor):
    office = mentoring_office(admin, clerk, mentor, supervisor)
    m, c, person = office["mentor"], office["clerk"], office["people"][0]
    n = len(m.evaluations.template_for(2570).criteria)
    e = m.evaluations.evaluate(EvaluationDraft(person, 2570, TODAY, (5,) * n, "ขยัน"))
    opened = draft_of(e)
    # The clerk saves first: criterion 2 and the strengths.
    theirs = replace(opened, scores=(5, 2, *(5,) * (n - 2)), strengths="ขยันมาก")
    c.evaluations.update(e.id, e.version, theirs)
    # The mentor, from the same opened sheet: criterion 1 and the strengths.
    mine = replace(opened, scores=(1, *(5,) * (n - 1)), strengths="ตรงเวลา")
    with pytest.raises(ConflictingEdit) as caught:
        m.evaluations.update(e.id, e.version, mine)
    return m, e, opened, mine, caught.value


def test_an_evaluation_conflict_is_per_criterion(scored_twice):
    m, e, opened, mine, error = scored_twice
    conflict = error.conflict
    assert [f.name for f in conflict.fields] == ["scores.0", "scores.1", "strengths"]
    assert conflict.fields[0].label.startswith("ข้อ 1.")
    assert (conflict.fields[1].mine, conflict.fields[1].theirs) == ("5", "2")
    assert conflict.saved_by == "clerk"
    assert m.evaluations.conflict(e.id, mine, opened).suggested_picks() == {
        "scores.0": Pick.MINE,
        "scores.1": Pick.THEIRS,
        "strengths": Pick.MINE,
    }


def test_an_evaluation_merge_saves_each_pick_and_audits_the_rest(scored_twice, database):
    m, e, opened, mine, _error = scored_twice
    conflict = m.evaluations.conflict(e.id, mine, opened)
    saved = m.evaluations.save_resolved(
        e.id, conflict.resolved(conflict.suggested_picks()), conflict.version, mine
    )
    assert saved.scores[:2] == (1, 2) and saved.strengths == "ตรงเวลา"
    assert saved.version == conflict.version + 1
    with database.sessions() as s:
        rows = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "evaluation", AuditEvent.entity_id == e.id)
            .order_by(AuditEvent.id)
        ).all()
        trail = [(r.username, r.action, json.loads(r.details)) for r in rows]
    assert [(u, a) for u, a, _ in trail] == [
        ("mentor", "create"),
        ("clerk", "update"),
        ("mentor", "update"),
    ]
    last = trail[-1][2]["conflict"]
    assert last["overridden"] == {"scores.0": "5", "strengths": "ขยันมาก"}
    assert last["given_up"] == {"scores.1": "5"}
