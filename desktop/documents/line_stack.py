"""Where lines of Thai go, from the ink of what they hold: the first baseline far enough
under the top that its tallest stacked mark (ปั้, ฟื้: 1.25 em) stays inside, each next line
far enough down that its marks clear the tails of the line above where they meet (ฏู under
ที่), the box deep enough for the last line's tails. Ordinary lines keep the plain leading.

A row of cells (the roster's) shares one set of baselines, so it reads across."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.documents.drawing import line_ink, line_marks, shaped_width

CLEAR = 0.8  # points between a mark and the tail above it, at the least


def stack(
    cells: Sequence[tuple[Sequence[str], float, str]],
    font: str,
    size: float,
    leading: float,
    *,
    pad: float = 0.0,
    min_ascent: float = 0.0,
    min_depth: float = 0.0,
    edges: bool = True,
) -> tuple[list[float], float]:
    """Baselines below the top, and the height, of cells of ``(lines, inner width, align)``
    laid side by side; ``pad`` above the first line and below the last. ``edges`` False:
    the first and last lines sit at ``min_ascent`` and ``min_depth`` whatever their ink
    (the padding around them has room for it), only lines meeting each other move."""
    count = max((len(lines) for lines, _w, _a in cells), default=0)
    if count == 0:
        return [], 2 * pad
    inks = [[line_ink(line, font, size) for line in lines] for lines, _w, _a in cells]
    top = max((ink[0][0] for ink in inks if ink), default=0.0) if edges else 0.0
    baselines = [pad + max(top, min_ascent)]
    for k in range(1, count):
        need = leading
        for (lines, width, align), ink in zip(cells, inks, strict=True):
            if k >= len(lines) or ink[k - 1][1] + ink[k][0] + CLEAR <= need:
                continue  # these two lines cannot touch at this leading
            # Only a tail deep enough to meet the line's tallest mark, and a mark tall
            # enough to meet the deepest tail, can push the lines apart.
            deepest, tallest = ink[k - 1][1], ink[k][0]
            tails = [
                t
                for t in _marks(lines[k - 1], font, size, width, align)[1]
                if t[2] + tallest + CLEAR > need
            ]
            marks = [
                m
                for m in _marks(lines[k], font, size, width, align)[0]
                if m[2] + deepest + CLEAR > need
            ]
            for x0, x1, depth in tails:
                for m0, m1, height in marks:
                    if m0 < x1 + CLEAR and x0 < m1 + CLEAR:
                        need = max(need, depth + height + CLEAR)
        baselines.append(baselines[-1] + need)
    bottom = baselines[-1] + min_depth
    for ink in inks if edges else ():  # each cell's last line clears the foot
        if ink:
            bottom = max(bottom, baselines[len(ink) - 1] + ink[-1][1])
    return baselines, bottom + pad


def _marks(line: str, font: str, size: float, width: float, align: str):
    offset = 0.0
    if align != "left":
        spare = width - shaped_width(line, font, size)
        offset = spare / 2 if align == "centre" else spare
    return line_marks(line, font, size, offset)
