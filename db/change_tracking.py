"""Which kinds of data a transaction wrote, counted in ``change_counter`` as it commits.

Every session the services open (``Database.open``'s session factory) is watched: after each
flush the tables with inserted, updated or deleted rows are noted, as are the tables of
INSERT/UPDATE/DELETE statements run through the session (bulk imports, plain UPDATEs); just
before the commit the counter of each topic those tables belong to goes up by one, in the
same transaction, so the count moves exactly when the data does and a read moves nothing.
Other clerks' windows poll the counters (one small query) and refresh what changed.

The counter rows are bumped at commit, one topic per statement in a fixed order: the row
lock is held only for the commit itself and two transactions never wait on each other in
opposite orders.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, object_mapper, sessionmaker

from db.models import ChangeCounter

PERSON, CASE, MENTORING, ACCOUNT = "person", "case", "mentoring", "account"
TOPICS = (ACCOUNT, CASE, MENTORING, PERSON)

# Every table, by the topic a window refreshes for; None: a write there is nobody's view.
TABLE_TOPICS: dict[str, str | None] = {
    "person": PERSON,
    "person_area": PERSON,
    "status_history": PERSON,
    "award": PERSON,
    "referral_case": CASE,
    "case_event": CASE,
    "case_need": CASE,
    "case_counter": CASE,
    "approval_request": CASE,
    "service_level": CASE,
    "mentor_assignment": MENTORING,
    "visit": MENTORING,
    "visit_topic": MENTORING,
    "visit_topic_link": MENTORING,
    "follow_up": MENTORING,
    "evaluation": MENTORING,
    "evaluation_score": MENTORING,
    "evaluation_template": MENTORING,
    "template_criterion": MENTORING,
    "grade_band": MENTORING,
    "app_user": ACCOUNT,
    "user_role": ACCOUNT,
    "office": ACCOUNT,
    "audit_event": None,  # written with every change anyway
    "import_mapping": None,
    "change_counter": None,
}

_PENDING = "changed_topics"


def topics_of(tables: Iterable[str]) -> set[str]:
    return {t for name in tables if (t := TABLE_TOPICS.get(name)) is not None}


def _note(session: Session, tables: Iterable[str]) -> None:
    found = topics_of(tables)
    if found:
        session.info.setdefault(_PENDING, set()).update(found)


def _tables_of(obj) -> list[str]:
    return [t.name for t in object_mapper(obj).tables]


def _after_flush(session: Session, _context) -> None:
    written = [*session.new, *session.deleted]
    written += [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    _note(session, [name for obj in written for name in _tables_of(obj)])


def _do_orm_execute(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None and getattr(table, "name", None):
            _note(state.session, [table.name])


def _before_commit(session: Session) -> None:
    session.flush()  # the commit's own flush would come after this event
    topics = session.info.pop(_PENDING, set())
    if topics:
        bump(session, topics)


def _forget(session: Session, *_args) -> None:
    session.info.pop(_PENDING, None)


def bump(session: Session, topics: Iterable[str]) -> None:
    """Add one to each topic's counter (the row is made on its first write)."""
    conn = session.connection()
    dialect = conn.dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = ChangeCounter.__table__
    for topic in sorted(set(topics)):
        stmt = insert(table).values(topic=topic, value=1)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[table.c.topic], set_={"value": table.c.value + 1}
            )
        )


def counters(session: Session) -> dict[str, int]:
    """Every topic's count now (a topic never written counts 0): the one query a poll makes."""
    found = dict(session.execute(select(ChangeCounter.topic, ChangeCounter.value)).all())
    return {t: int(found.get(t, 0)) for t in TOPICS}


def track_changes(factory: sessionmaker[Session]) -> None:
    """Count the writes of every session ``factory`` makes."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _do_orm_execute)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_rollback", _forget)
