"""Moving the local file up to the office server: a demo file into an empty PostgreSQL
database, every row and id kept, the sequences continuing, audited; refused into one that
already holds data; the command line does the same."""

from __future__ import annotations

import pytest
from pg_scratch import (
    admin_engine,
    memory_keyring,
    needs_pg,
    scratch_database,
    scratch_role,
    url_of,
)
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from db.copy_database import TargetNotEmpty, row_counts
from db.engine import Database
from db.migrate import upgrade_to_head
from db.models import Case as ReferralCase
from db.models import Person
from desktop.demo.seed import DEMO_PASSWORD, fill_demo
from desktop.domain.errors import DeskError, PermissionDenied
from desktop.paths import DATABASE_ENV
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext
from desktop.services.move_to_server import MoveToServerService
from desktop.services.people.service import PeopleService

__all__ = ["memory_keyring"]

pytestmark = [needs_pg, pytest.mark.slow]


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch, memory_keyring):
    monkeypatch.setenv("LABOUR_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("LABOUR_DESK_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.delenv(DATABASE_ENV, raising=False)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A local file with the demo's people, cases along every path and mentoring history."""
    path = tmp_path_factory.mktemp("local") / "office.sqlite3"
    db = Database.open(f"sqlite:///{path.as_posix()}")
    upgrade_to_head(db.url, db.engine)
    fill_demo(ServiceContext(db), 40)
    db.dispose()
    return path


@pytest.fixture
def local(demo_file, tmp_path):
    import shutil

    copy = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, copy)
    db = Database.open(f"sqlite:///{copy.as_posix()}")
    ctx = ServiceContext(db)
    yield ctx.as_user(AccountService(ctx).authenticate("admin", DEMO_PASSWORD))
    db.dispose()


def columns(row) -> dict:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def test_the_demo_file_moves_into_an_empty_server_database_whole(local):
    before = {}
    with local.db.engine.connect() as conn:
        before = row_counts(conn)
    steps = []
    with scratch_database("move") as url:
        password = make_url(url).password
        report = MoveToServerService(local).move_to_url(
            url, password, "scratch", progress=lambda done, total: steps.append((done, total))
        )
        server = Database.open(url)
        try:
            with server.engine.connect() as conn:
                after = row_counts(conn)
            # every table, every row (the server's one extra audit row is the move itself)
            assert {t: n for t, n in after.items() if t != "audit_event"} == {
                t: n for t, n in before.items() if t != "audit_event"
            }
            assert after["audit_event"] == before["audit_event"] + 1
            assert report.count_of("person") == before["person"] > 0
            assert report.count_of("referral_case") == before["referral_case"] > 0
            assert steps[-1] == (report.total, report.total)
            assert "บุคคลในทะเบียน: " in report.describe()
            assert "เรื่องส่งต่อ: " in report.describe()
            # a person and a case read back equal, ids kept
            with local.db.sessions() as s_local, server.sessions() as s_server:
                person = s_local.scalars(select(Person).order_by(Person.id.desc())).first()
                assert columns(s_server.get(Person, person.id)) == columns(person)
                case = s_local.scalars(select(ReferralCase).order_by(ReferralCase.id)).first()
                assert columns(s_server.get(ReferralCase, case.id)) == columns(case)
                highest = person.id
            # the sequences continue: the next person registered on the server gets the next id
            on_server = ServiceContext(server)
            admin = on_server.as_user(
                AccountService(on_server).authenticate("admin", DEMO_PASSWORD)
            )
            from factories import draft

            added = PeopleService(admin).register(
                draft(9901, first_name="ใหม่", last_name="บนเซิร์ฟเวอร์")
            )
            assert added.id == highest + 1
            with server.engine.connect() as conn:
                moved = conn.execute(
                    text(
                        "SELECT username, details FROM audit_event WHERE action = 'move_to_server'"
                    )
                ).one()
            assert moved.username == "admin" and "office.sqlite3" in moved.details
            assert '"person": ' in moved.details
        finally:
            server.dispose()
    with local.db.engine.connect() as conn:
        audited = conn.execute(
            text("SELECT details FROM audit_event WHERE action = 'move_to_server'")
        ).scalar_one()
    assert "scratch" in audited


def test_a_server_database_that_holds_data_is_refused_and_left_as_it_was(local):
    with scratch_database("full") as url:
        password = make_url(url).password
        MoveToServerService(local).move_to_url(url, password, "scratch")
        server = Database.open(url)
        try:
            with server.engine.connect() as conn:
                first = row_counts(conn)
            with pytest.raises(TargetNotEmpty) as refused:
                MoveToServerService(local).move_to_url(url, password, "scratch")
            assert "มีข้อมูลอยู่แล้ว" in str(refused.value)
            with server.engine.connect() as conn:
                assert row_counts(conn) == first
        finally:
            server.dispose()


def test_a_cancelled_move_leaves_the_server_empty(local):
    with scratch_database("cancel") as url:
        password = make_url(url).password
        from db.copy_database import CopyCancelled

        with pytest.raises(CopyCancelled):
            MoveToServerService(local).move_to_url(url, password, "scratch", cancelled=lambda: True)
        server = Database.open(url)
        try:
            with server.engine.connect() as conn:
                assert not any(row_counts(conn).values())
        finally:
            server.dispose()


def test_only_an_administrator_moves_and_only_from_a_local_file(local):
    clerk = local.as_user(AccountService(local).authenticate("clerk", DEMO_PASSWORD))
    with pytest.raises(PermissionDenied):
        MoveToServerService(clerk).move_to_url("postgresql+psycopg://x@127.0.0.1:1/x", None, "x")
    with pytest.raises(DeskError):
        MoveToServerService(local).move_to_url(f"sqlite:///{local.db.url[10:]}x", None, "x")


def test_the_command_line_moves_and_reports_the_counts(local, capsys, monkeypatch):
    from desktop.cli import main

    with scratch_database("cli") as url:
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO(DEMO_PASSWORD + "\n"))
        code = main(
            [
                "--database",
                local.db.url,
                "--user",
                "admin",
                "--password-stdin",
                "db",
                "move-to-server",
                "--to",
                url,
            ]
        )
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "ย้ายข้อมูลขึ้นเซิร์ฟเวอร์" in out and "บุคคลในทะเบียน" in out
        assert (make_url(url).password or "nothing-secret") not in out
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO(DEMO_PASSWORD + "\n"))
        code = main(
            [
                "--database",
                local.db.url,
                "--user",
                "admin",
                "--password-stdin",
                "db",
                "move-to-server",
                "--to",
                url,
            ]
        )
        assert code == 1 and "มีข้อมูลอยู่แล้ว" in capsys.readouterr().err


def test_the_application_role_may_not_move_only_the_owner(local):
    with scratch_role("ld_h4_app") as role, scratch_database("notowner") as url:
        name = make_url(url).database
        server = Database.open(url)
        upgrade_to_head(server.url, server.engine)
        server.dispose()
        engine = admin_engine()
        with engine.connect() as conn:
            conn.execute(text(f'GRANT CONNECT ON DATABASE "{name}" TO {role}'))
        engine.dispose()
        grants = Database.open(url)
        with grants.engine.begin() as conn:
            conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
            conn.execute(
                text(f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {role}")
            )
        grants.dispose()
        with pytest.raises(DeskError) as refused:
            MoveToServerService(local).move_to_url(url_of(name, role), None, "scratch")
        assert "เจ้าของฐานข้อมูล" in refused.value.message
