"""Vector charts for the reports: bars side by side, stacked bars, and lines.

The shapes (bars, axes, grid lines, the line and its points) are a reportlab.graphics
``Drawing`` rendered onto the page; every word on a chart (category labels, the legend,
the scale and the numbers on the bars) is shaped Thai drawn with :func:`draw_text`, as the
rest of the document is — reportlab's own chart labels would not shape Thai tone marks.
"""

from __future__ import annotations

import math

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable

from desktop.documents.drawing import draw_text, shaped_width
from desktop.documents.fonts import BOLD, REGULAR
from desktop.domain.reports import ChartSpec

__all__ = ["ChartFlowable", "nice_top"]

PALETTE = (
    "#1F5F99",
    "#E07B28",
    "#3C9A48",
    "#C83A3A",
    "#8060A8",
    "#8C564B",
    "#D46FB0",
    "#7F7F7F",
)
LABEL_SIZE = 11
TITLE_SIZE = 14
SLANT = 60  # degrees, for category names too wide for their slot


def nice_top(value: float) -> tuple[float, float]:
    """A round top for the value axis at or above ``value``, and its step (5 steps or so)."""
    if value <= 0:
        return 5.0, 1.0
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(value / step), step


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


class ChartFlowable(Flowable):
    def __init__(self, spec: ChartSpec, width: float, height: float) -> None:
        super().__init__()
        self.spec, self.width, self.height = spec, width, height

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width = min(self.width, availWidth)
        return self.width, self.height

    def _legend(self, left: float) -> list[tuple[int, float, int]]:
        """(series index, x, row) of each legend entry: a row runs on to the next when the
        next entry would pass the chart's right edge (a narrow chart of many series)."""
        out, x, row = [], left, 0
        for k, (name, _v) in enumerate(self.spec.series):
            w = 12 + shaped_width(name, REGULAR, LABEL_SIZE)
            if x > left and x + w > self.width:
                x, row = left, row + 1
            out.append((k, x, row))
            x += w + 14
        return out

    def _top(self) -> float:
        spec = self.spec
        if spec.kind == "stacked":
            peak = max(
                (sum(s[1][i] for s in spec.series) for i in range(len(spec.categories))), default=0
            )
        else:
            peak = max((v for _, values in spec.series for v in values), default=0)
        return peak

    def draw(self) -> None:
        spec, canvas = self.spec, self.canv
        left, bottom, right = 46.0, 38.0, 12.0
        slot = (self.width - left - right) / max(len(spec.categories), 1)
        widest = max((shaped_width(c, REGULAR, LABEL_SIZE) for c in spec.categories), default=0)
        # Many categories (a province's 25 districts): the names slant instead of running
        # into each other, and the plot gives them the room they need.
        slanted = widest > slot - 4
        if slanted:
            bottom = 16.0 + widest * math.sin(math.radians(SLANT))
        legend = self._legend(left) if len(spec.series) > 1 or spec.kind == "line" else []
        legend_h = 18.0 * len({y for _k, _x, y in legend})
        top_pad = TITLE_SIZE + 10 + legend_h + (14 if spec.unit else 0)
        plot_w = self.width - left - right
        plot_h = self.height - bottom - top_pad
        top, step = nice_top(self._top())
        scale = plot_h / top
        d = Drawing(self.width, self.height)
        grey = colors.HexColor("#BBBBBB")
        ticks = []
        value = 0.0
        while value <= top + 1e-9:
            y = bottom + value * scale
            d.add(Line(left, y, left + plot_w, y, strokeColor=grey, strokeWidth=0.4))
            ticks.append((y, value))
            value += step
        d.add(Line(left, bottom, left, bottom + plot_h, strokeColor=colors.black, strokeWidth=0.8))
        d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.black, strokeWidth=0.8))
        texts: list[tuple[float, float, str, str, float, str]] = []  # x, y, text, font, size, align
        for y, v in ticks:
            texts.append((left - 4, y - 3.5, _number(v), REGULAR, LABEL_SIZE - 1, "right"))
        show_numbers = slot >= 18
        if spec.kind in ("bar", "stacked"):
            groups = len(spec.series) if spec.kind == "bar" else 1
            bar_w = slot * 0.7 / groups
            for i in range(len(spec.categories)):
                x0 = left + i * slot + slot * 0.15
                base = 0.0
                for k, (_name, values) in enumerate(spec.series):
                    v = values[i]
                    colour = colors.HexColor(PALETTE[k % len(PALETTE)])
                    x = x0 + (k * bar_w if spec.kind == "bar" else 0)
                    y = bottom + base * scale
                    h = v * scale
                    if v > 0:
                        d.add(Rect(x, y, bar_w, h, fillColor=colour, strokeColor=None))
                    if spec.kind == "bar" and show_numbers and v > 0:
                        texts.append(
                            (
                                x + bar_w / 2,
                                y + h + 2,
                                _number(v),
                                REGULAR,
                                LABEL_SIZE - 1,
                                "centre",
                            )
                        )
                    if spec.kind == "stacked":
                        base += v
                if spec.kind == "stacked" and show_numbers and base > 0:
                    texts.append(
                        (
                            x0 + bar_w / 2,
                            bottom + base * scale + 2,
                            _number(base),
                            BOLD,
                            LABEL_SIZE - 1,
                            "centre",
                        )
                    )
        else:
            for k, (_name, values) in enumerate(spec.series):
                colour = colors.HexColor(PALETTE[k % len(PALETTE)])
                points = []
                for i, v in enumerate(values):
                    x, y = left + (i + 0.5) * slot, bottom + v * scale
                    points.extend((x, y))
                    d.add(Circle(x, y, 2.2, fillColor=colour, strokeColor=None))
                    if show_numbers:
                        texts.append((x, y + 5, _number(v), REGULAR, LABEL_SIZE - 1, "centre"))
                if len(points) >= 4:
                    d.add(PolyLine(points, strokeColor=colour, strokeWidth=1.6))
        if not slanted:
            for i, name in enumerate(spec.categories):
                texts.append(
                    (left + (i + 0.5) * slot, bottom - 14, name, REGULAR, LABEL_SIZE, "centre")
                )
        if spec.unit:
            texts.append(
                (left - 4, bottom + plot_h + 6, spec.unit, REGULAR, LABEL_SIZE - 1, "right")
            )
        # legend
        for k, x, row in legend:
            name = spec.series[k][0]
            y = self.height - TITLE_SIZE - 10 - 12 - 18 * row
            colour = colors.HexColor(PALETTE[k % len(PALETTE)])
            d.add(Rect(x, y, 9, 9, fillColor=colour, strokeColor=None))
            texts.append((x + 12, y + 1, name, REGULAR, LABEL_SIZE, "left"))
        renderPDF.draw(d, canvas, 0, 0)
        draw_text(canvas, 0, self.height - TITLE_SIZE, spec.title, BOLD, TITLE_SIZE)
        for x, y, text, font, size, align in texts:
            draw_text(canvas, x, y, text, font, size, align)
        if slanted:
            for i, name in enumerate(spec.categories):
                canvas.saveState()
                canvas.translate(left + (i + 0.5) * slot + 3, bottom - 6)
                canvas.rotate(SLANT)
                draw_text(canvas, 0, 0, name, REGULAR, LABEL_SIZE, "right")
                canvas.restoreState()
