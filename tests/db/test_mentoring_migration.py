"""Migration 0004 on a database that already holds 0003 mentoring data: duplicate open
assignments are closed before the one-current-mentor index, templates get a creation time,
and the revision goes down and up again."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from db.engine import Database
from db.migrate import alembic_config, head_revision


@pytest.fixture
def at_0003(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(alembic_config(db.engine), "0003")
    yield db
    db.dispose()


def _seed_0003(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # people and users are beside the point
        conn.execute(
            text(
                "INSERT INTO mentor_assignment (id, person_id, mentor_id, from_date, to_date) VALUES "
                "(1, 7, 2, '2025-10-01', NULL), (2, 7, 3, '2026-01-01', NULL), "
                "(3, 8, 2, '2025-10-01', '2025-12-31'), (4, 8, 3, '2026-01-01', NULL)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO evaluation_template (id, fiscal_year, version, name) "
                "VALUES (1, 2570, 1, 'แบบประเมิน')"
            )
        )


def test_upgrade_closes_duplicate_open_assignments_and_dates_templates(at_0003):
    _seed_0003(at_0003)
    command.upgrade(alembic_config(at_0003.engine), "head")
    with at_0003.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, to_date FROM mentor_assignment ORDER BY id")).all()
        created = conn.execute(text("SELECT created_at FROM evaluation_template")).scalar()
    # The newest open assignment of person 7 stays open; the older one ends on its start day.
    assert [(i, str(d) if d else None) for i, d in rows] == [
        (1, "2025-10-01"),
        (2, None),
        (3, "2025-12-31"),
        (4, None),
    ]
    assert created is not None
    columns = {c["name"] for c in inspect(at_0003.engine).get_columns("evaluation")}
    assert "entered_by_id" in columns


def test_a_second_open_assignment_is_refused_by_the_database(at_0003):
    command.upgrade(alembic_config(at_0003.engine), "head")
    with pytest.raises(IntegrityError), at_0003.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.execute(
            text(
                "INSERT INTO mentor_assignment (person_id, mentor_id, from_date, to_date) VALUES "
                "(9, 2, '2025-10-01', NULL), (9, 3, '2026-01-01', NULL)"
            )
        )


def test_downgrade_and_upgrade_again(at_0003):
    cfg = alembic_config(at_0003.engine)
    command.upgrade(cfg, "head")
    command.downgrade(cfg, "0003")
    assert "entered_by_id" not in {
        c["name"] for c in inspect(at_0003.engine).get_columns("evaluation")
    }
    command.upgrade(cfg, "head")
    with at_0003.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == head_revision()
        )


def test_closed_assignments_may_repeat(at_0003):
    """Only the open assignment is unique: a person's history may hold many closed ones."""
    command.upgrade(alembic_config(at_0003.engine), "head")
    with at_0003.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        for start, end in (
            (dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
            (dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
            (dt.date(2025, 4, 1), None),
        ):
            conn.execute(
                text(
                    "INSERT INTO mentor_assignment (person_id, mentor_id, from_date, to_date) "
                    "VALUES (5, 2, :a, :b)"
                ),
                {"a": start, "b": end},
            )
