"""Backing up a PostgreSQL database with the server's own ``pg_dump -Fc``.

``pg_dump`` is run directly (never through a shell) with the URL's connection details; the
password, if the URL has one, goes in ``PGPASSWORD`` so it appears on no command line. The
dump is written beside the target under a temporary name and takes the target's name only
when pg_dump succeeded: a failed or killed dump leaves no half file that looks like a backup.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from db.sqlite_files import BackupProblem

NOT_FOUND = (
    "ไม่พบโปรแกรม pg_dump บนเครื่องนี้ กรุณาติดตั้งเครื่องมือ PostgreSQL (client) และเพิ่มใน PATH "
    "หรือสำรองบนเซิร์ฟเวอร์ตาม docs/deploy-server.md"
)


def find_pg_dump() -> str:
    found = shutil.which("pg_dump")
    if not found:
        raise BackupProblem(NOT_FOUND)
    return found


def libpq_uri(url: str) -> tuple[str, str | None]:
    """The URL as libpq reads it (``postgresql://user@host:port/db?…``) and its password apart."""
    u = make_url(url)
    # ``URL.set(password=None)`` keeps the password, so the URL is built again without it.
    plain = URL.create("postgresql", u.username, None, u.host, u.port, u.database, dict(u.query))
    return plain.render_as_string(hide_password=False), u.password


def dump_database(
    url: str, target: Path, pg_dump: str | None = None, *, password: str | None = None
) -> Path:
    """``pg_dump -Fc`` of the URL's database into ``target``; raises with one Thai line.
    ``password``: the credential store's, when the URL (as it should) carries none."""
    exe = pg_dump or find_pg_dump()
    uri, in_url = libpq_uri(url)
    password = password or in_url
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f"{target.name}.part")
    # --no-comments: the dump would carry COMMENT ON EXTENSION pg_trgm, which only the
    # extension's owner (the DBA) may restore; the owner restoring it would stop there.
    command = [
        exe,
        "--format=custom",
        "--no-comments",
        "--no-password",
        f"--file={part}",
        f"--dbname={uri}",
    ]
    try:
        done = subprocess.run(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
            # From the window on Windows: no console flashing up for the child.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        reason = (done.stderr or "").strip().splitlines()
        said = reason[0][:200] if reason else f"รหัสจบการทำงาน {done.returncode}"
        raise BackupProblem(f"pg_dump สำรองฐานข้อมูลไม่สำเร็จ: {said}")
    os.replace(part, target)
    return target
