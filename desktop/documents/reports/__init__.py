"""A report on paper: the title block, the charts, then each table under its heading, A4
landscape in Sarabun. Later pages repeat the report's title and period at the top, a table
that runs over pages repeats its header row, and every page ends "พิมพ์เมื่อ … หน้า x/y".

Numbers print with thousands separators, shares and days with one decimal, and a figure
that cannot be worked out (a median of no cases) as "-".
"""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.documents.drawing import draw_text
from desktop.documents.fonts import REGULAR, register_fonts
from desktop.documents.layout import GRID, label, title_block
from desktop.documents.page import build_simple
from desktop.documents.reports.charts import ChartFlowable
from desktop.domain.records import OfficeInfo
from desktop.domain.reports import Report, ReportTable

__all__ = ["cell_text", "render_report"]

PAGE = landscape(A4)
MARGIN = 1.5 * cm
SIZE = 13
WIDE_SIZE = 11  # tables of many columns (a column a month)
CHART_HEIGHT = 6.4 * cm
COMPACT_CHART_HEIGHT = 7.0 * cm
KEEP_ROWS = 15


def cell_text(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return str(value)


def _widths(table: ReportTable, width: float, size: float, *, compact: bool = False) -> list[float]:
    """Text columns share what the number columns leave; numbers get what fits them."""
    n = len(table.headers)
    if compact:  # one page: the first column takes the labels, the rest share what is left
        first = min(8.5 * cm, width * 0.34)
        return [first] + [(width - first) / (n - 1)] * (n - 1)
    sample = [*table.rows[:50], *([table.totals] if table.totals else [])]
    is_text = [
        any(isinstance(r[i], str) and r[i] not in ("", "-") for r in sample) or not sample
        for i in range(n)
    ]
    if not any(is_text):
        is_text[0] = True
    number_w = max(1.6 * cm, min(3.4 * cm, (width * 0.55) / max(1, n - sum(is_text))))
    if n > 8:
        number_w = (width - 4.2 * cm) / (n - 1)
        return [4.2 * cm] + [number_w] * (n - 1)
    rest = width - number_w * (n - sum(is_text))
    text_w = rest / max(1, sum(is_text))
    return [text_w if t else number_w for t in is_text]


def _table(table: ReportTable, width: float, *, compact: bool = False) -> list[Flowable]:
    size = WIDE_SIZE if compact or len(table.headers) > 8 else SIZE
    widths = _widths(table, width, size, compact=compact)

    def row(values, bold: bool = False) -> list[Flowable]:
        cells = []
        for v in values:
            align = TA_LEFT if isinstance(v, str) else TA_RIGHT
            cells.append(label(cell_text(v), size, bold=bold, align=align))
        return cells

    data = [[label(h, size, bold=True, align=TA_CENTER) for h in table.headers]]
    data.extend(row(r) for r in table.rows)
    extra = []
    if not table.rows:
        data.append([label("ไม่มีข้อมูลในช่วงนี้", size), *[label("", size)] * (len(widths) - 1)])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    if table.totals is not None:
        data.append(row(table.totals, bold=True))
        extra += [
            ("BACKGROUND", (0, -1), (-1, -1), "#F2F2F2"),
            ("LINEABOVE", (0, -1), (-1, -1), 1.2, "#333333"),
        ]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                *GRID,
                ("TOPPADDING", (0, 0), (-1, -1), 0 if compact else 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if compact else 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0"),
                *extra,
            ]
        )
    )
    heading = label(table.title, SIZE + 3, bold=True, space_after=3)
    parts: list[Flowable] = [heading, t]
    if table.note:
        parts.append(label(f"หมายเหตุ: {table.note}", SIZE - 1))
    # A short table stays on one page with its heading; a long one runs on, its header repeated.
    if len(table.rows) <= KEEP_ROWS:
        return [KeepTogether(parts), Spacer(1, 10)]
    return [CondPageBreak(3.5 * cm), *parts, Spacer(1, 10)]


class _SideBySide(Flowable):
    """Charts drawn next to each other, each in an equal share of the width, as high as
    ``height`` or what is left of the page, whichever is less (never below ``least``)."""

    def __init__(self, parts: list, width: float, height: float, gap: float, least: float) -> None:
        super().__init__()
        self.parts, self.width, self.height, self.gap = parts, width, height, gap
        self.most, self.least = height, least

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.height = max(self.least, min(self.most, availHeight - 1))
        for part in self.parts:
            part.height = self.height
        return self.width, self.height

    def draw(self) -> None:
        each = (self.width - self.gap * (len(self.parts) - 1)) / len(self.parts)
        for i, part in enumerate(self.parts):
            part.wrap(each, self.height)
            part.drawOn(self.canv, i * (each + self.gap), 0)


def _one_page(report: Report, width: float) -> list[Flowable]:
    """The compact layout of a one-page report: its tables in the smaller type, then its
    charts side by side in one row, lower than the usual ones."""
    story: list[Flowable] = []
    for table in report.tables:
        story.extend(_table(table, width, compact=True))
    if report.charts:
        gap = 0.8 * cm
        each = (width - gap * (len(report.charts) - 1)) / len(report.charts)
        charts = [ChartFlowable(c, each, COMPACT_CHART_HEIGHT) for c in report.charts]
        story.append(_SideBySide(charts, width, COMPACT_CHART_HEIGHT, gap, 4.0 * cm))
    return story


def render_report(
    out: str | BinaryIO, office: OfficeInfo, report: Report, *, printed_on: dt.date
) -> int:
    """Write ``report`` as a PDF to ``out`` (path or binary stream); returns the page count."""
    register_fonts()
    width = PAGE[0] - 2 * MARGIN
    running = f"{report.title} · {report.period_text}"

    def later_page(canvas, doc) -> None:
        draw_text(canvas, MARGIN, PAGE[1] - MARGIN + 14, running, REGULAR, 11)

    story: list[Flowable] = [*title_block(report.title, office, printed_on, report.period_text)]
    if report.one_page:
        story.extend(_one_page(report, width))
    else:
        for chart in report.charts:
            story.append(KeepTogether([ChartFlowable(chart, width, CHART_HEIGHT), Spacer(1, 12)]))
        for table in report.tables:
            story.extend(_table(table, width))
    return build_simple(
        out,
        story,
        pagesize=PAGE,
        margins=(MARGIN, MARGIN, MARGIN),
        title=report.title,
        author=office.office_name,
        printed_on=printed_on,
        later_pages=later_page,
    )
