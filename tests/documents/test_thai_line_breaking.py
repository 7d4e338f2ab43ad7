"""The Thai line breaker: word boundaries only, shaped widths, clusters never split."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.documents.fonts import text_width
from desktop.documents.thai_text import (
    break_units,
    grapheme_clusters,
    segment,
    wrap_text,
)

FONT = "Sarabun"
ADDRESSES = [
    "บ้านเลขที่ 12/3 หมู่ที่ 4 ถนนเชียงใหม่-ลำปาง ตำบลป่าตันอำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300",
    "สำนักงานแรงงานจังหวัดเชียงใหม่ศูนย์ราชการจังหวัดเชียงใหม่ถนนโชตนาตำบลช้างเผือก",
    "ปั้นน้ำเป็นตัว ที่นี่มีน้ำใจ ตั้งใจทำงานเป็นอย่างดีสม่ำเสมอ",
]


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each segmenter word; lines may end only at an ``end``."""
    spans, pos = [], 0
    for word in segment(text):
        spans.append((pos, pos + len(word), word))
        pos += len(word)
    return spans


def starts_inside_cluster(line: str) -> bool:
    return bool(line) and (unicodedata.category(line[0]) in ("Mn", "Mc") or line[0] == "\u0e33")


def test_segment_keeps_every_character():
    for text in ADDRESSES:
        assert "".join(segment(text)) == text
        assert "".join(break_units(text)) == text


def test_grapheme_clusters_keep_marks_with_their_consonant():
    assert grapheme_clusters("ปั้นสำน้ำ") == ["ปั้", "น", "สำ", "น้ำ"]
    assert grapheme_clusters("ที่นี่") == ["ที่", "นี่"]


@pytest.mark.parametrize("width", [40, 70, 110, 200, 400])
@pytest.mark.parametrize("text", ADDRESSES)
def test_lines_end_on_word_boundaries_and_fit(text, width):
    lines = wrap_text(text, FONT, 16, width)
    assert "".join(lines) == text
    spans, pos = word_spans(text), 0
    for line in lines[:-1]:
        pos += len(line)
        if any(end == pos for _, end, _ in spans):
            continue
        # Only a word too wide for any line may be cut, and only as a last resort.
        word = next(w for start, end, w in spans if start < pos < end)
        assert text_width(word, FONT, 16) > width, f"cut inside {word!r} after {line!r}"
    for line in lines:
        fits = text_width(line.rstrip(), FONT, 16) <= width
        assert fits or len(break_units(line)) == 1, f"{line!r} is too wide for {width}"


def test_break_uses_the_wider_width_to_fill_lines():
    text = ADDRESSES[0]
    assert len(wrap_text(text, FONT, 16, 400)) < len(wrap_text(text, FONT, 16, 110))
    assert wrap_text(text, FONT, 16, 10_000) == [text]


def test_number_and_punctuation_runs_are_not_split():
    lines = wrap_text("บ้านเลขที่ 123/45 หมู่ที่ 6", FONT, 16, 60)
    assert any(line.startswith("123/45") for line in lines)
    assert not any(line.startswith("/45") for line in lines)


def test_a_word_wider_than_the_line_is_cut_between_clusters_only():
    word = "ปั้นน้ำสำเร็จที่นี่"
    lines = wrap_text(word, FONT, 16, 12)
    assert len(lines) > 3
    assert "".join(lines) == word
    assert not any(starts_inside_cluster(line) for line in lines)
    clusters = grapheme_clusters(word)
    for line in lines:
        assert "".join(grapheme_clusters(line)) == line
        assert all(c in clusters for c in grapheme_clusters(line))


def test_a_long_dictionary_entry_is_cut_between_the_words_it_is_made_of():
    # One entry of the dictionary (an agency), wider than the column: it fills the line it
    # starts on and breaks between กรม สวัสดิการ และ คุ้มครอง แรงงาน, never inside คุ้มครอง.
    lines = wrap_text("→ กรมสวัสดิการและคุ้มครองแรงงาน", FONT, 14, 120)
    assert lines == ["→ กรมสวัสดิการและ", "คุ้มครองแรงงาน"]
    narrow = wrap_text("กรมสวัสดิการและคุ้มครองแรงงาน", FONT, 14, 60)
    assert narrow == ["กรม", "สวัสดิการ", "และ", "คุ้มครอง", "แรงงาน"]


def test_explicit_newlines_start_new_lines():
    assert wrap_text("หนึ่ง\nสอง\r\n\nสาม", FONT, 16, 500) == ["หนึ่ง", "สอง", "", "สาม"]


def test_no_zero_width_characters_are_added():
    for text in ADDRESSES:
        for line in wrap_text(text, FONT, 16, 60):
            assert "\u200b" not in line and "\u200c" not in line


def test_widths_are_shaped_not_per_character():
    # Marks take no width once shaped; stringWidth-style sums would count them.
    assert text_width("ที่นี่", FONT, 16) == pytest.approx(text_width("ทน", FONT, 16) * 1, rel=0.35)
    assert text_width("ที่นี่", FONT, 16) < text_width("ทีนี", FONT, 16) + 0.01
