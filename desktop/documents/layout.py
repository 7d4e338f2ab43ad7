"""Building blocks shared by every printed document: text that is data, wrapped Thai
paragraphs, page furniture (office header, print date, "หน้า x/y") and signature lines.

User text never becomes markup: reportlab's Paragraph parses tags and would fetch an
``<img src="http://...">``, so everything typed by a clerk goes through :func:`escape_markup`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.documents.drawing import draw_text, page_label, shaped_width
from desktop.documents.fonts import BOLD, REGULAR, register_fonts
from desktop.documents.line_stack import stack
from desktop.documents.thai_text import wrap_text
from desktop.domain.records import OfficeInfo
from desktop.domain.thai_dates import format_long

BODY_SIZE = 16  # Thai government documents use 16 pt TH Sarabun for body text
LEADING = 1.25
# Our lines are measured word by word; Paragraph measures whole runs and may come out a hair
# wider (kerning between words). Breaking a little short keeps Paragraph from re-wrapping.
_WRAP_SLACK = 1.0
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RenderCancelled(Exception):
    """The user cancelled a long render; nothing was written."""


def escape_markup(text: str) -> str:
    """``text`` as literal Paragraph content: ``A & B`` and ``<b>`` print as typed."""
    return escape(_CONTROL.sub("", text or ""))


@functools.lru_cache(maxsize=256)
def style(
    size: float = BODY_SIZE,
    *,
    bold: bool = False,
    align: int = TA_LEFT,
    space_after: float = 0,
    indent: float = 0,
) -> ParagraphStyle:
    """The paragraph style for these settings (one object per settings: not to be changed)."""
    register_fonts()
    return ParagraphStyle(
        f"sarabun-{size}-{int(bold)}-{align}",
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=size * LEADING,
        alignment=align,
        spaceAfter=space_after,
        leftIndent=indent,
        shaping=1,  # HarfBuzz: without it tone marks are dropped or misplaced
    )


_LAID_OUT: dict[tuple, tuple[tuple[str, ...], tuple[float, ...], float]] = {}
_LAID_OUT_MAX = 8192


def _laid_out(block: WrappedText, width: float):
    """A block's lines, baselines and height, worked out once per text, style and width:
    200 evaluation sheets print the same criteria and headings 200 times."""
    s = block.style
    key = (block.text, s.fontName, s.fontSize, s.leading, s.alignment, s.leftIndent, width)
    found = _LAID_OUT.get(key)
    if found is None:
        if len(_LAID_OUT) >= _LAID_OUT_MAX:
            _LAID_OUT.clear()
        block.width = width
        lines = block._wrapped(width)
        baselines, height = block._stack(lines)
        found = _LAID_OUT[key] = (tuple(lines), tuple(baselines), height)
    return found


class WrappedText(Flowable):
    """Plain text wrapped at Thai word boundaries and drawn line by line with
    :func:`draw_text` (shaped, and marked with the text it shows for extractors).

    The lines come from :func:`wrap_text`; reportlab never chooses a break itself (its own
    wrapping cuts Thai words in half). Baselines fall where a Paragraph of the same style
    puts them (the first a font size below the top, then one leading apart), so the block
    splits across pages like one.
    """

    def __init__(self, text: str, paragraph_style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = paragraph_style
        self._lines: list[str] = []
        self._baselines: list[float] = []

    def _wrapped(self, width: float) -> list[str]:
        s = self.style
        room = width - s.leftIndent - _WRAP_SLACK
        return [
            line.rstrip()
            for line in wrap_text(
                _CONTROL.sub("", self.text or ""), s.fontName, s.fontSize, max(room, 1.0)
            )
        ]

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        lines, baselines, self.height = _laid_out(self, availWidth)
        self._lines, self._baselines = list(lines), list(baselines)
        self.width = availWidth
        return self.width, self.height

    def _stack(self, lines: list[str]) -> tuple[list[float], float]:
        """Baselines and height: a plain line sits as in a Paragraph (a font size under the
        top, a leading tall); stacked marks and tails get the room their ink needs."""
        s = self.style
        align = {TA_CENTER: "centre", TA_RIGHT: "right"}.get(s.alignment, "left")
        return stack(
            [(lines, self.width - s.leftIndent, align)],
            s.fontName,
            s.fontSize,
            s.leading,
            min_ascent=s.fontSize,
            min_depth=s.leading - s.fontSize,
            edges=False,  # a table cell's padding (GRID) holds the first line's marks
        )

    def split(self, availWidth, availHeight):  # noqa: N803
        lines = self._wrapped(availWidth)
        self.width = availWidth
        # The first k lines of a block stand where the whole block puts them, so one stack
        # says how many fit: each ends its line's leading below its baseline.
        baselines, _ = self._stack(lines)
        tail = self.style.leading - self.style.fontSize
        fit = sum(1 for b in baselines if b + tail <= availHeight)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = WrappedText("\n".join(lines[:fit]), self.style)
        rest = WrappedText("\n".join(lines[fit:]), self.style)
        return [first, rest]

    def getSpaceBefore(self):  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter

    def draw(self) -> None:
        s = self.style
        align, x = "left", s.leftIndent
        if s.alignment == TA_CENTER:
            align, x = "centre", (s.leftIndent + self.width) / 2
        elif s.alignment == TA_RIGHT:
            align, x = "right", self.width
        for line, below_top in zip(self._lines, self._baselines, strict=False):
            draw_text(self.canv, x, self.height - below_top, line, s.fontName, s.fontSize, align)


def label(
    text: str,
    size: float = BODY_SIZE,
    *,
    bold: bool = False,
    align: int = TA_LEFT,
    space_after: float = 0,
    indent: float = 0,
) -> WrappedText:
    """A wrapped paragraph in Sarabun; ``text`` is printed literally."""
    return WrappedText(
        text, style(size, bold=bold, align=align, space_after=space_after, indent=indent)
    )


def title_block(
    title: str, office: OfficeInfo, printed_on: dt.date, extra: str = ""
) -> list[Flowable]:
    """Document title, office and province, optional filter line, and the print date."""
    items: list[Flowable] = [
        label(title, 20, bold=True, align=TA_CENTER),
        label(office_line(office), BODY_SIZE + 2, bold=True, align=TA_CENTER),
    ]
    if extra:
        items.append(label(extra, BODY_SIZE, align=TA_CENTER))
    items.append(label(printed_line(printed_on), BODY_SIZE, align=TA_CENTER))
    items.append(Spacer(1, 6))
    return items


def office_line(office: OfficeInfo) -> str:
    """``สำนักงานแรงงานจังหวัดเชียงใหม่ จังหวัดเชียงใหม่`` (province left out if already named)."""
    name = office.office_name.strip()
    province = office.province_name.strip()
    if not province or province in name:
        return name
    prefix = "" if province.startswith(("จังหวัด", "กรุงเทพ")) else "จังหวัด"
    return f"{name} {prefix}{province}".strip()


def printed_line(printed_on: dt.date) -> str:
    return f"พิมพ์เมื่อ {format_long(printed_on)}"


FOOTER_HEIGHT = 44.0  # frames end this far above the paper's bottom edge


def draw_footer(
    canvas: Canvas, page: int, total: int, *, left: str, margin: float, size: float = 14
) -> None:
    """Bottom line of every page: ``left`` text and "หน้า x/y" at the right margin."""
    width, _ = canvas._pagesize
    y = 18.0
    canvas.saveState()
    canvas.setStrokeGray(0.6)
    canvas.setLineWidth(0.4)
    canvas.line(margin, y + size + 1, width - margin, y + size + 1)
    draw_text(canvas, margin, y, left, REGULAR, size)
    draw_text(canvas, width - margin, y, page_label(page, total), REGULAR, size, align="right")
    canvas.restoreState()


class SignatureBlock(Flowable):
    """Three centred lines, with the dots of the first two lined up as on paper forms::

    ลงชื่อ ........................ ผู้บันทึก
          (........................)
    ตำแหน่ง ........................
    """

    def __init__(
        self,
        role: str = "",
        size: float = BODY_SIZE,
        dots: int = 28,
        name: str = "",
        below: Sequence[str] = ("ตำแหน่ง",),
    ) -> None:
        super().__init__()
        self.role, self.size, self.dots = role, size, "." * dots
        self.name = name  # pre-printed in the brackets instead of dots when known
        # The lines under the name, each ``word ........`` ending where the dots above end
        # (a person signing a consent form has a date line, not a position).
        self.below = tuple(below)

    def _parts(self) -> tuple[float, float, float]:
        sign = shaped_width("ลงชื่อ ", REGULAR, self.size)
        dots = shaped_width(self.dots, REGULAR, self.size)
        role = shaped_width(f" {self.role}", REGULAR, self.size) if self.role else 0.0
        return sign, dots, role

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        self.height = (2 + len(self.below)) * self.size * LEADING + 4
        return self.width, self.height

    def draw(self) -> None:
        sign, dots, role = self._parts()
        x = max((self.width - (sign + dots + role)) / 2, 0)  # centre the first line
        dots_x = x + sign
        leading = self.size * LEADING
        y = self.height - self.size
        canvas = self.canv
        draw_text(canvas, dots_x, y, "ลงชื่อ ", REGULAR, self.size, align="right")
        draw_text(
            canvas,
            dots_x,
            y,
            self.dots + (f" {self.role}" if self.role else ""),
            REGULAR,
            self.size,
        )
        draw_text(
            canvas,
            dots_x + dots / 2,
            y - leading,
            f"({self.name or self.dots})",
            REGULAR,
            self.size,
            align="centre",
        )
        for n, word in enumerate(self.below, start=2):
            draw_text(
                canvas,
                dots_x + dots,
                y - n * leading,
                f"{word} {self.dots}",
                REGULAR,
                self.size,
                align="right",
            )


def signature_block(
    role: str = "",
    size: float = BODY_SIZE,
    dots: int = 28,
    name: str = "",
    below: Sequence[str] = ("ตำแหน่ง",),
) -> SignatureBlock:
    """``ลงชื่อ ........ role`` / ``(........)`` or ``(name)`` / ``ตำแหน่ง ........``
    (or the ``below`` lines: ``วันที่ ........``)."""
    return SignatureBlock(role, size, dots, name, below)


GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, "#777777"),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    # Stacked marks (ฟื้ in bold) reach 0.28 em above a line's box (4.4 pt at 16 pt) and the
    # tails of ญ ฐ with ุ ู 0.08 em below it: the padding gives both room, the rules stay clear.
    ("TOPPADDING", (0, 0), (-1, -1), 5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


# A grid whose first row is its shaded header, cells 4 pt in from the rules at the sides.
HEADED_GRID = [
    *GRID,
    ("BACKGROUND", (0, 0), (-1, 0), "#E0E0E0"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]


# The padding of a compact 14 pt table: room above for stacked marks (0.28 em in bold),
# below for the tails of ญ ฐ with ุ ู (0.33 em: a point past the line box at 16 pt).
COMPACT_PADDING = [
    ("TOPPADDING", (0, 0), (-1, -1), 4.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


class KeptTable(Table):
    """A table that splits across pages between its rows, never leaving fewer than
    ``MIN_ROWS`` of them alone at the foot of a page or the head of the next (it splits
    earlier, or moves to the next page whole when it is that short)."""

    MIN_ROWS = 3

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first = len(parts[0]._cellvalues) - header
        second = len(parts[1]._cellvalues) - header
        if second >= self.MIN_ROWS and first >= self.MIN_ROWS:
            return parts
        move = self.MIN_ROWS - second
        if second >= self.MIN_ROWS or first - move < self.MIN_ROWS:
            return []  # too short to share out: the whole table goes to the next page
        rows = self._rowHeights[header + first - move : header + first]
        return super().split(availWidth, availHeight - sum(rows))


def field_table(
    rows: Sequence[tuple[str, str]], width: float, label_width: float, size: float = BODY_SIZE
) -> Table:
    """Label | value rows in a grid, labels shaded, as on the paper forms."""
    data = [[label(name, size, bold=True), label(value or "-", size)] for name, value in rows]
    table = Table(data, colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (0, -1), "#EEEEEE")]))
    return table


CELL_PADDING = 6  # reportlab's default left + right padding is 6 pt each


def label_width(labels: Iterable[str], size: float = BODY_SIZE) -> float:
    """Wide enough for the longest bold label on one line."""
    return max(shaped_width(t, BOLD, size) for t in labels) + 2 * CELL_PADDING + 2


class Heading(WrappedText):
    """A heading that never ends a page alone: with less than ``room`` points left under
    it, it starts the next page. Unlike reportlab's keepWithNext it does not hold the block
    under it together — a table that does not fit the rest of the page splits between its
    rows instead of leaving half a page empty."""

    def __init__(self, text: str, paragraph_style: ParagraphStyle, room: float) -> None:
        super().__init__(text, paragraph_style)
        self.room = room
        self._too_low = False

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        width, height = super().wrap(availWidth, availHeight)
        self._too_low = availHeight < height + self.style.spaceAfter + self.room
        # Taller than the room left: the frame asks for a split, is refused, and moves on.
        return width, (availHeight + 1 if self._too_low else height)

    def split(self, availWidth, availHeight):  # noqa: N803
        return [] if self._too_low else super().split(availWidth, availHeight)


def section_heading(text: str, size: float = BODY_SIZE + 1) -> Flowable:
    """A section's bold title: on the page of at least three lines of what follows it."""
    return Heading(text, style(size, bold=True, space_after=4), 3 * BODY_SIZE * LEADING)


