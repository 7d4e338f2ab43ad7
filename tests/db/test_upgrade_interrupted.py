"""A schema upgrade killed at any moment leaves a database that opens and upgrades next time.

Each round copies a database (empty, or at revision 0001 with data in it), starts the upgrade in
another process, kills it (SIGKILL / TerminateProcess) part-way, then opens the file as the next
start of the application would.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from db.engine import Database
from db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head

CHILD = """
import sys
from db.engine import Database
from db.migrate import upgrade_to_head
db = Database.open(sys.argv[1])
with db.engine.connect():
    pass
print("go", flush=True)
upgrade_to_head(db.url, db.engine)
print("done", flush=True)
"""
ROUNDS = 18  # per starting point: 36 in all
ROOT = Path(__file__).resolve().parents[2]


def _at_0001(path: Path) -> Path:
    from alembic import command

    db = Database.open(f"sqlite:///{path}")
    command.upgrade(alembic_config(db.engine), "0001")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO office (province_code, office_name, case_prefix, created_at,"
                " updated_at, version) VALUES ('50', 'สำนักงานแรงงานจังหวัดเชียงใหม่', 'ลป',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
            )
        )
    db.dispose()
    return path


def _kill_during_upgrade(path: Path, delay: float) -> bool:
    """True when the kill landed before the upgrade finished."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, f"sqlite:///{path}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "go"
    time.sleep(delay)
    landed = child.poll() is None
    child.kill()
    child.wait(timeout=30)
    child.stdout.close()
    return landed


@pytest.mark.slow
@pytest.mark.parametrize("start", ["empty", "0001"])
def test_killed_upgrades_never_leave_a_database_that_cannot_open(tmp_path, start):
    head_tables = None
    template = tmp_path / "template.sqlite3"
    if start == "0001":
        _at_0001(template)
    rng = random.Random(9)
    landed = 0
    for n in range(ROUNDS):
        path = tmp_path / f"round{n}.sqlite3"
        if template.exists():
            shutil.copy(template, path)
        landed += _kill_during_upgrade(path, rng.uniform(0.0, 0.9))
        db = Database.open(f"sqlite:///{path}")
        upgrade_to_head(db.url, db.engine)  # the next start: must not raise
        assert current_revision(db.engine) == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        head_tables = head_tables or tables
        assert tables == head_tables, f"round {n}: {tables ^ head_tables}"
        if start == "0001":
            with db.engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM office")).scalar() == 1
        db.dispose()
    assert landed >= ROUNDS // 2, f"only {landed} kills landed inside an upgrade"
