"""Running ``labour-desk`` in-process as a test does (the exit code and what it printed),
and reading the SQLite file it wrote."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def query(url: str, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn:
        return conn.execute(sql).fetchall()
