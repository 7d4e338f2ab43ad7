import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.engine import Database, UnsafeDatabaseLocation, check_sqlite_location


@pytest.mark.parametrize("path", [r"\\server\share\desk.sqlite3", "//server/share/desk.sqlite3"])
def test_unc_paths_are_refused(path):
    with pytest.raises(UnsafeDatabaseLocation) as err:
        check_sqlite_location(path)
    assert "PostgreSQL" in str(err.value)


def test_network_mount_is_refused(monkeypatch, tmp_path):
    import db.sqlite_location as location

    monkeypatch.setattr(location, "linux_fs_type", lambda _p: "cifs")
    monkeypatch.setattr(location.sys, "platform", "linux")
    with pytest.raises(UnsafeDatabaseLocation):
        Database.open(f"sqlite:///{tmp_path / 'x.sqlite3'}")


def test_local_file_is_fine(tmp_path):
    check_sqlite_location(str(tmp_path / "ok.sqlite3"))


def test_audit_trail_is_append_only(admin):
    with pytest.raises(DBAPIError), admin.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET username = 'someone-else'"))
    with pytest.raises(DBAPIError), admin.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event"))
