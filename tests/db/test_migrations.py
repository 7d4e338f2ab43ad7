"""The Alembic chain is linear and a migrated database matches the models exactly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from db.engine import Database
from db.migrate import MIGRATIONS_DIR, current_revision, head_revision, upgrade_to_head
from db.migrations.env_filters import include_object
from db.models import Base


def test_chain_is_linear():
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    bases = [r for r in revisions if r.down_revision is None]
    assert len(bases) == 1
    for r in revisions:
        assert not isinstance(r.down_revision, tuple | list), f"merge revision {r.revision}"


def test_quick_head_check_agrees_with_alembic():
    # The start-up check reads the files itself to avoid importing Alembic; it must not drift.
    assert head_revision() == ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def test_current_revision_of_empty_and_migrated(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert current_revision(db.engine) is None
    upgrade_to_head(db.url, db.engine)
    assert current_revision(db.engine) == head_revision()
    db.dispose()


def test_upgrade_from_empty_equals_models(database):
    diff = _diff(database)
    assert diff == [], diff


def _diff(database: Database):
    with database.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return compare_metadata(ctx, Base.metadata)


def test_upgrade_on_start_keeps_a_copy(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    db = Database.open(url)
    upgrade_to_head(url, db.engine)
    with db.engine.begin() as conn:  # pretend the file was made by an older release
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    db.dispose()
    db = Database.open(url)
    assert current_revision(db.engine) == "older"
    # The older revision is unknown here, so only the copy step can be checked safely.
    from db.migrate import backup_sqlite

    copy = backup_sqlite(url, db.engine)
    assert copy is not None and copy.exists() and copy.stat().st_size > 0
    assert "person" in inspect(Database.open(f"sqlite:///{copy}").engine).get_table_names()
    db.dispose()


def test_sqlite_pragmas(database):
    if database.dialect != "sqlite":
        return
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
