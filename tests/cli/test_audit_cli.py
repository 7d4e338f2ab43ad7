"""``labour-desk audit list``: the trail on the command line, filtered as on the audit page."""

from __future__ import annotations

import csv
import io

import pytest
from cli_run import run
from sqlalchemy import func, select

from db.engine import Database
from db.models import AuditEvent, Person
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext
from desktop.services.desk import Desk

HEADER = ["วันเวลา", "ผู้ใช้", "การกระทำ", "ประเภท", "บุคคล / เรื่อง / เอกสาร", "รหัสรายการ"]


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "20", "--cases", "30", name="audit.sqlite3")


def rows(out: str) -> list[dict[str, str]]:
    lines = list(csv.reader(io.StringIO(out)))
    assert lines[0] == HEADER
    return [dict(zip(HEADER, r, strict=True)) for r in lines[1:]]


def open_first_person(url: str) -> tuple[str, str]:
    """The supervisor opens a person's record in the window; returns (national ID, name)."""
    db = Database.open(url)
    try:
        ctx = ServiceContext(db)
        supervisor = ctx.as_user(AccountService(ctx).authenticate("supervisor", "demo1234"))
        with ctx.unit_of_work() as s:
            person = s.scalars(select(Person).order_by(Person.id).limit(1)).one()
            nid, name = person.national_id, f"{person.title}{person.first_name} {person.last_name}"
        Desk(supervisor).people.open(person.id)
        return nid, name
    finally:
        db.dispose()


def test_lists_the_trail_filtered_by_person_user_and_action(url, capsys):
    nid, name = open_first_person(url)
    code, out, err = run(capsys, "--database", url, "audit", "list", "--format", "csv")
    assert code == 0 and err == ""
    everything = rows(out)
    assert len(everything) > 2
    code, out, _ = run(
        capsys, "--database", url, "audit", "list", "--person", nid, "--format", "csv"
    )
    theirs = rows(out)
    assert code == 0 and theirs
    assert {"supervisor"} <= {r["ผู้ใช้"] for r in theirs}
    assert any(r["การกระทำ"] == "เปิดดู" and r["บุคคล / เรื่อง / เอกสาร"] == name for r in theirs)
    code, out, _ = run(
        capsys,
        "--database",
        url,
        "audit",
        "list",
        "--user",
        "supervisor",
        "--action",
        "view",
        "--format",
        "csv",
    )
    views = rows(out)
    assert [r["บุคคล / เรื่อง / เอกสาร"] for r in views] == [name]
    # the dates are the office's, in BE
    assert int(views[0]["วันเวลา"].split()[2]) > 2560  # Buddhist Era
    code, out, _ = run(
        capsys,
        "--database",
        url,
        "audit",
        "list",
        "--from",
        "01/01/2500",
        "--to",
        "31/12/2500",
        "--format",
        "csv",
    )
    assert code == 0 and rows(out) == []


def test_the_table_format_and_the_listing_is_itself_audited(url, capsys):
    db = Database.open(url)
    with db.sessions() as s:
        before = s.scalar(select(func.count()).where(AuditEvent.action == "export"))
    code, out, err = run(capsys, "--database", url, "audit", "list", "--limit", "3")
    assert code == 0 and err == ""
    lines = out.strip().splitlines()
    assert lines[0].split()[0] == "วันเวลา" and len(lines) == 4
    with db.sessions() as s:
        exports = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "export").order_by(AuditEvent.id)
        ).all()
    db.dispose()
    assert len(exports) == before + 1
    assert exports[-1].username == "admin" and exports[-1].entity == "audit"
    assert '"rows": 3' in exports[-1].details


def test_bad_filters_and_roles_get_a_clear_thai_message(url, capsys):
    code, _, err = run(capsys, "--database", url, "audit", "list", "--action", "peek")
    assert code == 1 and "--action" in err and "peek" in err
    code, _, err = run(capsys, "--database", url, "audit", "list", "--from", "31/02/2569")
    assert code == 1 and "31/02/2569" in err
    code, _, err = run(capsys, "--database", url, "audit", "list", "--person", "1234567890121")
    assert code == 1 and "ไม่พบบุคคล" in err
    code, _, err = run(capsys, "--database", url, "--user", "mentor", "audit", "list")
    assert code == 1 and "ประวัติการใช้งาน" in err
