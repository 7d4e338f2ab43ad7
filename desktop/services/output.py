"""Writing a print or export to a file: the file appears only when complete and not cancelled,
and long work reports its progress in stages (load the records, then lay out or write them).

Every printing service (people, cases, mentoring) writes through :func:`atomic_target`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TypeVar

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Target = str | Path | BinaryIO
T = TypeVar("T")

# How many loaded records between progress reports: often enough for a moving bar, rarely
# enough that 250,000 cases do not flood the GUI thread with signals.
_REPORT_EVERY = 50


class OutputCancelled(Exception):
    """The user cancelled a long print or export; no file was written."""


def stop_if_cancelled(cancelled: Cancelled | None, what: str = "") -> None:
    if cancelled is not None and cancelled():
        raise OutputCancelled(f"การพิมพ์{what}ถูกยกเลิก" if what else "ยกเลิกแล้ว")


@contextmanager
def atomic_target(out: Target, *, cancelled: Cancelled | None = None):
    """A path target is written beside itself and moved into place only when complete, so a
    cancelled or failed print never leaves a half-written file where the user expects one.

    ``cancelled`` is asked once more after writing: a cancel that came while the last page was
    being written still leaves no file (the caller gets :class:`OutputCancelled`)."""
    if not isinstance(out, str | Path):
        yield out
        stop_if_cancelled(cancelled)
        return
    final = Path(out)
    # "roster.part.pdf": writers that go by the extension (pandas for .xlsx) still see it.
    part = final.with_name(f"{final.stem}.part{final.suffix}")
    try:
        yield str(part)
        stop_if_cancelled(cancelled)
        os.replace(part, final)
    finally:
        part.unlink(missing_ok=True)


class Stages:
    """Splits one progress bar into stages of known sizes, e.g. loading N cases then laying
    out N slips: ``stage(i)`` is a ``progress(done, total)`` for stage ``i`` alone."""

    def __init__(self, progress: Progress | None, *sizes: int) -> None:
        self.progress, self.sizes = progress, sizes
        self.total = max(sum(sizes), 1)

    def stage(self, index: int) -> Progress | None:
        if self.progress is None:
            return None
        offset, size, report = sum(self.sizes[:index]), self.sizes[index], self.progress

        def progress(done: int, total: int) -> None:
            share = size * done // total if total else size
            report(offset + share, self.total)

        return progress

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def counted(
    items: Iterable[T],
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
    what: str = "",
) -> Iterator[T]:
    """``items`` one by one, stopping with :class:`OutputCancelled` when the user cancels and
    reporting progress every so often."""
    for done, item in enumerate(items, start=1):
        stop_if_cancelled(cancelled, what)
        yield item
        if progress is not None and (done % _REPORT_EVERY == 0 or done == total):
            progress(done, total)