class WritingLine(Flowable):
    """``prefix`` and a dotted line to the right margin, for a hand-written answer."""

    def __init__(self, prefix: str = "", size: float = BODY_SIZE) -> None:
        super().__init__()
        self.prefix, self.size = prefix, size

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width, self.height = availWidth, self.size * LEADING + 2
        return self.width, self.height

    def draw(self) -> None:
        baseline = self.size * 0.45
        used = draw_text(self.canv, 0, baseline, self.prefix, REGULAR, self.size)
        dot = shaped_width(".", REGULAR, self.size)
        count = max(int((self.width - used - 2) / dot), 0)
        draw_text(self.canv, used, baseline, "." * count, REGULAR, self.size)


def field_grid(rows: Sequence[tuple[str, str]], width: float, size: float = BODY_SIZE) -> Table:
    """Like :func:`field_table`, two label | value pairs to a row (a short field fits beside
    another); an odd last pair spans the row."""
    left, right = [name for name, _ in rows[0::2]], [name for name, _ in rows[1::2]] or [""]
    widths = [label_width(left, size), 0.0, label_width(right, size), 0.0]
    rest = width - widths[0] - widths[2]
    # Both value columns get what keeps them on one line when they can; otherwise the
    # narrower one does and the wider one wraps.
    need = [
        max(shaped_width(v or "-", REGULAR, size) + 2 * CELL_PADDING + 2 for v in values)
        for values in ([v for _, v in rows[0::2]], [v for _, v in rows[1::2]] or [""])
    ]
    if sum(need) <= rest:
        first = need[0] + (rest - sum(need)) / 2
    else:
        first = rest - need[1] if need[1] <= need[0] else need[0]
    widths[1] = min(max(first, rest * 0.35), rest * 0.65)
    widths[3] = rest - widths[1]
    data, spans = [], []
    for i in range(0, len(rows), 2):
        pairs = rows[i : i + 2]
        cells = [
            c
            for name, value in pairs
            for c in (label(name, size, bold=True), label(value or "-", size))
        ]
        if len(pairs) == 1:
            cells += ["", ""]
            spans.append(("SPAN", (1, i // 2), (3, i // 2)))
        data.append(cells)
    table = Table(data, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                *GRID,
                ("BACKGROUND", (0, 0), (0, -1), "#EEEEEE"),
                ("BACKGROUND", (2, 0), (2, -1), "#EEEEEE"),
                *spans,
            ]
        )
    )
    return table


def titled_text(title: str, text: str, size: float = BODY_SIZE) -> list[Flowable]:
    """A bold title and, indented under it, the text a user typed (``-`` when empty); the
    title never ends a page alone."""
    heading = Heading(title, style(size, bold=True), 2 * size * LEADING)
    return [heading, label(text.strip() or "-", size, indent=14)]


def side_by_side(cells: Sequence[Flowable], shares: Sequence[float], width: float) -> Table:
    """``cells`` in one row, each taking its share of the line, e.g. two writing lines. The
    frame pads its content 6 pt a side; the row stays inside that, as paragraphs do."""
    inner = width - 2 * 6
    row = Table([list(cells)], colWidths=[inner * share for share in shares])
    row.setStyle(
        TableStyle(
            [
                (pad, (0, 0), (-1, -1), 0)
                for pad in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
            ]
        )
    )
    return row
