"""The command line in both Windows executables: the windowed one (no stdout, stderr or stdin
at all) must not crash and shows a failure in a message box; the console one writes UTF-8
whatever the console's code page (cp874 on a Thai Windows, cp1252 on an English one)."""

from __future__ import annotations

import contextlib
import io
import sys

import pytest

from desktop import console
from desktop.cli import main


@pytest.fixture
def url(demo_copy) -> str:
    return demo_copy("--people", "20", "--cases", "30", name="streams.sqlite3")


@pytest.fixture
def windowed(monkeypatch) -> list[str]:
    """The message boxes shown; ``no_console()`` in the test takes the streams away."""
    boxes: list[str] = []
    monkeypatch.setattr(console, "show_message_box", boxes.append)
    return boxes


@contextlib.contextmanager
def no_console():
    """No stdout, stderr or stdin, as ``console=False`` gives. Inside the test body: pytest's
    capture puts its own streams back between a fixture's set-up and the test."""
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout = sys.stderr = sys.stdin = None
    try:
        yield
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved


def windowed_main(args: list[str]) -> int:
    with no_console():
        return main(args)


def test_windowed_listing_runs_without_streams(url, windowed):
    assert windowed_main(["--database", url, "cases", "list", "--format", "csv"]) == 0
    assert windowed_main(["--database", url, "cases", "list"]) == 0
    assert windowed == []


def test_windowed_failure_shows_its_one_line_in_a_box(url, windowed):
    assert windowed_main(["--database", url, "--user", "nobody", "cases", "list"]) == 1
    assert len(windowed) == 1 and "nobody" in windowed[0]
    assert windowed[0].startswith("labour-desk: ")


def test_windowed_user_add_without_stdin_fails_cleanly(url, windowed):
    code = windowed_main(
        ["--database", url, "user", "add", "somsri", "--name", "สมศรี ใจดี", "--role", "clerk"]
        + ["--password-stdin"]
    )
    assert code == 1
    assert len(windowed) == 1 and windowed[0].startswith("labour-desk: ")


def test_windowed_usage_errors_and_version_do_not_crash(url, windowed):
    with pytest.raises(SystemExit) as exited:
        windowed_main(["--database", url, "cases", "list", "--status", "lost"])
    assert exited.value.code == 2
    assert "lost" in windowed[-1]
    with pytest.raises(SystemExit) as exited:
        windowed_main(["--version"])
    assert exited.value.code == 0


def test_windowed_unexpected_error_shows_the_traceback(url, windowed, monkeypatch):
    from desktop import commands

    def broken(args, prompts):
        raise RuntimeError("boom")

    monkeypatch.setattr(commands, "dispatch", broken)
    with pytest.raises(RuntimeError):
        windowed_main(["--database", url, "cases", "list"])
    assert "RuntimeError: boom" in windowed[-1]


def code_page_stream(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="")


@pytest.mark.parametrize("code_page", ["cp874", "cp1252"])
def test_console_output_is_utf8_whatever_the_code_page(url, monkeypatch, code_page):
    out, err = code_page_stream(code_page), code_page_stream(code_page)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert main(["--database", url, "cases", "list", "--format", "csv"]) == 0
    assert main(["--database", url, "--user", "nobody", "cases", "list"]) == 1
    out.flush(), err.flush()
    listing = out.buffer.getvalue().decode("utf-8")
    assert "รับเรื่อง" in listing or "คัดกรอง" in listing  # the Thai status labels, whole
    failure = err.buffer.getvalue().decode("utf-8")
    assert failure.startswith("labour-desk: ") and any("\u0e00" <= c <= "\u0e7f" for c in failure)
