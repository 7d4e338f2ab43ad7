"""The standard streams of the command line, made safe for both Windows executables.

The console companion (``labour-desk.exe``) writes UTF-8 whatever the console's code page
(cp874 on a Thai Windows, cp1252 on an English one, or a file when the output is redirected),
so Thai names and CSV lists arrive whole. The windowed ``LabourNetworkDesk.exe`` has no
console at all: ``sys.stdout``, ``sys.stderr`` and ``sys.stdin`` are None, and every
``write`` would raise. There output goes nowhere (the window is for people; the command line
is the companion's job), and what would have gone to stderr — the one-line error of a failed
command — is shown in a message box at the end instead, and never written to a log (it may
name a record).
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

TITLE = "Labour Network Desk"


class ErrorCollector(io.TextIOBase):
    """Stands in for a missing stderr: keeps what is written for one message at the end."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def text(self) -> str:
        return "".join(self.parts).strip()


def show_message_box(text: str) -> None:
    """The windowed executable's only way to tell the user what went wrong."""
    if os.name == "nt":
        import ctypes

        MB_ICONERROR = 0x10
        ctypes.windll.user32.MessageBoxW(None, text, TITLE, MB_ICONERROR)  # type: ignore[attr-defined]
    else:  # a windowed build elsewhere has no box to show it in; say only that it happened
        log.warning("a command without a console ended with a message for the user")


def _utf8(stream) -> None:
    """Re-encode a text stream as UTF-8 (the console's code page or a redirected file's ANSI
    code page would turn Thai into ``?`` or fail)."""
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if reconfigure is None or encoding == "utf8":
        return
    try:
        stream.flush()
        reconfigure(encoding="utf-8", errors="backslashreplace")
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # a stream that cannot change keeps its encoding rather than stopping the command


def prepare_streams() -> Callable[[bool], None]:
    """Make stdout/stderr writable and UTF-8; return what to call when the command ends
    (``finish(show=True)`` shows the collected error of a console-less run)."""
    collector: ErrorCollector | None = None
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    else:
        _utf8(sys.stdout)
    if sys.stderr is None:
        collector = ErrorCollector()
        sys.stderr = collector
    else:
        _utf8(sys.stderr)
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - reads as empty

    def finish(show: bool) -> None:
        if collector is not None and show and collector.text():
            show_message_box(collector.text())

    return finish


def had_no_stderr() -> bool:
    return isinstance(sys.stderr, ErrorCollector)
