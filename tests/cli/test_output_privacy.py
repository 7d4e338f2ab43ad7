"""Prints and exports from the command line: the audit row comes first (no file when it cannot be
recorded), the case list's CSV is audited and neutralised, and a killed print leaves nothing
that looks like output."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.exchange.safe_cells import looks_like_formula

DEMO = ("--people", "12", "--cases", "8")
PAYLOADS = ('=HYPERLINK("http://evil.example","x")', "+1-1", "@SUM(A1)", "\t=1+1", "\r=1+1")


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Act as the demo's administrator (with its password, for when the CLI asks for one)."""
    monkeypatch.setenv("LABOUR_DESK_USER", "admin")
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "demo1234")


def _file(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _one(url: str, sql: str):
    with sqlite3.connect(_file(url)) as conn:
        return conn.execute(sql).fetchone()[0]


def _audit(url: str, document: str) -> list[dict]:
    with sqlite3.connect(_file(url)) as conn:
        rows = conn.execute(
            "SELECT username, details FROM audit_event WHERE action = 'print' ORDER BY id"
        ).fetchall()
    found = [(user, json.loads(details)) for user, details in rows]
    return [{"user": u, **d} for u, d in found if d.get("document") == document]


def _print_args(url: str, command: str, out: Path) -> list[str]:
    """``print COMMAND`` for something that exists in the demo database."""
    case_no = _one(url, "SELECT case_no FROM referral_case ORDER BY id")
    district = _one(url, "SELECT district_code FROM person WHERE status = 'active' ORDER BY id")
    national_id = _one(url, "SELECT national_id FROM person ORDER BY id")
    extra = {
        "roster": [],
        "record": [national_id],
        "slip": [case_no],
        "case": [case_no],
        "evaluation-sheets": ["--district", district, "--fiscal-year", "2570", "--blank"],
        "visit-forms": ["--district", district],
    }[command]
    return ["print", command, *extra, "--out", str(out)]


@pytest.mark.parametrize(
    "command", ["roster", "record", "slip", "case", "evaluation-sheets", "visit-forms"]
)
def test_no_file_when_the_print_cannot_be_audited(demo_copy, capsys, tmp_path, command):
    url = demo_copy(*DEMO)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "printed.pdf"
    args = _print_args(url, command, out)
    # The same file opened read-only: everything reads, the audit row cannot be written.
    read_only = f"sqlite:///file:{_file(url).as_posix()}?mode=ro&uri=true"
    capsys.readouterr()
    code = main(["--database", read_only, *args])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("labour-desk: ") and len(err.strip().splitlines()) == 1
    assert list(out_dir.iterdir()) == []  # no PDF, and no temporary file either

    assert main(["--database", url, *args]) == 0  # writable: printed and audited
    assert out.stat().st_size > 0 and [p.name for p in out_dir.iterdir()] == ["printed.pdf"]


def test_cases_list_csv_is_audited_with_who_how_many_and_the_filter(demo_copy, capsys):
    url = demo_copy(*DEMO)
    assert _audit(url, "case_list_csv") == []
    capsys.readouterr()
    assert main(["--database", url, "cases", "list", "--format", "csv"]) == 0
    listed = len(capsys.readouterr().out.strip().splitlines()) - 1
    assert main(["--database", url, "cases", "list", "--format", "csv", "--overdue"]) == 0
    first, overdue = _audit(url, "case_list_csv")
    assert first["user"] == "admin" and first["cases"] == listed == 8 and first["filter"] == "all"
    assert overdue["filter"] == "overdue"


def test_cases_list_csv_is_refused_when_it_cannot_be_audited(demo_copy, capsys):
    url = demo_copy(*DEMO)
    read_only = f"sqlite:///file:{_file(url).as_posix()}?mode=ro&uri=true"
    capsys.readouterr()
    code = main(["--database", read_only, "cases", "list", "--format", "csv"])
    out, err = capsys.readouterr()
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1


def test_cases_list_csv_neutralises_formulas(demo_copy, capsys):
    import csv
    import io

    url = demo_copy(*DEMO)
    with sqlite3.connect(_file(url)) as conn:
        ids = [i for (i,) in conn.execute("SELECT id FROM referral_case ORDER BY id")]
        for case_id, payload in zip(ids, PAYLOADS, strict=False):
            conn.execute(
                "UPDATE referral_case SET person_name = ? WHERE id = ?", (payload, case_id)
            )
    capsys.readouterr()
    assert main(["--database", url, "cases", "list", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))
    assert len(rows) == 1 + len(ids)  # a carriage return in a name starts no new row
    names = {r[3] for r in rows[1:]}
    assert {"'" + p for p in PAYLOADS} <= names
    assert not [f for r in rows for f in r if looks_like_formula(f)]


def test_a_killed_print_leaves_nothing_that_looks_like_output(demo_copy, capsys, tmp_path):
    """The process dies while the PDF is being written (as under kill -9 or a power cut): the
    half-written file is not a ``*.pdf`` and the next print removes it."""
    url = demo_copy(*DEMO)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "roster.pdf"
    killed = textwrap.dedent(
        f"""
        import os, sys
        import desktop.documents.roster as roster
        def render_and_die(target, *args, **kwargs):
            with open(target, "wb") as f:
                f.write(b"%PDF-1.4 half")
            os._exit(9)  # no cleanup of any kind runs, as under kill -9
        roster.render_roster = render_and_die
        from desktop.cli import main
        sys.exit(main(["--database", {url!r}, "print", "roster", "--out", {str(out)!r}]))
        """
    )
    env = {**os.environ, "LABOUR_DESK_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run([sys.executable, "-c", killed], env=env, cwd=Path.cwd(), timeout=120)
    assert done.returncode == 9
    (left,) = out_dir.iterdir()
    assert left.name.startswith(".~roster.pdf.") and left.suffix == ".partial"
    (out_dir / "roster.part.pdf").write_bytes(b"")  # what a killed print of the old version left

    assert main(["--database", url, "print", "roster", "--out", str(out)]) == 0
    assert [p.name for p in out_dir.iterdir()] == ["roster.pdf"]
