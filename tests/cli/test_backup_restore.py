"""``labour-desk backup`` / ``backup --check`` / ``restore``: checked copies, one-line refusals."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.cli import main


@pytest.fixture
def office(tmp_path, monkeypatch) -> tuple[str, Path]:
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("LABOUR_DESK_BACKUP_DIR", str(tmp_path / "backups"))
    path = tmp_path / "office.sqlite3"
    assert main(["--database", f"sqlite:///{path}", "demo", "--people", "12", "--cases", "5"]) == 0
    return f"sqlite:///{path}", path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def people(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]


def test_backup_goes_to_the_backups_folder_and_checks(office, capsys, tmp_path):
    url, _ = office
    capsys.readouterr()
    code, out, _ = run(capsys, "--database", url, "backup")
    made = list((tmp_path / "backups").glob("labour-desk-backup-*.sqlite3"))
    assert code == 0 and len(made) == 1 and str(made[0]) in out and "บุคคล 12" in out
    code, out, _ = run(capsys, "--database", url, "backup", "--check", str(made[0]))
    assert code == 0 and "ใช้กู้คืนได้" in out


def test_backup_refuses_the_live_file_and_a_bad_check(office, capsys, tmp_path):
    url, path = office
    capsys.readouterr()
    code, _, err = run(capsys, "--database", url, "backup", "--out", str(path))
    assert code == 1 and "ใช้งานอยู่" in err and len(err.strip().splitlines()) == 1
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    code, _, err = run(capsys, "--database", url, "backup", "--check", str(junk))
    assert code == 1 and "ไม่ใช่ไฟล์ฐานข้อมูล" in err and len(err.strip().splitlines()) == 1


def test_restore_puts_the_backup_back_and_says_what(office, capsys, tmp_path):
    url, path = office
    backup = tmp_path / "before.sqlite3"
    assert main(["--database", url, "backup", "--out", str(backup)]) == 0
    assert main(["--database", url, "demo", "--people", "7"]) == 0
    assert people(path) == 19
    capsys.readouterr()
    code, out, err = run(capsys, "--database", url, "restore", str(backup))
    assert code == 0, err
    assert "กู้คืนฐานข้อมูลจาก before.sqlite3" in out and "บุคคล 12" in out
    assert people(path) == 12
    aside = list(tmp_path.glob("office.replaced-*.sqlite3"))
    assert len(aside) == 1 and people(aside[0]) == 19 and str(aside[0]) in out
    with closing(sqlite3.connect(path)) as conn:
        who = conn.execute(
            "SELECT username FROM audit_event WHERE action = 'restore' AND entity = 'database'"
        ).fetchall()
    assert who == [("admin",)]


def test_restore_refusals_are_one_line_and_change_nothing(office, capsys, tmp_path):
    url, path = office
    capsys.readouterr()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    for bad, said in ((junk, "ไฟล์"), (path, "ไม่ใช่สำเนา"), (tmp_path / "none.sqlite3", "ไม่พบ")):
        code, _, err = run(capsys, "--database", url, "restore", str(bad))
        assert code == 1 and said in err and len(err.strip().splitlines()) == 1, err
    assert people(path) == 12 and not list(tmp_path.glob("*.replaced-*"))

    backup = tmp_path / "b.sqlite3"
    assert main(["--database", url, "backup", "--out", str(backup)]) == 0
    other = sqlite3.connect(path)  # another program has the database open
    try:
        other.execute("SELECT 1 FROM person").fetchone()
        code, _, err = run(capsys, "--database", url, "restore", str(backup))
    finally:
        other.close()
    assert code == 1 and "เปิดใช้งานอยู่" in err


def test_a_clerk_cannot_restore(office, capsys, tmp_path):
    url, path = office
    backup = tmp_path / "b.sqlite3"
    assert main(["--database", url, "backup", "--out", str(backup)]) == 0
    capsys.readouterr()
    code, _, err = run(capsys, "--database", url, "--user", "clerk", "restore", str(backup))
    assert code == 1 and "ผู้ดูแลระบบ" in err
