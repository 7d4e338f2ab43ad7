"""Thai word segmentation and line breaking for printed documents.

Thai is written without spaces between words, and reportlab's own wrapping breaks it anywhere,
even inside a syllable. Here lines break only where pythainlp's ``newmm`` segmenter puts a word
boundary (or at whitespace), widths are the shaped widths of the Sarabun font, and a word wider
than a whole line is cut, as a last resort, between grapheme clusters (never inside สำ or ปั้).

pythainlp is imported on first use: it takes a moment to load its dictionary and the
application should start without that cost.
"""

from __future__ import annotations

import functools
import os
import re
import threading
import unicodedata
from collections.abc import Callable

from desktop.documents.fonts import text_width
from desktop.paths import configure_thai_nlp

# Breakable whitespace: every white space but the no-break space, which holds a unit together.
_WHITESPACE = re.compile(r"([^\S\u00a0]+)")
_NO_BREAK_BEFORE = "ๆฯ"  # repetition and abbreviation marks belong to the word before
WORD_JOINER = "\u2060"  # no line break here (between the words of a name)
NO_BREAK_SPACE = "\u00a0"  # a space that never breaks (inside a name, "หมู่ที่ 4")
_HOLD = WORD_JOINER + NO_BREAK_SPACE
_segment_lock = threading.Lock()


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _extends_cluster(ch: str) -> bool:
    """True for characters that attach to the one before (marks, SARA AM, joiners)."""
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or ch in "\u0e33\u0eb3\u200c\u200d"  # SARA AM/Lao AM are spacing marks in UAX #29
    )


def grapheme_clusters(text: str) -> list[str]:
    """Split ``text`` into user-perceived characters: ``"ปั้น"`` → ``["ปั้", "น"]``."""
    clusters: list[str] = []
    for ch in text:
        if clusters and (_extends_cluster(ch) or (ch == "\n" and clusters[-1] == "\r")):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


@functools.cache
def _newmm() -> Callable[[str], list[str]]:
    """newmm with pythainlp's word list and every province, district and subdistrict name
    geothai knows: unknown to the dictionary, ``สันต้นหมื้อ`` came apart as ``สัน ต้น ห มื้อ``
    and a narrow column could break it inside a syllable."""
    # pythainlp creates ~/pythainlp-data on import unless told otherwise. It refuses to start
    # when both its new and its deprecated variable are set, so only the new one is used.
    if not os.environ.get("PYTHAINLP_DATA_DIR"):
        configure_thai_nlp()
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import newmm
    from pythainlp.util import dict_trie

    from desktop import areas

    words = set(thai_words()) | areas.all_names()
    trie = dict_trie(words)
    return functools.partial(newmm.segment, custom_dict=trie)


# Longer dictionary entries are compounds (agency and place names); within one, its words.
_SHORT_WORD = 12


@functools.cache
def _newmm_short() -> Callable[[str], list[str]]:
    """newmm with only the shorter words of its dictionary, to find the words inside a long
    entry that must be cut: ``กรมสวัสดิการและคุ้มครองแรงงาน`` → กรม สวัสดิการ และ คุ้มครอง แรงงาน."""
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import newmm
    from pythainlp.util import dict_trie

    _newmm()  # the data folder is set up there
    trie = dict_trie({w for w in thai_words() if len(w) <= _SHORT_WORD})
    return functools.partial(newmm.segment, custom_dict=trie)


@functools.lru_cache(maxsize=2_000)
def _words_within(word: str) -> list[str]:
    if not any(_is_thai(ch) for ch in word):
        return [word]
    with _segment_lock:
        segment_short = _newmm_short()
    return list(segment_short(word))


@functools.lru_cache(maxsize=50_000)
def _segment_chunk(chunk: str) -> tuple[str, ...]:
    if not any(_is_thai(ch) for ch in chunk):
        return (chunk,)
    with _segment_lock:  # the dictionary trie is loaded once, by one thread
        segment = _newmm()
    return tuple(segment(chunk))


def segment(text: str) -> list[str]:
    """Words and whitespace runs of ``text``; ``"".join(segment(t)) == t``.

    Whitespace always separates words, so each space-free chunk is segmented (and cached) on
    its own: addresses and names repeat the same chunks over and over.
    """
    return list(_segment_line(text))


@functools.lru_cache(maxsize=100_000)
def _segment_line(text: str) -> tuple[str, ...]:
    """:func:`segment`, cached per line: a page measures, lays out and draws each line."""
    words: list[str] = []
    for chunk in _WHITESPACE.split(text):
        if chunk:
            words.extend((chunk,) if chunk.isspace() else _segment_chunk(chunk))
    return tuple(words)


