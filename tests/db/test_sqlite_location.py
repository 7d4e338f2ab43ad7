"""A SQLite file on a share is refused however its path is written; local paths are not."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import db.sqlite_location as location
from db.engine import Database, DatabaseProblem, UnsafeDatabaseLocation, sqlite_file_of
from db.errors import explain

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
user@host:/srv /mnt/ssh fuse.sshfs rw 0 0
remote: /mnt/cloud fuse.rclone rw 0 0
https://dav.example /mnt/dav davfs rw 0 0
//srv/share /mnt/smb cifs rw 0 0
srv:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/usb vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "network"),
    [
        ("/mnt/ssh/x", True),
        ("/mnt/cloud", True),
        ("/mnt/dav/a/b", True),
        ("/mnt/smb", True),
        ("/mnt/nfs/y", True),
        ("/mnt/usb/x", False),
        ("/home/clerk", False),
    ],
)
def test_fuse_and_network_mounts(folder, network):
    fstype = location.linux_fs_type(Path(folder), MOUNTS)
    assert location.is_network_fs(fstype) is network


@pytest.mark.parametrize(
    ("path", "plain"),
    [
        (r"\\?\C:\data\desk.sqlite3", r"C:\data\desk.sqlite3"),
        (r"\\?\UNC\server\share\desk.sqlite3", r"\\server\share\desk.sqlite3"),
        (r"C:\data\desk.sqlite3", r"C:\data\desk.sqlite3"),
    ],
)
def test_long_windows_paths(path, plain):
    assert location.windows_plain(path) == plain
    assert location.is_unc(path) is plain.startswith("\\\\")


def test_a_long_local_path_is_not_a_share():
    location.check_sqlite_location(r"\\?\C:\data\desk.sqlite3")  # no error


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("sqlite:///file:office.sqlite3?uri=true", "office.sqlite3"),
        ("sqlite:///file:///C:/data/x.sqlite3?uri=true", "C:/data/x.sqlite3"),
        ("sqlite:///file://server/share/x.sqlite3?uri=true", "//server/share/x.sqlite3"),
        ("sqlite:///file:x?mode=memory&uri=true", None),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
    ],
)
def test_the_file_a_url_names(url, file):
    assert sqlite_file_of(url) == file


def test_a_uri_onto_a_share_is_refused():
    with pytest.raises(UnsafeDatabaseLocation):
        Database.open("sqlite:///file://server/share/x.sqlite3?uri=true")


def test_the_network_check_follows_links(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "looks-local").symlink_to(share, target_is_directory=True)
    seen = []
    monkeypatch.setattr(location.sys, "platform", "linux")
    monkeypatch.setattr(location, "linux_fs_type", lambda p: seen.append(p) or "cifs")
    with pytest.raises(UnsafeDatabaseLocation):
        location.check_sqlite_location(str(tmp_path / "looks-local" / "x.sqlite3"))
    assert seen == [share.resolve()]


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///", "sqlite:///:memory:"])
def test_memory_databases_are_refused(url):
    with pytest.raises(DatabaseProblem, match="หน่วยความจำ"):
        Database.open(url)


def test_sql_errors_carry_no_values(tmp_path, caplog):
    db = Database.open(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (nid TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO t VALUES (:n)"), {"n": "1101700203451"})
    with pytest.raises(DBAPIError) as failed, db.engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (:n)"), {"n": "1101700203451"})
    assert "1101700203451" not in str(failed.value)
    assert "1101700203451" not in explain(failed.value)
    logging.getLogger("test").error("failed: %s", failed.value)
    assert "1101700203451" not in caplog.text
    db.dispose()
