"""Sarabun for reportlab: registration, shaped text widths, and searchable Thai text.

reportlab shapes Thai with HarfBuzz, which swaps many marks for variant glyphs (``uni0E49.small``
under a tall vowel, ``uni0E4D0E49`` for the ligature in น้ำ). Those glyphs have no Unicode value
in the font's cmap, so reportlab invents a private-use code point for each and writes *that* into
the PDF's ToUnicode CMap: text extracted from the PDF then reads ``ตั\\uFFFDง`` instead of ตั้ง.

:class:`SarabunFont` fixes the mapping without touching reportlab itself. Whenever our code
measures text it shapes it with HarfBuzz (the same features and cluster level reportlab uses) and,
from HarfBuzz's cluster indexes, records which source characters each cmap-less glyph stands
for. When reportlab writes the font into a PDF we rewrite the ToUnicode CMaps so that each
private code point maps to those characters (one glyph may map to several, e.g. ``uni0E4D0E49``
→ "้ํ"). Extracted text then equals the source after NFKD normalisation (สำ comes back as the
canonical ส ํ า).
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

import uharfbuzz as hb
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import font_file

REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"

# The features and cluster level reportlab's shapeFragWord uses: glyphs and clusters we learn
# from must be the ones it puts into the PDF.
_FEATURES = {"kern": True, "liga": True, "dlig": True}
_PRIVATE_USE = range(0xE000, 0xF900)
_UNI_NAME = re.compile(r"^uni((?:[0-9A-F]{4})+)$")
_U_NAME = re.compile(r"^u([0-9A-F]{4,6})$")
_MARK_PDF_WIDTH = 300  # font units; more than any leftward mark offset Sarabun uses
_ALIAS_FIRST = 0xF700  # ำ's aliases (below reportlab's private codes' 0xF800 limit)
_register_lock = threading.Lock()


def _nfkd(text: str) -> str:
    return unicodedata.normalize("NFKD", text)


def _chars_named_by(glyph_name: str) -> str:
    """Characters a glyph's production name spells out: ``uni0E4D0E48.narrow`` → "ํ่"."""
    stem = glyph_name.split(".", 1)[0]
    if m := _UNI_NAME.match(stem):
        hexes = m[1]
        return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
    if m := _U_NAME.match(stem):
        return chr(int(m[1], 16))
    return ""


def _take(pool: list[str], chars: str) -> str | None:
    """Remove ``chars`` from ``pool`` if all of them are there; return them in pool order.

    Pool order is the source's canonical (NFKD) order, which a glyph name need not follow:
    ``uni0E4D0E49`` draws ํ and ้ but stands for "้ํ".
    """
    wanted = list(chars)
    taken, kept = [], []
    for ch in pool:
        if ch in wanted:
            wanted.remove(ch)
            taken.append(ch)
        else:
            kept.append(ch)
    if wanted:
        return None
    pool[:] = kept
    return "".join(taken)


