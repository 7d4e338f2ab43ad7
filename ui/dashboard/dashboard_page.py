"""The dashboard: where the work stands for a fiscal year and a district — eight tiles and
four charts, every number a button into the list behind it (``openList(link)``; the window
opens the queue, the registry or the coverage list with that filter).

It reads the figures when shown, and again (debounced) when data changes while it is shown;
changes while hidden make it read again on the next show."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import areas
from desktop.domain.cases.categories import Agency, Need
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.reports import month_label
from desktop.services.dashboard.records import Chart, Dashboard
from ui.dashboard.bar_chart import BarChart, ChartSeries, legend_html
from ui.dashboard.chart_labels import (
    LAST_YEAR_COLORS,
    NEED_COLORS,
    agency_short,
    category_label,
    month_key_label,
    need_short,
)
from ui.dashboard.tiles import TileButton
from ui.domain_labels import label_of, medium_date
from ui.operations import bus, run_op

REFRESH_DELAY_MS = 300
TILE_COLUMNS = 4


class DashboardPage(QWidget):
    openList = Signal(object)  # a CaseList, PeopleList or CoverageList

    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.desk = desk
        self.board: Dashboard | None = None
        self.render_ms = 0.0  # the last read-and-draw, for the benchmark
        self._stale = True
        self._drawn: dict[str, tuple[Chart, int]] = {}
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        bus().dataChanged.connect(self._on_data_changed)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.tr("ภาพรวมการดำเนินงาน"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.year = QComboBox(objectName="dashboardYear")
        for fy in self.desk.dashboard.fiscal_years():
            self.year.addItem(self.tr("ปีงบประมาณ %1").replace("%1", str(fy)), fy)
        self.district = QComboBox(objectName="dashboardDistrict")
        self.district.addItem(self.tr("ทั้งจังหวัด"), "")
        office = self.desk.office()
        for d in areas.districts(office.province_code) if office else ():
            self.district.addItem(d.name_th, d.code)
        for combo in (self.year, self.district):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.as_of = QLabel(objectName="dashboardAsOf")
        self.refresh_button = QPushButton(
            self.tr("อ่านตัวเลขใหม่ (F5)"), objectName="dashboardRefresh"
        )
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.year)
        top.addWidget(self.district)
        top.addWidget(self.refresh_button)

        titles = {
            "open": self.tr("เรื่องที่ยังไม่ปิด"),
            "overdue": self.tr("เรื่องที่เกินกำหนด"),
            "awaiting_approval": self.tr("เรื่องที่รออนุมัติ"),
            "received": self.tr("รับเรื่องเดือนนี้"),
            "resolved": self.tr("แล้วเสร็จ/ปิดเรื่องในปีงบประมาณ"),
            "active_volunteers": self.tr("อาสาสมัครแรงงานที่ปฏิบัติงาน"),
            "uncovered": self.tr("ตำบลที่ยังไม่มีอาสาสมัครแรงงาน"),
            "evaluations_due": self.tr("ยังไม่ได้รับการประเมินในปีงบประมาณ"),
        }
        self.tiles: dict[str, TileButton] = {}
        tiles = QGridLayout()
        for i, (key, title) in enumerate(titles.items()):
            tile = TileButton(key, title)
            tile.opened.connect(self._open)
            self.tiles[key] = tile
            tiles.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)

        self.charts: dict[str, BarChart] = {}
        self.chart_titles: dict[str, QLabel] = {}
        self.legends: dict[str, QLabel] = {}
        charts = QGridLayout()
        for key, row, col, span in (
            ("needs", 0, 0, 2),
            ("status", 1, 0, 1),
            ("days_to_outcome", 1, 1, 1),
            ("coverage", 2, 0, 2),
        ):
            box = QFrame(objectName=f"chartBox_{key}")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(box)
            title = QLabel(wordWrap=True, objectName=f"chartTitle_{key}")
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            legend = QLabel(objectName=f"chartLegend_{key}", wordWrap=True)
            chart = BarChart(object_name=f"chart_{key}")
            chart.barActivated.connect(self._open)
            lay.addWidget(title)
            lay.addWidget(legend)
            lay.addWidget(chart, 1)
            self.charts[key], self.chart_titles[key] = chart, title
            self.legends[key] = legend
            charts.addWidget(box, row, col, 1, span)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(tiles)
        column.addLayout(charts, 1)
        column.addWidget(self.as_of)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.scroll, 1)

    # -- reading and drawing ---------------------------------------------------------------
    def fiscal_year(self) -> int:
        return self.year.currentData() or fiscal_year_of(self.desk.ctx.today())

    def refresh(self) -> Dashboard | None:
        self._timer.stop()
        started = time.perf_counter()
        board = run_op(
            self,
            lambda: self.desk.dashboard.dashboard(self.fiscal_year(), self.district.currentData()),
        )
        if board is None:
            return None
        self.board = board
        self._stale = False
        self._show(board)
        self.render_ms = (time.perf_counter() - started) * 1000
        return board

    def _show(self, board: Dashboard) -> None:
        y, m = board.month
        month = month_label(y, m, full=True)
        for tile in board.tiles:
            widget = self.tiles[tile.key]
            before = ""
            if tile.before is not None:
                before = self.tr("เดือนก่อน %1").replace("%1", f"{tile.before:,}")
            widget.show_value(
                tile.value,
                tile.link,
                warn=tile.key in ("overdue", "uncovered"),
                before=before,
                before_link=tile.before_link,
            )
        self.tiles["received"].title.setText(self.tr("รับเรื่องเดือน%1").replace("%1", month))
        self.tiles["resolved"].title.setText(
            self.tr("แล้วเสร็จ/ปิดเรื่องในปีงบประมาณ %1").replace("%1", str(board.fiscal_year))
        )
        self.tiles["evaluations_due"].title.setText(
            self.tr("ยังไม่ได้รับการประเมินปีงบประมาณ %1").replace("%1", str(board.fiscal_year))
        )
        for key in ("open", "overdue", "awaiting_approval", "received", "resolved"):
            self.tiles[key].setVisible(any(t.key == key for t in board.tiles))
        for key, chart in self.charts.items():
            found = next((c for c in board.charts if c.key == key), None)
            chart.parentWidget().setVisible(found is not None)
            if found is not None:
                self._draw(found, board)
        self.as_of.setText(
            self.tr("ตัวเลข ณ วันที่ %1 · กดตัวเลขหรือแท่งกราฟเพื่อเปิดรายการ").replace(
                "%1", medium_date(board.as_of)
            )
        )

    def _draw(self, chart: Chart, board: Dashboard) -> None:
        if self._drawn.get(chart.key) == (chart, board.fiscal_year):
            return  # the same figures (coverage, when only the year changed)
        self._drawn[chart.key] = (chart, board.fiscal_year)
        labels = [category_label(chart.key, c) for c in chart.categories]
        title, series, number, stack_label = "", [], "{:,.0f}", None
        fy = board.fiscal_year
        if chart.key == "needs":
            title = self.tr("ความต้องการรายเดือน จำแนกตามประเภท (แท่งซ้ายสีอ่อน: ปีงบประมาณ %1)").replace(
                "%1", str(fy - 1)
            )
            for s in chart.series:
                need = Need(s.key)
                this_year = s.group == str(fy)
                shift = int(s.group) - fy
                tips = tuple(
                    self.tr("%1 · %2: %3 เรื่อง")
                    .replace("%1", need_short(need))
                    .replace("%2", _shifted_month(c, shift))
                    .replace("%3", f"{b.value:,.0f}")
                    for c, b in zip(chart.categories, s.bars, strict=True)
                )
                series.append(
                    ChartSeries(
                        need_short(need),
                        (NEED_COLORS if this_year else LAST_YEAR_COLORS)[need],
                        tuple(b.value for b in s.bars),
                        tuple(b.link for b in s.bars),
                        tips,
                        group=s.group,
                        in_legend=this_year,
                    )
                )
        elif chart.key == "status":
            title = self.tr("เรื่องที่รับในปีงบประมาณ %1 จำแนกตามสถานะปัจจุบัน").replace("%1", str(fy))
            series.append(
                _one_series(
                    chart,
                    "#4c72b0",
                    lambda c, b: f"{label_of(CaseStatus(c))}: {b.value:,.0f}",
                )
            )
        elif chart.key == "days_to_outcome":
            title = self.tr("จำนวนวันจากรับเรื่องถึงได้ผล (มัธยฐาน) จำแนกตามหน่วยงาน")
            number = "{:,.1f}"
            series.append(
                _one_series(
                    chart,
                    "#55a868",
                    lambda c, b: (
                        self.tr("%1: มัธยฐาน %2 วัน · ร้อยละ 90 ภายใน %3 วัน · %4 เรื่อง")
                        .replace("%1", agency_short(Agency(c)))
                        .replace("%2", f"{b.value:,.1f}")
                        .replace("%3", f"{b.extra:,.1f}" if b.extra is not None else "-")
                        .replace("%4", f"{b.cases or 0:,}")
                    ),
                )
            )
        else:
            title = self.tr("ตำบลที่มีอาสาสมัครแรงงานแล้ว/ตำบลทั้งหมด จำแนกตามอำเภอ")
            words = {"covered": self.tr("มีอาสาสมัคร"), "uncovered": self.tr("ยังไม่มี")}
            colors = {"covered": "#2e7d32", "uncovered": "#e39b2d"}
            for s in chart.series:
                series.append(
                    ChartSeries(
                        words[s.key],
                        colors[s.key],
                        tuple(b.value for b in s.bars),
                        tuple(b.link for b in s.bars),
                        tuple(
                            self.tr("%1: %2 %3 ตำบล")
                            .replace("%1", label)
                            .replace("%2", words[s.key])
                            .replace("%3", f"{b.value:,.0f}")
                            for label, b in zip(labels, s.bars, strict=True)
                        ),
                    )
                )
            covered = chart.series[0].bars

            def stack_label(i: int, total: float) -> str:
                return f"{covered[i].value:,.0f}/{total:,.0f}"

            self.charts[chart.key].setMinimumHeight(max(240, 26 * len(labels) + 70))
        self.chart_titles[chart.key].setText(title)
        self.legends[chart.key].setText(legend_html(series))
        self.legends[chart.key].setVisible(bool(self.legends[chart.key].text()))
        self.charts[chart.key].show_bars(
            labels,
            series,
            horizontal=chart.horizontal,
            number_format=number,
            stack_label=stack_label,
        )

    # -- behaviour -------------------------------------------------------------------------
    def _open(self, link) -> None:
        if link is not None:
            self.openList.emit(link)

    def _on_data_changed(self, what: str) -> None:
        if what == "user":
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.tiles["open"].setFocus(Qt.FocusReason.OtherFocusReason)


def _one_series(chart: Chart, color: str, tip) -> ChartSeries:
    """A chart's only series, every bar with the tooltip ``tip(category, bar)``."""
    bars = chart.series[0].bars
    return ChartSeries(
        "",
        color,
        tuple(b.value for b in bars),
        tuple(b.link for b in bars),
        tuple(tip(c, b) for c, b in zip(chart.categories, bars, strict=True)),
    )


def _shifted_month(key: str, years: int) -> str:
    year, month = (int(p) for p in key.split("-"))
    return month_key_label(f"{year + years:04d}-{month:02d}")
