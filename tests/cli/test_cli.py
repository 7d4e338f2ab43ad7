"""The headless ``labour-desk`` command, driven in-process as a script or scheduler would."""

from __future__ import annotations

import io
import sqlite3
import sys
from contextlib import closing

import pytest

from desktop.cli import main


@pytest.fixture
def url(tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def run(capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(args))
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_user_commands(url, capsys):
    code, out, _ = run(capsys, "--database", url, "demo", "--people", "25")
    assert code == 0 and "demo1234" in out
    code, out, _ = run(capsys, "--database", url, "user", "list")
    lines = out.strip().splitlines()
    assert code == 0
    assert [ln.split("\t")[0] for ln in lines] == [
        "admin",
        "clerk",
        "mentor",
        "mentor2",
        "mentor3",
        "supervisor",
    ]
    assert lines[1].split("\t")[2] == "clerk"
    code, _, _ = run(
        capsys,
        "--database",
        url,
        "user",
        "add",
        "nok",
        "--name",
        "นก ใจดี",
        "--role",
        "clerk",
        "--role",
        "mentor",
        "--password-stdin",
        stdin="long-enough-pw\n",
    )
    assert code == 0
    code, _, _ = run(capsys, "--database", url, "user", "disable", "nok")
    _, out, _ = run(capsys, "--database", url, "user", "list")
    assert "nok\tนก ใจดี\tclerk,mentor (ระงับ/disabled)" in out


@pytest.mark.parametrize("role", ["clerk", "admin"])  # admin: `user add sneaky --role admin`
def test_clerk_cannot_add_users(demo_copy, capsys, role):
    url = demo_copy("--people", "1")
    code, _, err = run(
        capsys,
        "--database",
        url,
        "--user",
        "clerk",
        "user",
        "add",
        "sneaky",
        "--name",
        "x",
        "--role",
        role,
        "--password-stdin",
        stdin="long-enough-pw\n",
    )
    assert code == 1 and "ผู้ดูแลระบบ" in err and len(err.strip().splitlines()) == 1
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn:
        assert conn.execute(
            "SELECT count(*) FROM app_user WHERE username = 'sneaky'"
        ).fetchone() == (0,)


def test_print_commands_write_pdfs(demo_copy, capsys, tmp_path):
    from pypdf import PdfReader

    from desktop.bootstrap import open_database
    from desktop.services.accounts import AccountService
    from desktop.services.context import ServiceContext
    from desktop.services.people.service import PeopleService, PersonFilter

    url = demo_copy("--people", "30")
    roster = tmp_path / "roster.pdf"
    code, out, _ = run(
        capsys, "--database", url, "print", "roster", "--out", str(roster), "--status", "active"
    )
    assert code == 0 and roster.stat().st_size > 0
    text = "".join(p.extract_text() for p in PdfReader(roster).pages)
    assert "ทะเบียนรายชื่ออาสาสมัครแรงงาน" in text and "xxxxx-xx" in text

    db = open_database(url)
    ctx = ServiceContext(db)
    ctx = ctx.as_user(AccountService(ctx).authenticate("clerk", "demo1234"))
    person = PeopleService(ctx).page(PersonFilter(), 0, 1)[0]
    db.dispose()
    record = tmp_path / "record.pdf"
    code, _, _ = run(
        capsys, "--database", url, "print", "record", person.national_id, "--out", str(record)
    )
    assert code == 0
    text = "".join(p.extract_text() for p in PdfReader(record).pages)
    assert person.first_name in text

    code, _, err = run(
        capsys,
        "--database",
        url,
        "--user",
        "clerk",
        "print",
        "roster",
        "--out",
        str(roster),
        "--full-id",
    )
    assert code == 1 and "เลขประจำตัวประชาชนเต็ม" in err


def test_failures_are_one_line_and_non_zero(demo_copy, capsys, tmp_path):
    url = demo_copy("--people", "1")
    code, _, err = run(
        capsys,
        "--database",
        url,
        "print",
        "record",
        "1234567890123",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and err.startswith("labour-desk: ") and len(err.strip().splitlines()) == 1
    code, _, err = run(
        capsys, "--database", r"sqlite:///\\server\share\desk.sqlite3", "db", "current"
    )
    assert code == 1 and "PostgreSQL" in err


def test_backup_copies_the_database(demo_copy, capsys, tmp_path):
    url = demo_copy("--people", "3")
    out_file = tmp_path / "copy.sqlite3"
    code, _, _ = run(capsys, "--database", url, "backup", "--out", str(out_file))
    assert code == 0
    code, out, _ = run(capsys, "--database", f"sqlite:///{out_file}", "user", "list")
    assert code == 0 and "admin" in out
