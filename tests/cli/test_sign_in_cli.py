"""The command line signs in like the window: a named user and their password, from stdin, the
environment or a prompt; a missing or wrong one is refused in one line and audited."""

from __future__ import annotations

import io
import sqlite3
import sys
from contextlib import closing

import pytest

from desktop.cli import main


@pytest.fixture
def url(demo_copy, monkeypatch) -> str:
    monkeypatch.delenv("LABOUR_DESK_USER")
    monkeypatch.delenv("LABOUR_DESK_PASSWORD")
    made = demo_copy("--people", "1")
    # The shared demo template may hold other tests' sign-ins: count only this test's rows.
    with closing(sqlite3.connect(made.removeprefix("sqlite:///"))) as conn:
        BASELINE[made] = conn.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0]
    return made


BASELINE: dict[str, int] = {}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(capsys, *args: str, stdin: str | io.StringIO = "") -> tuple[int, str, str]:
    capsys.readouterr()
    old, sys.stdin = sys.stdin, stdin if isinstance(stdin, io.StringIO) else io.StringIO(stdin)
    try:
        code = main(list(args))
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def audit(url: str, *actions: str) -> list[tuple[str, str]]:
    marks = ",".join("?" * len(actions))
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn:
        return conn.execute(
            "SELECT e.action, coalesce(u.username, '') FROM audit_event e "
            "LEFT JOIN app_user u ON u.id = e.entity_id "
            f"WHERE e.id > ? AND e.action IN ({marks}) ORDER BY e.id",
            (BASELINE[url], *actions),
        ).fetchall()


def one_line(err: str) -> bool:
    return err.startswith("labour-desk: ") and len(err.strip().splitlines()) == 1


def test_no_user_is_refused(url, capsys):
    code, out, err = run(capsys, "--database", url, "user", "list")
    assert code == 1 and out == "" and one_line(err) and "--user" in err


def test_no_password_is_refused_and_audited(url, capsys):
    code, out, err = run(capsys, "--database", url, "--user", "supervisor", "user", "list")
    assert code == 1 and out == "" and one_line(err)
    assert "supervisor" in err and "LABOUR_DESK_PASSWORD" in err
    assert audit(url, "login_failed", "login") == [("login_failed", "supervisor")]


def test_wrong_password_is_refused_and_audited(url, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "not-the-password")
    roster = tmp_path / "roster.pdf"
    code, _, err = run(
        capsys, "--database", url, "--user", "supervisor", "print", "roster", "--out", str(roster)
    )
    assert code == 1 and one_line(err) and "รหัสผ่านไม่ถูกต้อง" in err
    assert not roster.exists()
    assert audit(url, "login_failed", "login") == [("login_failed", "supervisor")]


def test_env_password_signs_in_and_is_audited(url, capsys, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_USER", "admin")
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "demo1234")
    code, out, _ = run(capsys, "--database", url, "user", "list")
    assert code == 0 and "clerk" in out
    assert audit(url, "login_failed", "login") == [("login", "admin")]


def test_password_stdin_signs_in_and_then_reads_the_new_users_password(url, capsys):
    code, out, err = run(
        capsys,
        "--database",
        url,
        "--user",
        "admin",
        "--password-stdin",
        "user",
        "add",
        "nok",
        "--name",
        "นก ใจดี",
        "--role",
        "clerk",
        "--password-stdin",
        stdin="demo1234\nnoks-own-pass\n",
    )
    assert code == 0, err
    code, out, err = run(
        capsys, "--database", url, "--user", "nok", "--password-stdin", "cases", "list",
        stdin="noks-own-pass\n",
    )  # fmt: skip
    assert code == 0, err


def test_a_prompt_on_a_terminal(url, capsys, monkeypatch):
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "demo1234")
    code, _, err = run(
        capsys, "--database", url, "--user", "admin", "user", "list", stdin=Terminal()
    )
    assert code == 0, err
    assert len(asked) == 1 and "admin" in asked[0]


def test_repeated_guesses_lock_and_an_admin_unlocks(url, capsys, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "guess-again")
    for _ in range(5):
        code, _, err = run(capsys, "--database", url, "--user", "clerk", "cases", "list")
        assert code == 1
    assert "ล็อก" in err and one_line(err)
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "demo1234")
    code, _, err = run(capsys, "--database", url, "--user", "clerk", "cases", "list")
    assert code == 1 and "ล็อก" in err
    code, out, err = run(capsys, "--database", url, "--user", "admin", "user", "unlock", "clerk")
    assert code == 0 and "clerk" in out, err
    code, _, err = run(capsys, "--database", url, "--user", "clerk", "cases", "list")
    assert code == 0, err
    assert audit(url, "lock", "unlock") == [("lock", "clerk"), ("unlock", "clerk")]


def test_demo_on_a_set_up_database_needs_an_admin(url, capsys, monkeypatch):
    # --if-empty with people in it: nothing to do, nobody signs in (python dev.py run).
    code, out, _ = run(capsys, "--database", url, "demo", "--if-empty")
    assert code == 0 and "เพิ่ม 0 คน" in out
    code, _, err = run(capsys, "--database", url, "demo", "--people", "2")
    assert code == 1 and one_line(err) and "--user" in err
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "demo1234")
    code, _, err = run(capsys, "--database", url, "--user", "clerk", "demo", "--people", "2")
    assert code == 1 and one_line(err) and "ผู้ดูแลระบบ" in err
    code, out, err = run(capsys, "--database", url, "--user", "admin", "demo", "--people", "2")
    assert code == 0 and "เพิ่ม 2 คน" in out, err


def test_restore_signs_in(url, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "demo1234")
    backup = tmp_path / "b.sqlite3"
    code, _, err = run(capsys, "--database", url, "--user", "admin", "backup", "--out", str(backup))
    assert code == 0, err
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "wrong-password")
    code, _, err = run(capsys, "--database", url, "--user", "admin", "restore", str(backup))
    assert code == 1 and one_line(err) and "รหัสผ่านไม่ถูกต้อง" in err
    assert not list(tmp_path.glob("*.replaced-*"))
