"""The Alembic chain is linear and a migrated database matches the models exactly."""

from __future__ import annotations

import pytest
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


def _at(url: str, revision: str) -> Database:
    from alembic import command

    from db.migrate import alembic_config

    db = Database.open(url)
    command.upgrade(alembic_config(db.engine), revision)
    return db


def test_a_newer_schema_is_refused_without_a_copy(tmp_path):
    from db.migrate import SchemaTooNew

    path = tmp_path / "newer.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    upgrade_to_head(db.url, db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    for _ in range(3):  # every start refuses the same way and copies nothing
        with pytest.raises(SchemaTooNew) as refused:
            upgrade_to_head(db.url, db.engine)
        assert "รุ่นที่ใหม่กว่า" in str(refused.value) and "0099" in str(refused.value)
        assert "\n" not in str(refused.value)
    assert list(tmp_path.glob("*.before-upgrade-*")) == []
    assert current_revision(db.engine) == "0099"
    db.dispose()


def test_a_failed_upgrade_leaves_the_database_as_it_was_and_names_the_copy(tmp_path):
    from db.migrate import UpgradeFailed

    path = tmp_path / "office.sqlite3"
    db = _at(f"sqlite:///{path}", "0004")
    with db.engine.begin() as conn:  # 0005 adds this column: make its ALTER fail
        conn.execute(text("ALTER TABLE office ADD COLUMN visit_every_days INTEGER"))
    with pytest.raises(UpgradeFailed) as failed:
        upgrade_to_head(db.url, db.engine)
    message = str(failed.value)
    copies = list(tmp_path.glob("office.before-upgrade-*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in message
    assert "labour-desk restore" in message and "\n" not in message
    assert current_revision(db.engine) == "0004"
    db.dispose()


def test_only_the_newest_upgrade_copies_are_kept(tmp_path):
    from db.migrate import KEEP_UPGRADE_COPIES, backup_sqlite, upgrade_copies

    path = tmp_path / "office.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    upgrade_to_head(db.url, db.engine)
    for n in range(5):  # older copies, as earlier upgrades left them
        (tmp_path / f"office.before-upgrade-2025010{n}-000000.sqlite3").write_bytes(b"x")
    made = backup_sqlite(db.url, db.engine)
    kept = upgrade_copies(path)
    assert len(kept) == KEEP_UPGRADE_COPIES and kept[-1] == made
    db.dispose()
