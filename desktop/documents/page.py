"""Building a document: frames on the page, the footer on every page, progress and cancel.

Documents of one part a record (a slip a case, a form a person) put an :class:`ItemDone` after
each part; :func:`build_simple` then reports progress per part and honours cancel there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, SimpleDocTemplate

from desktop.documents.drawing import numbered_canvas
from desktop.documents.layout import FOOTER_HEIGHT, RenderCancelled, draw_footer, printed_line

_PROGRESS_EVERY = 100


class ItemDone(Flowable):
    """Zero-size marker after the last flowable of one part (one slip, one form): counted
    for progress and where cancel is checked. At a part's end, never its start, so it cannot
    change where anything lands (a flowable at the top of a frame loses its space before)."""

    # reportlab's flags for a flowable that takes no room: it fits even in a full frame and
    # passes the space after the previous flowable on unchanged.
    _ZEROSIZE = True
    _SPACETRANSFER = True

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0) -> None:  # noqa: N802 (reportlab's name)
        pass  # not even an empty save/restore: the page's content stays as it was without it


class _PartsDoc(SimpleDocTemplate):
    """Reports ``progress(parts done, total)`` at each :class:`ItemDone` and stops there with
    :class:`RenderCancelled` once ``cancelled()`` says so."""

    def __init__(self, out, *, total: int, progress, cancelled, what: str, **kwargs) -> None:
        super().__init__(out, **kwargs)
        self._total, self._progress, self._cancelled, self._what = total, progress, cancelled, what

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab's name)
        if not isinstance(flowable, ItemDone):
            return
        if self._cancelled is not None and self._cancelled():
            raise RenderCancelled(f"การพิมพ์{self._what}ถูกยกเลิก")
        if self._progress is not None:
            self._progress(flowable.index + 1, self._total)


def build_simple(
    out: str | BinaryIO,
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    margins: tuple[float, float, float],  # left, right, top
    title: str,
    author: str,
    printed_on: dt.date,
    later_pages: Callable | None = None,
    parts: int = 0,
    what: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Flow ``story`` onto pages with "พิมพ์เมื่อ … หน้า x/y" at the foot; returns the page count.

    A story of ``parts`` parts, each ended by an :class:`ItemDone`, reports ``progress`` per
    part; ``cancelled()`` True stops the build with :class:`RenderCancelled` (``what`` names
    the document in the message) and nothing is written."""
    left, right, top = margins
    footer_left = printed_line(printed_on)

    def stamp(canvas, page: int, total: int) -> None:
        draw_footer(canvas, page, total, left=footer_left, margin=left)

    if cancelled is not None and cancelled():
        raise RenderCancelled(f"การพิมพ์{what}ถูกยกเลิก")
    doc = _PartsDoc(
        out,
        total=parts,
        progress=progress,
        cancelled=cancelled,
        what=what,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=FOOTER_HEIGHT + 6,
        title=title,
        author=author,
    )
    extra = {"onLaterPages": later_pages} if later_pages is not None else {}
    doc.build(story, canvasmaker=numbered_canvas(stamp), **extra)
    return doc.page


class CountingDoc(BaseDocTemplate):
    """Counts the rows of ``row_type`` as they are laid out, for progress and cancel."""

    def __init__(
        self,
        out,
        *,
        row_type: type,
        total: int,
        progress,
        cancelled,
        what: str,
        footer_title: str = "",
        footer_size: float = 14,
        **kwargs,
    ) -> None:
        super().__init__(out, **kwargs)
        # What the footer names besides the printing date: a list's later pages have no
        # running title above their rows, so their footer says which list they belong to.
        self.footer_title, self.footer_size = footer_title, footer_size
        self._row_type, self._total, self._done = row_type, total, 0
        self._progress, self._cancelled, self._what = progress, cancelled, what

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab's name)
        if not isinstance(flowable, self._row_type):
            return
        self._done += 1
        if self._cancelled is not None and self._cancelled():
            raise RenderCancelled(f"การพิมพ์{self._what}ถูกยกเลิก")
        if self._progress is not None and (
            self._done % _PROGRESS_EVERY == 0 or self._done == self._total
        ):
            self._progress(self._done, self._total)


def build_counted(
    doc: CountingDoc, story: Sequence[Flowable], *, margin: float, printed_on: dt.date
) -> int:
    footer_left = " · ".join(t for t in (doc.footer_title, printed_line(printed_on)) if t)

    def stamp(canvas, page: int, total: int) -> None:
        draw_footer(canvas, page, total, left=footer_left, margin=margin, size=doc.footer_size)

    doc.build(list(story), canvasmaker=numbered_canvas(stamp))
    return doc.page
