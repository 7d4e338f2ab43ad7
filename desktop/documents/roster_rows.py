"""The rows of the roster table, each a small flowable that draws itself onto the canvas.

Cell text is wrapped with :func:`wrap_text` (Thai word boundaries, shaped widths) and drawn
line by line with :func:`draw_text`; a row is as tall as its tallest cell.

A row taller than a whole page (a 1,000-character road name) is split between its lines and
continues on the next page under the repeated column titles, so every word is printed and
searchable; clipping would lose the part of the address a clerk most needs. A row that fits
on a page is never split: it moves to the next page whole.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from desktop.documents.drawing import draw_text
from desktop.documents.fonts import BOLD, REGULAR
from desktop.documents.line_stack import stack
from desktop.documents.thai_text import wrap_text

SIZE = 14  # the roster's columns need 14 pt to fit a landscape page legibly
# The least distance between baselines: a Thai line's body is half an em, so 1.1 em leaves
# clear space between lines; where a mark meets a tail above it the lines move apart.
LEADING = SIZE * 1.1
PAD_X = 4.5
PAD_Y = 1.0  # beyond the ink: the first line already clears the rule by its tallest mark
# Every line is placed from the real ink of what it holds (``line_ink``): the first baseline
# sits its tallest stacked mark (ปั้, ฟื้: 1.25 em) below the rule, the next line far enough
# down that its marks clear the tails of the one above (ฏู), by at least this much.
_MIN_ASCENT = SIZE * 0.95
_MIN_DEPTH = SIZE * 0.25
_GRID_GREY = 0.35
_HEADER_FILL = 0.88
_GROUP_FILL = 0.95
_MIN_LINES_BEFORE_BREAK = 3  # fewer lines at a page's foot than this: start it on the next


@dataclass(frozen=True)
class Column:
    title: str
    width: float | None  # None: takes whatever the others leave
    align: str = "left"


# Five columns, the address the widest: a phone under its name and the appointment date
# under the status share lines the address needs anyway, so most people take two lines.
# The widths here are the least; the roster widens each to what it prints.
COLUMNS = (
    Column("ที่", 28, "centre"),
    Column("ชื่อ-สกุล / โทรศัพท์", 120),
    Column("เลขประจำตัวประชาชน", 110),  # a full ID on one line
    Column("ที่อยู่", None),
    Column("สถานะ / วันที่แต่งตั้ง", 84),
)


def column_widths(total: float, columns: Sequence[Column] = COLUMNS) -> list[float]:
    fixed = sum(c.width or 0 for c in columns)
    return [c.width if c.width is not None else total - fixed for c in columns]


def _cell_lines(text: str, font: str, width: float) -> list[str]:
    return [line.rstrip() for line in wrap_text(text, font, SIZE, width - 2 * PAD_X)]


class _Row(Flowable):
    """A row of cells with a grid around them."""

    font = REGULAR
    fill: float | None = None

    def __init__(self, widths: Sequence[float], aligns: Sequence[str] | None = None) -> None:
        super().__init__()
        self.widths = widths
        self._aligns = aligns  # other tables (the case queue list) bring their own columns
        self._lines: list[list[str]] | None = None
        self._baselines: list[float] = []

    def texts(self) -> Sequence[str]:
        raise NotImplementedError

    def cell_widths(self) -> Sequence[float]:
        return self.widths

    def aligns(self) -> Sequence[str]:
        return self._aligns if self._aligns is not None else [c.align for c in COLUMNS]

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._lines is None:
            self._lines = [
                _cell_lines(text, self.font, width)
                for text, width in zip(self.texts(), self.cell_widths(), strict=True)
            ]
        self.width = sum(self.widths)
        self._baselines, self.height = self._layout(self._lines)
        return self.width, self.height

    def _layout(self, cells: list[list[str]]) -> tuple[list[float], float]:
        """Each line's baseline below the row's top (the same in every cell) and the row's
        height, from the ink of what the lines hold (:func:`line_stack.stack`)."""
        return stack(
            [
                (lines, width - 2 * PAD_X, align)
                for lines, width, align in zip(
                    cells, self.cell_widths(), self.aligns(), strict=True
                )
            ],
            self.font,
            SIZE,
            LEADING,
            pad=PAD_Y,
            min_ascent=_MIN_ASCENT,
            min_depth=_MIN_DEPTH,
        )

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        """Split between lines only when the row can fit on no page (see the module)."""
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        frame = getattr(self, "_frame", None)  # reportlab sets it while asking for a split
        page_height = getattr(frame, "_aH", availHeight)
        fit = 0
        for k in range(1, max(len(lines) for lines in self._lines) + 1):
            if self._layout([lines[:k] for lines in self._lines])[1] <= availHeight:
                fit = k
        if self.height <= page_height or fit < _MIN_LINES_BEFORE_BREAK:
            return []  # fits on the next page, or too little room left here: move it whole
        return [
            self._part(lines[:fit] for lines in self._lines),
            self._part(lines[fit:] for lines in self._lines),
        ]

    def _part(self, lines) -> _Row:
        part = copy.copy(self)
        part._lines = [list(cell) for cell in lines]
        part.keepWithNext = False
        # reportlab marks a flowable it moved to a new page once and gives up on the second
        # move; a continuation is a new flowable that has not been moved yet.
        part.__dict__.pop("_postponed", None)
        return part

    def draw(self) -> None:
        canvas = self.canv
        if self._lines is None:
            self.wrap(self.width, self.height)
        assert self._lines is not None
        canvas.saveState()
        if self.fill is not None:
            canvas.setFillGray(self.fill)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            canvas.setFillGray(0)
        x = 0.0
        for lines, width, align in zip(self._lines, self.cell_widths(), self.aligns(), strict=True):
            anchor = {"left": x + PAD_X, "centre": x + width / 2, "right": x + width - PAD_X}
            for line, below_top in zip(lines, self._baselines, strict=False):
                draw_text(
                    canvas, anchor[align], self.height - below_top, line, self.font, SIZE, align
                )
            x += width
        canvas.setStrokeGray(_GRID_GREY)
        canvas.setLineWidth(0.5)
        edges = [0.0]
        for width in self.cell_widths():
            edges.append(edges[-1] + width)
        for edge in edges:
            canvas.line(edge, 0, edge, self.height)
        canvas.line(0, 0, self.width, 0)
        canvas.line(0, self.height, self.width, self.height)
        canvas.restoreState()


class HeaderRow(_Row):
    """Column titles: the first row on page 1, drawn by the page template after that."""

    font = BOLD
    fill = _HEADER_FILL

    def __init__(self, widths: Sequence[float], titles: Sequence[str]) -> None:
        super().__init__(widths)
        self.titles = titles

    def texts(self) -> Sequence[str]:
        return self.titles

    def aligns(self) -> Sequence[str]:
        return ["centre"] * len(self.titles)


class PersonLine(_Row):
    """One volunteer or graduate."""

    def __init__(
        self, widths: Sequence[float], cells: Sequence[str], aligns: Sequence[str] | None = None
    ) -> None:
        super().__init__(widths, aligns)
        self.cells = cells

    def texts(self) -> Sequence[str]:
        return self.cells


class _SpanningRow(_Row):
    """One cell across the whole table."""

    font = BOLD
    align = "left"

    def __init__(self, widths: Sequence[float], text: str) -> None:
        super().__init__(widths)
        self.text = text

    def texts(self) -> Sequence[str]:
        return [self.text]

    def cell_widths(self) -> Sequence[float]:
        return [sum(self.widths)]

    def aligns(self) -> Sequence[str]:
        return [self.align]


class GroupHeading(_SpanningRow):
    """The district a group of rows lives in; kept on the same page as its first row."""

    fill = _GROUP_FILL

    def __init__(self, widths: Sequence[float], text: str) -> None:
        super().__init__(widths, text)
        self.keepWithNext = True


class TotalLine(_SpanningRow):
    """``รวม N คน`` under a district, or the grand total at the end."""

    align = "right"

    def __init__(self, widths: Sequence[float], text: str, *, grand: bool = False) -> None:
        super().__init__(widths, text)
        if grand:
            self.fill = _HEADER_FILL
