"""Drawing shaped Thai straight onto a reportlab canvas, and the canvas that numbers pages.

Paragraphs are convenient but far too slow for a 10,000-row roster, and even
``canvas.drawString`` spends most of its time re-formatting the same shaped glyphs. Rows are
therefore drawn with :func:`draw_text`, which shapes each word once (HarfBuzz through
reportlab's ``shapeStr``), turns it into PDF text operators once per document, and then only
joins cached operator strings. The operators are the ones reportlab's text object writes for
shaped text (a glyph, then a TJ adjustment so the pen ends where HarfBuzz says; a text rise
for marks HarfBuzz moves up or down). Words never split a grapheme cluster, so marks still
stack correctly.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import get_font, text_width
from desktop.documents.thai_text import printable, segment

_CACHE_LIMIT = 100_000
_shaped_words: dict[tuple[str, float, str], str] = {}


def _shaped_word(word: str, font_name: str, size: float) -> str:
    key = (font_name, size, word)
    shaped = _shaped_words.get(key)
    if shaped is None:
        if len(_shaped_words) > _CACHE_LIMIT:  # a long-running app prints many rosters
            _shaped_words.clear()
        text_width(word, font_name, size)  # teaches the font what its glyphs stand for
        shaped = _shaped_words[key] = shapeStr(word, font_name, size)
    return shaped


def _num(value: float) -> str:
    rounded = round(value, 3)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"


def _word_operators(canvas: Canvas, word: str, font_name: str, size: float) -> str:
    """PDF operators that show ``word`` from the current pen position (cached per canvas:
    the byte codes of glyphs are assigned per document)."""
    cache: dict[tuple[str, float, str], str] = canvas.__dict__.setdefault("_ld_word_ops", {})
    key = (font_name, size, word)
    ops = cache.get(key)
    if ops is not None:
        return ops
    font = get_font(font_name)
    shaped = _shaped_word(word, font_name, size)
    data = shaped.__shapeData__ if isinstance(shaped, ShapedStr) else None
    if data is not None and _SARA_AM in word:
        shaped, data = _am_read_whole(font, word, shaped, data)
    doc = canvas._doc
    out: list[str] = []
    index = 0
    for subset, codes in font.splitString(shaped, doc):
        out.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
        if data is None:
            out.append(f"({escapePDF(codes)}) Tj")
            continue
        rise, items = 0.0, []
        for code in codes:
            glyph = data[index]
            index += 1
            glyph_rise = size * glyph.y_offset / 1000
            if glyph_rise != rise and items:
                out.append(f"[{' '.join(items)}] TJ")
                items = []
            if glyph_rise != rise:
                out.append(f"{_num(glyph_rise)} Ts")
                rise = glyph_rise
            if glyph.x_offset:
                items.append(_num(-glyph.x_offset))
            items.append(f"({escapePDF(bytes((code,)))})")
            after = glyph.width - glyph.x_advance + glyph.x_offset
            if after:
                items.append(_num(after))
        if items:
            out.append(f"[{' '.join(items)}] TJ")
        if rise:
            out.append("0 Ts")
    ops = cache[key] = " ".join(out)
    return ops


_SARA_AM = "\u0e33"
_NIKHAHIT = "\u0e4d"
_SARA_AA = "\u0e32"
# How far (1/1000 em) HarfBuzz may nudge the ring (it kerns it 10 after ก and ท) for the
# font's one ำ glyph, whose ring has no nudge, still to draw it.
_RING_IN_PLACE = 20


def _am_read_whole(font, word: str, shaped: str, data) -> tuple[str, list]:
    """``shaped`` and its glyph data with each SARA AM drawn so that it reads back as ``ำ``.

    HarfBuzz draws ำ as NIKHAHIT + SARA AA. Where the ring is the plain one (กำ, สำ: it
    stands where the font's own ำ glyph has it), the two become that one glyph, which reads
    back by itself everywhere; MuPDF, given a glyph that reads as nothing inside a span with
    ActualText, repeats the rest of the line. Where HarfBuzz moved or merged the ring (a
    tone mark over it in ม่ำ, the narrow ring of ปำ) the glyphs stay and are drawn through
    aliases (see :meth:`SarabunFont.alias`): the ring reads as its tone mark or nothing, the
    tail as ``ำ``."""
    starts = sorted({g.cluster for g in data})
    ends = dict(zip(starts, starts[1:] + [len(word)], strict=True))
    chars, glyphs = list(shaped), list(data)
    whole = font.whole_am()
    dropped: set[int] = set()
    for start in starts:
        if _SARA_AM not in word[start : ends[start]]:
            continue
        mine = [i for i, g in enumerate(data) if g.cluster == start]
        tail = next((i for i in reversed(mine) if chars[i] == _SARA_AA), None)
        ring = next((i for i in mine if _NIKHAHIT in font.text_of(chars[i])), None)
        if tail is None or ring is None:
            continue  # the font drew ำ as one glyph: it reads back by itself
        in_place = abs(data[ring].x_offset) <= _RING_IN_PLACE
        if whole is not None and chars[ring] == _NIKHAHIT and in_place:
            chars[tail] = _SARA_AM
            glyphs[tail] = data[tail]._replace(width=whole)
            dropped.add(ring)
            continue
        chars[ring] = font.alias(chars[ring], font.text_of(chars[ring]).replace(_NIKHAHIT, "", 1))
        chars[tail] = font.alias(chars[tail], _SARA_AM)
    keep = [i for i in range(len(chars)) if i not in dropped]
    return "".join(chars[i] for i in keep), [glyphs[i] for i in keep]


def shaped_width(text: str, font_name: str, size: float) -> float:
    """Width of ``text`` as :func:`draw_text` draws it (word by word)."""
    return sum(text_width(word, font_name, size) for word in segment(printable(text)))


@functools.lru_cache(maxsize=50_000)
def line_ink(text: str, font_name: str, size: float) -> tuple[float, float]:
    """(height, depth) in points of the ink of one line as :func:`draw_text` draws it."""
    font = get_font(font_name)
    height = depth = 0.0
    for word in segment(printable(text)):
        if not word.isspace():
            h, d = font.ink(word, size)
            height, depth = max(height, h), max(depth, d)
    return height, depth


@functools.lru_cache(maxsize=20_000)  # a roster's status, date and place lines repeat
def line_marks(text: str, font_name: str, size: float, offset: float = 0.0) -> tuple[tuple, tuple]:
    """:meth:`SarabunFont.mark_boxes` of a whole line drawn from ``offset``: its stacked
    marks (x0, x1, height) and its tails (x0, x1, depth), in points."""
    font = get_font(font_name)
    tall: list = []
    deep: list = []
    x = offset
    for word in segment(printable(text)):
        if not word.isspace():
            t, d = font.mark_boxes(word, size)
            tall += [(x + a, x + b, h) for a, b, h in t]
            deep += [(x + a, x + b, h) for a, b, h in d]
        x += font.shaped_width(word, size)
    return tuple(tall), tuple(deep)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font_name: str,
    size: float,
    align: str = "left",
) -> float:
    """Draw one line of text with its baseline at ``y``; returns its width.

    ``align`` is "left" (``x`` is the start), "right" (``x`` is the end) or "centre".
    """
    text = printable(text)  # the line breaker's holds are not drawn
    if not text:
        return 0.0
    words = segment(text)
    width = sum(text_width(word, font_name, size) for word in words)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    ops = " ".join(_word_operators(canvas, word, font_name, size) for word in words)
    # Text state (font, rise) is set inside this BT block and rise is reset before ET, so
    # reportlab's own text drawing, which always sets its font, is unaffected. The line is
    # marked with what it says (ActualText): shaped glyphs alone give extractors marks
    # out of order, ำ in two pieces and, in some, no spaces; with it pdfium, MuPDF and
    # Acrobat read, copy and search the line exactly as it was typed.
    canvas.addLiteral(
        f"/Span <</ActualText {actual_text(text)}>> BDC"
        f" BT 1 0 0 1 {_num(x)} {_num(y)} Tm {ops} ET EMC"
    )
    return width


def actual_text(text: str) -> str:
    """``text`` (NFC) as a PDF text string in UTF-16 with its byte-order mark, hex-coded."""
    return f"<FEFF{unicodedata.normalize('NFC', text).encode('utf-16-be').hex().upper()}>"


def page_label(page: int, total: int) -> str:
    return f"หน้า {page}/{total}"


Stamp = Callable[[Canvas, int, int], None]


class NumberedCanvas(Canvas):
    """A canvas that holds every page back until the end, so each can say "หน้า x/y".

    ``stamp(canvas, page, total)`` draws whatever needs the page total; it runs once per page
    when the document is saved.
    """

    def __init__(self, *args, stamp: Stamp, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._stamp = stamp
        self._held_pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._stamp(self, number, total)
            super().showPage()
        self.page_total = total
        super().save()


def numbered_canvas(stamp: Stamp) -> Callable[..., NumberedCanvas]:
    """A ``canvasmaker`` for ``doc.build`` that stamps page numbers with ``stamp``."""
    return functools.partial(NumberedCanvas, stamp=stamp)