def unbreakable(text: str) -> str:
    """``text`` as one unit the line breaker keeps on one line (a name, ``ต.สันต้นหมื้อ``,
    ``หมู่ที่ 10``): spaces become no-break spaces and a word joiner goes between its words.
    Only a unit wider than its whole column breaks: at a no-break space first, then between
    words. :func:`printable` gives the text back as typed."""
    words = [NO_BREAK_SPACE * len(w) if w.isspace() else w for w in segment(text.strip())]
    out = ""
    for word in words:
        if out and out[-1] != NO_BREAK_SPACE and word[0] != NO_BREAK_SPACE:
            out += WORD_JOINER
        out += word
    return out


def units(*parts: str) -> str:
    """Parts that may break only between them (an address: house, หมู่, soi, ต., อ., จ.)."""
    return " ".join(unbreakable(p) for p in parts if p and p.strip())


def printable(text: str) -> str:
    """``text`` as drawn and as extractors read it: without the breaker's holds."""
    if WORD_JOINER not in text and NO_BREAK_SPACE not in text:
        return text
    return text.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")


def _may_break_between(before: str, after: str) -> bool:
    """Whether a line may end between two neighbouring segmenter words."""
    if before[-1] in _HOLD or after[0] in _HOLD:
        return False  # inside a unit
    if after.isspace():
        return False  # whitespace stays at the end of the line it follows
    if before[-1].isspace():
        return True
    # Between Thai words only: newmm splits "12/3" into "12", "/3" and "ถนน-" from "-ลำปาง".
    return (
        _is_thai(before[-1])
        and _is_thai(after[0])
        and after[0] not in _NO_BREAK_BEFORE
        and not _extends_cluster(after[0])
    )


def break_units(text: str) -> list[str]:
    """``text`` cut at every allowed line break; whitespace ends the unit before it."""
    units: list[str] = []
    for word in segment(text):
        if units and not _may_break_between(units[-1], word):
            units[-1] += word
        else:
            units.append(word)
    return units


def wrap_text(text: str, font_name: str, size: float, max_width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width`` points when shaped in the font.

    Lines end only at word boundaries or whitespace, and ``"\\n"`` always ends a line. The
    whitespace at a break stays at the end of the line before it (and does not count towards
    its width), so joining the lines of each paragraph gives that paragraph back exactly.
    An empty paragraph is one empty line.
    """

    def width(s: str) -> float:
        return text_width(printable(s), font_name, size)

    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, max_width))
    return lines


def _wrap_paragraph(paragraph: str, width: Callable[[str], float], max_width: float) -> list[str]:
    lines: list[str] = []
    line, line_width = "", 0.0  # line_width includes trailing whitespace already placed
    for unit in break_units(paragraph):
        visible = unit.rstrip()
        unit_ink = width(visible) if visible else 0.0
        unit_full = unit_ink + (width(unit[len(visible) :]) if len(visible) < len(unit) else 0.0)
        if unit_ink > max_width:  # wider than any line: it fills this one, then the next
            for atom in _atoms(visible, width, max_width):
                if line and width((line + atom).rstrip(NO_BREAK_SPACE)) > max_width:
                    lines.append(line)
                    line = ""
                line += atom
            line += unit[len(visible) :]
            line_width = width(line)
            continue
        if line and line_width + unit_ink > max_width:
            lines.append(line)
            line, line_width = "", 0.0
        line += unit
        line_width += unit_full
    lines.append(line)
    return lines


def _atoms(word: str, width: Callable[[str], float], max_width: float) -> list[str]:
    """The pieces a unit too wide for its column may be cut into, each no wider than a line.

    First its no-break spaces (a name between first name and surname), then the words the
    segmenter sees inside it (``เชียงใหม่-ลำปาง``; inside one long dictionary entry, the
    words it is made of), and a single word between grapheme clusters, so a cut never
    separates a mark from its consonant.
    """
    if NO_BREAK_SPACE in word.strip(NO_BREAK_SPACE):
        atoms: list[str] = []
        for part in re.split(f"(?<={NO_BREAK_SPACE})(?=[^{NO_BREAK_SPACE}])", word):
            visible = part.rstrip(NO_BREAK_SPACE)
            if width(visible) <= max_width:
                atoms.append(part)
            else:
                *whole, last = _atoms(visible.replace(NO_BREAK_SPACE, " "), width, max_width)
                atoms.extend([*whole, last + part[len(visible) :]])
        return atoms
    word = word.replace(WORD_JOINER, "")
    words = segment(word)
    if len(words) == 1:  # one dictionary entry (กรมสวัสดิการและคุ้มครองแรงงาน): its words
        words = _words_within(word)
    if len(words) == 1:
        return grapheme_clusters(word)
    atoms = []
    for part in words:
        atoms.extend([part] if width(part) <= max_width else _atoms(part, width, max_width))
    return atoms
