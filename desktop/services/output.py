"""Writing a print or export to a file: the file appears only when complete and not cancelled,
and long work reports its progress in stages (load the records, then lay out or write them).

Every printing service (people, cases, mentoring) writes through :func:`atomic_target`, which
also records the print's audit row before the file is published: output nobody recorded never
reaches the user.
"""

from __future__ import annotations

import contextlib
import glob
import io
import os
import secrets
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


def partial_name(final: Path, token: str) -> Path:
    """Where ``final`` is written before it is complete: hidden on POSIX (the dot), marked as
    temporary on Windows (``~`` as Office's own temporary files), and without the document's
    extension, so a double-click never opens a half-written print as if it were the print."""
    return final.with_name(f".~{final.name}.{token}.partial")


@contextmanager
def _naming_the_final(parts: dict[str, Path]) -> Iterator[None]:
    """An error about a temporary file names the file the user asked for: a print to a
    folder that is gone says ``…/x.pdf``, not ``…/.~x.pdf.b8bf.partial``."""
    try:
        yield
    except OSError as exc:
        if exc.filename is not None and str(exc.filename) in parts:
            exc.filename = str(parts[str(exc.filename)])
        if exc.filename2 is not None and str(exc.filename2) in parts:
            exc.filename2 = str(parts[str(exc.filename2)])
        raise


def remove_stale_partials(final: Path) -> None:
    """Temporary files an earlier print to ``final`` left behind when it was killed. On
    Windows a file another print still writes is open and cannot be removed: it is skipped."""
    candidates = list(final.parent.glob(f".~{glob.escape(final.name)}.*.partial"))
    # Before this version the temporary file was "roster.part.pdf": removed when it is empty,
    # as a killed print left it (a non-empty one might be somebody's real file).
    legacy = final.with_name(f"{final.stem}.part{final.suffix}")
    with contextlib.suppress(OSError):
        if legacy.is_file() and legacy.stat().st_size == 0:
            candidates.append(legacy)
    for stale in candidates:
        with contextlib.suppress(OSError):
            stale.unlink()


@contextmanager
def atomic_target(
    out: Target,
    *,
    cancelled: Cancelled | None = None,
    before_publish: Callable[[], None] | None = None,
):
    """Where a print or export writes: the file appears only when it is complete, was not
    cancelled, and ``before_publish`` (the audit row, in its own unit of work) has committed.

    A path target is written to a temporary file beside itself (same folder, so the final move
    is atomic) and moved into place at the end; a stream target gets a buffer that is copied
    into the stream at the end. ``cancelled`` is asked once more after writing: a cancel that
    came while the last page was being written still leaves no file (the caller gets
    :class:`OutputCancelled`). If ``before_publish`` raises (a read-only or locked database),
    nothing is written where the user looks and the error goes to the caller."""
    if not isinstance(out, str | Path):
        buffer = io.BytesIO()
        yield buffer
        stop_if_cancelled(cancelled)
        if before_publish is not None:
            before_publish()
        out.write(buffer.getvalue())
        return
    final = Path(out)
    remove_stale_partials(final)
    part = partial_name(final, secrets.token_hex(4))
    try:
        with _naming_the_final({str(part): final}):
            yield str(part)
            stop_if_cancelled(cancelled)
            if before_publish is not None:
                before_publish()
            os.replace(part, final)
    finally:
        part.unlink(missing_ok=True)


@contextmanager
def atomic_targets(
    outs: Iterable[str | Path],
    *,
    cancelled: Cancelled | None = None,
    before_publish: Callable[[], None] | None = None,
):
    """:func:`atomic_target` for files that belong together (a PDF and its JSON twin): every
    one is written to its temporary file first; only when all are complete, not cancelled and
    ``before_publish`` has committed are they moved into place, one right after the other."""
    finals = [Path(out) for out in outs]
    token = secrets.token_hex(4)
    parts = [partial_name(final, token) for final in finals]
    for final in finals:
        remove_stale_partials(final)
    try:
        with _naming_the_final({str(p): f for p, f in zip(parts, finals, strict=True)}):
            yield [str(part) for part in parts]
            stop_if_cancelled(cancelled)
            if before_publish is not None:
                before_publish()
            for part, final in zip(parts, finals, strict=True):
                os.replace(part, final)
    finally:
        for part in parts:
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