class SarabunFont(TTFont):
    """A TTFont that measures shaped text and maps substituted glyphs back to their text."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        # The cmap as loaded, before reportlab adds private code points to it.
        self._cmap_text = {gid: chr(codes[0]) for gid, codes in self.face.glyphToChar.items()}
        self._cmap_codes = frozenset(self.face.charToGlyph)
        self._hb_font = hb.Font(hb.Face(hb.Blob.from_file_path(filename)))
        self._upem = self._hb_font.face.upem
        self._glyph_text: dict[int, str] = {}
        self._advances: dict[str, int] = {}
        self._inks: dict[str, tuple[int, int]] = {}
        self._boxes: dict = {}  # text -> boxes in font units; (text, size) -> in points
        self._aliases: dict[tuple[int, str], int] = {}  # (glyph, what it reads as) -> code
        self._alias_text: dict[int, str] = {}

    # -- shaping inside reportlab -------------------------------------------------------------

    def hbFont(self, fontSize=10):  # noqa: N802, N803 (reportlab's names)
        font = super().hbFont(fontSize)
        # reportlab re-binds its private-code allocator on every call; wrap the fresh one.
        self.hbAddPrivate = functools.partial(self._add_private, self.hbAddPrivate)
        return font

    def _add_private(self, allocate, name: str, gid: int, advance: float) -> int:
        uchar = allocate(name, gid, advance)
        # reportlab draws a zero-width mark shifted left as "[163 (mark) -163] TJ"; text
        # extractors read the -163 as a word gap and put a space inside the word (ปั้ น).
        # A nominal PDF width makes the pen move after the mark leftward instead. The drawing
        # is unchanged: reportlab offsets each glyph by (PDF width - HarfBuzz advance).
        if not self.face.charWidths.get(uchar):
            self.face.charWidths[uchar] = _MARK_PDF_WIDTH
        return uchar

    # -- measuring ---------------------------------------------------------------------------

    def shaped_width(self, text: str, size: float) -> float:
        """Width of ``text`` in points as HarfBuzz lays it out (cached per string)."""
        units = self._advances.get(text)
        if units is None:
            units = self._advances[text] = self._shape(text)
        return units * size / self._upem

    def ink(self, text: str, size: float) -> tuple[float, float]:
        """(height, depth) in points of the ink of ``text`` as shaped: how far above the
        baseline its highest mark reaches (ปั้ and ฟื้ stack to 1.25 em) and how far below
        its lowest tail goes (ฏู: 0.54 em). Layouts size their lines and padding from it so
        no mark touches a rule or the line above."""
        units = self._inks.get(text)
        if units is None:
            top, bottom = 0, 0
            for _x0, _x1, high, low in self._glyph_boxes(text):
                top, bottom = max(top, high), min(bottom, low)
            units = self._inks[text] = (top, -bottom)
        return units[0] * size / self._upem, units[1] * size / self._upem

    def _glyph_boxes(self, text: str) -> list[tuple[int, int, int, int]]:
        """(x0, x1, top, bottom) in font units of each inked glyph of ``text`` as shaped."""
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        hb.shape(self._hb_font, buf, _FEATURES)
        out, pen = [], 0
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            e = self._hb_font.get_glyph_extents(info.codepoint)
            if e is not None and e.width:
                x0 = pen + pos.x_offset + e.x_bearing
                top = pos.y_offset + e.y_bearing
                out.append((x0, x0 + e.width, top, top + e.height))
            pen += pos.x_advance
        return out

    def mark_boxes(self, text: str, size: float) -> tuple[tuple, tuple]:
        """Where ``text``'s ink reaches high or low, as boxes in points from its start:
        ``(tall, deep)`` with tall = ((x0, x1, height above the baseline), …) for glyphs
        above 0.4 em (consonant bodies, ไ's stem, stacked marks) and deep = ((x0, x1, depth
        below it), …) for every glyph (bodies end at the baseline; ุ ู and the tails of
        ญ ฐ ฏ go below it, ฏู to 0.54 em). A line touches the one above only where one of
        its tall boxes meets a deep one, so a layout checks those alone: whatever lies
        below 0.4 em clears the deepest tail at any leading from 0.94 em up."""
        found = self._boxes.get((text, size))
        if found is not None:
            return found
        units = self._boxes.get(text)
        if units is None:
            high_limit = 0.4 * self._upem
            boxes = self._glyph_boxes(text)
            tall = tuple((x0, x1, top) for x0, x1, top, _b in boxes if top > high_limit)
            deep = tuple((x0, x1, -low) for x0, x1, _t, low in boxes)
            units = self._boxes[text] = (tall, deep)
        scale = size / self._upem

        def scaled(boxes):
            return tuple((a * scale, b * scale, c * scale) for a, b, c in boxes)

        found = self._boxes[(text, size)] = (scaled(units[0]), scaled(units[1]))
        return found

    def learn(self, text: str) -> None:
        """Make sure every glyph ``text`` shapes to can be mapped back to characters."""
        if text not in self._advances:
            self._advances[text] = self._shape(text)

    def _shape(self, text: str) -> int:
        buf = hb.Buffer()
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        buf.add_str(text)
        buf.guess_segment_properties()
        hb.shape(self._hb_font, buf, _FEATURES)
        gids = [info.codepoint for info in buf.glyph_infos]
        if any(gid not in self._cmap_text and gid not in self._glyph_text for gid in gids):
            self._learn_clusters(text, [info.cluster for info in buf.glyph_infos], gids)
        return sum(pos.x_advance for pos in buf.glyph_positions)

    def _learn_clusters(self, text: str, clusters: list[int], gids: list[int]) -> None:
        starts = sorted(set(clusters))
        ends = dict(zip(starts, starts[1:] + [len(text)], strict=True))
        groups: dict[int, list[int]] = {}
        for cluster, gid in zip(clusters, gids, strict=True):
            groups.setdefault(cluster, []).append(gid)
        for start, glyphs in groups.items():
            unknown = [g for g in glyphs if g not in self._cmap_text]
            if not unknown:
                continue
            # What the cluster says minus what its ordinary glyphs already say is what the
            # substituted glyphs stand for.
            pool = list(_nfkd(text[start : ends[start]]))
            for g in glyphs:
                if g in self._cmap_text:
                    _take(pool, _nfkd(self._cmap_text[g]))
            found: dict[int, str] = {}
            for g in unknown:  # names like uni0E4D0E48 say how to share the rest out
                hint = _nfkd(_chars_named_by(self._hb_font.glyph_to_string(g)))
                if hint and (taken := _take(pool, hint)) is not None:
                    found[g] = taken
            for g in unknown:
                if g not in found:
                    found[g], pool = "".join(pool), []
            if pool:  # nothing left unnamed to carry it: keep the text rather than lose it
                found[unknown[0]] += "".join(pool)
            for g, chars in found.items():
                self._glyph_text.setdefault(g, chars)

    def glyph_text(self, gid: int) -> str | None:
        """Source characters a cmap-less glyph stands for, if known."""
        known = self._glyph_text.get(gid)
        if known is None:
            named = _nfkd(_chars_named_by(self._hb_font.glyph_to_string(gid)))
            known = named or None
        return known

    # -- ำ read back whole ------------------------------------------------------------------

    def alias(self, char: str, text: str) -> str:
        """A private code drawing the same glyph as ``char`` but read back as ``text``.

        HarfBuzz draws SARA AM as two glyphs (NIKHAHIT, merged with any tone mark, and SARA
        AA), which extractors without ActualText read as ``ํ`` + ``า``. Where they cannot be
        the font's one ำ glyph (:func:`drawing._am_read_whole`) they are drawn through
        aliases: the ring reads as the tone it carries, the tail as ``ำ``, so ``ม่ำ`` copies
        as typed."""
        code = ord(char)
        gid = self.face.charToGlyph[code]
        key = (gid, text)
        alias = self._aliases.get(key)
        if alias is None:
            alias = _ALIAS_FIRST
            while alias in self.face.charToGlyph:
                alias += 1
            self.face.charToGlyph[alias] = gid
            self.face.glyphToChar.setdefault(gid, []).append(alias)
            self.face.charWidths[alias] = self.face.charWidths.get(code, 0)
            self._aliases[key] = alias
            self._alias_text[alias] = text
        return chr(alias)

    def whole_am(self) -> float | None:
        """The PDF width of the font's own one-glyph ำ, if it has one (Sarabun does)."""
        if 0x0E33 not in self._cmap_codes:
            return None
        return self.face.charWidths.get(0x0E33)

    def text_of(self, char: str) -> str:
        """What a drawn code reads back as (its character, or what its glyph stands for)."""
        return self._code_text(ord(char))

    # -- writing the PDF ---------------------------------------------------------------------

    def addObjects(self, doc) -> None:  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        if state is None:
            super().addObjects(doc)
            return
        subsets = [list(s) for s in state.subsets]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for subset, internal_name in zip(subsets, names, strict=True):
            texts = [self._code_text(code) for code in subset]
            if texts == [chr(code) for code in subset]:
                continue
            stream = doc.idToObject[fonts[internal_name].ToUnicode.name]
            stream.content = _to_unicode_cmap(fonts[internal_name].BaseFont, texts)

    def _code_text(self, code: int) -> str:
        if code in self._alias_text:
            return self._alias_text[code]
        if code in self._cmap_codes or code not in _PRIVATE_USE:
            return chr(code)
        gid = self.face.charToGlyph.get(code)
        text = self.glyph_text(gid) if gid is not None else None
        return chr(code) if text is None else text


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap mapping byte ``i`` of a subset to ``texts[i]`` (any length, may be empty)."""
    head = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(texts) - 1:02X}>",
        "endcodespacerange",
    ]
    body: list[str] = []
    entries = list(enumerate(texts))
    for i in range(0, len(entries), 100):  # the PDF spec allows 100 entries per block
        block = entries[i : i + 100]
        body.append(f"{len(block)} beginbfchar")
        body.extend(f"<{code:02X}> <{_utf16_hex(text)}>" for code, text in block)
        body.append("endbfchar")
    tail = ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(head + body + tail)


DOCUMENT_LANG = "th-TH"


def register_fonts() -> None:
    """Register ``Sarabun`` and ``Sarabun-Bold`` with reportlab (safe to call repeatedly),
    and have every PDF say it is Thai (``/Lang (th-TH)``: screen readers and search tools
    then read it as Thai)."""
    rl_config.documentLang = DOCUMENT_LANG
    with _register_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, style in ((REGULAR, "Regular"), (BOLD, "Bold")):
            if name not in registered or not isinstance(pdfmetrics.getFont(name), SarabunFont):
                pdfmetrics.registerFont(SarabunFont(name, str(font_file(style))))
                _fonts.pop(name, None)
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )


_fonts: dict[str, SarabunFont] = {}


def get_font(name: str) -> SarabunFont:
    font = _fonts.get(name)  # measuring calls this for every word: skip the registry
    if font is None:
        register_fonts()
        found = pdfmetrics.getFont(name)
        if not isinstance(found, SarabunFont):
            raise ValueError(f"{name} is not a Sarabun font registered by desktop.documents")
        font = _fonts[name] = found
    return font


def text_width(text: str, font_name: str, size: float) -> float:
    """Shaped width of ``text`` in points (cached per string and font)."""
    return get_font(font_name).shaped_width(text, size)
