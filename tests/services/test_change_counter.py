"""The change counters on SQLite and PostgreSQL: each kind of write moves its topic's count once
per transaction, in the same commit; reads and failed writes move nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from case_builders import case_draft
from factories import draft
from mentoring_builders import mentoring_office

from db.change_tracking import TABLE_TOPICS
from db.models import Base
from desktop.domain.errors import ValidationError
from desktop.domain.mentoring.visits import VisitDraft, VisitMode
from desktop.domain.people import Role
from desktop.services.cases.service import CaseFilter
from desktop.services.changes import TOPICS
from desktop.services.desk import Desk
from desktop.services.people.service import PersonFilter

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def office(admin, clerk, mentor, supervisor):
    return mentoring_office(admin, clerk, mentor, supervisor)


def moved(desk: Desk, work) -> frozenset[str]:
    """The topics ``work`` moved, as another clerk's poll would see them."""
    before = desk.changes.changes_since(None).token
    work()
    return desk.changes.changes_since(before).topics


def test_every_table_belongs_to_a_topic_or_is_deliberately_nobodys():
    assert set(TABLE_TOPICS) == {t.name for t in Base.metadata.sorted_tables}
    assert {t for t in TABLE_TOPICS.values() if t} == set(TOPICS)


def test_each_kind_of_write_moves_its_own_topic(office):
    clerk, mentor, admin = office["clerk"], office["mentor"], office["admin"]
    pid = office["people"][0]

    assert moved(clerk, lambda: clerk.people.register(draft(50))) == {"person"}
    person = clerk.people.get(pid)
    assert moved(clerk, lambda: clerk.people.update(pid, person.version, draft(1, notes="x"))) == {
        "person"
    }
    assert moved(clerk, lambda: clerk.cases.intake(case_draft())) == {"case"}
    assert moved(clerk, lambda: clerk.assignments.assign([pid], mentor.user.id)) == {"mentoring"}
    assert moved(mentor, lambda: mentor.visits.record(VisitDraft(pid, TODAY, VisitMode.FIELD))) == {
        "mentoring"
    }
    assert moved(
        admin, lambda: admin.accounts.add_user("clerk9", "ผู้ใช้ เก้า", "password-123", [Role.CLERK])
    ) == {"account"}


def test_the_count_moves_once_per_transaction_and_the_token_catches_up(office):
    clerk = office["clerk"]
    start = clerk.changes.changes_since(None).token
    clerk.people.register(draft(60))
    clerk.people.register(draft(61))
    later = clerk.changes.changes_since(start)
    assert later.topics == {"person"}
    assert later.token.count("person") == start.count("person") + 2
    assert clerk.changes.changes_since(later.token).topics == frozenset()


def test_reads_and_refused_writes_move_nothing(office):
    clerk = office["clerk"]
    pid = office["people"][0]

    def reads():
        clerk.people.page(PersonFilter(), 0, 50)
        clerk.people.get(pid)
        clerk.people.district_choices()
        clerk.cases.page(CaseFilter(), 0, 50)
        clerk.cases.queue_counts()
        clerk.workspace.people()
        clerk.accounts.office()

    assert moved(clerk, reads) == frozenset()

    def refused():
        with pytest.raises(ValidationError):
            clerk.people.register(draft(70, first_name=""))

    assert moved(clerk, refused) == frozenset()


def test_a_clerk_sees_another_clerks_write_on_another_connection(office, database):
    from db.engine import Database
    from desktop.services.context import ServiceContext

    other = Database.open(database.url)  # clerk B's own program
    try:
        b = Desk(ServiceContext(other, office["clerk"].user, office["clerk"].ctx.clock))
        token = office["clerk"].changes.changes_since(None).token
        b.people.register(draft(80))
        assert office["clerk"].changes.changes_since(token).topics == {"person"}
    finally:
        other.dispose()


def test_statements_run_through_the_session_count_too(office):
    """Bulk inserts (the demo and the import) and plain UPDATEs bypass the flush."""
    from desktop.demo.seed import seed_people

    clerk = office["clerk"]
    assert moved(clerk, lambda: seed_people(clerk.ctx, 5, "50", first_serial=500)) == {"person"}


def test_a_save_refused_for_another_clerks_change_moves_nothing(office):
    from dataclasses import replace

    from desktop.domain.errors import ConflictingEdit
    from desktop.services.people.mapping import to_draft

    clerk, pid = office["clerk"], office["people"][0]
    person = clerk.people.get(pid)
    clerk.people.update(pid, person.version, replace(to_draft(person), notes="ก่อน"))

    def stale():
        with pytest.raises(ConflictingEdit):
            clerk.people.update(pid, person.version, replace(to_draft(person), notes="หลัง"))

    assert moved(clerk, stale) == frozenset()
