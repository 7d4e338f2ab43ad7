"""Text extracted from our PDFs equals the source: substituted Thai mark glyphs map back."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from doc_samples import bad_characters, nfkd, pdf_pages_text
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from desktop.documents.drawing import draw_text
from desktop.documents.fonts import BOLD, REGULAR, SarabunFont, get_font, register_fonts
from desktop.documents.layout import label
from desktop.resources import font_file

# Each of these makes HarfBuzz substitute a glyph that has no Unicode value in Sarabun's cmap
# (uni0E49.small, uni0E47.narrow, uni0E4D0E49 ...), or decompose SARA AM.
WORDS = [
    "ตั้ง",
    "เป็น",
    "ที่นี่",
    "สำ",
    "ปั้น",
    "น้ำ",
    "ป่ำ",
    "ปี่",
    "ฝ้าย",
    "ญู",
    "ฐุ",
    "ฎุ",
    "กิ๊ฟ",
    "ปั่น",
    "สม่ำเสมอ",
    "พี่น้อง",
]
SENTENCE = " ".join(WORDS)


def _canvas_pdf(font: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    draw_text(canvas, 40, 700, SENTENCE, font, 16)
    canvas.save()
    return out.getvalue()


def _paragraph_pdf(font_bold: bool) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out).build([label(SENTENCE, bold=font_bold)])
    return out.getvalue()


@pytest.mark.parametrize(
    "make_pdf",
    [
        lambda: _canvas_pdf(REGULAR),
        lambda: _canvas_pdf(BOLD),
        lambda: _paragraph_pdf(False),
        lambda: _paragraph_pdf(True),
    ],
    ids=["canvas-regular", "canvas-bold", "paragraph-regular", "paragraph-bold"],
)
def test_extracted_thai_equals_source(make_pdf):
    text = "\n".join(pdf_pages_text(make_pdf()))
    assert bad_characters(text) == []
    assert nfkd(text).split() == nfkd(SENTENCE).split()


_PLAIN_REPORTLAB = """
import sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
pdfmetrics.registerFont(TTFont("Plain", sys.argv[1]))
canvas = Canvas(sys.argv[2])
canvas.setFont("Plain", 16)
canvas.drawString(40, 700, shapeStr(sys.argv[3], "Plain", 16))
canvas.save()
"""


def test_plain_reportlab_font_would_garble_these_words(tmp_path):
    # Guards the test above: with reportlab's own TTFont the same words extract as U+FFFD or
    # private-use characters, so passing it proves the fix, not the font. (A separate process:
    # reportlab maps a second registration of the same face onto the first font object.)
    out = tmp_path / "plain.pdf"
    script = [sys.executable, "-c", _PLAIN_REPORTLAB, str(font_file("Regular")), str(out), SENTENCE]
    subprocess.run(script, check=True, timeout=60)
    assert bad_characters("".join(pdf_pages_text(out.read_bytes())))


def test_ligature_glyph_maps_to_both_marks_in_source_order():
    font = get_font(REGULAR)
    font.learn("น้ำ")
    ligature = next(g for g, text in font._glyph_text.items() if len(text) == 2)
    assert nfkd(font.glyph_text(ligature)) in nfkd("น้ำ")


def test_registration_is_idempotent():
    register_fonts()
    first = pdfmetrics.getFont(REGULAR)
    register_fonts()
    assert pdfmetrics.getFont(REGULAR) is first
    assert isinstance(first, SarabunFont) and isinstance(pdfmetrics.getFont(BOLD), SarabunFont)
    assert get_font(REGULAR) is first


def test_no_space_is_read_inside_words_with_shifted_marks():
    text = "\n".join(pdf_pages_text(_canvas_pdf(REGULAR)))
    assert "ปั้น" in nfkd(text) or nfkd("ปั้น") in nfkd(text)
    assert nfkd("ปั้ น") not in nfkd(text)
