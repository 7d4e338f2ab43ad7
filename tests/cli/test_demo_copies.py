"""The command-line tests share one seeding per set of demo arguments; each test's copy must
start from exactly the seeded data and keep its writes to itself."""

from __future__ import annotations

import io
import sys

from desktop.cli import main


def user_names(url: str, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["--database", url, "user", "list"]) == 0
    return [line.split("\t")[0] for line in capsys.readouterr().out.strip().splitlines()]


def test_a_write_to_one_copy_stays_in_that_copy(demo_copy, demo_template, capsys):
    first = demo_copy("--people", "1", name="first.sqlite3")
    seeded = user_names(first, capsys)
    old, sys.stdin = sys.stdin, io.StringIO("long-enough-pw\n")
    try:
        args = ["user", "add", "nok", "--name", "นก ใจดี", "--role", "clerk", "--password-stdin"]
        assert main(["--database", first, *args]) == 0
    finally:
        sys.stdin = old
    assert user_names(first, capsys) == sorted([*seeded, "nok"])

    second = demo_copy("--people", "1", name="second.sqlite3")
    assert user_names(second, capsys) == seeded
    assert user_names(f"sqlite:///{demo_template('--people', '1')}", capsys) == seeded
