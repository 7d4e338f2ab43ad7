"""``labour-desk demo`` stopped between stages is completed by ``demo --if-empty``."""

from __future__ import annotations

import sqlite3

import desktop.demo.mentoring as demo_mentoring
from desktop.cli import main
from desktop.domain.errors import DeskError


def _counts(path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("person", "referral_case", "mentor_assignment")
        )


def test_if_empty_completes_a_demo_stopped_before_mentoring(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    path = tmp_path / "demo.sqlite3"
    args = ["--database", f"sqlite:///{path}", "demo", "--people", "15", "--cases", "5"]

    def stopped(*_a, **_kw):
        raise DeskError("หยุดก่อนขั้นพี่เลี้ยง")  # the process stopped here

    with monkeypatch.context() as patch:
        patch.setattr(demo_mentoring, "seed_mentoring", stopped)
        assert main(args) == 1
    assert _counts(path) == (15, 5, 0)

    capsys.readouterr()
    assert main([*args, "--if-empty"]) == 0
    out = capsys.readouterr().out
    people, cases, assignments = _counts(path)
    assert (people, cases) == (15, 5) and assignments > 0
    assert "พี่เลี้ยง" in out
