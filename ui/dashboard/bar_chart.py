"""A bar chart drawn with pyqtgraph, every bar a way into the list behind it: click it, or
move to it with the arrow keys and press Enter. Plain bars, stacks, and stacks of two groups
side by side (this year's beside the last); vertical or horizontal; the number on each bar.

pyqtgraph rather than QtCharts: QtCharts comes only with PySide6-Addons (a wheel of some
hundreds of MB for one module, and under the GPL rather than the LGPL the rest of Qt is
used under); pyqtgraph is a few MB of pure Python over the numpy the bundle already has."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QToolTip

pg.setConfigOptions(antialias=True, background="w", foreground="#333333", exitCleanup=False)


@dataclass(frozen=True)
class ChartSeries:
    """One colour: its values along the categories, the list each bar opens, the tooltip of
    each bar; series with the same ``group`` stack, groups stand side by side."""

    name: str
    color: str
    values: tuple[float, ...]
    links: tuple[object, ...]
    tips: tuple[str, ...]
    group: str = ""
    in_legend: bool = True


@dataclass(frozen=True)
class _Hit:
    rect: QRectF
    link: object
    tip: str


def legend_html(series: list[ChartSeries]) -> str:
    """A line of coloured squares and names for the series shown in the legend (drawn above
    the chart rather than over its bars)."""
    named = [s for s in series if s.in_legend and s.name]
    if len(named) < 2:
        return ""
    return "&nbsp;&nbsp; ".join(
        f'<span style="color:{s.color}">■</span>&nbsp;{s.name}' for s in named
    )


class _EndLabels(pg.GraphicsObject):
    """The numbers at the ends of the bars, painted at their points in screen pixels (one
    item, not one pyqtgraph TextItem per bar: redrawing a chart stays a few milliseconds)."""

    def __init__(self, labels: list[tuple[QPointF, str]], font: QFont, horizontal: bool):
        super().__init__()
        self.labels, self.font, self.horizontal = labels, font, horizontal
        self.setZValue(5)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        view = self.getViewBox()
        return view.viewRect() if view is not None else QRectF()

    def paint(self, painter, *_args) -> None:
        painter.save()
        to_screen = painter.transform()
        painter.resetTransform()
        painter.setFont(self.font)
        painter.setPen(QColor("#222222"))
        metrics = painter.fontMetrics()
        for point, text in self.labels:
            at = to_screen.map(point)
            if self.horizontal:  # to the right of the bar's end, centred on it
                at += QPointF(4, metrics.ascent() / 2 - 1)
            else:  # above the bar, centred
                at += QPointF(-metrics.horizontalAdvance(text) / 2, -4)
            painter.drawText(at, text)
        painter.restore()


class BarChart(pg.PlotWidget):
    """``barActivated(link)`` when a bar is clicked or chosen with Enter."""

    barActivated = Signal(object)

    def __init__(self, parent=None, *, object_name: str = "") -> None:
        before = set(QApplication.topLevelWidgets())
        super().__init__(parent, enableMenu=False)
        # pyqtgraph builds its options menu and form without a parent: give them this chart
        # as theirs, so they go with it rather than being left as windows of their own
        # (which whoever closes every window would delete under pyqtgraph's feet).
        for orphan in QApplication.topLevelWidgets():
            if orphan not in before and orphan is not self and orphan.parent() is None:
                orphan.setParent(self, orphan.windowFlags())
                orphan.hide()
        if object_name:
            self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(240)
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=False)
        self.hits: list[_Hit] = []
        self._current = -1
        self._marker = QGraphicsRectItem()
        self._marker.setPen(QPen(QColor("#1f1f1f"), 0, Qt.PenStyle.DashLine))
        self._marker.setZValue(10)
        self.scene().sigMouseClicked.connect(self._clicked)
        self.scene().sigMouseMoved.connect(self._hovered)

    # -- drawing -------------------------------------------------------------------------
    def show_bars(
        self,
        categories: list[str],
        series: list[ChartSeries],
        *,
        horizontal: bool = False,
        number_format: str = "{:,.0f}",
        stack_label: Callable[[int, float], str] | None = None,
    ) -> None:
        """Draw the bars; the number at the end of each stack is its total in
        ``number_format``, or ``stack_label(category index, total)``."""
        item = self.getPlotItem()
        item.clear()
        self.hits = []
        font = QFont(self.font())
        groups = list(dict.fromkeys(s.group for s in series))
        width = 0.8 / max(1, len(groups))
        tops: dict[tuple[str, int], float] = {}
        for s in series:
            g = groups.index(s.group)
            offset = -0.4 + width * (g + 0.5)
            positions = [i + offset for i in range(len(categories))]
            bottoms = [tops.get((s.group, i), 0.0) for i in range(len(categories))]
            brush = QBrush(QColor(s.color))
            pen = QPen(QColor("#ffffff"), 0)
            if horizontal:
                bars = pg.BarGraphItem(
                    x0=bottoms,
                    width=list(s.values),
                    y=positions,
                    height=width,
                    brush=brush,
                    pen=pen,
                )
            else:
                bars = pg.BarGraphItem(
                    x=positions,
                    height=list(s.values),
                    width=width,
                    y0=bottoms,
                    brush=brush,
                    pen=pen,
                )
            item.addItem(bars)
            for i, value in enumerate(s.values):
                tops[(s.group, i)] = bottoms[i] + value
                if value <= 0:
                    continue
                lo, hi = bottoms[i], bottoms[i] + value
                p = positions[i] - width / 2
                rect = (
                    QRectF(lo, p, hi - lo, width) if horizontal else QRectF(p, lo, width, hi - lo)
                )
                self.hits.append(_Hit(rect, s.links[i], s.tips[i]))
        # The number at the end of each bar (each stack's total), all in one item.
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        labels = []
        for (group, i), total in tops.items():
            if total <= 0:
                continue
            pos = i - 0.4 + width * (groups.index(group) + 0.5)
            text = stack_label(i, total) if stack_label else number_format.format(total)
            labels.append((QPointF(total, pos) if horizontal else QPointF(pos, total), text))
        item.addItem(_EndLabels(labels, small, horizontal))
        ticks = [[(i, c) for i, c in enumerate(categories)]]
        top = max(tops.values(), default=0) or 1
        axis_cat = item.getAxis("left" if horizontal else "bottom")
        axis_val = item.getAxis("bottom" if horizontal else "left")
        axis_cat.setTicks(ticks)
        axis_val.setTicks(None)
        for axis in (axis_cat, axis_val):
            axis.setStyle(tickFont=font)
        if horizontal:
            width_px = max(
                (self.fontMetrics().horizontalAdvance(c) for c in categories), default=40
            )
            axis_cat.setWidth(width_px + 12)
            item.setYRange(-0.6, len(categories) - 0.4, padding=0)
            item.setXRange(0, top * 1.15, padding=0)
            item.getViewBox().invertY(True)  # the first category at the top
        else:
            item.getViewBox().invertY(False)
            item.setXRange(-0.6, len(categories) - 0.4, padding=0)
            item.setYRange(0, top * 1.15, padding=0)
        self._current = min(self._current, len(self.hits) - 1)
        item.addItem(self._marker)
        self._show_marker()

    # -- the bars as ways in -------------------------------------------------------------
    def hit_at(self, scene_pos) -> _Hit | None:
        point = self.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        return next((h for h in self.hits if h.rect.contains(point)), None)

    def activate(self, index: int) -> None:
        """Open the list behind bar ``index`` (in drawing order)."""
        if 0 <= index < len(self.hits):
            self._current = index
            self._show_marker()
            self.barActivated.emit(self.hits[index].link)

    def _clicked(self, event) -> None:
        hit = self.hit_at(event.scenePos())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.activate(self.hits.index(hit))

    def _hovered(self, scene_pos) -> None:
        hit = self.hit_at(scene_pos)
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        if hit is not None:
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), hit.tip, self)
        else:
            QToolTip.hideText()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and self.hits:
            self._move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and self.hits:
            self._move(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self.activate(self._current)
        else:
            super().keyPressEvent(event)

    def _move(self, step: int) -> None:
        self._current = (self._current + step) % len(self.hits)
        self._show_marker()
        hit = self.hits[self._current]
        centre = self.getPlotItem().getViewBox().mapViewToScene(hit.rect.center())
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(centre)), hit.tip, self)

    def _show_marker(self) -> None:
        shown = self.hasFocus() and 0 <= self._current < len(self.hits)
        self._marker.setVisible(shown)
        if shown:
            self._marker.setRect(self.hits[self._current].rect)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self._current < 0 and self.hits:
            self._current = 0
        self._show_marker()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._show_marker()
