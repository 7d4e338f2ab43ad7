"""Backups and restores of the SQLite file go through SQLite, are checked, and leave no debris."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from db import sqlite_files
from db.sqlite_files import BackupProblem, backup_file, check_file, restore_file

STALE_WAL_WRITER = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA wal_autocheckpoint=0")
for i in range(200):
    conn.execute("INSERT INTO t (x) VALUES (?)", ("after the backup " * 20,))
conn.commit()
os._exit(0)  # a crash: the committed rows stay in the -wal, never checkpointed
"""


def make_db(path: Path, rows: int = 300) -> Path:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0005')")
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")
        conn.execute("CREATE INDEX ix_t_x ON t (x)")
        conn.executemany(
            "INSERT INTO person (name) VALUES (?)", [(f"คน {i}",) for i in range(rows)]
        )
        conn.executemany("INSERT INTO t (x) VALUES (?)", [(f"{i:05d}" * 40,) for i in range(rows)])
    return path


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = b"\x5a" * (page * 3)
    path.write_bytes(bytes(data))


def backup_of(live: Path, target: Path):
    with closing(sqlite3.connect(live)) as conn:
        return backup_file(conn, target)


def test_backup_is_one_checked_file(tmp_path):
    live = make_db(tmp_path / "live.sqlite3")
    made = backup_of(live, tmp_path / "out" / "copy.sqlite3")
    assert made.ok and made.counts["person"] == 300 and made.revision == "0005"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["copy.sqlite3"]


def test_a_damaged_database_is_not_backed_up(tmp_path):
    live = make_db(tmp_path / "live.sqlite3")
    with closing(sqlite3.connect(live)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(live)
    with pytest.raises(BackupProblem, match="เสียหาย"):
        backup_of(live, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert not check_file(live).ok


def test_a_failed_backup_leaves_nothing_behind(tmp_path, monkeypatch):
    live = make_db(tmp_path / "live.sqlite3")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sqlite_files.os, "replace", disk_full)
    with pytest.raises(BackupProblem, match="พื้นที่ดิสก์ไม่พอ"):
        backup_of(live, tmp_path / "out" / "copy.sqlite3")
    assert list((tmp_path / "out").iterdir()) == []


def test_check_names_what_is_wrong(tmp_path):
    assert "ไม่พบไฟล์" in check_file(tmp_path / "none.sqlite3").problems[0]
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert "ไม่ใช่ไฟล์ฐานข้อมูล" in check_file(tmp_path / "notes.txt").problems[0]


def test_restore_over_a_stale_wal_gives_exactly_the_backup(tmp_path):
    live = make_db(tmp_path / "live.sqlite3")
    backup = backup_of(live, tmp_path / "backup.sqlite3").path
    subprocess.run([sys.executable, "-c", STALE_WAL_WRITER, str(live)], check=True)
    assert Path(f"{live}-wal").stat().st_size > 0  # the crash left committed frames in the log
    restored, aside = restore_file(backup, live, "20261201-100000")
    assert restored.ok and restored.counts == {"person": 300}
    with closing(sqlite3.connect(live)) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 300
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the old file was set aside with its own log folded in: whole, with the rows after
    assert aside is not None and _no_stale_frames(live)
    with closing(sqlite3.connect(aside)) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 500


def test_restore_is_refused_while_the_database_is_open(tmp_path):
    live = make_db(tmp_path / "live.sqlite3")
    backup = backup_of(live, tmp_path / "backup.sqlite3").path
    other = sqlite3.connect(live)
    try:
        other.execute("SELECT count(*) FROM person").fetchone()
        with pytest.raises(BackupProblem, match="เปิดใช้งานอยู่"):
            restore_file(backup, live, "20261201-100000")
    finally:
        other.close()
    assert not list(tmp_path.glob("*.replaced-*"))


def _no_stale_frames(live: Path) -> bool:
    wal = Path(f"{live}-wal")
    return not wal.exists() or wal.stat().st_size == 0
