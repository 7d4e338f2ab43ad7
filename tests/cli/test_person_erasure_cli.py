"""``labour-desk person anonymise NATIONAL_ID --reason TEXT`` and ``person retention-due`` on a
demo database: the administrator erases someone who left (nothing of them left in the file),
anyone else, an unknown ID, an active person or a blank reason get one Thai line and exit 1."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from cli_run import query, run

from desktop.cli import main
from desktop.domain.national_id import format_id


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "12", "--cases", "20", name="erasure.sqlite3")


def test_the_admin_anonymises_someone_who_left(url, capsys):
    ((person_id, nid, first, last),) = query(
        url,
        "SELECT id, national_id, first_name, last_name FROM person "
        "WHERE status != 'active' ORDER BY id LIMIT 1",
    )
    code, said, err = run(
        capsys, "--database", url, "person", "anonymise", format_id(nid), "--reason", "ขอให้ลบ"
    )
    assert (code, err) == (0, "")
    assert said.splitlines() == [
        f"ลบข้อมูลระบุตัวตนแล้ว: ทะเบียนรหัส {person_id} (ผู้ถูกลบข้อมูล #{person_id})"
    ]
    assert query(url, f"SELECT first_name, last_name FROM person WHERE id = {person_id}") == [
        ("ผู้ถูกลบข้อมูล", f"#{person_id}")
    ]
    path = Path(url.removeprefix("sqlite:///"))
    data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in (nid, format_id(nid), f"{first} {last}"):
        assert secret.encode() not in data, secret
    ((who, details),) = query(
        url, "SELECT username, details FROM audit_event WHERE action = 'anonymise'"
    )
    assert who == "admin" and "ขอให้ลบ" in details and nid not in details


@pytest.mark.parametrize(
    ("user", "which", "reason", "words"),
    [
        ("clerk", "status != 'active'", "ขอให้ลบ", "ผู้ดูแลระบบ"),
        ("admin", "status = 'active'", "ขอให้ลบ", "ยังปฏิบัติหน้าที่"),
        ("admin", "status != 'active'", "   ", "เหตุผล"),
    ],
)
def test_refusals_are_one_thai_line(url, capsys, user, which, reason, words):
    ((nid,),) = query(url, f"SELECT national_id FROM person WHERE {which} ORDER BY id LIMIT 1")
    code, said, err = run(
        capsys, "--database", url, "--user", user, "person", "anonymise", nid, "--reason", reason
    )
    assert code == 1 and said == ""
    assert len(err.splitlines()) == 1 and words in err and "Traceback" not in err
    assert query(url, "SELECT count(*) FROM person WHERE anonymised_at IS NOT NULL") == [(0,)]


def test_an_unknown_id_and_a_missing_reason(url, capsys):
    code, _said, err = run(
        capsys, "--database", url, "person", "anonymise", "1101700230705", "--reason", "x"
    )
    assert code == 1 and "ไม่พบ" in err and len(err.splitlines()) == 1
    with pytest.raises(SystemExit) as usage:
        main(["--database", url, "person", "anonymise", "1101700230705"])
    assert usage.value.code == 2


def test_retention_due_lists_who_is_due(url, capsys):
    code, said, _err = run(capsys, "--database", url, "person", "retention-due")
    assert code == 0 and said.splitlines() == ["ระยะเวลาเก็บข้อมูลหลังพ้นจากเครือข่าย 10 ปี: ครบกำหนด 0 คน"]
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn, conn:
        conn.execute("UPDATE office SET retention_years = 1")
    left = query(
        url,
        "SELECT count(*) FROM person WHERE status != 'active' AND id IN "
        "(SELECT person_id FROM status_history WHERE status != 'active' "
        "AND effective_on <= date('now', '-1 year'))",
    )[0][0]
    code, said, _err = run(capsys, "--database", url, "person", "retention-due")
    lines = said.splitlines()
    assert code == 0 and left > 0
    assert lines[0] == f"ระยะเวลาเก็บข้อมูลหลังพ้นจากเครือข่าย 1 ปี: ครบกำหนด {left} คน"
    assert "ครบกำหนดลบ" in lines[1] and len(lines) == 2 + left  # the header, then one a person
    code, _said, err = run(capsys, "--database", url, "--user", "clerk", "person", "retention-due")
    assert code == 1 and "ผู้ดูแลระบบ" in err
