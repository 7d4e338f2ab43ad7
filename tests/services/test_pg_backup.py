"""``labour-desk backup`` on PostgreSQL: ``pg_dump -Fc`` when it is on PATH, audited first,
the password never on a command line, and one Thai line when pg_dump is missing."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from db import pg_dump
from db.queries import audit as audit_queries
from db.sqlite_files import BackupProblem
from desktop.services.backups import BackupService


def backups_audited(ctx) -> int:
    with ctx.unit_of_work() as s:
        return len(audit_queries.recent(s, action="backup"))


@pytest.fixture
def on_server(admin):
    if admin.db.dialect != "postgresql":
        pytest.skip("pg_dump backs up PostgreSQL only")
    return admin


def test_backup_on_postgresql_is_a_pg_dump_that_pg_restore_reads(on_server, tmp_path):
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump / pg_restore not on PATH")
    made = BackupService(on_server).dump_server(tmp_path / "office.dump")
    assert made == tmp_path / "office.dump" and made.stat().st_size > 0
    assert not list(tmp_path.glob("*.part"))
    listing = subprocess.run(
        ["pg_restore", "--list", str(made)], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE public audit_event" in listing and "TABLE public person" in listing
    assert backups_audited(on_server) == 1


def test_backup_goes_to_the_backups_folder_without_out(on_server, tmp_path, monkeypatch):
    if not shutil.which("pg_dump"):
        pytest.skip("pg_dump not on PATH")
    monkeypatch.setenv("LABOUR_DESK_BACKUP_DIR", str(tmp_path / "backups"))
    made = BackupService(on_server).dump_server()
    assert made.parent == tmp_path / "backups" and made.suffix == ".dump" and made.exists()


def test_backup_without_pg_dump_is_refused_in_one_line_and_not_audited(
    on_server, tmp_path, monkeypatch
):
    monkeypatch.setattr(pg_dump.shutil, "which", lambda _name: None)
    with pytest.raises(BackupProblem) as refused:
        BackupService(on_server).dump_server(tmp_path / "office.dump")
    assert "pg_dump" in str(refused.value) and "\n" not in str(refused.value)
    assert not list(tmp_path.iterdir()) and backups_audited(on_server) == 0


def test_the_password_goes_in_pgpassword_never_on_the_command_line(tmp_path, monkeypatch):
    seen = {}

    def fake_run(command, **kwargs):
        seen.update(command=command, env=kwargs["env"], shell=kwargs.get("shell", False))
        (tmp_path / "x.dump.part").write_bytes(b"PGDMP")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(pg_dump.subprocess, "run", fake_run)
    url = "postgresql+psycopg://desk_app:s3cr%40t@db.office:5433/labour_desk?sslmode=require"
    made = pg_dump.dump_database(url, tmp_path / "x.dump", pg_dump="pg_dump")
    assert made.read_bytes() == b"PGDMP" and not (tmp_path / "x.dump.part").exists()
    assert seen["env"]["PGPASSWORD"] == "s3cr@t" and seen["shell"] is False
    assert not any("s3cr" in part for part in seen["command"])
    assert "--format=custom" in seen["command"] and "--no-comments" in seen["command"]
    assert (
        "--dbname=postgresql://desk_app@db.office:5433/labour_desk?sslmode=require"
        in seen["command"]
    )


def test_a_failed_dump_leaves_no_file_and_says_why(tmp_path, monkeypatch):
    def failing(command, **_kwargs):
        (tmp_path / "x.dump.part").write_bytes(b"half")
        return subprocess.CompletedProcess(command, 1, "", "pg_dump: error: connection failed\n")

    monkeypatch.setattr(pg_dump.subprocess, "run", failing)
    with pytest.raises(BackupProblem, match="connection failed"):
        pg_dump.dump_database("postgresql+psycopg://u@h/d", tmp_path / "x.dump", pg_dump="pg_dump")
    assert not list(tmp_path.iterdir())
