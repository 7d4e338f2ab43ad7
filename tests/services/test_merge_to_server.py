"""Merging a second office's file into a server database that already holds data: people with
the same national ID are not duplicated and the second file's cases point at them; users with
the same name are the same account; two versions of one thing stop the merge with nothing
written."""

from __future__ import annotations

import pytest
from case_builders import case_draft, quick_staff
from factories import draft
from pg_scratch import memory_keyring, needs_pg, scratch_database
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from db.copy_database import row_counts
from db.engine import Database
from db.merge_database import MergeConflict
from db.migrate import upgrade_to_head
from db.models import Case as ReferralCase
from db.models import Person
from desktop.paths import DATABASE_ENV
from desktop.services.cases.service import CaseService
from desktop.services.changes import ChangeService
from desktop.services.context import ServiceContext
from desktop.services.move_to_server import MoveToServerService
from desktop.services.people.service import PeopleService

__all__ = ["memory_keyring"]

pytestmark = [needs_pg, pytest.mark.slow]


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setenv("LABOUR_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABOUR_DESK_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.delenv(DATABASE_ENV, raising=False)


def office_file(tmp_path, name: str, prefix: str, people: list[int], cases_for: list[int]):
    """A local file with an office (case prefix), people by seed and a case for some of them."""
    db = Database.open(f"sqlite:///{(tmp_path / name).as_posix()}")
    upgrade_to_head(db.url, db.engine)
    staff = quick_staff(db, prefix)
    registered = {seed: PeopleService(staff["clerk"]).register(draft(seed)) for seed in people}
    for seed in cases_for:
        CaseService(staff["clerk"]).intake(
            case_draft(reporter_id=registered[seed].id, person_name=f"ผู้แจ้ง {seed}")
        )
    return db, staff["admin"]


def national_id_of_reporter(server: Database, case_no: str) -> str:
    with server.sessions() as s:
        case = s.scalars(select(ReferralCase).where(ReferralCase.case_no == case_no)).one()
        return s.get(Person, case.reporter_id).national_id


def test_a_second_office_merges_people_by_national_id(tmp_path):
    first, first_admin = office_file(tmp_path, "a.sqlite3", "ลป", [1, 2, 3], [1])
    second, second_admin = office_file(tmp_path, "b.sqlite3", "ชม", [2, 3, 4], [3, 4])
    with scratch_database("merge") as url:
        password = make_url(url).password
        MoveToServerService(first_admin).move_to_url(url, password, "scratch")
        server = Database.open(url)
        before = ChangeService(ServiceContext(server)).changes_since(None)
        report = MoveToServerService(second_admin).move_to_url(url, password, "scratch", merge=True)
        try:
            # the windows already on the server learn that people and cases came in
            moved = ChangeService(ServiceContext(server)).changes_since(before.token)
            assert {"person", "case"} <= set(moved.topics)
            with server.engine.connect() as conn:
                counts = row_counts(conn)
            assert counts["person"] == 4  # 1, 2, 3 and the new 4: 2 and 3 not duplicated
            assert counts["referral_case"] == 3 and counts["app_user"] == 4  # the same 4 names
            assert report.count_of("person") == 1 and report.matched_of("person") == 2
            assert report.count_of("referral_case") == 2
            assert "ตรงกับที่มีบนเซิร์ฟเวอร์แล้ว 2 แถว" in report.describe()
            # the second office's case of person 3 points at the server's person 3
            with second.sessions() as s:
                theirs = s.scalars(select(ReferralCase).order_by(ReferralCase.id)).all()
                expected = {c.case_no: s.get(Person, c.reporter_id).national_id for c in theirs}
            for case_no, national_id in expected.items():
                assert national_id_of_reporter(server, case_no) == national_id
            # sequences carry on after the merged rows
            from db.models import User
            from desktop.services.accounts import user_info

            with server.sessions() as s:
                clerk = user_info(s.scalars(select(User).where(User.username == "clerk")).one())
            added = PeopleService(ServiceContext(server, clerk)).register(draft(5))
            assert added.id == counts["person"] + 1  # ids 1–4 taken: the next is 5
            with server.engine.connect() as conn:
                details = (
                    conn.execute(
                        text(
                            "SELECT details FROM audit_event WHERE action = 'move_to_server' ORDER BY id"
                        )
                    )
                    .scalars()
                    .all()
                )
            assert len(details) == 2 and "national_id" in details[1] and "b.sqlite3" in details[1]
        finally:
            server.dispose()
    first.dispose()
    second.dispose()


def test_the_same_case_number_on_both_sides_stops_the_merge_with_nothing_written(tmp_path):
    first, first_admin = office_file(tmp_path, "a.sqlite3", "ลป", [1], [1])
    second, second_admin = office_file(tmp_path, "b.sqlite3", "ลป", [1, 2], [2])
    with scratch_database("conflict") as url:
        password = make_url(url).password
        MoveToServerService(first_admin).move_to_url(url, password, "scratch")
        server = Database.open(url)
        try:
            with server.engine.connect() as conn:
                before = row_counts(conn)
            with pytest.raises(MergeConflict) as refused:
                MoveToServerService(second_admin).move_to_url(url, password, "scratch", merge=True)
            assert "เลขที่เรื่อง ลป 2570/00001 มีอยู่แล้ว" in str(refused.value)
            with server.engine.connect() as conn:
                assert row_counts(conn) == before
        finally:
            server.dispose()
    first.dispose()
    second.dispose()


def test_the_command_line_merges_with_merge_and_refuses_without(tmp_path, capsys, monkeypatch):
    import io

    from desktop.cli import main

    first, first_admin = office_file(tmp_path, "a.sqlite3", "ลป", [1], [])
    second, _ = office_file(tmp_path, "b.sqlite3", "ชม", [1, 2], [2])
    second.dispose()
    with second.engine.begin() as conn:  # a password the command line can sign in with
        from desktop.services.accounts import _hasher

        conn.execute(
            text("UPDATE app_user SET password_hash = :h WHERE username = 'admin'"),
            {"h": _hasher.hash("admin-pass-1")},
        )
    second.dispose()
    with scratch_database("cli_merge") as url:
        MoveToServerService(first_admin).move_to_url(url, make_url(url).password, "scratch")
        command = ["--database", second.url, "--user", "admin", "--password-stdin"]
        command += ["db", "move-to-server", "--to", url]
        monkeypatch.setattr("sys.stdin", io.StringIO("admin-pass-1\n"))
        assert main(command) == 1 and "มีข้อมูลอยู่แล้ว" in capsys.readouterr().err
        monkeypatch.setattr("sys.stdin", io.StringIO("admin-pass-1\n"))
        assert main([*command, "--merge"]) == 0
        out = capsys.readouterr().out
        assert "รวมข้อมูลเข้ากับเซิร์ฟเวอร์" in out and "บุคคลในทะเบียน: 1 แถว" in out
    first.dispose()
